package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import org.junit.jupiter.api.Test;

class ClaimSummaryTest {

    private final ComparisonResult r = Fixtures.threeArticles();

    @Test
    void disputedClaimNamesEachValueWithItsOutlets() {
        assertThat(ClaimSummary.values(r.claims().get(1), r)).isEqualTo("lunch — Alpha; dinner — Beta");
        assertThat(ClaimSummary.describe(r.claims().get(1), r)).isEqualTo("Disputed meal: lunch — Alpha; dinner — Beta");
        assertThat(ClaimSummary.kind(r.claims().get(1))).isEqualTo("Meal");
    }

    @Test
    void agreedAndSingleClaimsSayWhoReportsThem() {
        assertThat(ClaimSummary.describe(r.claims().get(0), r)).isEqualTo("Agreed: reported by Alpha, Beta, Gamma");
        assertThat(ClaimSummary.describe(r.claims().get(2), r)).isEqualTo("Only Alpha reports this");
    }
}
