namespace Vocab.Rdf.Syntax.Common;

/// <summary>
/// A forward-only window over a <see cref="TextReader"/> for hand-written lexers: a large char buffer read
/// in blocks (no per-char virtual calls), with line and column computed only when an error needs them.
/// </summary>
/// <remarks>
/// Lexers index <c>_buf</c> directly between <c>_pos</c> (the start of the token being read) and <c>_end</c>.
/// When a token runs past <c>_end</c> they call <see cref="More"/>, which keeps everything from <c>_pos</c>,
/// moves it to the front of the buffer (growing it for tokens longer than the buffer) and reads the next block.
/// Newlines are counted only in text that is dropped from the buffer, so tracking lines costs nothing per char.
/// </remarks>
internal abstract class TextScanner
{
    // What ends a word quoted in an error message ("found 'ex:oops'").
    private static readonly System.Buffers.SearchValues<char> WordDelimiters = System.Buffers.SearchValues.Create(" \t\r\n;,()[]{}<>\"'");

    private const int InitialSize = 1 << 16;

    private readonly TextReader _reader;
    private int _line = 1;
    private long _bufferStart;
    private long _lineStart;

    // Lexers in derived classes read these in their hot loops.
    private protected char[] _buf;
    private protected int _pos;
    private protected int _end;
    private protected bool _eof;

    private protected TextScanner(TextReader reader, string? sourceName)
    {
        _reader = reader;
        SourceName = sourceName;
        _buf = new char[InitialSize];
        FillMore();
        if (_end > 0 && _buf[0] == '\uFEFF')
        {
            _pos = 1;
        }
    }

    /// <summary>The document name used in error messages.</summary>
    public string? SourceName { get; }

    /// <summary>Reads the next block, keeping the text from <c>_pos</c>; false when the input is exhausted.</summary>
    private protected bool FillMore()
    {
        if (_eof)
        {
            return false;
        }

        if (_pos > 0)
        {
            CountLines(_pos);
            var keep = _end - _pos;
            Array.Copy(_buf, _pos, _buf, 0, keep);
            _bufferStart += _pos;
            _end = keep;
            _pos = 0;
        }

        if (_end == _buf.Length)
        {
            Array.Resize(ref _buf, _buf.Length * 2);
        }

        var read = _reader.Read(_buf, _end, _buf.Length - _end);
        if (read <= 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    /// <summary>Like <see cref="FillMore"/> for a lexer at buffer index <paramref name="i"/>, which is moved with the text.</summary>
    private protected bool More(ref int i)
    {
        var offset = i - _pos;
        var more = FillMore();
        i = _pos + offset;
        return more;
    }

    /// <summary>Makes at least <paramref name="count"/> chars available from <c>_pos</c> unless the input ends first.</summary>
    private protected bool Ensure(int count)
    {
        while (_end - _pos < count)
        {
            if (!FillMore())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The char at <c>_pos</c>, or -1 at the end of the input.</summary>
    private protected int Peek() => _pos < _end || FillMore() ? _buf[_pos] : -1;

    /// <summary>The char at <c>_pos + offset</c>, or -1 past the end of the input.</summary>
    private protected int PeekAt(int offset) => Ensure(offset + 1) ? _buf[_pos + offset] : -1;

    /// <summary>A syntax error at buffer index <paramref name="index"/> (which must still be in the buffer).</summary>
    private protected RdfSyntaxException Error(string message, int index)
    {
        var (line, column) = PositionOf(index);
        return new RdfSyntaxException(message, line, column, SourceName);
    }

    /// <summary>A syntax error at the current token (<c>_pos</c>).</summary>
    private protected RdfSyntaxException Error(string message) => Error(message, _pos);

    /// <summary>Describes the text at <paramref name="index"/> for "found ..." in messages.</summary>
    private protected string Describe(int index)
    {
        if (index >= _end)
        {
            return "end of input";
        }

        var c = _buf[index];
        return c switch
        {
            '\n' or '\r' => "end of line",
            '\t' => "tab",
            < ' ' => $"control character U+{(int)c:X4}",
            _ when char.IsLetterOrDigit(c) || c is ':' or '_' => $"'{Clip(WordAt(index))}'",
            _ => $"'{c}'",
        };
    }

    /// <summary>The word starting at <paramref name="index"/>, up to whitespace or a delimiter, within the buffer.</summary>
    private ReadOnlySpan<char> WordAt(int index)
    {
        var rest = _buf.AsSpan(index, _end - index);
        var stop = rest.IndexOfAny(WordDelimiters);
        return stop < 0 ? rest : rest[..stop];
    }

    /// <summary>Text quoted in a message, shortened when it is long.</summary>
    private protected static string Clip(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? text.ToString() : string.Concat(text[..37], "...");

    private (int Line, int Column) PositionOf(int index)
    {
        index = Math.Clamp(index, 0, _end);
        var span = _buf.AsSpan(0, index);
        var line = _line + span.Count('\n');
        var lastNewline = span.LastIndexOf('\n');
        var lineStart = lastNewline >= 0 ? _bufferStart + lastNewline + 1 : _lineStart;
        return (line, (int)(_bufferStart + index - lineStart) + 1);
    }

    private void CountLines(int count)
    {
        var dropped = _buf.AsSpan(0, count);
        var lastNewline = dropped.LastIndexOf('\n');
        if (lastNewline >= 0)
        {
            _line += dropped.Count('\n');
            _lineStart = _bufferStart + lastNewline + 1;
        }
    }
}
