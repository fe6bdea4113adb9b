package app.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.align.Relation;
import app.parallax.core.article.Article;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Article A = Stories.article("harbor-a.txt");
    private static final Article B = Stories.article("harbor-b.txt");

    @ParameterizedTest(name = "{0} -> {1} is a {2} conflict")
    @CsvSource({
            "Monday morning, Tuesday morning, WEEKDAY, Monday, Tuesday",
            "in March, in May, MONTH, March, May",
            "North Sea, Baltic Sea, PLACE, North Sea, Baltic Sea",
            "coast of Norway, coast of Sweden, COUNTRY, Norway, Sweden",
            "informal breakfast, informal dinner, MEAL, breakfast, dinner",
            "by 12 percent, by 15 percent, PERCENT, 12, 15",
            "said Tom Becker, said Ann Miller, PERSON, Tom Becker, Ann Miller",
    })
    void oneChangedFactInACopyIsExactlyThatConflict(String from, String to, ConflictKind kind, String aWords,
                                                   String bWords) {
        Article copy = Stories.article("copy", A.text().replaceFirst(from, to));

        ComparisonResult r = Comparison.compare(List.of(A, copy));

        List<Difference> conflicts = r.links().stream().flatMap(l -> l.conflicts().stream()).toList();
        assertThat(conflicts).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(kind);
            assertThat(d.aWords()).isEqualTo(aWords);
            assertThat(d.bWords()).isEqualTo(bWords);
        });
        long contentPassages = r.passagesOf("harbor-a").stream().filter(p -> !p.boilerplate()).count();
        assertThat(r.links()).hasSize((int) contentPassages);
    }

    @Test
    void paraphrasedReportsAreLinkedSentenceBySentence() {
        ComparisonResult r = Comparison.compare(List.of(A, B));

        assertThat(linkedTexts(r)).contains(
                "PORTLAND — The city counci ~ A storm forced the closure",
                "Mayor Elena Ruiz said the  ~ Mayor Elena Ruiz said resi",
                "The bridge carries about 4 ~ The bridge, which carries ",
                "Engineers from the state t ~ Inspectors from the state ",
                "“We will not reopen the br ~ “We will not reopen the br",
                "The council will meet at C ~ Council members will hold ",
                "Ferries will run every 20  ~ Until the bridge reopens, ");
    }

    @Test
    void theOnlyConflictBetweenTheParaphrasesIsTheMeal() {
        ComparisonResult r = Comparison.compare(List.of(A, B));

        List<Difference> conflicts = r.links().stream().flatMap(l -> l.conflicts().stream()).toList();
        assertThat(conflicts).extracting(Difference::conflictKind).containsExactly(ConflictKind.MEAL);
        Claim meal = r.claims(Verdict.DISPUTED).get(0);
        assertThat(meal.values()).extracting(v -> v.value() + "=" + v.articleIds())
                .containsExactly("breakfast=[harbor-a]", "lunch=[harbor-b]");
    }

    @Test
    void oneSentenceCanLinkToTheTwoThatSayTheSameElsewhere() {
        Article one = Stories.article("one", "Budget delayed\n\nThe council postponed its budget vote until "
                + "Thursday after a storm closed the Harbor Bridge on Monday morning.\n");
        Article two = Stories.article("two", "Storm news\n\nA storm closed the Harbor Bridge on Monday morning. "
                + "The council postponed its budget vote until Thursday.\n");

        ComparisonResult r = Comparison.compare(List.of(one, two));

        assertThat(r.linksOf("one#1")).extracting(l -> l.other("one#1")).containsExactlyInAnyOrder("two#1", "two#2");
        assertThat(r.findClaim("two#1")).isEqualTo(r.findClaim("two#2"));
    }

    @Test
    void reversingParagraphsChangesNoLink() {
        Article reversed = Stories.article("harbor-b", Stories.reversedParagraphs(B.text()));

        Set<String> forward = linkedTexts(Comparison.compare(List.of(A, B)));
        Set<String> backward = linkedTexts(Comparison.compare(List.of(A, reversed)));

        assertThat(backward).isEqualTo(forward).isNotEmpty();
    }

    @Test
    void articleOrderDoesNotChangeLinks() {
        Set<String> ab = unorderedLinks(Comparison.compare(List.of(A, B)));
        Set<String> ba = unorderedLinks(Comparison.compare(List.of(B, A)));

        assertThat(ba).isEqualTo(ab);
    }

    @Test
    void anUnrelatedTextGetsNoLinks() {
        Article unrelated = Stories.article("unrelated.txt");

        ComparisonResult r = Comparison.compare(List.of(A, unrelated, B));

        assertThat(r.links()).noneMatch(l -> l.a().startsWith("unrelated") || l.b().startsWith("unrelated"));
        assertThat(r.sharedShare("unrelated")).isZero();
        assertThat(r.claims()).filteredOn(c -> c.reportedBy("unrelated"))
                .allMatch(c -> c.verdict() == Verdict.SINGLE);
    }

    @Test
    void identicalArticlesAgreeEverywhere() {
        ComparisonResult r = Comparison.compare(List.of(A, Stories.article("twin", A.text())));

        assertThat(r.links()).isNotEmpty().allMatch(l -> l.relation() == Relation.AGREE && l.differences().isEmpty());
        assertThat(r.claims(Verdict.SINGLE)).isEmpty();
    }

    private static Set<String> linkedTexts(ComparisonResult r) {
        return r.links().stream().map(l -> head(r, l.a()) + " ~ " + head(r, l.b())).collect(Collectors.toSet());
    }

    private static Set<String> unorderedLinks(ComparisonResult r) {
        return r.links().stream().map(l -> {
            String x = r.requirePassage(l.a()).text();
            String y = r.requirePassage(l.b()).text();
            return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
        }).collect(Collectors.toSet());
    }

    private static String head(ComparisonResult r, String passageId) {
        String t = r.requirePassage(passageId).text();
        return t.substring(0, Math.min(26, t.length()));
    }
}
