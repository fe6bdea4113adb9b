package app.parallax.ui;

import app.parallax.report.TwoGradesStory;
import app.parallax.ui.model.ComparisonEngine;
import java.nio.file.Path;

/** A reader window on the hand-made two-grades story, its result given over the articles the reader read. */
abstract class TwoGradesStoryWindowTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        return TwoGradesStory.writeFolder(temp);
    }

    /** The hand-made result over the articles the reader read from the files. */
    @Override
    ComparisonEngine engine() {
        return (articles, progress) -> TwoGradesStory.result(articles);
    }
}
