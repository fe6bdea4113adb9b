package app.parallax.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads readable test tables: an input line, then its expected result on a line starting with "→". */
final class Cases {

    private Cases() {
    }

    static Stream<Arguments> of(String table) {
        List<Arguments> out = new ArrayList<>();
        String input = null;
        for (String raw : table.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("→")) {
                out.add(Arguments.of(input, line.substring(1).strip()));
                input = null;
            } else if (!line.isEmpty()) {
                if (input != null) {
                    throw new IllegalArgumentException("no expected result for: " + input);
                }
                input = line;
            }
        }
        return out.stream();
    }
}
