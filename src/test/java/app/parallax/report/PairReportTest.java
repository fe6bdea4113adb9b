package app.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PairReportTest {

    private static final String BRIDGE = "The harbor bridge in Portland closed on Monday after inspectors found cracks in two steel beams.";
    private static final String LUNCH = "Mayor Elena Ruiz met the state engineers for lunch to discuss the repairs.";
    private static final String CARS = "About 40,000 cars cross the bridge every day, according to the city.";
    private static final String VOTE = "The council will vote on emergency funding next week.";
    private static final String FERRIES = "Ferries will run every twenty minutes while the bridge is shut.";
    private static final String DETOUR = "Drivers were told to use the northern ring road instead.";

    private static Article article(String id, String outlet, String... sentences) {
        return new Article(id, "", outlet, "", "", String.join(" ", sentences));
    }

    private static PairReport pair(String left, String right, Article... articles) {
        return PairReport.of(StoryReport.of(Comparison.compare(List.of(articles))), left, right);
    }

    private static List<String> rendered(PairReport pair) {
        return pair.rows().stream().map(PairReportTest::render).toList();
    }

    @Test
    void reorderedCopiesLineUpInTheLeftArticlesReadingOrder() {
        Article a = article("a", "Alpha", BRIDGE, LUNCH, CARS);
        Article b = article("b", "Beta", CARS, BRIDGE, LUNCH);

        PairReport pair = pair("a", "b", a, b);

        assertThat(rendered(pair)).containsExactly(
                "agree | " + BRIDGE + " | " + BRIDGE,
                "agree | " + LUNCH + " | " + LUNCH,
                "agree | " + CARS + " | " + CARS);
        assertThat(rendered(pair("b", "a", a, b))).first().isEqualTo("agree | " + CARS + " | " + CARS);
        assertThat(pair.summary()).isEqualTo("3 linked, 0 differ, 0 only in Alpha, 0 only in Beta");
        assertThat(pair.differingRows()).isEmpty();
    }

    @Test
    void aChangedWordIsMarkedOnBothSidesAndADisputedValueNamesItsKind() {
        Article a = article("a", "Alpha", BRIDGE, LUNCH, CARS);
        Article b = article("b", "Beta", BRIDGE, LUNCH.replace("lunch", "dinner"), CARS.replace("cars", "vehicles"));

        PairReport pair = pair("a", "b", a, b);

        assertThat(rendered(pair)).containsExactly(
                "agree | " + BRIDGE + " | " + BRIDGE,
                "differ | Mayor Elena Ruiz met the state engineers for [!lunch!] to discuss the repairs."
                        + " | Mayor Elena Ruiz met the state engineers for [!dinner!] to discuss the repairs.",
                "agree | About 40,000 [~cars~] cross the bridge every day, according to the city."
                        + " | About 40,000 [~vehicles~] cross the bridge every day, according to the city.");
        PairRow differ = pair.rows().get(1);
        assertThat(differ.disputes()).containsExactly(new PairDispute(ConflictKind.MEAL, "lunch", "dinner"));
        assertThat(differ.disputes().get(0).label()).isEqualTo("meal: ‘lunch’ / ‘dinner’");
        assertThat(differ.score()).isGreaterThan(0.5);
        assertThat(pair.differingRows()).containsExactly(1);
        assertThat(pair("b", "a", a, b).rows().get(1).disputes())
                .containsExactly(new PairDispute(ConflictKind.MEAL, "dinner", "lunch"));
    }

    @Test
    void theOtherChangedWordsOfADisputedRowAreMarkedBesideTheConflict() {
        Article a = article("a", "Alpha", BRIDGE, LUNCH, CARS);
        Article b = article("b", "Beta", BRIDGE, LUNCH.replace("for lunch", "at an informal dinner"), CARS);

        PairRow differ = pair("a", "b", a, b).rows().get(1);

        assertThat(render(differ)).isEqualTo(
                "differ | Mayor Elena Ruiz met the state engineers [~for~] [!lunch!] to discuss the repairs."
                        + " | Mayor Elena Ruiz met the state engineers [~at an informal~] [!dinner!] to discuss the repairs.");
        assertThat(differ.disputes()).containsExactly(new PairDispute(ConflictKind.MEAL, "lunch", "dinner"));
    }

    @Test
    void wordsOnlyOneSideHasAreRemovedOnTheLeftAndAddedOnTheRight() {
        Article a = article("a", "Alpha", BRIDGE, CARS);
        Article b = article("b", "Beta", BRIDGE, "About 40,000 cars cross the bridge every day.");

        assertThat(rendered(pair("a", "b", a, b))).last().isEqualTo(
                "agree | About 40,000 cars cross the bridge every day, [-according to the city-]."
                        + " | About 40,000 cars cross the bridge every day.");
        assertThat(rendered(pair("b", "a", a, b))).last().isEqualTo(
                "agree | About 40,000 cars cross the bridge every day."
                        + " | About 40,000 cars cross the bridge every day, {+according to the city+}.");
    }

    @Test
    void passagesOnlyOneOutletReportsSitNearTheirNeighbours() {
        Article a = article("a", "Alpha", BRIDGE, LUNCH, VOTE, CARS);
        Article b = article("b", "Beta", DETOUR, LUNCH, FERRIES, BRIDGE, CARS);

        PairReport pair = pair("a", "b", a, b);

        assertThat(rendered(pair)).containsExactly(
                "agree | " + BRIDGE + " | " + BRIDGE,
                "right_only |  | " + DETOUR,
                "agree | " + LUNCH + " | " + LUNCH,
                "right_only |  | " + FERRIES,
                "left_only | " + VOTE + " | ",
                "agree | " + CARS + " | " + CARS);
        assertThat(pair.rows().get(1).left()).isEqualTo(PairText.EMPTY);
        assertThat(pair.counts()).isEqualTo(new PairReport.Counts(3, 0, 1, 2));
        assertThat(pair.summary()).isEqualTo("3 linked, 0 differ, 1 only in Alpha, 2 only in Beta");
    }

    @Test
    void withoutAnyLinkTheLeftPassagesComeFirst() {
        Article a = article("a", "Alpha", VOTE);
        Article b = article("b", "Beta", FERRIES, DETOUR);

        assertThat(rendered(pair("a", "b", a, b))).containsExactly(
                "left_only | " + VOTE + " | ", "right_only |  | " + FERRIES, "right_only |  | " + DETOUR);
    }

    @Test
    void oneLongSentenceAgainstTwoShortOnesIsOneRowMarkingOnlyWhatNeitherShortOneSays() {
        Article a = article("a", "Alpha", BRIDGE, LUNCH, CARS, VOTE);
        // a third outlet, as in any real story, gives the shared words their rarity
        Article b = article("b", "Beta", LUNCH.replace("lunch", "dinner"), FERRIES, BRIDGE, CARS);
        Article c = article("c", "Gamma",
                "The harbor bridge in Portland closed on Monday, and Mayor Elena Ruiz met the state engineers for lunch to discuss the repairs.",
                "About 40,000 cars cross the bridge every day.");

        PairReport pair = pair("c", "a", a, b, c);

        assertThat(rendered(pair)).containsExactly(
                "agree | The harbor bridge in Portland closed on Monday, [-and-] Mayor Elena Ruiz met the state engineers "
                        + "for lunch to discuss the repairs. | The harbor bridge in Portland closed on Monday "
                        + "{+after inspectors found cracks in two steel beams+}. " + LUNCH,
                "agree | About 40,000 cars cross the bridge every day. | About 40,000 cars cross the bridge every day, "
                        + "{+according to the city+}.",
                "right_only |  | " + VOTE);
        assertThat(pair.rows().get(0).right().passageIds()).containsExactly("a#0", "a#1");
    }

    @Test
    void aConflictWithEitherPartnerOfAManyToOneGroupIsShown() {
        String left = "Xi arrived on Monday and met Putin for lunch.";
        String right = "Xi arrived on Monday. He met Putin for dinner.";
        Article l = new Article("l", "", "Left", "", "", left);
        Article r = new Article("r", "", "Right", "", "", right);
        Passage l0 = new Passage("l#0", "l", 0, new TextRange(0, left.length()), left, false);
        Passage r0 = passage(r, 0, "Xi arrived on Monday.");
        Passage r1 = passage(r, 1, "He met Putin for dinner.");
        int and = left.indexOf("and met");
        Link first = new Link("l#0", "r#0", 0.7, List.of(
                plain(DifferenceKind.DETAIL, left, and, left.length() - 1, right, 20, 20)));
        Link second = new Link("l#0", "r#1", 0.6, List.of(
                plain(DifferenceKind.WORDING, left, 0, and + 3, right, 22, 24),
                new Difference(DifferenceKind.CONFLICT, ConflictKind.MEAL, "lunch", "dinner",
                        range(left, "lunch"), range(right, "dinner"))));
        ComparisonResult result = new ComparisonResult(List.of(l, r), List.of(l0, r0, r1), List.of(first, second), List.of());

        PairReport pair = PairReport.of(StoryReport.of(result), "l", "r");

        assertThat(rendered(pair)).containsExactly(
                "differ | Xi arrived on Monday [-and-] met Putin for [!lunch!]. | Xi arrived on Monday. "
                        + "{+He+} met Putin for [!dinner!].");
        assertThat(pair.rows().get(0).score()).isEqualTo(0.7);
    }

    @Test
    void aRowOfTwoStatementsNamingOneStreetTwoWaysSaysSo() {
        String left = "The stove in the Independence Street flat had been left on.";
        String right = "Neighbours on Independent Street said the couple had lived there for years.";
        Article l = new Article("l", "", "Left", "", "", left);
        Article r = new Article("r", "", "Right", "", "", right);
        Passage l0 = passage(l, 0, left);
        Passage r0 = passage(r, 0, right);
        Link street = Link.sameAttribute("l#0", "r#0", 0.2, List.of(new Difference(DifferenceKind.CONFLICT,
                ConflictKind.PLACE, "Independence Street", "Independent Street", range(left, "Independence Street"),
                range(right, "Independent Street"), app.parallax.core.classify.Grade.VALUES_DIFFER)));
        ComparisonResult result = new ComparisonResult(List.of(l, r), List.of(l0, r0), List.of(street), List.of());

        PairRow row = PairReport.of(StoryReport.of(result), "l", "r").rows().get(0);

        assertThat(row.kind()).isEqualTo(PairRow.Kind.DIFFER);
        assertThat(row.sameFact()).isFalse();
        assertThat(row.disputes()).singleElement().satisfies(d -> assertThat(d.leftWords()).isEqualTo("Independence Street"));
    }

    @Test
    void bothSidesMustBeDifferentArticlesOfTheComparison() {
        StoryReport report = StoryReport.of(Comparison.compare(List.of(article("a", "Alpha", VOTE), article("b", "Beta", VOTE))));

        assertThatThrownBy(() -> PairReport.of(report, "a", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairReport.of(report, "a", "zz")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PairReport.of(report, "b", "a").leftOutlet()).isEqualTo("Beta");
    }

    private static Passage passage(Article a, int i, String sentence) {
        return new Passage(Passage.idOf(a.id(), i), a.id(), i, range(a.text(), sentence), sentence, false);
    }

    private static TextRange range(String text, String words) {
        int at = text.indexOf(words);
        return new TextRange(at, at + words.length());
    }

    private static Difference plain(DifferenceKind kind, String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        return new Difference(kind, null, a.substring(aFrom, aTo), b.substring(bFrom, bTo),
                new TextRange(aFrom, aTo), new TextRange(bFrom, bTo));
    }

    @Test
    void valuesThatDifferAreMarkedAndWordedApartFromConflicts() {
        PairReport pair = PairReport.of(StoryReport.of(TwoGradesStory.result()), "a", "b");
        assertThat(pair.rows()).extracting(PairReportTest::render).contains(
                "differ | The bridge closed on [!Monday!]. | The bridge closed on [!Tuesday!].",
                "differ | [?About 40?] people were hurt. | Officials said [?42?] people were hurt.");
        PairRow hurt = pair.rows().stream().filter(r -> r.left().text().contains("hurt")).findFirst().orElseThrow();
        assertThat(hurt.disputeLine()).isEqualTo("Values differ in number: ‘About 40’ / ‘42’");
        assertThat(hurt.disputes().get(0).gradedLabel()).isEqualTo("number: ‘About 40’ / ‘42’ (values differ)");
        PairRow weekday = pair.rows().get(0);
        assertThat(weekday.disputeLine()).isEqualTo("Disputed weekday: ‘Monday’ / ‘Tuesday’");
    }

    /** "differ | met for [!lunch!] | met for [!dinner!]": one row, changes marked inline. */
    static String render(PairRow row) {
        return row.kind().name().toLowerCase(Locale.ROOT) + " | " + render(row.left()) + " | " + render(row.right());
    }

    /** Removed [-x-], added {+x+}, changed [~x~], spelling variant [=x=], disputed [!x!], values differ [?x?]. */
    static String render(PairText side) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PairSpan s : side.spans()) {
            String[] marks = switch (s.change()) {
                case REMOVED -> new String[] {"[-", "-]"};
                case ADDED -> new String[] {"{+", "+}"};
                case CHANGED -> new String[] {"[~", "~]"};
                case VARIANT -> new String[] {"[=", "=]"};
                case DISPUTED -> new String[] {"[!", "!]"};
                case VALUES_DIFFER -> new String[] {"[?", "?]"};
            };
            out.append(side.text(), at, s.start()).append(marks[0]).append(s.of(side.text())).append(marks[1]);
            at = s.end();
        }
        return out.append(side.text().substring(at)).toString();
    }
}
