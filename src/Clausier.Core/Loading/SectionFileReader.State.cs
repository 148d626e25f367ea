using Clausier.Core.Diagnostics;
using Markdig.Syntax;

namespace Clausier.Core.Loading;

internal static partial class SectionFileReader
{
    /// <summary>The heading being read and the blocks collected under it.</summary>
    private sealed class ReaderState(string file, string text, LineMap lines, DiagnosticBag diagnostics)
    {
        private readonly List<Block> _body = [];
        private List<FieldValue>? _fields;
        private HeadingBlock? _heading;
        private string _headingText = "";
        private string? _group;

        public List<SectionDraft> Sections { get; } = [];

        public List<PointDraft> Points { get; } = [];

        public void Open(HeadingBlock heading, string headingText)
        {
            _heading = heading;
            _headingText = headingText;
            _fields = null;
            _body.Clear();
        }

        public void Add(Block block)
        {
            if (_heading is null)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1114.text-before", lines.At(block.Span.Start));
                return;
            }

            if (_fields is null && _body.Count == 0 && block is ListBlock { IsOrdered: false } list && FieldList.LooksLikeFields(text, list))
            {
                _fields = FieldList.Read(text, lines, list, diagnostics);
                return;
            }

            _body.Add(block);
        }

        public void Close()
        {
            if (_heading is null)
            {
                return;
            }

            var location = lines.At(_heading.Span.Start);
            var fields = (IReadOnlyList<FieldValue>?)_fields ?? [];
            var (body, bodyOffset) = BodySource();
            if (_headingText.StartsWith("O-", StringComparison.Ordinal))
            {
                ClosePoint(location, fields, body, bodyOffset);
            }
            else if (SectionHeading().Match(_headingText) is { Success: true } section)
            {
                _group = null;
                Sections.Add(new SectionDraft(section.Groups["number"].Value, section.Groups["title"].Value.Trim(),
                    _heading.Level, body, fields, location));
            }
            else if (_heading.Level > 1 && Sections.Count > 0)
            {
                _group = _headingText;
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1115", location, _headingText);
            }

            _heading = null;
        }

        private void ClosePoint(TextLocation location, IReadOnlyList<FieldValue> fields, string body, int bodyOffset)
        {
            var match = PointHeading().Match(_headingText);
            var id = match.Groups["id"].Value;
            if (!PointId().IsMatch(id))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1101", location, id);
                return;
            }

            Points.Add(new PointDraft(id, match.Groups["title"].Value.Trim(), _heading!.Level, body, bodyOffset, lines,
                fields, Sections.Count > 0 ? Sections[^1].Number : null, _group, location));
        }

        private (string Body, int Offset) BodySource()
        {
            if (_body.Count == 0)
            {
                return ("", _heading!.Span.End);
            }

            var start = _body[0].Span.Start;
            var end = _body[^1].Span.End;
            return (text[start..(end + 1)].TrimEnd(), start);
        }

        public string File => file;
    }
}
