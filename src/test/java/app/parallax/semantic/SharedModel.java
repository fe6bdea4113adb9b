package app.parallax.semantic;

/** One loaded sentence model for the tests of this package (loading costs about a second each time). */
final class SharedModel {

    static final OnnxSentenceModel MODEL = new OnnxSentenceModel();

    private SharedModel() {
    }
}
