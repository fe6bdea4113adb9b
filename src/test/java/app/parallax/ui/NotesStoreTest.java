package app.parallax.ui;

import app.parallax.ui.notes.NotesStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesStoreTest {

    @TempDir
    Path folder;

    private static Note note(String id, String text) {
        return new Note(id, "nytimes", new TextRange(10, 20), "quoted bit", text, Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void savedNotesLoadBackEqual() throws IOException {
        NotesStore store = new NotesStore(folder);
        List<Note> notes = List.of(note("n1", "lunch or dinner?"), note("n2", "ünïcode “quotes”"));
        store.save(notes);
        assertThat(store.file()).isEqualTo(folder.resolve(".parallax-notes.json"));
        NotesStore.Loaded loaded = new NotesStore(folder).load();
        assertThat(loaded.notes()).isEqualTo(notes);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void noFileMeansNoNotesAndNoProblem() {
        NotesStore.Loaded loaded = new NotesStore(folder).load();
        assertThat(loaded.notes()).isEmpty();
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierNotesIntactAndNoTempFile() throws IOException {
        new NotesStore(folder).save(List.of(note("n1", "keep me")));
        String before = Files.readString(folder.resolve(NotesStore.FILE_NAME));
        NotesStore failing = new NotesStore(folder, mapperFailingOn("BOOM"));
        assertThatThrownBy(() -> failing.save(List.of(note("n1", "keep me"), note("n2", "BOOM"))))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(folder.resolve(NotesStore.FILE_NAME))).isEqualTo(before);
        assertThat(new NotesStore(folder).load().notes()).extracting(Note::text).containsExactly("keep me");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(NotesStore.FILE_NAME);
        }
    }

    @Test
    void aCorruptFileIsReportedAndKeptBeforeAnythingReplacesIt() throws IOException {
        Path file = folder.resolve(NotesStore.FILE_NAME);
        Files.writeString(file, "{\"format\":\"parallax-notes\",\"notes\":[{\"id\":");
        NotesStore store = new NotesStore(folder);
        NotesStore.Loaded loaded = store.load();
        assertThat(loaded.notes()).isEmpty();
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(file.toString()).contains("kept as"));
        store.save(List.of(note("n1", "new")));
        try (Stream<Path> files = Files.list(folder)) {
            Path copy = files.filter(p -> p.getFileName().toString().contains("damaged")).findFirst().orElseThrow();
            assertThat(Files.readString(copy)).isEqualTo("{\"format\":\"parallax-notes\",\"notes\":[{\"id\":");
        }
        assertThat(store.load().notes()).extracting(Note::text).containsExactly("new");
    }

    @Test
    void jsonOfAnotherKindIsNotTakenForNotes() throws IOException {
        Files.writeString(folder.resolve(NotesStore.FILE_NAME), "{\"title\":\"a story\"}");
        assertThat(new NotesStore(folder).load().problem()).isPresent();
    }

    /** A mapper whose note rows write part of themselves, then fail, like a crash mid-write. */
    private static ObjectMapper mapperFailingOn(String marker) {
        SimpleModule module = new SimpleModule();
        module.addSerializer(NotesStore.NoteJson.class, new JsonSerializer<>() {
            @Override
            public void serialize(NotesStore.NoteJson value, JsonGenerator gen, SerializerProvider sp) throws IOException {
                gen.writeStartObject();
                gen.writeStringField("id", value.id());
                gen.flush();
                if (value.text().equals(marker)) {
                    throw new IOException("disk full");
                }
                gen.writeStringField("articleId", value.articleId());
                gen.writeNumberField("start", value.start());
                gen.writeNumberField("end", value.end());
                gen.writeStringField("quote", value.quote());
                gen.writeStringField("text", value.text());
                gen.writeStringField("created", value.created());
                gen.writeEndObject();
            }
        });
        return new ObjectMapper().registerModule(module);
    }

    @Test
    void oneBadNoteIsReportedTheOthersAreKeptAndTheFileIsKeptAside() throws IOException {
        Path file = folder.resolve(NotesStore.FILE_NAME);
        Files.writeString(file, """
                {"format": "parallax-notes", "version": 1, "notes": [
                  {"id": "n1", "articleId": "cnn", "start": 3, "end": 9, "quote": "Moscow", "text": "check"},
                  {"id": "n2", "articleId": "cnn", "start": 9, "end": 3, "quote": "x", "text": "backwards"},
                  {"id": "n3", "articleId": "ap", "start": 0, "end": 4, "quote": "Xi s", "text": "ok"}
                ]}""");

        NotesStore.Loaded loaded = new NotesStore(folder).load();

        assertThat(loaded.notes()).extracting(n -> n.id()).containsExactly("n1", "n3");
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains("note 2").contains("2 kept")
                .contains(".damaged-"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith(NotesStore.FILE_NAME + ".damaged-"));
        }
    }
}
