package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every view shows about one comparison: the front door of this package. Built once per
 * {@link ComparisonResult} (cheap: it derives lazily) and shared by the reader, the annotated PDF
 * and the terminal report, so each says "who says what" in the same words and paints a passage
 * with the same verdict. Immutable apart from internal caches; safe to read from one thread.
 */
public final class StoryReport {

    private final ComparisonResult result;
    private final ClaimWording wording;
    private final PassageFacts passages;
    /** By claim id: each outlet's verdict in the claim (see {@link #verdictIn}); concurrent like the caches below it. */
    private final Map<String, Map<String, Verdict>> outletVerdicts = new java.util.concurrent.ConcurrentHashMap<>();

    private StoryReport(ComparisonResult result) {
        this.result = result;
        this.wording = new ClaimWording(result);
        this.passages = new PassageFacts(result, wording);
    }

    /** @throws NullPointerException if {@code result} is null */
    public static StoryReport of(ComparisonResult result) {
        return new StoryReport(Objects.requireNonNull(result, "result"));
    }

    public ComparisonResult result() {
        return result;
    }

    /**
     * Works out now what the views ask for as soon as a result is shown (every passage's verdict and
     * flagged words, the flagged claims' values), e.g. on the thread that compared, so that the UI
     * thread finds them ready. Returns this report.
     */
    public StoryReport warm() {
        result.passages().forEach(this::verdictOf);
        result.claims().forEach(c -> verdictIn(c, ""));
        flaggedClaims().forEach(this::values);
        return this;
    }

    /**
     * The passage that stands for a claim in a list of discrepancies: the first of its passages
     * that holds one of its flags of {@code grade} (a conflict for the disputed list, a values-differ
     * flag for the other), else any flag, else its first passage. A passage that joins the claim
     * only by agreeing links (one sentence that carries two facts) says nothing of the discrepancy.
     */
    public Optional<Passage> leadPassage(Claim claim, Grade grade) {
        Set<String> members = Set.copyOf(claim.passageIds());
        Set<String> withGrade = new java.util.HashSet<>();
        Set<String> withAny = new java.util.HashSet<>();
        for (Link l : result.links()) {
            if (!members.contains(l.a()) || !members.contains(l.b())) {
                continue;
            }
            for (Difference d : l.differences()) {
                if (d.isConflict()) {
                    withAny.add(l.a());
                    withAny.add(l.b());
                    if (d.grade() == grade) {
                        withGrade.add(l.a());
                        withGrade.add(l.b());
                    }
                }
            }
        }
        String lead = claim.passageIds().stream().filter(withGrade::contains).findFirst()
                .or(() -> claim.passageIds().stream().filter(withAny::contains).findFirst())
                .or(() -> claim.passageIds().stream().findFirst()).orElse(null);
        return lead == null ? Optional.empty() : result.findPassage(lead);
    }

    /** The outlet's display name; the id itself for an unknown article. */
    public String outlet(String articleId) {
        return wording.outlet(articleId);
    }

    /** Display names in the given order. */
    public List<String> outlets(List<String> articleIds) {
        return wording.outlets(articleIds);
    }

    // ---- claims

    /** A flagged claim's competing values: the engine's, else those of the conflicts inside it; empty for others. */
    public List<ClaimValue> values(Claim claim) {
        return wording.values(claim);
    }

    /** The kinds of fact in dispute, "meal" or "meal, weekday"; "" when none is known. */
    public String kind(Claim claim) {
        return wording.kind(claim);
    }

    /** "meal: lunch — The New York Times, CNN · dinner — USA Today, AP"; "" for a claim without values. */
    public String valuesLine(Claim claim) {
        return wording.valuesLine(claim);
    }

    /** "lunch — The New York Times, CNN". */
    public String valueWithOutlets(ClaimValue value) {
        return wording.valueWithOutlets(value);
    }

    /** A short title for lists and bookmarks: "meal: ‘lunch’ / ‘dinner’". */
    public String shortLabel(Claim claim) {
        return wording.shortLabel(claim);
    }

    /** One line on who reports a claim and how, e.g. "Agreed: reported by AP, CNN". */
    public String describe(Claim claim) {
        return wording.describe(claim);
    }

    /** The value {@code articleId} gives in a disputed claim, if any. */
    public Optional<String> valueOf(Claim claim, String articleId) {
        return values(claim).stream().filter(v -> v.articleIds().contains(articleId)).map(ClaimValue::value).findFirst();
    }

    // ---- passages

    /**
     * The verdict a passage is shown with; empty for boilerplate. A passage of a disputed claim
     * that states no value of the dispute is shown as agreed with the claim's other outlets.
     */
    public Optional<Verdict> verdictOf(Passage passage) {
        return passages.verdict(passage);
    }

    /**
     * How an outlet is shown in a claim (the overview's cell): the strongest verdict among its
     * passages of the claim, disputed before values differ before agreed; empty when it does not
     * report the claim. {@code claim} is one of this report's result.
     */
    public Optional<Verdict> verdictIn(Claim claim, String articleId) {
        return Optional.ofNullable(outletVerdicts.computeIfAbsent(claim.id(), id -> outletVerdicts(claim)).get(articleId));
    }

