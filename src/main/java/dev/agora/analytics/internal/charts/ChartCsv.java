package dev.agora.analytics.internal.charts;

import dev.agora.analytics.internal.MetricsReport.Chart;
import dev.agora.analytics.internal.MetricsReport.Series;
import java.math.BigDecimal;

/** A chart's figures as CSV: one row per label, one column per series, empty where there is no value. */
public final class ChartCsv {

    private ChartCsv() {}

    public static String of(Chart chart) {
        var csv = new StringBuilder("label");
        for (Series series : chart.series()) {
            csv.append(',').append(series.key());
        }
        csv.append("\r\n");
        for (int i = 0; i < chart.labels().size(); i++) {
            csv.append(cell(chart.labels().get(i)));
            for (Series series : chart.series()) {
                BigDecimal value = series.values().get(i);
                csv.append(',').append(value == null ? "" : value.toPlainString());
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a cell and defuses spreadsheet formulas (a label never starts with =, +, - or @ when opened). */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d.*") ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
