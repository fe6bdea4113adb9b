package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same value written two ways, compatible values, and values that truly differ. */
class ValueEquivalenceTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1098 | 1,098",
            "five | 5",
            "2045 GMT | 8.45pm",
            "6:41 pm | 18:41",
            "$140 | $140 million",
            "0800 555 111 | 0800 555111",
            "shortly after midnight | early in the morning",
            "around midnight | late at night",
    })
    void sameValueWrittenTwoWays(String a, String b) {
        assertThat(ValueEquivalence.same(value(a), value(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "at least 50 | 61",
            "in her 60s | 66",
            "a few hundreds | 200",
            "about 2,000 | 2,100",
            "up to 10 | 7",
            "about 2045 GMT | 20:49 GMT",
            "shortly before 9pm | 8.50pm",
            "dozens | 30",
            "hundreds | 150",
            "dozens | more than 5",
            "at least 70 | about 100",
            "as many as 80 | about 50",
            "as many as 80 | at least 50",
    })
    void compatibleValues(String a, String b) {
        Value x = value(a);
        Value y = value(b);
        assertThat(ValueEquivalence.same(x, y)).isFalse();
        assertThat(ValueEquivalence.compatible(x, y)).isTrue();
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "at least 50 | 40",
            "$5,687.75 | $5,587.75",
            "late at night | early in the morning",
            "around midnight | at noon",
            "about 2,000 | 3,000",
            "2:30 a.m. | 2 a.m.",
            "2045 GMT | 20:49 GMT",
            "about 2045 GMT | 21:30 GMT",
            "dozens | eight",
            "hundreds | 40",
            "at least 70 | about 50",
            "at least 70 | more than 100",
            "up to 40 | at least 50",
    })
    void differentValues(String a, String b) {
        Value x = value(a);
        Value y = value(b);
        assertThat(ValueEquivalence.same(x, y)).isFalse();
        assertThat(ValueEquivalence.compatible(x, y)).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Katherine Gomes | Kathryn Gomes",
            "Catherine Gomes | Katherine",
            "Robyn Mendes | Robin Mendes",
            "Dina Miliote | Dina Milliote",
    })
    void spellingsOfOneName(String a, String b) {
        assertThat(ValueEquivalence.spellingsOfOneName(name(a), name(b))).isTrue();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "Dana Butler | Dana Smith",
            "Tom Becker | Ann Miller",
            "Kodak Theatre | Kodak Theater",
            "Promises Treatment Centre | Promises Treatment Center",
            "Tony Award | Tony Awards",
    })
    void differentNamesAreNoSpellings(String a, String b) {
        assertThat(ValueEquivalence.spellingsOfOneName(name(a), name(b))).isFalse();
    }

    @ParameterizedTest(name = "{0} / {1}: one name")
    @CsvSource(delimiter = '|', value = {
            "MacBook Pro | MacBook Pros",
            "Somali | Somalis",
            "Transit Corridor Recognised | Transit Corridor Recognized",
            "Arlo MCF | Arlo Mission Critical Facilities",
            "Defence Department | Defense Department",
            "Harbour Catalogue | Harbour Catalog",
            "Sergei Lavrovsky | Sergey Lavrovsky",
            "Anatoly Petrenko | Anatolii Petrenko",
            "Oleksandr Tkachenkiy | Oleksandr Tkachenky",
            "Hamzah Darwish | Hamza Darwish",
            "Samira Qadesiyah | Samira Qadesiya",
    })
    void oneNameWrittenTwoWays(String a, String b) {
        assertThat(ValueEquivalence.oneNameWrittenTwoWays(name(a), name(b))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aDifferenceInsideANameIsNoTransliteratedEnding() {
        assertThat(ValueEquivalence.oneNameWrittenTwoWays(name("Robin Mendes"), name("Robyn Mendes"))).isFalse();
        assertThat(ValueEquivalence.spellingsOfOneName(name("Robin Mendes"), name("Robyn Mendes"))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aTitleAndAFullNameAreNotTwoNames() {
        assertThat(ValueEquivalence.partlySameName(name("President Xi"), name("Xi Jinping"))).isFalse();
        assertThat(ValueEquivalence.partlySameName(name("Dana Butler"), name("Dana Smith"))).isTrue();
    }

    private static Value value(String text) {
        String sentence = "They said " + text + " on that day.";
        return ValueFinder.find(Tokenizer.tokenize(sentence), sentence).stream().filter(v -> !v.isName()).findFirst()
                .orElseThrow(() -> new AssertionError("no value in " + sentence));
    }

    private static Value name(String text) {
        String sentence = "The police named " + text + " as the owner.";
        return ValueFinder.find(Tokenizer.tokenize(sentence), sentence).stream().filter(Value::isName)
                .reduce((x, y) -> y).orElseThrow(() -> new AssertionError("no name in " + sentence));
    }
}
