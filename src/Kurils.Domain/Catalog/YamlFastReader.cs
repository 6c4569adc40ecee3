namespace Kurils.Domain.Catalog;

/// <summary>
/// Reads the plain subset of YAML the shipped catalog is written in, straight into <see cref="YamlTreeNode"/>s:
/// block mappings with simple keys, block sequences, one-line flow mappings and sequences, one-line plain,
/// single- and double-quoted (escape-free) scalars, and comments. It gives up (returns null) on anything else,
/// valid or not (anchors, tags, block scalars, multi-line scalars, tabs, escapes, empty values, duplicate keys,
/// documents markers, the limits...), and <see cref="YamlTreeReader"/> then reads the text with YamlDotNet, which
/// reports every error. Where it succeeds its tree is the one YamlDotNet's events give, positions included.
/// </summary>
/// <remarks>
/// It exists for cold start: YamlDotNet's scanner and parser are a few hundred methods to JIT-compile and run
/// unoptimized in a fresh process, allocating about 30 bytes per character of input; this reader is one small
/// class. The tests check that it reads every shipped file and that its trees equal YamlDotNet's.
/// </remarks>
internal sealed class YamlFastReader
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _nodes;

    private YamlFastReader(string text) => _text = text;

    /// <summary>The tree of <paramref name="text"/>, or null when the text is outside the subset.</summary>
    public static YamlTreeNode? TryRead(string text)
    {
        if (!IsPlainText(text))
        {
            return null;
        }

        try
        {
            return new YamlFastReader(text).ReadDocument();
        }
        catch (GiveUpException)
        {
            return null;
        }
    }

    private int Column => _pos - _lineStart + 1;

    private char Current => _pos < _text.Length ? _text[_pos] : '\n';

    private bool AtLineEnd => _pos >= _text.Length || _text[_pos] == '\n';

    private static bool IsPlainText(string text)
    {
        foreach (var c in text)
        {
            // Tabs, carriage returns, other line breaks (NEL, LS, PS), control characters, BOMs, non-characters
            // and surrogates all have rules of their own: leave them to YamlDotNet.
            if (c < ' ' ? c != '\n' : c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static GiveUpException GiveUp() => GiveUpException.Instance;

    private YamlTreeNode ReadDocument()
    {
        if (!SkipToContent() || Column != 1)
        {
            throw GiveUp();
        }

        var root = ReadBlockMapping(indent: 1, depth: 0);
        if (SkipToContent())
        {
            throw GiveUp(); // content after the root mapping that does not belong to it
        }

        return root;
    }

    /// <summary>Moves to the next line with content, past blank and comment lines; false at the end of the text.</summary>
    private bool SkipToContent()
    {
        while (true)
        {
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }

            if (_pos >= _text.Length)
            {
                return false;
            }

            var c = _text[_pos];
            if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }

                continue;
            }

            if (c == '\n')
            {
                NewLine();
                continue;
            }

            if (Column == 1 && (Starts("---") || Starts("...")))
            {
                throw GiveUp();
            }

            return true;
        }
    }

    private bool Starts(string marker) => string.CompareOrdinal(_text, _pos, marker, 0, marker.Length) == 0;

    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    /// <summary>Spaces, then an optional comment; must reach the end of the line.</summary>
    private void EndOfLine()
    {
        var spaced = false;
        while (_pos < _text.Length && _text[_pos] == ' ')
        {
            _pos++;
            spaced = true;
        }

        if (_pos < _text.Length && _text[_pos] == '#' && spaced)
        {
            while (_pos < _text.Length && _text[_pos] != '\n')
            {
                _pos++;
            }
        }

        if (!AtLineEnd)
        {
            throw GiveUp();
        }
    }

    private void Count(int depth)
    {
        if (++_nodes > YamlTreeReader.MaxNodes || depth > YamlTreeReader.MaxDepth)
        {
            throw GiveUp();
        }
    }

    /// <summary>A block mapping whose keys start at <paramref name="indent"/>; the position is at its first key.</summary>
    private YamlMappingNode ReadBlockMapping(int indent, int depth)
    {
        Count(depth);
        var line = _line;
        var column = Column;
        var entries = new List<KeyValuePair<YamlScalarNode, YamlTreeNode>>();
        while (true)
        {
            var key = ReadSimpleKey(depth + 1);
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key.Value, key.Value, StringComparison.Ordinal))
                {
                    throw GiveUp(); // duplicate keys are errors: YamlTreeReader reports them
                }
            }

            while (Current == ' ')
            {
                _pos++;
            }

            YamlTreeNode value;
            if (AtLineEnd || Current == '#')
            {
                EndOfLine();
                if (!SkipToContent() || Column <= indent)
                {
                    throw GiveUp(); // an empty value, or an indentless sequence
                }

                value = ReadNestedBlock(depth + 1);
            }
            else
            {
                value = ReadInlineValue(depth + 1, flow: false);
                EndOfLine();
                if (SkipToContent() && Column > indent)
                {
                    throw GiveUp(); // a continuation line
                }
            }

            entries.Add(new(key, value));

            // After a value, the position is at the next content line (or the end).
            if (_pos >= _text.Length || Column < indent)
            {
                return new YamlMappingNode(line, column, entries);
            }

            if (Column != indent)
            {
                throw GiveUp();
            }
        }
    }

    /// <summary>A block sequence or mapping on the lines below a key, at the current (deeper) column.</summary>
    private YamlTreeNode ReadNestedBlock(int depth) =>
        Current == '-' && IsBlankAfter(_pos + 1) ? ReadBlockSequence(Column, depth) : ReadBlockMapping(Column, depth);

    private bool IsBlankAfter(int index) => index >= _text.Length || _text[index] is ' ' or '\n';

    private YamlSequenceNode ReadBlockSequence(int indent, int depth)
    {
        Count(depth);
        var line = _line;
        var column = Column;
        var items = new List<YamlTreeNode>();
        while (true)
        {
            _pos++; // the dash
            while (Current == ' ')
            {
                _pos++;
            }

            if (AtLineEnd || Current == '#')
            {
                throw GiveUp(); // an item on the lines below its dash, or an empty item
            }

            if (LooksLikeSimpleKey())
            {
                // "- key: value": a mapping whose keys line up with this first one.
                items.Add(ReadBlockMapping(Column, depth + 1));
            }
            else
            {
                items.Add(ReadInlineValue(depth + 1, flow: false));
                EndOfLine();
                if (SkipToContent() && Column > indent)
                {
                    throw GiveUp();
                }
            }

            if (_pos >= _text.Length || Column < indent)
            {
                return new YamlSequenceNode(line, column, items);
            }

            if (Column != indent || Current != '-' || !IsBlankAfter(_pos + 1))
            {
                throw GiveUp();
            }
        }
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private bool LooksLikeSimpleKey()
    {
        var i = _pos;
        while (i < _text.Length && IsKeyChar(_text[i]))
        {
            i++;
        }

        return i > _pos && i < _text.Length && _text[i] == ':' && IsBlankAfter(i + 1);
    }

    /// <summary>A key of letters, digits, '_' and '-' (not first), then ':' and a space or the end of the line.</summary>
    private YamlScalarNode ReadSimpleKey(int depth)
    {
        Count(depth);
        if (!LooksLikeSimpleKey() || Current == '-')
        {
            throw GiveUp();
        }

        var start = _pos;
        var column = Column;
        while (IsKeyChar(_text[_pos]))
        {
            _pos++;
        }

        var key = new YamlScalarNode(_line, column, _text[start.._pos], isPlain: true);
        _pos++; // the colon
        return key;
    }

    private YamlTreeNode ReadInlineValue(int depth, bool flow)
    {
        return Current switch
        {
            '{' => ReadFlowMapping(depth),
            '[' => ReadFlowSequence(depth),
            '"' => ReadQuoted(depth, '"'),
            '\'' => ReadQuoted(depth, '\''),
            _ => ReadPlain(depth, flow),
        };
    }

    private YamlScalarNode ReadQuoted(int depth, char quote)
    {
        Count(depth);
        var column = Column;
        _pos++;
        var start = _pos;
        System.Text.StringBuilder? unescaped = null;
        while (true)
        {
            if (AtLineEnd || (quote == '"' && Current == '\\'))
            {
                throw GiveUp(); // multi-line or escaped: YamlDotNet's rules
            }

            if (Current == quote)
            {
                if (quote == '\'' && _pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                {
                    unescaped ??= new System.Text.StringBuilder();
                    unescaped.Append(_text, start, _pos + 1 - start);
                    _pos += 2;
                    start = _pos;
                    continue;
                }

                break;
            }

            _pos++;
        }

        string value;
        if (unescaped is null)
        {
            value = _text[start.._pos];
        }
        else
        {
            unescaped.Append(_text, start, _pos - start);
            value = unescaped.ToString();
        }

        _pos++; // the closing quote
        return new YamlScalarNode(_line, column, value, isPlain: false);
    }

    private YamlScalarNode ReadPlain(int depth, bool flow)
    {
        Count(depth);
        var c = Current;

        // Indicators that may open something else than a plain scalar; '-', '?' and ':' followed by a
        // non-space could start one, but are left to YamlDotNet.
        if (c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
        {
            throw GiveUp();
        }

        var column = Column;
        var start = _pos;
        var end = _pos;
        while (!AtLineEnd)
        {
            c = Current;
            if (c == ':')
            {
                // "a: b" in a value is an error, and ':' in flow text has rules of its own.
                if (flow || IsBlankAfter(_pos + 1))
                {
                    throw GiveUp();
                }
            }
            else if (c == '#' && _text[_pos - 1] == ' ')
            {
                break;
            }
            else if (flow && c is ',' or '}' or ']')
            {
                break;
            }
            else if (flow && c is '[' or '{')
            {
                throw GiveUp();
            }

            _pos++;
            if (c != ' ')
            {
                end = _pos;
            }
        }

        _pos = end; // trailing spaces are not part of the scalar
        return new YamlScalarNode(_line, column, _text[start..end], isPlain: true);
    }

    private void SkipSpaces()
    {
        while (Current == ' ')
        {
            _pos++;
        }

        if (AtLineEnd)
        {
            throw GiveUp(); // a flow collection over several lines
        }
    }

    private YamlMappingNode ReadFlowMapping(int depth)
    {
        Count(depth);
        var line = _line;
        var column = Column;
        _pos++;
        var entries = new List<KeyValuePair<YamlScalarNode, YamlTreeNode>>();
        SkipSpaces();
        if (Current == '}')
        {
            _pos++;
            return new YamlMappingNode(line, column, entries);
        }

        while (true)
        {
            var key = ReadSimpleKey(depth + 1);
            foreach (var entry in entries)
            {
                if (string.Equals(entry.Key.Value, key.Value, StringComparison.Ordinal))
                {
                    throw GiveUp();
                }
            }

            SkipSpaces();
            if (Current is ',' or '}')
            {
                throw GiveUp(); // an empty value
            }

            entries.Add(new(key, ReadInlineValue(depth + 1, flow: true)));
            SkipSpaces();
            if (Current == '}')
            {
                _pos++;
                return new YamlMappingNode(line, column, entries);
            }

            if (Current != ',')
            {
                throw GiveUp();
            }

            _pos++;
            SkipSpaces();
            if (Current is ',' or '}')
            {
                throw GiveUp(); // a trailing or doubled comma
            }
        }
    }

    private YamlSequenceNode ReadFlowSequence(int depth)
    {
        Count(depth);
        var line = _line;
        var column = Column;
        _pos++;
        var items = new List<YamlTreeNode>();
        SkipSpaces();
        if (Current == ']')
        {
            _pos++;
            return new YamlSequenceNode(line, column, items);
        }

        while (true)
        {
            if (LooksLikeSimpleKey())
            {
                throw GiveUp(); // a single-pair mapping inside a flow sequence
            }

            items.Add(ReadInlineValue(depth + 1, flow: true));
            SkipSpaces();
            if (Current == ']')
            {
                _pos++;
                return new YamlSequenceNode(line, column, items);
            }

            if (Current != ',')
            {
                throw GiveUp();
            }

            _pos++;
            SkipSpaces();
            if (Current is ',' or ']')
            {
                throw GiveUp();
            }
        }
    }

    private sealed class GiveUpException : Exception
    {
        public static readonly GiveUpException Instance = new();
    }
}
