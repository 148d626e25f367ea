using System.Text.RegularExpressions;
using System.Xml.Linq;
using Clausier.Core.Forms;

namespace Clausier.Forms.Document;

/// <summary>An answer table (docs/form-contract.md, step 3): first row <c>| id | title |</c>, then one row per field.</summary>
internal sealed record AnswerTable(
    string PointId,
    XElement Table,
    int TableNumber,
    string? Title,
    IReadOnlyDictionary<FormField, TableRow> Rows,
    IReadOnlyList<FormField> DuplicateRows);

/// <summary>A labelled row; <see cref="Cell"/> is the field's cell (the second one), null when the row has only a label.</summary>
internal sealed record TableRow(XElement Row, int RowNumber, XElement? Cell);

/// <summary>The candidate identification table, rows by candidate field name.</summary>
internal sealed record CandidateTable(XElement Table, int TableNumber, IReadOnlyDictionary<string, TableRow> Rows);

/// <summary>
/// What the reader needs to find in the main document, indexed once: tagged content controls, answer
/// tables by point id, the candidate table, and the body's blocks with the point each belongs to.
/// </summary>
internal sealed partial class FormIndex
{
    // Body-level tables by block index; other blocks are looked up only for revision marks and comments,
    // so their index is built on first use (hashing every paragraph of the body cost more than that).
    private readonly Dictionary<XElement, int> _tableBlocks = [];
    private Dictionary<XElement, int>? _blockIndex;
    private readonly List<string?> _regions = [];
    private readonly List<XElement> _tables = [];
    private readonly HashSet<string> _taggedIds = new(StringComparer.Ordinal);

    private FormIndex(Wml w, XElement body)
    {
        Names = w;
        Body = body;
        Text = new TextExtractor(w);
    }

    public Wml Names { get; }

    public XElement Body { get; }

    public TextExtractor Text { get; }

