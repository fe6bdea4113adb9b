package app.parallax.ingest;

import app.parallax.core.article.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What loading some files or folders produced: the articles that could be read, the problems
 * with those that could not, and where the story lives (for its notes sidecar).
 *
 * @param title    the story's title from its sidecar, or the first article's title, or ""
 * @param folder   the folder the story's sidecars belong in; empty for pasted text only
 * @param articles the readable articles, in the order given (folders in file-name order)
 * @param problems one per unreadable source
 */
public record LoadedStory(String title, Optional<Path> folder, List<Article> articles, List<IngestProblem> problems) {

    public LoadedStory {
        title = title == null ? "" : title;
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
