package app.parallax.ui;

import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The notes of one story, kept in {@value #FILE_NAME} beside its articles. Writes go to a
 * temporary file that is then moved over the old one, so a crash mid-write leaves the earlier
 * notes intact. A file that cannot be read is reported and copied aside before anything replaces
 * it. Blocking: call off the FX thread. No JavaFX here.
 */
public final class NotesStore {

    public static final String FILE_NAME = ".parallax-notes.json";
    static final String FORMAT = "parallax-notes";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** What loading found: the notes, and a sentence for the user when the file was damaged. */
    public record Loaded(List<Note> notes, Optional<String> problem) {
        public Loaded {
            notes = List.copyOf(notes);
        }
    }

    record NoteJson(String id, String articleId, int start, int end, String quote, String text, String created) {
    }

    record FileJson(String format, int version, List<NoteJson> notes) {
    }

    private final Path file;
    private final ObjectMapper mapper;

    /** The store of the story in {@code folder}. */
    public NotesStore(Path folder) {
        this(folder, new ObjectMapper());
    }

    NotesStore(Path folder, ObjectMapper mapper) {
        this.file = Objects.requireNonNull(folder, "folder").resolve(FILE_NAME);
        this.mapper = mapper.enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Path file() {
        return file;
    }

    /** The saved notes; none when there is no file. A damaged file is copied aside and reported. */
    public synchronized Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            FileJson json = mapper.readValue(file.toFile(), FileJson.class);
            if (json == null || !FORMAT.equals(json.format()) || json.notes() == null) {
                throw new IOException("not a Parallax notes file");
            }
            return new Loaded(json.notes().stream().map(NotesStore::toNote).toList(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(List.of(), Optional.of(damaged(e)));
        }
    }

    /** Replaces the saved notes with {@code notes}, atomically. */
    public synchronized void save(List<Note> notes) throws IOException {
        List<NoteJson> rows = notes.stream().map(NotesStore::toJson).toList();
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            mapper.writeValue(temp.toFile(), new FileJson(FORMAT, 1, rows));
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String damaged(Exception e) {
        String reason = Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(""))
                .orElse(e.getClass().getSimpleName());
        Path copy = file.resolveSibling(FILE_NAME + ".damaged-" + STAMP.format(Instant.now()));
        try {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return "Notes file " + file + " cannot be read (" + reason + "); it was kept as " + copy.getFileName();
        } catch (IOException copyFailed) {
            return "Notes file " + file + " cannot be read (" + reason + ") nor copied aside ("
                    + copyFailed.getMessage() + ")";
        }
    }

    private static Note toNote(NoteJson j) {
        Instant created = j.created() == null ? Instant.EPOCH : Instant.parse(j.created());
        return new Note(j.id(), j.articleId(), new TextRange(j.start(), j.end()), j.quote(), j.text(), created);
    }

    private static NoteJson toJson(Note n) {
        return new NoteJson(n.id(), n.articleId(), n.range().start(), n.range().end(), n.quote(), n.text(),
                n.created().toString());
    }
}
