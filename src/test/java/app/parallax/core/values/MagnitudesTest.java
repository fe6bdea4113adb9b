package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which figures of a sentence are an earthquake's magnitude, as news writes them. */
class MagnitudesTest {

    @Test
    void theWaysNewsWritesAMagnitudeAreRead() {
        assertThat(magnitudes("A magnitude-5.2 quake hit the coast.")).containsExactly("5.2");
        assertThat(magnitudes("An earthquake with a preliminary magnitude of 4.4 shook the valley.")).containsExactly("4.4");
        assertThat(magnitudes("The tremor registered 5.9 on the Richter scale, officials said.")).containsExactly("5.9");
        assertThat(magnitudes("Two quakes, measuring 7.6 and 7.4, struck west of the city.")).containsExactly("7.6", "7.4");
        assertThat(magnitudes("The 7.6 and 7.5 magnitude quakes cut power across the province.")).containsExactly("7.6", "7.5");
        assertThat(magnitudes("Rescuers dug through rubble after a quake measuring 6.6 rocked the region.")).containsExactly("6.6");
    }

    @Test
    void otherMeasuresAndCountsAreNotMagnitudes() {
        assertThat(magnitudes("A wall measuring 2.5 metres fell onto 3 cars.")).isEmpty();
        assertThat(magnitudes("The magnitude 7.6 quake killed 4 people and damaged 1,600 houses.")).containsExactly("7.6");
        assertThat(magnitudes("The magnitude of the loss, 12 homes, shocked the town.")).isEmpty();
        // sizes in general, not a reading of this quake
        assertThat(magnitudes("A magnitude 6 quake can cause severe damage.")).isEmpty();
        assertThat(magnitudes("Shakers around magnitude 2 and 3 are common in the hills.")).isEmpty();
    }

    private static List<String> magnitudes(String text) {
        var tokens = Tokenizer.tokenize(text);
        return Magnitudes.of(new SlotComparer.Side(tokens, ValueFinder.find(tokens, text), text)).stream()
                .map(Value::norm).toList();
    }
}
