package dev.agora.analytics.internal.charts;

import dev.agora.analytics.internal.MetricsReport.Chart;
import dev.agora.analytics.internal.MetricsReport.Kind;
import dev.agora.analytics.internal.MetricsReport.Series;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Draws a chart as inline SVG on the server: no script, no charting build. Accessible: the SVG is an image named by
 * its {@code <title>}, described by a {@code <desc>} with the figures, and every point has a tooltip title. Only
 * presentation attributes (no inline styles), so the strict content security policy holds.
 */
public final class SvgChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 12;
    static final int TOP = 14;
    static final int BOTTOM = 58;
    static final String[] PALETTE = {"#0f5c4d", "#d9822b", "#3b6fb6", "#a23b72"};

    private SvgChart() {}

    /**
     * @param id unique id on the page (for the title and description)
     * @param title the chart's accessible name
     * @param seriesName the display name of a series key
     */
    public static String render(Chart chart, String id, String title, Function<String, String> seriesName, String noData) {
        var svg = new StringBuilder();
        double max = chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        boolean empty = chart.series().stream().flatMap(s -> s.values().stream()).noneMatch(Objects::nonNull);
        double top = niceCeiling(max);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" data-points=\"").append(points(chart)).append("\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(describe(chart, seriesName, noData))).append("</desc>");
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4.0;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d8dde3\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#55606b\">").append(axis(top * i / 4)).append("</text>");
        }
        int n = chart.labels().size();
        if (empty) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(TOP + plotHeight / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#55606b\">").append(escape(noData)).append("</text>");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Series series = chart.series().get(s);
            String colour = PALETTE[s % PALETTE.length];
            if (chart.kind() == Kind.BAR) {
                double slot = plotWidth / (double) Math.max(n, 1);
                double barWidth = Math.max(1, slot * 0.8 / chart.series().size());
                for (int i = 0; i < n; i++) {
                    BigDecimal value = series.values().get(i);
                    if (value == null || value.signum() == 0) {
                        continue; // no empty bars: the axis shows zero
                    }
                    double h = top == 0 ? 0 : plotHeight * value.doubleValue() / top;
                    double x = LEFT + slot * i + slot * 0.1 + barWidth * s;
                    svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotHeight - h))
                            .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h))
                            .append("\" fill=\"").append(colour).append("\"><title>").append(escape(chart.labels().get(i)))
                            .append(": ").append(value.toPlainString()).append("</title></rect>");
                }
            } else {
                var path = new StringBuilder();
                boolean pen = false;
                for (int i = 0; i < n; i++) {
                    BigDecimal value = series.values().get(i);
                    if (value == null) {
                        pen = false;
                        continue;
                    }
                    double x = LEFT + (n == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (n - 1));
                    double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * value.doubleValue() / top);
                    path.append(pen ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y));
                    pen = true;
                    if (n <= 62) {
                        svg.append("<circle class=\"point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                                .append("\" r=\"2.5\" fill=\"").append(colour).append("\"><title>").append(escape(chart.labels().get(i)))
                                .append(": ").append(value.toPlainString()).append("</title></circle>");
                    }
                }
                if (!path.isEmpty()) {
                    svg.append("<path class=\"line\" d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                            .append(colour).append("\" stroke-width=\"2\"/>");
                }
            }
        }
        for (int i : labelPositions(n)) {
            double x = chart.kind() == Kind.BAR ? LEFT + plotWidth / (double) n * (i + 0.5)
                    : LEFT + (n == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (n - 1));
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(TOP + plotHeight + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#55606b\">").append(escape(chart.labels().get(i))).append("</text>");
        }
        double legendX = LEFT;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = seriesName.apply(chart.series().get(s).key());
            svg.append("<rect x=\"").append(fmt(legendX)).append("\" y=\"").append(HEIGHT - 20)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(PALETTE[s % PALETTE.length]).append("\"/>");
            svg.append("<text x=\"").append(fmt(legendX + 17)).append("\" y=\"").append(HEIGHT - 10)
                    .append("\" font-size=\"12\" fill=\"#1d2329\">").append(escape(name)).append("</text>");
            legendX += 30 + name.length() * 7;
        }
        return svg.append("</svg>").toString();
    }

    private static List<Integer> labelPositions(int n) {
        if (n == 0) {
            return List.of();
        }
        if (n <= 6) {
            return java.util.stream.IntStream.range(0, n).boxed().toList();
        }
        return List.of(0, n / 3, 2 * n / 3, n - 1);
    }

    private static String describe(Chart chart, Function<String, String> seriesName, String noData) {
        var text = new StringBuilder();
        for (Series series : chart.series()) {
            long known = series.values().stream().filter(Objects::nonNull).count();
            if (known == 0) {
                continue;
            }
            BigDecimal sum = series.values().stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal max = series.values().stream().filter(Objects::nonNull).max(BigDecimal::compareTo).orElseThrow();
            text.append(seriesName.apply(series.key())).append(": ").append(known).append(" points, highest ")
                    .append(max.toPlainString()).append(", total ").append(sum.toPlainString()).append(". ");
        }
        return text.isEmpty() ? noData : text.toString().strip();
    }

    /** The number of points that carry a value, for tests and screen readers' summaries. */
    private static long points(Chart chart) {
        return chart.series().stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).count();
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String axis(double value) {
        if (value >= 1_000_000) {
            return trim(value / 1_000_000) + "M";
        }
        if (value >= 10_000) {
            return trim(value / 1000) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
