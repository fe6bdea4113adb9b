package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PdfRowAlignerTest {

    private final PdfFixture fixture = new PdfFixture();

    /** Each row as "nytimes#1 | cnn#2", blanks as "-". */
    private List<String> rows(Article... articles) {
        List<List<PdfSegment>> columns = Arrays.stream(articles).map(a -> PdfSegment.of(fixture.result, a)).toList();
        List<String> out = new ArrayList<>();
        for (PdfSegment[] row : PdfRowAligner.rows(fixture.result, columns)) {
            out.add(String.join(" | ", Arrays.stream(row).map(s -> s == null ? "-" : s.passageId()).toList()));
        }
        return out;
    }

    @Test
    void linkedPassagesShareARowAndFreeOnesFillGaps() {
        assertThat(rows(fixture.usa, fixture.cnn)).containsExactly(
                "usatoday#0 | cnn#0",
                "- | cnn#1",
                "usatoday#1 | cnn#2",
                "usatoday#2 | cnn#3");
    }

    @Test
    void crossingLinksLeaveTheEarlierOneUnalignedAndKeepEverySegmentOnce() {
        List<String> rows = rows(fixture.nyt, fixture.cnn);
        assertThat(rows).containsExactly(
                "nytimes#0 | cnn#0",
                "nytimes#1 | -",
                "nytimes#2 | cnn#1",
                "nytimes#3 | cnn#2",
                "nytimes#4 | cnn#3");
    }

    @Test
    void aColumnWaitsForItsPartnerFurtherDown() {
        List<String> rows = rows(fixture.usa, fixture.ap);
        assertThat(rows.get(0)).isEqualTo("usatoday#0 | ap#0");
        assertThat(rows).contains("usatoday#1 | ap#31");
        assertThat(rows.stream().filter(r -> r.startsWith("- | ap#"))).hasSize(30);
        assertThat(rows.stream().filter(Objects::nonNull)).hasSize(33);
    }

    @Test
    void moreThanThreeArticlesAreSplitIntoEvenRuns() {
        Article a = fixture.nyt;
        assertThat(PdfSideBySideBody.groups(List.of(a, a, a, a)).stream().map(List::size)).containsExactly(2, 2);
        assertThat(PdfSideBySideBody.groups(List.of(a, a, a, a, a)).stream().map(List::size)).containsExactly(3, 2);
        assertThat(PdfSideBySideBody.groups(List.of(a, a, a, a, a, a, a)).stream().map(List::size)).containsExactly(3, 2, 2);
        assertThat(PdfSideBySideBody.groups(List.of(a))).hasSize(1);
        assertThat(PdfSideBySideBody.groups(List.of())).isEmpty();
    }
}
