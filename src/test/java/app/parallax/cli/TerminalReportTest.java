package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.report.TwoGradesStory;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalReportTest {

    private static String print() {
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            new TerminalReport(TwoGradesStory.result(), "Bridge").print(w);
        }
        return out.toString();
    }

    @Test
    void conflictsAndValuesThatDifferAreCountedAndListedApart() {
        String report = print();
        assertThat(report).contains("Flagged: 1 conflict, 1 values differ");
        String conflicts = report.substring(report.indexOf("Disputed claims (1)"), report.indexOf("Values differ (1)"));
        String differ = report.substring(report.indexOf("Values differ (1)"), report.indexOf("Claims:"));
        assertThat(conflicts).contains("c1  weekday: Monday — Alpha, Gamma · Tuesday — Beta",
                "conflict · weekday: ‘Monday’ (Alpha) / ‘Tuesday’ (Beta)",
                "Beta: “The bridge closed on Tuesday.”").doesNotContain("42");
        assertThat(differ).contains("worth a look", "c2  number: About 40 — Alpha · 42 — Beta · Some 40 — Gamma",
                "values differ · number: ‘About 40’ (Alpha) / ‘42’ (Beta)",
                "values differ · number: ‘Some 40’ (Gamma) / ‘42’ (Beta)",
                "Beta: “Officials said 42 people were hurt.”").doesNotContain("weekday");
    }

    @Test
    void countsNameBothGrades() {
        assertThat(print()).contains("Claims: 4 — agreed 1, disputed 1, values differ 1, single-source 1",
                "Links: 6 — agree 2, differ 4 (conflict 2, values differ 2)");
    }
}
