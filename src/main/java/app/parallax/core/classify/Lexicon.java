package app.parallax.core.classify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * General English word lists for the slots where two reports can state different facts:
 * weekdays, months, meals, times of day, number and ordinal words, country names (from the JDK's
 * {@link Locale} data), and the head nouns of place and organisation names. Nothing here is
 * specific to any story.
 */
public final class Lexicon {

    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(1[6-9]|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*s?");
    private static final Map<String, ConflictKind> WORD_KINDS = new HashMap<>();
    private static final Set<String> COUNTRY_WORDS = new HashSet<>();
    private static final Map<String, List<List<String>>> COUNTRIES_BY_FIRST_WORD = new HashMap<>();
    /** Words that end a street's name ("Philip Street", "Lyndale Ave."): a number before one is a house number. */
    private static final Set<String> STREET_HEADS = Set.of("street", "road", "avenue", "boulevard", "lane", "highway",
            "st", "rd", "ave", "blvd");
    private static final Set<String> PLACE_HEADS = java.util.stream.Stream.concat(java.util.stream.Stream.of("sea", "ocean", "river",
            "lake", "gulf", "bay", "strait", "mountains", "mountain", "island", "islands", "peninsula", "valley",
            "desert", "canal", "square", "airport", "province", "region", "county", "city", "coast"),
            STREET_HEADS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ORGANISATION_HEADS = Set.of("ministry", "council", "court", "committee",
            "organization", "organisation", "agency", "union", "party", "bank", "fund", "department", "office",
            "commission", "parliament", "assembly", "congress", "senate", "army", "navy", "police", "university",
            "institute", "corporation", "company", "group", "association", "times", "news", "press", "post",
            "journal", "network", "service", "forum", "alliance", "center", "centre", "clinic", "hospital", "theater",
            "theatre", "stadium", "arena", "hotel", "school", "college", "church", "museum", "hall", "award", "awards",
            "prize", "club");

    static {
        put(ConflictKind.WEEKDAY, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        put(ConflictKind.MONTH, "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december");
        put(ConflictKind.MEAL, "breakfast", "brunch", "lunch", "luncheon", "dinner", "supper", "banquet", "tea");
        put(ConflictKind.TIME_OF_DAY, "morning", "afternoon", "evening", "night", "midnight", "noon", "midday",
                "dawn", "dusk", "overnight", "tonight");
        put(ConflictKind.NUMBER, "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "hundreds",
                "thousands", "millions", "billions");
        put(ConflictKind.ORDINAL, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "twentieth", "thirtieth", "fortieth",
                "fiftieth", "hundredth");
        for (String code : Locale.getISOCountries()) {
            addCountry(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        for (String alias : List.of("United States of America", "America", "Britain", "Great Britain", "Holland",
                "Burma", "Ivory Coast", "Czech Republic", "Congo", "Korea", "North Korea", "South Korea")) {
            addCountry(alias);
        }
    }

    private Lexicon() {
    }

    private static void put(ConflictKind kind, String... words) {
        for (String w : words) {
            WORD_KINDS.put(w, kind);
        }
    }

    private static void addCountry(String name) {
        String clean = name.replaceAll("\\(.*?\\)", "").replace("&", "and").strip();
        if (clean.isEmpty() || clean.contains(",")) {
            return;
        }
        List<String> words = List.of(clean.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        COUNTRIES_BY_FIRST_WORD.computeIfAbsent(words.get(0), k -> new java.util.ArrayList<>()).add(words);
        if (words.size() == 1) {
            COUNTRY_WORDS.add(words.get(0));
        }
    }

    /**
     * Times of day that two reports may name differently for one moment: "night", "overnight",
     * "tonight" and "evening" are one (late); "dawn" is morning; "noon" and "midday" one. Midnight
     * stays itself: it ends one night and opens the next morning, so either may name it
     * ({@code ValueEquivalence}).
     */
    public static String timeOfDayGroup(String key) {
        return switch (key) {
            case "night", "overnight", "tonight", "evening", "dusk" -> "night";
            case "dawn", "morning" -> "morning";
            case "noon", "midday" -> "midday";
            default -> key;
        };
    }

    /** Meals named two ways: "luncheon" is lunch; "supper" and "banquet" are a dinner. */
    public static String mealGroup(String key) {
        return switch (key) {
            case "luncheon" -> "lunch";
            case "supper", "banquet" -> "dinner";
            default -> key;
        };
    }

    /**
     * Titles and honorifics written before a name ("Police Chief Jim Williams", "Ms. Mendes",
     * "General Manager A.J. Smith"): part of no name.
     */
    public static boolean isTitle(String key) {
        return TITLES.contains(key);
    }

    /** Words that make a title with the title after them ("General Manager", "Deputy Chief"). */
    public static boolean isTitleModifier(String key) {
        return TITLE_MODIFIERS.contains(key);
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president",
            "minister", "secretary", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "chief",
            "officer", "sergeant", "sgt", "lieutenant", "lt", "captain", "capt", "detective", "det", "inspector",
            "constable", "commissioner", "superintendent", "manager", "director", "spokesman", "spokeswoman",
            "spokesperson", "coach", "judge", "justice", "professor", "prof", "ambassador", "chairman", "chairwoman",
            "ceo", "pope", "king", "queen", "prince", "princess", "champion", "trooper", "deputy", "sheriff",
            "attorney", "prosecutor", "councillor", "councilman", "councilwoman", "cardinal", "bishop", "rev");

    private static final Set<String> TITLE_MODIFIERS = Set.of("general", "assistant", "executive", "senior", "acting",
            "former", "head", "vice", "prime", "district", "police", "fire", "state", "foreign", "defence", "defense",
            "interior", "finance", "health");

    /** Words that say figures count votes: "by a [vote] of 68 to 32", "the Senate [voted] 68-32". */
    public static boolean isVoteWord(String key) {
        return VOTE_WORDS.contains(key);
    }

    private static final Set<String> VOTE_WORDS = Set.of("vote", "votes", "voted", "voting", "ballot");

    /** Verbs that attribute a statement ("said", "told", "announced"): a day beside one dates the statement. */
    public static boolean isReportingVerb(String key) {
        return REPORTING_VERBS.contains(key);
    }

    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "announced", "stated", "added",
            "tweeted", "wrote", "confirmed", "reported", "declared", "warned", "insisted");

    /**
     * Verbs that only attribute a statement: "said", "told", "according (to)". A subset of the
     * {@linkplain #isReportingVerb reporting verbs} without "announced", "reported" and the like,
     * which are often the act itself ("the council announced a budget").
     */
    public static boolean isSpeechVerb(String key) {
        return SPEECH_VERBS.contains(key);
    }

    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "according");

    /** Who speaks, named by role and not by name: "[police] said", "a ministry [spokeswoman] told". */
    public static boolean isSpeakerWord(String key) {
        return SPEAKER_WORDS.contains(key);
    }

    private static final Set<String> SPEAKER_WORDS = Set.of("police", "officials", "official", "authorities",
            "agency", "spokesman", "spokeswoman", "spokesperson", "ministry", "government", "officers", "sources",
            "source", "it", "he", "she", "they", "we");

    /**
     * Words between a reporting verb and to whom or when it was said: "told [the news agency late
     * on] Monday", "said [in a statement on] Friday".
     */
    public static boolean isStatementFiller(String key) {
        return STATEMENT_FILLER.contains(key);
    }

    private static final Set<String> STATEMENT_FILLER = Set.of("on", "late", "early", "last", "this", "in", "at",
            "to", "by", "a", "an", "the", "reporters", "journalists", "statement", "interview", "conference", "news",
            "briefing", "email", "phone", "telephone", "agency", "newspaper", "television", "radio", "earlier",
            "afternoon", "morning", "evening", "night");

    /** Magnitude words: "hundred", "thousands", "dozen", "million". */
    public static boolean isMagnitudeWord(String key) {
        return MAGNITUDES.contains(key);
    }

    private static final Set<String> MAGNITUDES = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "dozen", "dozens", "hundreds", "thousands", "millions", "billions");

    /** The slot kind of a single lower-case key (weekday, month, meal, …), if it has one. */
    public static Optional<ConflictKind> kindOf(String key) {
        ConflictKind k = WORD_KINDS.get(key);
        if (k != null) {
            return Optional.of(k);
        }
        if (!key.isEmpty() && Character.isLetter(key.charAt(0)) && key.indexOf('-') > 0
                && Character.isDigit(app.parallax.core.text.TermKeys.term(key).charAt(0))) {
            return Optional.of(ConflictKind.NUMBER); // "twenty-five"
        }
        if (key.isEmpty() || !Character.isDigit(key.charAt(0))) {
            return Optional.empty();
        }
        if (ORDINAL_NUMBER.matcher(key).matches()) {
            return Optional.of(ConflictKind.ORDINAL);
        }
        if (YEAR.matcher(key).matches()) {
            return Optional.of(ConflictKind.DATE);
        }
        if (NUMBER.matcher(key).matches()) {
            return Optional.of(ConflictKind.NUMBER);
        }
        return Optional.empty();
    }

    /**
     * Length in words of the country name starting at {@code keys[from]}, or 0 if none does.
     * Longest match wins ("Saudi Arabia" over nothing, "South Korea" over "Korea").
     */
    public static int countryLength(List<String> keys, int from) {
        int best = 0;
        for (List<String> name : COUNTRIES_BY_FIRST_WORD.getOrDefault(keys.get(from), List.of())) {
            if (name.size() > best && from + name.size() <= keys.size()
                    && keys.subList(from, from + name.size()).equals(name)) {
                best = name.size();
            }
        }
        return best;
    }

    /** True for a single-word country name key. */
    public static boolean isCountryWord(String key) {
        return COUNTRY_WORDS.contains(key);
    }

    /** True for nouns that end place names: "Sea" in "Black Sea". */
    public static boolean isPlaceHead(String key) {
        return PLACE_HEADS.contains(key);
    }

    /** Units of measure by their written forms: plural, abbreviated, British and American spellings. */
    private static final Map<String, String> UNITS_OF_MEASURE = unitsOfMeasure();

    private static Map<String, String> unitsOfMeasure() {
        Map<String, String> out = new HashMap<>();
        String[][] units = {
                {"mile", "miles", "mi"}, {"kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"},
                {"metre", "metres", "meter", "meters", "m"}, {"centimetre", "centimetres", "centimeter", "centimeters", "cm"},
                {"foot", "feet", "ft"}, {"inch", "inches", "in"}, {"yard", "yards", "yd", "yds"},
                {"pound", "pounds", "lb", "lbs"}, {"kilogram", "kilograms", "kilo", "kilos", "kg", "kgs"},
                {"gram", "grams", "g"}, {"ounce", "ounces", "oz"}, {"ton", "tons"}, {"tonne", "tonnes"},
                {"gallon", "gallons", "gal"}, {"litre", "litres", "liter", "liters", "l"}, {"acre", "acres"},
                {"hectare", "hectares", "ha"}, {"knot", "knots"}, {"fahrenheit", "f"}, {"celsius", "c"},
                {"mph"}, {"kph", "kmh"}};
        for (String[] forms : units) {
            for (String f : forms) {
                out.put(f, forms[0]);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The unit of measure a word names ("kilometers" and "km" give "kilometre"), or null for any
     * other word: two different units are two quantities whatever their figures.
     */
    public static @org.jspecify.annotations.Nullable String unitOfMeasure(String key) {
        return UNITS_OF_MEASURE.get(key);
    }

    /**
     * True when the two phrases (words as written, lower case, joined by spaces) are opposite
     * directions of movement: "into" / "out of", "up" / "down", "inside" / "outside".
     */
    public static boolean oppositeDirections(String a, String b) {
        for (String[] pair : DIRECTIONS) {
            if (pair[0].equals(a) && pair[1].equals(b) || pair[1].equals(a) && pair[0].equals(b)) {
                return true;
            }
        }
        return false;
    }

    private static final String[][] DIRECTIONS = {{"into", "out of"}, {"inside", "outside"}, {"up", "down"},
        {"upstairs", "downstairs"}, {"onto", "off"}, {"toward", "away from"}, {"towards", "away from"}};

    /**
     * The singular of a noun whose plural is irregular ("people" / "person", "women" / "woman"),
     * else the word itself: a count of "four people" and of "one person" count the same thing.
     */
    public static String singularOf(String key) {
        return IRREGULAR_PLURALS.getOrDefault(key, key);
    }

    private static final Map<String, String> IRREGULAR_PLURALS = Map.of("people", "person", "persons", "person",
            "men", "man", "women", "woman", "children", "child", "feet", "foot", "teeth", "tooth", "mice", "mouse");

    /**
     * True for a unit of time: "seconds", "days", "years". Figures counting time (ages, durations)
     * are too common to say by their unit alone that two are one quantity.
     */
    public static boolean isTimeUnit(String key) {
        return TIME_UNITS.contains(key);
    }

    /**
     * True for the word after a figure that makes it an age: "year-old", "years-old", "month-old"
     * ("a 36-year-old driver", "48-years-old").
     */
    public static boolean isAgeSuffix(String key) {
        return key.endsWith("-old");
    }

    /**
     * True for a word that makes a figure beside it an earthquake's magnitude: "a 7.6-magnitude
     * quake", "magnitude 7.6", "5.9 on the Richter scale".
     */
    public static boolean isQuakeScaleWord(String key) {
        return QUAKE_SCALE_WORDS.contains(key);
    }

    private static final Set<String> QUAKE_SCALE_WORDS = Set.of("magnitude", "richter");

    /**
     * True when {@code shortForm} is a usual short form of the first name {@code full} that is not
     * simply its first letters ("Bill" of "William", "Katie" of "Katherine"; "Tim" of "Timothy" is
     * found by its letters).
     */
    public static boolean isShortFormOf(String shortForm, String full) {
        return NICKNAMES.getOrDefault(shortForm, Set.of()).contains(full);
    }

    private static final Map<String, Set<String>> NICKNAMES = Map.ofEntries(
            Map.entry("bill", Set.of("william")), Map.entry("billy", Set.of("william")),
            Map.entry("bob", Set.of("robert")), Map.entry("bobby", Set.of("robert")),
            Map.entry("dick", Set.of("richard")), Map.entry("rick", Set.of("richard")), Map.entry("ricky", Set.of("richard")),
            Map.entry("jim", Set.of("james")), Map.entry("jimmy", Set.of("james")), Map.entry("jack", Set.of("john")),
            Map.entry("ted", Set.of("edward", "theodore")), Map.entry("teddy", Set.of("edward", "theodore")),
            Map.entry("ned", Set.of("edward")), Map.entry("hank", Set.of("henry")), Map.entry("harry", Set.of("henry")),
            Map.entry("chuck", Set.of("charles")), Map.entry("tony", Set.of("anthony", "antony")),
            Map.entry("mike", Set.of("michael")), Map.entry("mickey", Set.of("michael")), Map.entry("larry", Set.of("lawrence")),
            Map.entry("jerry", Set.of("gerald", "jerome", "jeremiah")), Map.entry("dave", Set.of("david")),
            Map.entry("steve", Set.of("stephen")), Map.entry("andy", Set.of("andrew")), Map.entry("nick", Set.of("nicholas")),
            Map.entry("bert", Set.of("albert", "herbert")), Map.entry("bernie", Set.of("bernard")),
            Map.entry("gene", Set.of("eugene")), Map.entry("hal", Set.of("harold")),
            Map.entry("liz", Set.of("elizabeth")), Map.entry("beth", Set.of("elizabeth")), Map.entry("betty", Set.of("elizabeth")),
            Map.entry("kate", Set.of("katherine", "catherine", "kathryn", "kathleen", "katharine")),
            Map.entry("katie", Set.of("katherine", "catherine", "kathryn", "kathleen", "katharine")),
            Map.entry("kathy", Set.of("katherine", "kathryn", "kathleen", "katharine")), Map.entry("cathy", Set.of("catherine")),
            Map.entry("sally", Set.of("sarah")), Map.entry("molly", Set.of("mary")), Map.entry("patty", Set.of("patricia")),
            Map.entry("peggy", Set.of("margaret")), Map.entry("meg", Set.of("margaret")), Map.entry("maggie", Set.of("margaret")));

    /**
     * True for a currency's name or code ("Dollars", "USD", "Euros"): written with a capital, as in
     * "a hundred Billion Dollars", it is still no one's name.
     */
    public static boolean isCurrencyWord(String key) {
        return CURRENCY_WORDS.contains(key);
    }

    /** Plurals and codes only: a singular may open a name ("Dollar General", "Euro 2008", "Rand Paul"). */
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "usd", "euros", "eur", "pounds", "gbp", "jpy",
            "rmb", "cny", "rupees", "inr", "roubles", "rubles", "francs", "chf", "pesos", "dinars", "riyals", "shekels",
            "kronor", "kroner");

    /** True for a word naming an earthquake: "quake", "tremor", "temblor", "aftershock". */
    public static boolean isQuakeWord(String key) {
        return QUAKE_WORDS.contains(key);
    }

    private static final Set<String> QUAKE_WORDS = Set.of("quake", "quakes", "earthquake", "earthquakes", "tremor",
            "tremors", "temblor", "temblors", "aftershock", "aftershocks");

    /**
     * True for a word right before a figure that makes it a place's population: "a city of
     * [160,000]", "home to [167,000] people", "population [167,000]" ("of" counts only after a
     * settlement word, see {@link #isSettlementWord}).
     */
    public static boolean isPopulationLead(String key) {
        return POPULATION_LEADS.contains(key);
    }

    /** True for a word naming a settlement: "city", "town", "village", "capital". */
    public static boolean isSettlementWord(String key) {
        return SETTLEMENT_WORDS.contains(key);
    }

    /** True for a noun right after a price that makes it a deal's: "a $13.9 billion acquisition". */
    public static boolean isDealNoun(String key) {
        return DEAL_NOUNS.contains(key);
    }

    /** True for a word right before a figure that makes it what is paid: "will pay", "values it at". */
    public static boolean isPriceLead(String key) {
        return PRICE_LEADS.contains(key);
    }

    /** True for a verb of buying or selling, which "for" after it leads to a price: "buy the firm for". */
    public static boolean isBuyVerb(String key) {
        return BUY_VERBS.contains(key);
    }

    private static final Set<String> DEAL_NOUNS = Set.of("acquisition", "deal", "takeover", "purchase", "bid", "offer",
            "buyout", "merger", "sale");
    private static final Set<String> PRICE_LEADS = Set.of("pay", "pays", "paid", "paying", "price", "priced", "valued",
            "values", "valuing");
    private static final Set<String> BUY_VERBS = Set.of("buy", "buys", "bought", "buying", "acquire", "acquires",
            "acquired", "acquiring", "purchase", "purchased", "purchasing", "sell", "sells", "sold", "selling");

    private static final Set<String> POPULATION_LEADS = Set.of("population", "populated", "home", "inhabited");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "village", "capital", "municipality",
            "township", "island", "port", "metropolis");

    private static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");

    /** True for the last word of a street's name: "Street", "Road", "Ave". */
    public static boolean isStreetHead(String key) {
        return STREET_HEADS.contains(key);
    }

    /** {@link #isPlaceHead} for a spelling-folded word (as name slot values are). */
    public static boolean isPlaceHeadFolded(String folded) {
        return FOLDED_PLACE_HEADS.contains(folded);
    }

    /** {@link #isOrganisationHead} for a spelling-folded word. */
    public static boolean isOrganisationHeadFolded(String folded) {
        return FOLDED_ORGANISATION_HEADS.contains(folded);
    }

    private static final Set<String> FOLDED_PLACE_HEADS = folded(PLACE_HEADS);
    private static final Set<String> FOLDED_ORGANISATION_HEADS = folded(ORGANISATION_HEADS);

    private static Set<String> folded(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(app.parallax.core.text.TermKeys.fold(w)));
        return Set.copyOf(out);
    }

    /** True for nouns that mark organisation names: "Ministry", "Council". */
    public static boolean isOrganisationHead(String key) {
        return ORGANISATION_HEADS.contains(key);
    }

    /**
     * The country a nationality adjective names, by the longest shared start of at least four
     * letters ("chinese" gives "china", "ukrainian" gives "ukraine"); the key itself when none.
     */
    public static String countryOfDemonym(String key) {
        String best = key;
        int bestLength = 3;
        for (String country : COUNTRY_WORDS) {
            int n = commonPrefix(country, key);
            if (n > bestLength && n >= country.length() - 2) {
                best = country;
                bestLength = n;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Adjectives of nationality by their common endings: Russian, Chinese, Polish, Israeli. */
    public static boolean looksLikeDemonym(String key) {
        return key.length() > 4 && (key.endsWith("ian") || key.endsWith("ese") || key.endsWith("ish")
                || key.endsWith("can") || key.endsWith("ean"));
    }
}
