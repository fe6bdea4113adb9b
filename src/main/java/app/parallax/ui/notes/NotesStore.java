package app.parallax.ui.notes;

import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import app.parallax.export.ExportException;
import app.parallax.export.SafeOutput;
import app.parallax.ingest.PlainFile;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * The notes of one story, kept in {@value #FILE_NAME} beside its articles. Writes go through
 * {@link SafeOutput} (temporary file moved over the old one), so a crash mid-write leaves the
 * earlier notes intact. A file that cannot be read is reported and copied aside before anything
 * replaces it; a bad note in a readable file is reported and skipped, the other notes are kept. Blocking: call off the FX thread. No JavaFX here.
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

    public record NoteJson(String id, String articleId, int start, int end, String quote, String text, String created) {
    }

    record FileJson(String format, int version, List<NoteJson> notes) {
    }

    /** Largest notes file read (thousands of notes fit in a fraction of this). */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    /** One lock per notes file in this JVM, so two windows' read-merge-write never interleave. */
    private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private final Path file;
    private final ObjectMapper mapper;
    /** The notes in the file as this store last read or wrote them: what a merge starts from. */
    private List<Note> base = List.of();

    /** The store of the story in {@code folder}. */
    public NotesStore(Path folder) {
        this(folder, new ObjectMapper());
    }

    public NotesStore(Path folder, ObjectMapper mapper) {
        this.file = Objects.requireNonNull(folder, "folder").resolve(FILE_NAME);
        this.mapper = mapper.enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public Path file() {
        return file;
    }

    /**
     * The saved notes; none when there is no file. A damaged file is copied aside and reported;
     * when only some of its notes are bad, the others are kept and the bad ones named.
     */
    public synchronized Loaded load() {
        Optional<byte[]> bytes;
        try {
            bytes = PlainFile.read(file, MAX_BYTES);
        } catch (PlainFile.Refused e) {
            return new Loaded(List.of(), Optional.of("Notes file " + file + ": " + e.getMessage()
                    + "; new notes cannot be saved until it is replaced by a plain file"));
        } catch (IOException e) {
            return new Loaded(List.of(), Optional.of("Notes file " + file + " cannot be read (" + firstLine(e) + ")"));
        }
        if (bytes.isEmpty()) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            List<String> bad = new ArrayList<>();
            List<Note> notes = parse(bytes.get(), bad);
            base = notes;
            return new Loaded(notes, bad.isEmpty() ? Optional.empty() : Optional.of(partly(bad, notes.size(), bytes.get())));
        } catch (IOException | RuntimeException e) {
            return new Loaded(List.of(), Optional.of(damaged(e, bytes.get())));
        }
    }

    /** The readable notes of a file's bytes; a line per unreadable note goes into {@code bad}. */
    private List<Note> parse(byte[] bytes, List<String> bad) throws IOException {
        JsonNode root = mapper.readTree(bytes);
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("notes").isArray()) {
            throw new IOException("not a Parallax notes file");
        }
        List<Note> notes = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : root.path("notes")) {
            index++;
            try {
                notes.add(toNote(mapper.treeToValue(entry, NoteJson.class)));
            } catch (IOException | RuntimeException e) {
                bad.add("note " + index + ": " + firstLine(e));
            }
        }
        return notes;
    }

    /**
     * Saves {@code notes}, atomically (see {@link SafeOutput}). When another window (or program)
     * changed the file since this store last read or wrote it, its changes are merged with these
     * ({@link NotesMerge}) instead of being overwritten.
     *
     * @return the notes now in the file: {@code notes}, or the merge when the file had changed
     */
    public synchronized List<Note> save(List<Note> notes) throws IOException {
        return save(notes, Set.of());
    }

    /**
     * As {@link #save(List)}, naming the notes deleted in this window, so that the merge tells a
     * deletion from a note this window has not seen yet.
     */
    public synchronized List<Note> save(List<Note> notes, Set<String> deletedHere) throws IOException {
        synchronized (LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object())) {
            List<Note> onDisk = readForMerge().orElse(base);
            List<Note> result = onDisk.equals(base) ? List.copyOf(notes) : NotesMerge.merge(base, onDisk, notes, deletedHere);
            List<NoteJson> rows = result.stream().map(NotesStore::toJson).toList();
            try {
                SafeOutput.writeOwn(file, out -> mapper.writeValue(out, new FileJson(FORMAT, 1, rows)));
            } catch (ExportException e) {
                throw new IOException(e.getMessage(), e);
            }
            base = result;
            return result;
        }
    }

    /** The notes in the file now, if it can be read; empty when absent (nothing to merge), refused or damaged. */
    private Optional<List<Note>> readForMerge() {
        try {
            Optional<byte[]> bytes = PlainFile.read(file, MAX_BYTES);
            return bytes.isEmpty() ? Optional.empty() : Optional.of(parse(bytes.get(), new ArrayList<>()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String partly(List<String> bad, int kept, byte[] bytes) {
        String copy = keepAside(bytes).map(c -> "the file was kept as " + c.getFileName())
                .orElse("the file could not be copied aside");
        return "Notes file " + file + ": " + bad.size() + (bad.size() == 1 ? " note" : " notes")
                + " could not be read (" + String.join("; ", bad.subList(0, Math.min(3, bad.size())))
                + (bad.size() > 3 ? "; …" : "") + "); " + kept + " kept; " + copy;
    }

    /** Keeps the bytes that were read (not the file, which may have changed since) beside it. */
    private Optional<Path> keepAside(byte[] bytes) {
        Path copy = file.resolveSibling(FILE_NAME + ".damaged-" + STAMP.format(Instant.now()));
        try {
            SafeOutput.writeOwn(copy, out -> out.write(bytes));
            return Optional.of(copy);
        } catch (ExportException e) {
            return Optional.empty();
        }
    }

    private static String firstLine(Exception e) {
        return Optional.ofNullable(e.getMessage()).map(m -> m.lines().findFirst().orElse(""))
                .orElse(e.getClass().getSimpleName());
    }

    private String damaged(Exception e, byte[] bytes) {
        String reason = firstLine(e);
        return keepAside(bytes).map(copy -> "Notes file " + file + " cannot be read (" + reason + "); it was kept as "
                + copy.getFileName()).orElse("Notes file " + file + " cannot be read (" + reason + ") nor copied aside");
    }

    private static Note toNote(NoteJson j) {
        if (j == null || j.id() == null || j.articleId() == null) {
            throw new IllegalArgumentException("id or article missing");
        }
        Instant created = j.created() == null ? Instant.EPOCH : Instant.parse(j.created());
        return new Note(j.id(), j.articleId(), new TextRange(j.start(), j.end()), j.quote(), j.text(), created);
    }

    private static NoteJson toJson(Note n) {
        return new NoteJson(n.id(), n.articleId(), n.range().start(), n.range().end(), n.quote(), n.text(),
                n.created().toString());
    }
}