    /** Each outlet's strongest verdict in a claim, worked out once a claim (the overview asks for each of its cells). */
    private Map<String, Verdict> outletVerdicts(Claim claim) {
        List<Verdict> strength = List.of(Verdict.DISPUTED, Verdict.VALUES_DIFFER, Verdict.AGREED, Verdict.SINGLE);
        Map<String, Verdict> strongest = new java.util.HashMap<>();
        claim.passageIds().stream().map(result::findPassage).flatMap(Optional::stream)
                .forEach(p -> verdictOf(p).ifPresent(v -> strongest.merge(p.articleId(), v,
                        (x, y) -> strength.indexOf(x) <= strength.indexOf(y) ? x : y)));
        return Map.copyOf(strongest);
    }

    /** The passage's own words stating a flagged value (either grade), in text order; empty when it states none. */
    public List<TextRange> conflictRanges(Passage passage) {
        return passages.flaggedRanges(passage).stream().map(FlaggedRange::range).toList();
    }

    /**
     * The passage's own words stating a flagged value, each with its grade (conflict wins where
     * both grades flag the same words), in text order; empty when it states none.
     */
    public List<FlaggedRange> flaggedRanges(Passage passage) {
        return passages.flaggedRanges(passage);
    }

    // ---- the two grades

    /** The claims the navigator steps through: disputed and values-differ claims, in story order. */
    public List<Claim> flaggedClaims() {
        return result.claims().stream().filter(PassageFacts::flagged).toList();
    }

    /** A flagged claim's grade: conflict for a disputed claim, values differ for one whose values only differ. */
    public Optional<Grade> gradeOf(Claim claim) {
        return switch (claim.verdict()) {
            case DISPUTED -> Optional.of(Grade.CONFLICT);
            case VALUES_DIFFER -> Optional.of(Grade.VALUES_DIFFER);
            case AGREED, SINGLE -> Optional.empty();
        };
    }

