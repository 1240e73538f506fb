namespace Vocab.Core;

/// <summary>Small parsing and lookup helpers shared by the layers that read names and walk exceptions.</summary>
public static class Names
{
    /// <summary>
    /// Parses an enum member by its name, in any case: numbers (<c>"3"</c>) and combinations (<c>"Alt,Pref"</c>) are no
    /// names and are refused, so an input can never produce a value the enum does not define.
    /// </summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        // A comma list whose members OR to a defined value ("Open,Accepted" is Accepted) would pass IsDefined.
        return !string.IsNullOrEmpty(name) && !int.TryParse(name, out _) && !name.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    /// <summary>The first exception of type <typeparamref name="T"/> in <paramref name="error"/> and the ones it wraps.</summary>
    public static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found)
            {
                return found;
            }
        }

        return null;
    }
}
