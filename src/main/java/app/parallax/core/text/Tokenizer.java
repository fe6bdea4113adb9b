package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits passage text into word and number tokens with exact offsets. Punctuation is not a
 * token. Numbers keep thousands separators and decimals ("2,000.5"); ordinals stay whole ("13th");
 * hyphenated compounds ("one-on-one") and initialisms ("U.S.") are one token each. The country
 * letters of a currency sign ("$US1 million", "$A5") are part of the sign, not a word.
 */
public final class Tokenizer {

    private static final Pattern WORD = Pattern.compile(
            // numbers, ordinals, decades; syndication copy sometimes puts a space after a decimal
            // point or a thousands comma ("magnitude-5. 9", "2, 000ft"): read as one number when
            // it can be nothing else (a one- or two-digit whole part and one decimal; a group "0dd")
            "(?:\\d{1,2}\\. \\d(?!\\d|[.,]\\d)|\\d+(?:[.,]\\d+)*(?:, 0\\d\\d(?!\\d))*)(?:st|nd|rd|th|s)?"
            + "|(?<currency>(?<=\\$)\\p{Lu}{1,3}(?=\\d))"     // a currency's country after its sign: $US1, $A5
            + "|(?:\\p{L}\\.){2,}"                          // initialisms: U.S., P.R.C.
            + "|\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'’]\\p{L}[\\p{L}\\p{M}\\d]*)*(?:['’]s?)?");

    private Tokenizer() {
    }

    /**
     * Tokens of {@code text.substring(start, end)}, offsets relative to {@code text}.
     */
    public static List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            if (m.group("currency") != null) {
                continue; // "US" of "$US1 million" is part of the currency sign, not a word
            }
            String word = m.group().replace(" ", "");
            String key = TermKeys.key(word);
            boolean initial = out.isEmpty() || opensClause(text, start, m.start());
            boolean cap = Character.isUpperCase(word.charAt(0));
            out.add(new Token(word, key, TermKeys.term(key), new TextRange(m.start(), m.end()), cap, initial));
        }
        return out;
    }

    /** Tokens of a whole string. */
    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static boolean opensClause(String text, int floor, int at) {
        for (int i = at - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            return c == ':' || c == '“' || c == '"' || c == '(' || c == '—' || c == '.' || c == '?' || c == '!';
        }
        return true;
    }
}
