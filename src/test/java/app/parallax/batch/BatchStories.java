package app.parallax.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test inputs for the batch, made from the repository's own stories and invented text. */
final class BatchStories {

    static final Path CORPUS = Path.of("corpus/xi-moscow-2023");
    static final Path HARBOR = Path.of("src/test/resources/stories");

    private BatchStories() {
    }

    static void copyFolder(Path from, Path to, String... only) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (only.length == 0 || List.of(only).contains(name)) {
                        Files.copy(f, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sentence about invented event {@code n}, told in one of two wordings. */
    static String sentence(int n, boolean other, String day) {
        String who = "councillor " + name(n);
        String what = "the " + name(n * 7 + 3) + " plan";
        return other ? who + " backed " + what + " at a meeting on " + day + "."
                : who + " said on " + day + " that " + what + " had support.";
    }

    static String article(int from, int count, boolean other, String day) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            b.append(sentence(i, other, day)).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private static String name(int n) {
        String[] syl = {"ka", "ren", "dor", "vel", "mi", "tos", "bar", "lin", "qu", "ost", "an", "er"};
        StringBuilder b = new StringBuilder();
        for (int v = n + 1; v > 0; v /= syl.length) {
            b.append(syl[v % syl.length]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    static ObjectNode row(String story, String outlet, String text) {
        return new ObjectMapper().createObjectNode().put("story", story).put("outlet", outlet)
                .put("title", "").put("date", "2026-12-01").put("url", "https://example.org/" + outlet).put("text", text);
    }

    static void writeJsonLinesGz(Path file, List<String> lines) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
