package app.parallax.core.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The link decision: a logistic regression over {@link LinkEvidence}, its coefficients and
 * threshold read from {@code link-model.properties} beside this class. They are fitted by
 * {@code src/tools/fit_link_model.py} on the development kit's annotated news (ECB+ same-event
 * pairs against links between different events) and reported by leave-one-topic-out there; the
 * file says when and on what.
 */
final class LinkModel {

    private static final LinkModel DEFAULT = load();

    private final double intercept;
    private final double[] weights;
    private final double threshold;
    /** {@link LinkEvidence#sharedNames()} when the articles are too short to say (mean of the fit's pairs). */
    private final double neutralSharedNames;

    LinkModel(double intercept, double[] weights, double threshold) {
        this(intercept, weights, threshold, 0);
    }

    LinkModel(double intercept, double[] weights, double threshold, double neutralSharedNames) {
        if (weights.length != LinkEvidence.NAMES.size()) {
            throw new IllegalArgumentException("need " + LinkEvidence.NAMES.size() + " weights");
        }
        this.intercept = intercept;
        this.weights = weights.clone();
        this.threshold = threshold;
        this.neutralSharedNames = neutralSharedNames;
    }

    /**
     * The value {@link LinkEvidence#sharedNames()} takes between articles too short for the names
     * they use to say which event they report (a sentence compared with a sentence): the mean of
     * the pairs the model was fitted on, so that the signal neither speaks for nor against.
     */
    double neutralSharedNames() {
        return neutralSharedNames;
    }

    static LinkModel standard() {
        return DEFAULT;
    }

    /** The probability that the two passages report the same fact. */
    double probability(LinkEvidence e) {
        double[] f = e.features();
        double z = intercept;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Whether feature {@code i}, anywhere in [lo, hi], could still change the decision on
     * {@code e}: only then is it worth computing exactly.
     */
    boolean undecidedBy(LinkEvidence e, int i, double lo, double hi) {
        double z = logOddsWithout(e, i);
        double cut = cut();
        double low = z + Math.min(weights[i] * lo, weights[i] * hi);
        double high = z + Math.max(weights[i] * lo, weights[i] * hi);
        return low < cut && high >= cut;
    }

    /**
     * Says of a range of feature {@code i} whether the decision on {@code e} is the same anywhere in
     * it, by a margin ({@link #SURE} in log-odds) that no rounding of the sums can cross: a feature
     * computed piece by piece may stop once its range is that narrow.
     */
    ContextCover.Enough settledBy(LinkEvidence e, int i) {
        double z = logOddsWithout(e, i);
        double cut = cut();
        double w = weights[i];
        return (lo, hi) -> z + Math.min(w * lo, w * hi) >= cut + SURE || z + Math.max(w * lo, w * hi) < cut - SURE;
    }

    /** Log-odds a decision must clear the cut by to be settled early; far above any rounding. */
    private static final double SURE = 1e-6;

    /** The log-odds of e's evidence without feature {@code i}. */
    private double logOddsWithout(LinkEvidence e, int i) {
        double[] f = e.features();
        double z = intercept;
        for (int k = 0; k < f.length; k++) {
            z += k == i ? 0 : weights[k] * f[k];
        }
        return z;
    }

    /** The log-odds at the threshold. */
    private double cut() {
        return Math.log(threshold / (1 - threshold));
    }

    /** Link when the probability reaches the fitted threshold. */
    boolean links(LinkEvidence e) {
        return probability(e) >= threshold;
    }

    double threshold() {
        return threshold;
    }

    private static LinkModel load() {
        Properties p = new Properties();
        try (InputStream in = LinkModel.class.getResourceAsStream("link-model.properties")) {
            if (in == null) {
                throw new IllegalStateException("link-model.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] w = new double[LinkEvidence.NAMES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(p.getProperty("weight." + LinkEvidence.NAMES.get(i)));
        }
        return new LinkModel(Double.parseDouble(p.getProperty("intercept")), w, Double.parseDouble(p.getProperty("threshold")),
                Double.parseDouble(p.getProperty("neutral.sharedNames", "0")));
    }
}
