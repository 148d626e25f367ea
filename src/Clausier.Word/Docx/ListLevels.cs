using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Docx;

/// <summary>The nine levels of the built-in bullet and decimal list definitions.</summary>
internal static class ListLevels
{
    private const int Step = 425;
    private const int Hanging = 283;

    private static readonly string[] Bullets = ["•", "–", "▪"];

    public static int Left(int level) => Step * (level + 1);

    public static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(
            new Nsid { Val = ordered ? "4C5A0002" : "4C5A0001" },
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel })
        {
            AbstractNumberId = id,
        };
        for (var level = 0; level < 9; level++)
        {
            abstractNum.Append(ordered ? Numbered(level) : Bullet(level));
        }

        return abstractNum;
    }

    private static Level Bullet(int level) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = NumberFormatValues.Bullet },
        new LevelText { Val = Bullets[level % Bullets.Length] },
        new LevelJustification { Val = LevelJustificationValues.Left },
        Indent(level),
        new NumberingSymbolRunProperties(
            new RunFonts { Ascii = Palette.BodyFont, HighAnsi = Palette.BodyFont, Hint = FontTypeHintValues.Default },
            new Color { Val = Palette.Teal }))
    {
        LevelIndex = level,
    };

    private static Level Numbered(int level)
    {
        var (format, text) = (level % 3) switch
        {
            0 => (NumberFormatValues.Decimal, $"%{level + 1}."),
            1 => (NumberFormatValues.LowerLetter, $"%{level + 1})"),
            _ => (NumberFormatValues.LowerRoman, $"%{level + 1}."),
        };
        return new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            Indent(level))
        {
            LevelIndex = level,
        };
    }

    private static PreviousParagraphProperties Indent(int level) =>
        new(new Indentation { Left = Left(level).ToString(), Hanging = Hanging.ToString() });
}
