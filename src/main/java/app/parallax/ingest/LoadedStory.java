package app.parallax.ingest;

import app.parallax.core.article.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What loading some files, folders or links produced: the articles that could be read, the
 * problems with those that could not, notices about what was skipped on purpose (duplicates,
 * unsupported files), where the story lives (for its notes sidecar) and where each article came
 * from (to save the story as a folder).
 *
 * @param title    the story's title from its sidecar, or the first article's title, or ""
 * @param folder   the folder the story's sidecars belong in; empty for links or pasted text only
 * @param articles the readable articles, in the order given (folders in sidecar, then file-name order)
 * @param problems one per source that could not be read
 * @param notices  one per source skipped on purpose: loaded already, same text, unsupported type
 * @param origins  article id to where it came from
 */
public record LoadedStory(String title, Optional<Path> folder, List<Article> articles, List<IngestProblem> problems,
                          List<IngestProblem> notices, Map<String, Origin> origins) {

    /** Copies the collections; a null title becomes "". */
    public LoadedStory {
        title = title == null ? "" : title;
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
        origins = Map.copyOf(origins);
    }

    /** A story with no notices and no recorded origins. */
    public LoadedStory(String title, Optional<Path> folder, List<Article> articles, List<IngestProblem> problems) {
        this(title, folder, articles, problems, List.of(), Map.of());
    }
}
