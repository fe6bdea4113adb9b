package app.parallax.batch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * An outlet × outlet matrix of {@code outlet_pairs} as an HTML table whose cells are shaded by
 * their value (white to the metric's colour), with the value and its count in the cell. Colour is
 * never the only cue: every cell also prints its number.
 */
final class Heatmap {

    /** What a cell shows. */
    enum Metric {
        /** {@code shared_share}, 0 to 1, in blue. */
        SHARED(37, 99, 235),
        /** Disputes per 100 links, in orange; its scale tops at the largest cell. */
        DISPUTES(217, 130, 43);

        final int r;
        final int g;
        final int b;

        Metric(int r, int g, int b) {
            this.r = r;
            this.g = g;
            this.b = b;
        }
    }

    private Heatmap() {
    }

    static String table(String title, String caption, List<String> outlets, Map<String, Row> cells, Metric metric) {
        double max = 1e-9;
        for (Row r : cells.values()) {
            max = Math.max(max, value(r, metric));
        }
        StringBuilder h = new StringBuilder("<h2>").append(BatchReport.esc(title)).append("</h2>\n<p class=note>")
                .append(BatchReport.esc(caption)).append("</p>\n<table class=heat><thead><tr><th></th>");
        outlets.forEach(o -> h.append("<th>").append(BatchReport.esc(o)).append("</th>"));
        h.append("</tr></thead>\n");
        for (String row : outlets) {
            h.append("<tr><th>").append(BatchReport.esc(row)).append("</th>");
            for (String column : outlets) {
                h.append(cell(find(cells, row, column), metric, metric == Metric.SHARED ? 1 : max));
            }
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    private static Row find(Map<String, Row> cells, String x, String y) {
        Row r = cells.get(x + "\u0000" + y);
        return r != null ? r : cells.get(y + "\u0000" + x);
    }

    private static String cell(Row r, Metric m, double max) {
        if (r == null) {
            return "<td></td>";
        }
        double v = value(r, m);
        double t = Math.max(0, Math.min(1, v / max));
        String bg = String.format(Locale.ROOT, "rgb(%d,%d,%d)", mix(m.r, t), mix(m.g, t), mix(m.b, t));
        String shown = m == Metric.SHARED ? String.format(Locale.ROOT, "%.0f%%", 100 * v)
                : String.format(Locale.ROOT, "%.1f", v);
        long count = m == Metric.SHARED ? r.getLong(r.fieldIndex("stories")) : r.getLong(r.fieldIndex("disputes"));
        return "<td style=\"background:" + bg + (t > 0.6 ? ";color:#fff" : "") + "\" title=\""
                + BatchReport.esc(r.getString(0) + " · " + r.getString(1)) + "\">" + shown + "<small>" + count + "</small></td>";
    }

    private static double value(Row r, Metric m) {
        if (m == Metric.SHARED) {
            return r.isNullAt(r.fieldIndex("shared_share")) ? 0 : r.getDouble(r.fieldIndex("shared_share"));
        }
        long links = r.getLong(r.fieldIndex("links"));
        return links == 0 ? 0 : 100.0 * r.getLong(r.fieldIndex("disputes")) / links;
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(255 + (channel - 255) * t);
    }
}
