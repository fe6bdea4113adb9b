package app.parallax.core;

import app.parallax.core.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Test stories written for these tests (src/test/resources/stories), as articles. */
public final class Stories {

    private Stories() {
    }

    public static String text(String name) {
        try (var in = Objects.requireNonNull(Stories.class.getResourceAsStream("/stories/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String id, String text) {
        return new Article(id, id + ".txt", id.toUpperCase(), text.lines().findFirst().orElse(""), "", text);
    }

    public static Article article(String name) {
        String id = name.replace(".txt", "");
        return article(id, text(name));
    }

    /** The same text with its paragraphs in reverse order. */
    public static String reversedParagraphs(String text) {
        List<String> paragraphs = Arrays.asList(text.strip().split("\n\n"));
        Collections.reverse(paragraphs);
        return paragraphs.stream().collect(Collectors.joining("\n\n")) + "\n";
    }
}