    /// <summary>Content controls by tag (ordinal), in document order.</summary>
    public Dictionary<string, List<XElement>> Tagged { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<AnswerTable>> AnswerTables { get; } = new(StringComparer.Ordinal);

    /// <summary>Point ids found in the document (answer tables, then tags), in document order.</summary>
    public List<string> PointIds { get; } = [];

    public CandidateTable? Candidate { get; private set; }

    /// <summary>Revision marks (<see cref="Wml.RevisionNames"/>) in document order.</summary>
    public List<XElement> Revisions { get; } = [];

    /// <summary><c>w:commentRangeStart</c> and <c>w:commentReference</c> elements in document order.</summary>
    public List<XElement> CommentAnchors { get; } = [];

    /// <summary>Body-level paragraphs and tables in order, seen through block-level content controls.</summary>
    public List<(XElement Element, string? ClauseOf)> Blocks { get; } = [];

    /// <summary>Index in <see cref="Blocks"/> of the heading paragraph of each point.</summary>
    public Dictionary<string, int> Headings { get; } = new(StringComparer.Ordinal);

    public static FormIndex Build(XElement body, Wml w, IReadOnlySet<string> manifestIds)
    {
        var index = new FormIndex(w, body);
        index.IndexBody();
        index.IndexTables(manifestIds);
        index.AssignRegions(manifestIds);
        return index;
    }

    /// <summary>One-based number of a table in document order, 0 when it is not one of the body's tables; rarely asked.</summary>
    public int TableNumber(XElement table) => _tables.IndexOf(table) + 1;

    /// <summary>The point whose region (heading, clause, answer table) holds an element; null outside any point.</summary>
    public string? PointAt(XElement element)
    {
        _blockIndex ??= BlockIndex();
        for (var e = element; e is not null; e = e.Parent)
        {
            if (_blockIndex.TryGetValue(e, out var i))
            {
                return _regions[i];
            }
        }

        return null;
    }

    /// <summary>Index in <see cref="Blocks"/> of a body-level table; -1 when it is not one.</summary>
    public int TableBlockIndexOf(XElement table) => _tableBlocks.TryGetValue(table, out var i) ? i : -1;

    private Dictionary<XElement, int> BlockIndex()
    {
        var index = new Dictionary<XElement, int>(Blocks.Count);
        for (var i = 0; i < Blocks.Count; i++)
        {
            index[Blocks[i].Element] = i;
        }

        return index;
    }

    /// <summary>Parses a tag <c>clausier:&lt;scope&gt;:&lt;field&gt;</c>.</summary>
    public static bool TryParseTag(string tag, out string scope, out string field)
    {
        // Exactly two colons, found without splitting: every tagged control of the body goes through here.
        scope = field = "";
        var first = tag.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : tag.IndexOf(':', first + 1);
        if (second < 0 || tag.IndexOf(':', second + 1) >= 0
            || !tag.AsSpan(0, first).Equals(FormContract.TagPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        scope = tag.AsSpan(first + 1, second - first - 1).Trim().ToString();
        field = tag.AsSpan(second + 1).Trim().ToString().ToLowerInvariant();
        return scope.Length > 0 && field.Length > 0;
    }

    public static bool LooksLikePointId(string text) => PointIdPattern().IsMatch(text);

    [GeneratedRegex(@"^O-\d+(\.\d+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex PointIdPattern();

    /// <summary>The body's children, each in one pass: blocks, controls, tables, revision marks and comment anchors.</summary>
    private void IndexBody()
    {
        foreach (var child in Body.Elements())
        {
            IndexElement(child);
            foreach (var element in new ElementWalk(child))
            {
                IndexElement(element);
            }

            IndexBlock(child, clauseOf: null);
        }
    }

    private void IndexElement(XElement element)
    {
        var name = element.Name;
        if (name == Names.Sdt)
        {
            IndexControl(element);
        }
        else if (name == Names.Tbl)
        {
            _tables.Add(element);
        }
        else if (name.Namespace == Names.Ns && Wml.IsRevision(name.LocalName))
        {
            Revisions.Add(element);
        }
        else if (name == Names.CommentRangeStart || name == Names.CommentReference)
        {
            CommentAnchors.Add(element);
        }
    }

    private void IndexControl(XElement sdt)
    {
        if (Names.TagOf(sdt) is { Length: > 0 } tag)
        {
            if (!Tagged.TryGetValue(tag, out var list))
            {
                Tagged[tag] = list = [];
            }

            list.Add(sdt);
            if (TryParseTag(tag, out var scope, out var field)
                && scope != FormContract.CandidateScope && field != FormContract.ClauseField && _taggedIds.Add(scope))
            {
                PointIds.Add(scope);
            }
        }
    }

    private void IndexTables(IReadOnlySet<string> manifestIds)
    {
        var fromTables = new List<string>();
        for (var i = 0; i < _tables.Count; i++)
        {
            var table = _tables[i];
            var number = i + 1;
            var rows = TableShape.Rows(table, Names);
            if (rows.Count == 0)
            {
                continue;
            }

            var first = TableShape.Cells(rows[0], Names);
            var id = first.Count > 0 ? CellText(first[0]) : "";
            if (id.Length > 0 && (manifestIds.Contains(id) || LooksLikePointId(id)))
            {
                var answerTable = ReadAnswerTable(id, table, number, rows, first);
                if (!AnswerTables.TryGetValue(id, out var list))
                {
                    AnswerTables[id] = list = [];
                    fromTables.Add(id);
                }

                list.Add(answerTable);
            }
            else if (Candidate is null)
            {
                Candidate = ReadCandidateTable(table, number, rows);
            }
        }

        // Answer tables give the document order; tagged ids not in any table follow.
        var tagged = PointIds.Where(id => !fromTables.Contains(id)).ToList();
        PointIds.Clear();
        PointIds.AddRange(fromTables);
        PointIds.AddRange(tagged);
    }

    private AnswerTable ReadAnswerTable(string id, XElement table, int number, List<XElement> rows, List<XElement> first)
    {
        var title = first.Count > 1 ? CellText(first[1]) : null;
        var fields = new Dictionary<FormField, TableRow>();
        var duplicates = new List<FormField>();
        for (var r = 1; r < rows.Count; r++)
        {
            var cells = TableShape.Cells(rows[r], Names);
            if (cells.Count == 0 || FieldOfLabel(CellText(cells[0])) is not { } field)
            {
                continue;
            }

            if (!fields.TryAdd(field, new TableRow(rows[r], r + 1, cells.Count > 1 ? cells[1] : null)))
            {
                duplicates.Add(field);
            }
        }

        return new AnswerTable(id, table, number, string.IsNullOrEmpty(title) ? null : title, fields, duplicates);
    }

    private CandidateTable? ReadCandidateTable(XElement table, int number, List<XElement> rows)
    {
        var found = new Dictionary<string, TableRow>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = TableShape.Cells(rows[r], Names);
            if (cells.Count == 0)
            {
                continue;
            }

            var label = AnswerText.Fold(CellText(cells[0]));
            // An annex made before a label grew ("SIRET" → "SIRET ou identifiant équivalent") is still read by its row.
            var field = FormContract.CandidateFields.FirstOrDefault(f => AnswerText.Fold(f.Label) is var known
                && (known == label || (label.Length > 0 && known.StartsWith(label + " ", StringComparison.Ordinal))));
            if (field is not null)
            {
                found.TryAdd(field.Name, new TableRow(rows[r], r + 1, cells.Count > 1 ? cells[1] : null));
            }
        }

        return found.Count >= 2 ? new CandidateTable(table, number, found) : null;
    }

    private static FormField? FieldOfLabel(string label)
    {
        var folded = AnswerText.Fold(label);
        if (folded.Length == 0)
        {
            return null;
        }

        foreach (var (field, foldedLabel) in FoldedLabels)
        {
            if (foldedLabel == folded)
            {
                return field;
            }
        }

        foreach (var (field, foldedLabel) in FoldedLabelsLongestFirst)
        {
            if (folded.StartsWith(foldedLabel, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Row labels of the contract, folded once rather than for every row of every table.</summary>
    private static readonly (FormField Field, string Folded)[] FoldedLabels =
        [.. Enum.GetValues<FormField>().Select(f => (f, AnswerText.Fold(FormContract.Label(f))))];

    private static readonly (FormField Field, string Folded)[] FoldedLabelsLongestFirst =
        [.. FoldedLabels.OrderByDescending(l => l.Folded.Length)];

    /// <summary>Text of a cell on one line, cleaned, for ids and labels.</summary>
    public string CellText(XElement cell)
    {
        var invalid = 0;
        var paragraphs = Text.Extract(cell).Paragraphs;
        if (paragraphs.Count == 1)
        {
            return AnswerText.CleanParagraph(paragraphs[0], ref invalid).Trim();
        }

        var cleaned = new string[paragraphs.Count];
        for (var i = 0; i < cleaned.Length; i++)
        {
            cleaned[i] = AnswerText.CleanParagraph(paragraphs[i], ref invalid);
        }

        return string.Join(' ', cleaned).Trim();
    }
}