    /**
     * Every flagged difference between two passages of the claim, in link order, each once (the
     * same words flagged between the same two outlets are listed once); empty for an unflagged claim.
     */
    public List<Flag> flags(Claim claim) {
        Set<String> inClaim = Set.copyOf(claim.passageIds());
        Set<List<Object>> seen = new java.util.HashSet<>();
        List<Flag> out = new ArrayList<>();
        for (Link l : result.links()) {
            if (!inClaim.contains(l.a()) || !inClaim.contains(l.b())) {
                continue;
            }
            Passage a = result.requirePassage(l.a());
            Passage b = result.requirePassage(l.b());
            for (Difference d : l.conflicts()) {
                if (seen.add(List.of(d.grade(), d.conflictKind(), a.articleId(), b.articleId(), d.aWords(), d.bWords()))) {
                    out.add(new Flag(d.grade(), d.conflictKind(), a, b, d.aWords(), d.bWords()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** "values differ · number: ‘about 40’ (Alpha) / ‘42’ (Beta)"; a side stating nothing reads "nothing". */
    public String flagLine(Flag flag) {
        return flag.grade().label() + " · " + flag.kind().label() + ": " + quoted(flag.aWords()) + " ("
                + outlet(flag.a().articleId()) + ") / " + quoted(flag.bWords()) + " (" + outlet(flag.b().articleId()) + ")";
    }

    /** The flagged claims counted by grade: "3 conflicts, 5 values differ", "0 conflicts, 1 values differ". */
    public String gradeCounts() {
        return gradeCounts(result.claims(Verdict.DISPUTED).size(), result.claims(Verdict.VALUES_DIFFER).size());
    }

    /** "1 conflict, 2 values differ" for the given counts. */
    public static String gradeCounts(int conflicts, int valuesDiffer) {
        return Words.count(conflicts, "conflict", "conflicts") + ", " + valuesDiffer + " values differ";
    }

    /** "Conflict" or "Values differ", for the head of a line or a column. */
    public static String gradeTitle(Grade grade) {
        return Words.capitalise(grade.label());
    }

    private static String quoted(String words) {
        return words.isBlank() ? "nothing" : "‘" + words + "’";
    }

    /** The passages of the same claim and those linked to it, without the passage itself. */
    public Set<String> counterparts(String passageId) {
        Set<String> out = new LinkedHashSet<>();
        result.findClaim(passageId).ifPresent(c -> out.addAll(c.passageIds()));
        result.linksOf(passageId).stream().map(l -> l.other(passageId)).forEach(out::add);
        out.remove(passageId);
        return out;
    }

    /**
     * What an agreed passage agrees with: the words of the claim's passage in each other outlet,
     * one line each ("North Gazette: “The bridge closed on Monday.”"), at most {@code max} lines and
     * then "and N more outlets"; long passages are cut with an ellipsis. Empty for a passage of no
     * claim or one no other outlet reports.
     */
    public List<String> agreedWithLines(String passageId, int max) {
        Optional<Passage> own = result.findPassage(passageId);
        Map<String, Passage> byOutlet = new java.util.LinkedHashMap<>();
        for (String id : counterparts(passageId)) {
            result.findPassage(id).filter(p -> own.isEmpty() || !p.articleId().equals(own.get().articleId()))
                    .ifPresent(p -> byOutlet.putIfAbsent(p.articleId(), p));
        }
        List<String> lines = new ArrayList<>();
        byOutlet.values().stream().limit(max).forEach(p -> lines.add(outlet(p.articleId()) + ": “" + shortened(p.text()) + "”"));
        if (byOutlet.size() > max) {
            lines.add("and " + Words.count(byOutlet.size() - max, "more outlet", "more outlets"));
        }
        return List.copyOf(lines);
    }

    private static String shortened(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 159) + "…" : one;
    }

    /** What a PDF highlight over one article's passage of a claim says. */
    public String passageNote(Claim claim, Passage passage) {
        Verdict shown = verdictOf(passage).orElse(claim.verdict());
        return wording.passageNote(claim, passage.articleId(), shown);
    }

    /**
     * "Conflict (meal): “lunch” here, “dinner” in USA Today", one line per flag on the passage's
     * links, each naming its grade ("Values differ (number): …"); conflicts first.
     */
    public List<String> conflictLines(String passageId) {
        Set<String> lines = new LinkedHashSet<>();
        for (Grade grade : Grade.values()) {
            for (Link l : result.linksOf(passageId)) {
                boolean a = l.a().equals(passageId);
                String other = result.findPassage(l.other(passageId)).map(p -> outlet(p.articleId())).orElse("?");
                l.conflicts().stream().filter(d -> d.grade() == grade).forEach(d -> lines.add(gradeTitle(grade) + " ("
                        + d.conflictKind().label() + "): “" + (a ? d.aWords() : d.bWords()) + "” here, “"
                        + (a ? d.bWords() : d.aWords()) + "” in " + other));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * What the passage shares with each linked passage, from the engine's shared spans:
     * "Shared with Beta: “people were hurt.” (covers 80% of the shorter passage)"; links whose
     * spans were not worked out are left out; long stretches are cut with an ellipsis.
     */
    public List<String> sharedLines(String passageId) {
        List<String> lines = new ArrayList<>();
        Optional<Passage> passage = result.findPassage(passageId);
        for (Link l : result.linksOf(passageId)) {
            TextRange own = l.a().equals(passageId) ? l.sharedA() : l.sharedB();
            String text = passage.flatMap(p -> result.findArticle(p.articleId())).map(a -> a.text()).orElse("");
            if (own == null || own.end() > text.length() || own.length() == 0) {
                continue;
            }
            String other = result.findPassage(l.other(passageId)).map(p -> outlet(p.articleId())).orElse("?");
            String words = own.of(text).strip().replaceAll("\\s+", " ");
            lines.add("Shared with " + other + ": “" + (words.length() > 120 ? words.substring(0, 119) + "…" : words) + "” ("
                    + Math.round(100 * Math.max(0, Math.min(1, l.coverage()))) + "% of the shorter passage)");
        }
        return List.copyOf(lines);
    }

    /**
     * What a PDF highlight over conflicting words says:
     * "Conflict (meal): USA Today says 'dinner' here instead of 'lunch'."
     *
     * @param otherWordsToOutlets the other outlets' words, each with the outlets that use them
     */
    public static String conflictNote(String kind, String ownWords, Map<String, List<String>> otherWordsToOutlets) {
        return conflictNote(Grade.CONFLICT, kind, ownWords, otherWordsToOutlets);
    }

    /**
     * The same note for either grade: "Values differ (number): Beta says '42' here instead of 'about 40'."
     */
    public static String conflictNote(Grade grade, String kind, String ownWords, Map<String, List<String>> otherWordsToOutlets) {
        List<String> parts = new ArrayList<>();
        otherWordsToOutlets.forEach((words, outlets) -> parts.add(Words.and(outlets)
                + (outlets.size() == 1 ? " says " : " say ") + (words.isBlank() ? "nothing" : "'" + words + "'")));
        return gradeTitle(grade) + " (" + kind + "): " + String.join("; ", parts) + " instead of '" + ownWords + "'.";
    }

    /** Per-outlet counts of passages by shown verdict (boilerplate left out). */
    public OutletCounts counts(String articleId) {
        int agreed = 0;
        int disputed = 0;
        int valuesDiffer = 0;
        int single = 0;
        for (Passage p : result.passagesOf(articleId)) {
            Optional<Verdict> v = verdictOf(p);
            if (v.isPresent()) {
                switch (v.get()) {
                    case AGREED -> agreed++;
                    case DISPUTED -> disputed++;
                    case VALUES_DIFFER -> valuesDiffer++;
                    case SINGLE -> single++;
                }
            }
        }
        return new OutletCounts(articleId, agreed, disputed, valuesDiffer, single);
    }
}
