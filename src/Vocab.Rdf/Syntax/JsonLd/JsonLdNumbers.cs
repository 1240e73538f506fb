using System.Globalization;
using System.Numerics;
using System.Text;

namespace Vocab.Rdf.Syntax.JsonLd;

/// <summary>
/// The lexical forms JSON-LD gives native JSON numbers in RDF: <c>xsd:integer</c> for integral values below 10^21,
/// otherwise the canonical <c>xsd:double</c> form (<c>5.3E0</c>, <c>1.0E21</c>), plus the ECMAScript number
/// form that JSON canonicalization (RFC 8785, used for <c>@json</c> literals) needs.
/// </summary>
internal static class JsonLdNumbers
{
    private const double IntegerLimit = 1e21;

    /// <summary>True when the number becomes an <c>xsd:integer</c> (no fractional part, magnitude below 10^21).</summary>
    public static bool IsInteger(double value) => Math.Abs(value) < IntegerLimit && Math.Floor(value) == value;

    /// <summary>
    /// The canonical integer form. A JSON integer token keeps its own digits, so identifiers above 2^53
    /// survive intact; any other integral number is printed from its double value.
    /// </summary>
    public static string Integer(JScalar number)
    {
        var text = number.Text!;
        if (IsPlainInteger(text))
        {
            var digits = text.TrimStart('-');
            return digits == "0" ? "0" : text;
        }

        return new BigInteger(number.Number).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The canonical <c>xsd:double</c> form: one digit, a point, at least one more digit, then <c>E</c> and the exponent.</summary>
    public static string Double(double value)
    {
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0E0" : "0.0E0";
        }

        var (negative, digits, exponent) = Decompose(value);
        var sb = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits.AsSpan(1) : "0");
        return sb.Append('E').Append((exponent - 1).ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Number::toString of ECMAScript, which JSON canonicalization prescribes.</summary>
    public static string EcmaScript(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var (negative, digits, n) = Decompose(value);
        var k = digits.Length;
        var sb = new StringBuilder(k + 8);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The shortest digits that round-trip (.NET's "R"), as value = 0.digits × 10^exponent, with no leading or trailing zeros.
    /// </summary>
    private static (bool Negative, string Digits, int Exponent) Decompose(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var digits = point < 0 ? mantissa : string.Concat(integerPart, mantissa.AsSpan(point + 1));
        exponent += integerPart.Length;
        var leading = 0;
        while (leading < digits.Length - 1 && digits[leading] == '0')
        {
            leading++;
        }

        return (value < 0, digits[leading..].TrimEnd('0'), exponent - leading);
    }

    private static bool IsPlainInteger(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || text.Length - start > 21)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        // 21 digits may still reach 10^21; the double comparison settles that case.
        return text.Length - start < 21 || Math.Abs(double.Parse(text, CultureInfo.InvariantCulture)) < IntegerLimit;
    }
}
