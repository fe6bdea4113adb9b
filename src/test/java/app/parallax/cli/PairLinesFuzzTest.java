package app.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Fuzzes how {@code pairs} splits its input: any bytes give exactly one line per LF (plus an
 * unterminated last line), none holding a CR or LF, so answers never drift off their input lines.
 * Seeds and findings live in {@code src/test/resources/app/parallax/cli/PairLinesFuzzTestInputs/}.
 */
class PairLinesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void oneLinePerLineFeed(byte[] input) throws Exception {
        int expected = 0;
        for (byte b : input) {
            expected += b == '\n' ? 1 : 0;
        }
        if (input.length > 0 && input[input.length - 1] != '\n') {
            expected++;
        }
        PairLines lines = new PairLines(new ByteArrayInputStream(input));
        int count = 0;
        for (Optional<PairLines.Line> l = lines.next(); l.isPresent(); l = lines.next()) {
            count++;
            assertThat(l.get().number()).isEqualTo(count);
            assertThat(l.get().text()).doesNotContain("\r", "\n");
        }
        assertThat(count).isEqualTo(expected);
    }
}
