using System.Text;

namespace Vocab.Index.Datasets;

/// <summary>
/// RFC 4180 reading and writing of comma- or tab-separated text: quoted fields may hold the delimiter, doubled quotes
/// and line breaks; CRLF and LF both end a record.
/// </summary>
public static class DelimitedText
{
    /// <summary>Reads every record of <paramref name="reader"/>; a trailing empty line is not a record.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or a quote is followed by stray text.</exception>
    public static IEnumerable<string[]> Read(TextReader reader, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        int c;
        var recordStarted = false;
        while ((c = reader.Read()) >= 0)
        {
            recordStarted = true;
            if (c == '"' && field.Length == 0)
            {
                ReadQuoted(reader, field, ref line);
                c = reader.Peek();
                if (c >= 0 && c != delimiter && c != '\r' && c != '\n')
                {
                    throw new FormatException($"line {line}: text after a closing quote");
                }

                continue;
            }

            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return [.. fields];
                fields.Clear();
                recordStarted = false;
                line++;
            }
            else
            {
                field.Append((char)c);
            }
        }

        if (recordStarted)
        {
            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }

    /// <summary>Writes one record, quoting only the fields that need it.</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string> fields, char delimiter)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(delimiter);
            }

            WriteField(writer, fields[i], delimiter);
        }

        // RFC 4180 ends records with CRLF; LF is what Unix tools and pandas expect, and both readers accept either.
        writer.Write('\n');
    }

    /// <summary>The delimiter a file name implies: tab for <c>.tsv</c>/<c>.tab</c>, else comma.</summary>
    public static char DelimiterFor(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".TSV" or ".TAB" ? '\t' : ',';

    private static void WriteField(TextWriter writer, string value, char delimiter)
    {
        if (value.AsSpan().IndexOfAny(['"', '\r', '\n', delimiter]) < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static void ReadQuoted(TextReader reader, StringBuilder field, ref int line)
    {
        var startLine = line;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            if (c == '"')
            {
                if (reader.Peek() != '"')
                {
                    return;
                }

                reader.Read();
            }
            else if (c == '\n')
            {
                line++;
            }

            field.Append((char)c);
        }

        throw new FormatException($"line {startLine}: quoted field is not closed");
    }
}
