using System.Globalization;
using NodaTime;

namespace Kurils.Domain.Catalog;

/// <summary>
/// Reads one YAML mapping by hand, remembering which keys were asked for so that every other key is reported
/// as unknown (with a did-you-mean), and reporting missing keys and wrong types with their positions.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly string _what;
    private readonly List<CatalogError> _errors;
    private readonly List<string> _known = [];
    private readonly List<string> _missing = [];

    public MappingReader(YamlMappingNode node, string file, string what, List<CatalogError> errors)
    {
        _node = node;
        _file = file;
        _what = what;
        _errors = errors;
    }

    public string File => _file;

    public int Line => _node.Line;

    public int Column => _node.Column;

    public static MappingReader? For(YamlTreeNode node, string file, string what, List<CatalogError> errors)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, file, what, errors);
        }

        errors.Add(Error(file, node, CatalogErrorCode.WrongType, CatalogMessages.Expected("a mapping for " + what, node.Description)));
        return null;
    }

    public static CatalogError Error(string file, YamlTreeNode node, CatalogErrorCode code, string message) =>
        new(file, node.Line, node.Column, code, message);

    public void AddError(YamlTreeNode node, CatalogErrorCode code, string message) => _errors.Add(Error(_file, node, code, message));

    /// <summary>Whether the mapping has <paramref name="key"/>, whatever its value (null included).</summary>
    public bool Has(string key) => KeyNode(key) is not null;

    /// <summary>The key node of <paramref name="key"/>, for errors about the key itself.</summary>
    public YamlScalarNode? KeyNode(string key)
    {
        foreach (var entry in _node.Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry.Key;
            }
        }

        return null;
    }

    /// <summary>Whether a reader asked for <paramref name="key"/>: whether it is a key of this kind of mapping.</summary>
    public bool WasAsked(string key) => _known.Contains(key);

    /// <summary>The required keys found missing so far, each reported as a <see cref="CatalogErrorCode.MissingKey"/> at the mapping.</summary>
    public IReadOnlyList<string> MissingKeys => _missing;

    /// <summary>Every key a reader asked for so far.</summary>
    public IReadOnlyList<string> AskedKeys => _known;

    public YamlTreeNode? Get(string key, bool required = false)
    {
        _known.Add(key);
        foreach (var entry in _node.Entries)
        {
            if (!string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                continue;
            }

            if (entry.Value is not YamlScalarNode { IsNull: true })
            {
                return entry.Value;
            }

            // A required key left empty ("source:" with nothing after it, as in a file cut short) is as missing as an absent one.
            if (required)
            {
                _errors.Add(new CatalogError(_file, entry.Value.Line, entry.Value.Column, CatalogErrorCode.MissingKey, CatalogMessages.MissingKey(key, _what)));
            }

            return null;
        }

        if (required)
        {
            _missing.Add(key);
            _errors.Add(new CatalogError(_file, _node.Line, _node.Column, CatalogErrorCode.MissingKey, CatalogMessages.MissingKey(key, _what)));
        }

        return null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        AddError(node, CatalogErrorCode.WrongType, CatalogMessages.Expected($"a text for '{key}'", node.Description));
        return null;
    }

    public string? Id(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            AddError(node, CatalogErrorCode.WrongType, CatalogMessages.Expected($"an id for '{key}'", node.Description));
            return null;
        }

        if (!IsValidId(scalar.Value))
        {
            AddError(node, CatalogErrorCode.BadValue, CatalogMessages.BadId(scalar.Value));
            return null;
        }

        return scalar.Value;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public List<(string Value, YamlTreeNode Node)> Strings(string key, bool required = false)
    {
        var result = new List<(string, YamlTreeNode)>();
        var node = Get(key, required);
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode scalar:
                result.Add((scalar.Value, scalar));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalarNode s)
                    {
                        result.Add((s.Value, s));
                    }
                    else
                    {
                        AddError(item, CatalogErrorCode.WrongType, CatalogMessages.Expected($"a text in '{key}'", item.Description));
                    }
                }

                break;
            default:
                AddError(node, CatalogErrorCode.WrongType, CatalogMessages.Expected($"a text or list of texts for '{key}'", node.Description));
                break;
        }

        return result;
    }

    public IReadOnlyList<YamlTreeNode> List(string key, bool required = false)
    {
        var node = Get(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence.Items;
        }

        AddError(node, CatalogErrorCode.WrongType, CatalogMessages.Expected($"a list for '{key}'", node.Description));
        return [];
    }

    /// <summary>
    /// A reader for each mapping in the list under <paramref name="key"/>, reporting into the same errors; an item
    /// that is not a mapping is reported as <paramref name="what"/> of the wrong type and skipped.
    /// </summary>
    public IEnumerable<MappingReader> Mappings(string key, string what, bool required = false)
    {
        foreach (var item in List(key, required))
        {
            if (Item(item, what) is { } reader)
            {
                yield return reader;
            }
        }
    }

    /// <summary>A reader for a mapping inside one of this mapping's lists, reporting into the same errors.</summary>
    public MappingReader? Item(YamlTreeNode item, string what) => For(item, _file, what, _errors);

    public MappingReader? Mapping(string key, string what, bool required = false)
    {
        var node = Get(key, required);
        return node is null ? null : For(node, _file, what, _errors);
    }

    public LocalDate? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        AddError(Get(key)!, CatalogErrorCode.BadDate, DateProblem(text));
        return null;
    }

    /// <summary>What is wrong with a date that is not one: the day or month out of range when the shape is right.</summary>
    public static string DateProblem(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            if (month is < 1 or > 12)
            {
                return CatalogMessages.BadMonth(text, month);
            }

            var days = DateTime.DaysInMonth(year, month);
            if (day < 1 || day > days)
            {
                return CatalogMessages.BadDay(text, day, month, year, days);
            }
        }

        return CatalogMessages.BadDate(text);
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        AddError(Get(key)!, CatalogErrorCode.WrongType, CatalogMessages.BadNumber(text));
        return null;
    }

    public bool Bool(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return false;
            case YamlScalarNode { Value: "true" or "True" or "TRUE" }:
                return true;
            case YamlScalarNode { Value: "false" or "False" or "FALSE" }:
                return false;
            default:
                AddError(node, CatalogErrorCode.WrongType, CatalogMessages.Expected($"true or false for '{key}'", node is YamlScalarNode s ? $"'{s.Value}'" : node.Description));
                return false;
        }
    }

    /// <summary>The index in <paramref name="values"/> of the keyword under <paramref name="key"/>'s value, or -1 when missing or not one of them.</summary>
    public int Keyword(string key, Keywords values, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return -1;
        }

        var value = values.Find(text);
        if (value >= 0)
        {
            return value;
        }

        AddError(Get(key)!, CatalogErrorCode.BadValue, CatalogMessages.BadValue(key, text, values.Texts));
        return -1;
    }

    /// <summary>Reports every key that no reader asked for, with the closest known key as a suggestion.</summary>
    public void Finish()
    {
        foreach (var entry in _node.Entries)
        {
            if (!_known.Contains(entry.Key.Value))
            {
                AddError(entry.Key, CatalogErrorCode.UnknownKey, CatalogMessages.UnknownKey(entry.Key.Value, Suggest(entry.Key.Value, _known)));
            }
        }
    }

    public static string? Suggest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Distinct(StringComparer.Ordinal))
        {
            var distance = Names.EditDistance.Compute(key.ToLowerInvariant(), candidate.ToLowerInvariant(), 3);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Clamp((key.Length + 1) / 2, 1, 3) ? best : null;
    }

    public static bool IsValidId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The words an enumerated key accepts, each with the (non-negative) value of its enum member.</summary>
internal sealed class Keywords
{
    private readonly int[] _values;

    public Keywords(string[] texts, int[] values)
    {
        if (texts.Length != values.Length)
        {
            throw new ArgumentException("one value per keyword", nameof(values));
        }

        Texts = texts;
        _values = values;
    }

    /// <summary>The words, in the order error messages list them.</summary>
    public string[] Texts { get; }

    /// <summary>The value of <paramref name="text"/>, or -1 when it is not one of the words.</summary>
    public int Find(string text)
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            if (string.Equals(Texts[i], text, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return -1;
    }
}
