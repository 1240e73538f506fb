using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Vocab.Server.Web;

/// <summary>
/// The web app's static files (app.css, app.js, blazor.web.js), read from resources embedded in this assembly under
/// their <c>wwwroot/...</c> paths. Static web assets are only wired for the entry assembly, and only in Development
/// or after a publish; <c>vocab serve</c> runs another entry assembly in Production from a plain build, so the
/// files travel inside the assembly instead and are served the same way in every mode.
/// </summary>
public sealed class WebRootAssets : IFileProvider
{
    private const string Prefix = "wwwroot/";
    private readonly Assembly _assembly;
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _lastModified;

    /// <summary>Indexes the <c>wwwroot/</c> resources of <paramref name="assembly"/>.</summary>
    public WebRootAssets(Assembly assembly)
    {
        _assembly = assembly;
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the item's own path, with backslashes on Windows.
            var path = name.Replace('\\', '/');
            if (path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                _resources[path[Prefix.Length..]] = name;
            }
        }

        var location = assembly.Location;
        _lastModified = location.Length > 0 && File.Exists(location) ? File.GetLastWriteTimeUtc(location) : DateTimeOffset.UtcNow;
        Version = _assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
    }

    /// <summary>Changes with every build: appended to asset URLs so browsers may cache them for long.</summary>
    public string Version { get; }

    /// <summary>The relative paths of every embedded file.</summary>
    public IEnumerable<string> Paths => _resources.Keys;

    public IFileInfo GetFileInfo(string subpath)
    {
        var key = subpath.TrimStart('/');
        return _resources.TryGetValue(key, out var name)
            ? new ResourceFile(_assembly, name, Path.GetFileName(key), _lastModified)
            : new NotFoundFileInfo(subpath);
    }

    // Static files never list directories or watch for changes here: the set is fixed at build time.
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ResourceFile(Assembly assembly, string resource, string name, DateTimeOffset lastModified) : IFileInfo
    {
        private long? _length;

        public bool Exists => true;

        public long Length => _length ??= Measure();

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => lastModified;

        public bool IsDirectory => false;

        public Stream CreateReadStream() =>
            assembly.GetManifestResourceStream(resource) ?? throw new FileNotFoundException("embedded web asset is missing", resource);

        private long Measure()
        {
            using var stream = CreateReadStream();
            return stream.Length;
        }
    }
}
