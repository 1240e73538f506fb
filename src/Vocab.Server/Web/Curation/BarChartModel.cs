namespace Vocab.Server.Web.Curation;

/// <summary>One series of a bar chart: its name (legend) and its colour class (the chart's stylesheet colours it).</summary>
public sealed record BarSeries(string Name, string ColorClass);

/// <summary>One row (category) of a horizontal bar chart: its label (and the label's language), and one value per series.</summary>
public sealed record BarRow(string Label, string? Lang, IReadOnlyList<double> Values);

/// <summary>Layout arithmetic of the server-rendered SVG bar charts, kept apart from the markup so it can be tested.</summary>
public static class BarChartLayout
{
    /// <summary>Height of one row, in SVG units.</summary>
    public const int RowHeight = 26;

    /// <summary>Width of the label column.</summary>
    public const int LabelWidth = 220;

    /// <summary>Width of the bar area.</summary>
    public const int BarWidth = 460;

    /// <summary>Room at the right for the value text.</summary>
    public const int ValueWidth = 150;

    /// <summary>The largest value a bar reaches: the largest row total when stacked, else the largest single value; at least 1.</summary>
    public static double Scale(IEnumerable<BarRow> rows, bool stacked)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var max = rows.Select(r => stacked ? r.Values.Sum() : r.Values.DefaultIfEmpty(0).Max()).DefaultIfEmpty(0).Max();
        return max <= 0 ? 1 : max;
    }

    /// <summary>The width of a bar for <paramref name="value"/>: proportional, and at least one unit for any non-zero value so it stays visible.</summary>
    public static double Width(double value, double scale) => value <= 0 ? 0 : Math.Max(1, value / scale * BarWidth);
}
