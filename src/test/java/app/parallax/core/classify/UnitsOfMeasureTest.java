package app.parallax.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Units a figure can be given in, each with its forms: two figures in two units are two
 * measurements, however the model's word vectors align the unit words ("mph" beside "km/h").
 */
class UnitsOfMeasureTest {

    @Test
    void aSpeedInMilesAnHourIsNeitherMilesNorKilometresAnHour() {
        assertThat(Lexicon.unitOfMeasure("mph")).isNotNull().isNotEqualTo(Lexicon.unitOfMeasure("kph"))
                .isNotEqualTo(Lexicon.unitOfMeasure("km")).isNotEqualTo(Lexicon.unitOfMeasure("miles"));
        assertThat(Lexicon.unitOfMeasure("kmh")).isEqualTo(Lexicon.unitOfMeasure("kph"));
        assertThat(Lexicon.unitOfMeasure("kilometers")).isEqualTo(Lexicon.unitOfMeasure("km"));
    }
}
