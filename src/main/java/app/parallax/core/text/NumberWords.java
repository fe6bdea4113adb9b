package app.parallax.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * English number and ordinal words with their digit forms, so that "one in three" matches "1 in 3"
 * and "Fifth" matches "5th" when passages are compared.
 */
final class NumberWords {

    private static final Map<String, String> DIGITS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < units.length; i++) {
            DIGITS.put(units[i], Integer.toString(i));
        }
        for (int i = 0; i < tens.length; i++) {
            DIGITS.put(tens[i], Integer.toString(20 + 10 * i));
        }
        String[] ordinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 1; i < ordinals.length; i++) {
            DIGITS.put(ordinals[i], i + suffix(i));
        }
        String[] tensOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"};
        for (int i = 0; i < tensOrdinals.length; i++) {
            DIGITS.put(tensOrdinals[i], (20 + 10 * i) + "th");
        }
    }

    private NumberWords() {
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /**
     * The digit form of a lower-case number or ordinal word ("three" gives "3", "fifth" "5th"), or
     * of a tens word and a unit joined by a hyphen ("twenty-five" gives "25"); null otherwise.
     */
    static String digits(String key) {
        String d = DIGITS.get(key);
        if (d != null || key.indexOf('-') < 0) {
            return d;
        }
        String[] parts = key.split("-", -1);
        if (parts.length != 2) {
            return null;
        }
        int tens = cardinal(parts[0]);
        int unit = cardinal(parts[1]);
        return tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9 ? Integer.toString(tens + unit) : null;
    }

    /** The value of a cardinal number word ("seven" gives 7), or -1 for anything else. */
    private static int cardinal(String key) {
        String d = DIGITS.get(key);
        return d != null && d.chars().allMatch(Character::isDigit) ? Integer.parseInt(d) : -1;
    }

    /**
     * A numeral without thousands separators, leading zeros or trailing decimal zeros: "5,687.75"
     * gives "5687.75", "08" "8", "3.0" "3".
     */
    static String plainNumeral(String key) {
        String s = key.indexOf(',') < 0 ? key : key.replace(",", "");
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0' && Character.isDigit(s.charAt(i + 1))) {
            i++;
        }
        s = s.substring(i);
        int dot = s.indexOf('.');
        if (dot > 0 && s.chars().skip(dot + 1).allMatch(Character::isDigit)) {
            int end = s.length();
            while (end > dot + 1 && s.charAt(end - 1) == '0') {
                end--;
            }
            s = s.substring(0, end == dot + 1 ? dot : end);
        }
        return s;
    }
}
