using System.Buffers;

namespace Vocab.Rdf.Syntax.Common;

/// <summary>String, blank node label and language tag lexers.</summary>
internal abstract partial class RdfScanner
{
    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");
    private static readonly SearchValues<char> LongDoubleQuoteStops = SearchValues.Create("\"\\");
    private static readonly SearchValues<char> LongSingleQuoteStops = SearchValues.Create("'\\");

    /// <summary>Reads a one-line string (STRING_LITERAL_QUOTE or _SINGLE_QUOTE) at <c>_pos</c>; returns its value.</summary>
    private protected string ReadShortString(char quote)
    {
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        var i = _pos + 1;
        while (true)
        {
            var k = _buf.AsSpan(i, _end - i).IndexOfAny(stops);
            if (k < 0)
            {
                i = _end;
                if (!More(ref i))
                {
                    throw Error($"unterminated string: expected {quote}", _pos);
                }

                continue;
            }

            i += k;
            var c = _buf[i];
            if (c == quote)
            {
                var value = new string(_buf, _pos + 1, i - _pos - 1);
                _pos = i + 1;
                return value;
            }

            if (c == '\\')
            {
                return ReadEscapedString(i, quote, stops, isLong: false);
            }

            throw Error("line break in a string: write it as \\n or use a long (triple-quoted) string", i);
        }
    }

    /// <summary>Reads a triple-quoted string at <c>_pos</c>; returns its value.</summary>
    private protected string ReadLongString(char quote)
    {
        var stops = quote == '"' ? LongDoubleQuoteStops : LongSingleQuoteStops;
        var i = _pos + 3;
        while (true)
        {
            var k = i < _end ? _buf.AsSpan(i, _end - i).IndexOfAny(stops) : -1;
            if (k < 0)
            {
                i = _end;
                if (!More(ref i))
                {
                    throw Error($"unterminated long string: expected {quote}{quote}{quote}", _pos);
                }

                continue;
            }

            i += k;
            if (_buf[i] == '\\')
            {
                return ReadEscapedString(i, quote, stops, isLong: true);
            }

            if (IsLongStringEnd(ref i, quote))
            {
                var value = new string(_buf, _pos + 3, i - _pos - 3);
                _pos = i + 3;
                return value;
            }

            i++;
        }
    }

    private bool IsLongStringEnd(ref int i, char quote)
    {
        while (_end - i < 3 && More(ref i))
        {
        }

        return i + 2 < _end && _buf[i + 1] == quote && _buf[i + 2] == quote;
    }

    private string ReadEscapedString(int i, char quote, SearchValues<char> stops, bool isLong)
    {
        var start = isLong ? _pos + 3 : _pos + 1;
        var sb = Scratch.Clear();
        sb.Append(_buf, start, i - start);
        while (true)
        {
            var c = _buf[i];
            if (c == '\\')
            {
                i = ReadEscape(i, sb, allowEchar: true);
            }
            else if (c != quote)
            {
                throw Error("line break in a string: write it as \\n or use a long (triple-quoted) string", i);
            }
            else if (!isLong || IsLongStringEnd(ref i, quote))
            {
                _pos = i + (isLong ? 3 : 1);
                return sb.ToString();
            }
            else
            {
                sb.Append(quote);
                i++;
            }

            while (true)
            {
                var k = i < _end ? _buf.AsSpan(i, _end - i).IndexOfAny(stops) : -1;
                if (k >= 0)
                {
                    sb.Append(_buf, i, k);
                    i += k;
                    break;
                }

                sb.Append(_buf, i, _end - i);
                i = _end;
                if (!More(ref i))
                {
                    throw Error("unterminated string", _pos);
                }
            }
        }
    }

    /// <summary>Reads BLANK_NODE_LABEL at <c>_pos</c> ('_'); a label never ends with '.'.</summary>
    private protected BlankNode ReadBlankNodeLabel()
    {
        if (PeekAt(1) != ':')
        {
            throw Error("expected ':' after '_' in a blank node label", _pos + 1);
        }

        var i = _pos + 2;
        if (i == _end)
        {
            More(ref i);
        }

        if (i == _end || !(CharClasses.IsPnCharsU(_buf[i]) || CharClasses.IsDigit(_buf[i])))
        {
            throw Error($"a blank node label cannot start with {Describe(i)}", i);
        }

        // The end is kept as an offset from _pos: More() may move the text within the buffer.
        var length = i + 1 - (_pos + 2);
        i++;
        while (true)
        {
            if (i == _end && !More(ref i))
            {
                break;
            }

            var c = _buf[i];
            if (CharClasses.IsPnChars(c))
            {
                length = i + 1 - (_pos + 2);
            }
            else if (c != '.')
            {
                break;
            }

            i++;
        }

        var node = LabeledBlankNode(_buf.AsSpan(_pos + 2, length));
        _pos += 2 + length;
        return node;
    }

    /// <summary>Reads LANGTAG at <c>_pos</c> ('@'); returns the lower-cased tag.</summary>
    private protected string ReadLanguageTag()
    {
        var i = _pos + 1;
        var partLength = 0;
        var first = true;
        while (true)
        {
            if (i == _end && !More(ref i))
            {
                break;
            }

            var c = _buf[i];
            if (char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c)))
            {
                partLength++;
            }
            else if (c == '-' && partLength > 0)
            {
                first = false;
                partLength = 0;
            }
            else
            {
                break;
            }

            i++;
        }

        if (partLength == 0)
        {
            throw Error("malformed language tag: expected letters after '@' and after each '-'");
        }

        var tag = Language(_buf.AsSpan(_pos + 1, i - _pos - 1));
        _pos = i;
        return tag;
    }
}
