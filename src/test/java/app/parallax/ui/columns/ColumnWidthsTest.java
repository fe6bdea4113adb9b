package app.parallax.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private final ColumnWidths widths = new ColumnWidths();

    @Test
    void columnsOfAutomaticWidthShareTheRoom() {
        assertThat(widths.widths(List.of("a", "b", "c"), 900, 205, 1)).containsExactly(300, 300, 300);
    }

    @Test
    void aChosenWidthIsKeptAndTheOthersShareWhatIsLeft() {
        widths.choose("a", 400, 1);
        assertThat(widths.widths(List.of("a", "b", "c"), 900, 205, 1)).containsExactly(400, 250, 250);
    }

    @Test
    void noColumnGoesBelowTheMinimumSoTheRowScrollsInstead() {
        widths.choose("a", 800, 1);
        assertThat(widths.widths(List.of("a", "b", "c"), 900, 205, 1)).containsExactly(800, 205, 205);
    }

    @Test
    void aChosenWidthScalesWithTheZoom() {
        widths.choose("a", 400, 1);
        assertThat(widths.widths(List.of("a", "b"), 2000, 205 * 1.5, 1.5)[0]).isEqualTo(600);
    }

    @Test
    void resetGivesTheAutomaticWidthBack() {
        widths.choose("a", 400, 1);
        widths.reset("a");
        assertThat(widths.isChosen("a")).isFalse();
        assertThat(widths.widths(List.of("a", "b", "c"), 900, 205, 1)).containsExactly(300, 300, 300);
    }
}
