package app.parallax.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OpposingSidesTest {

    private static final List<String> ROW = List.of("ap", "nbc", "cnn", "wire", "usa", "fox", "nyt");
    private static final Map<String, String> MEAL = Map.of("ap", "dinner", "cnn", "lunch", "usa", "dinner", "nyt", "lunch");
    private static final Function<String, Optional<String>> VALUE = id -> Optional.ofNullable(MEAL.get(id));

    @Test
    void theNearestTwoColumnsThatDisagreeAreChosenTheLeftmostOnATie() {
        assertThat(OpposingSides.nearest(ROW, VALUE, null)).contains(new OpposingSides.Pair("ap", "cnn"));
    }

    @Test
    void theColumnTheUserActedInIsOneOfTheSides() {
        assertThat(OpposingSides.nearest(ROW, VALUE, "nyt")).contains(new OpposingSides.Pair("usa", "nyt"));
    }

    @Test
    void aColumnWithoutAValueDoesNotRestrictTheChoice() {
        assertThat(OpposingSides.nearest(ROW, VALUE, "wire")).contains(new OpposingSides.Pair("ap", "cnn"));
    }

    @Test
    void noPairWhenOnlyOneValueIsShown() {
        assertThat(OpposingSides.nearest(List.of("ap", "nbc", "usa"), VALUE, null)).isEmpty();
    }
}
