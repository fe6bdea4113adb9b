package app.parallax.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one file's bytes as article text, refusing what is not an article: missing, unreadable,
 * empty, too large or binary files. UTF-8 is expected; Windows-1252 is accepted as a fallback.
 */
final class SourceText {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private SourceText() {
    }

    static String read(Path file) throws IngestException {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new IngestException(name, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new IngestException(name, "is a folder, not a file");
        }
        byte[] bytes = readBytes(file, name);
        return decode(bytes, name);
    }

    static String decode(byte[] bytes, String name) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(name, "file is empty");
        }
        if (looksBinary(bytes)) {
            throw new IngestException(name, "binary file, not text (expected .txt or .html)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new IngestException(name, "file has no text (only white space)");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static byte[] readBytes(Path file, String name) throws IngestException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IngestException(name, "file is larger than 20 MB; not an article");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new IngestException(name, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw new IngestException(name, "file not found", e);
        } catch (IOException e) {
            throw new IngestException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }
}
