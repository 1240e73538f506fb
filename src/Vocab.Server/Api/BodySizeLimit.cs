using Microsoft.AspNetCore.Http.Metadata;

namespace Vocab.Server.Api;

/// <summary>
/// An endpoint's own request body limit: routing applies it before the body is read, so an oversized request is
/// refused (413) without being buffered.
/// </summary>
internal sealed class BodySizeLimit(long bytes) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
