package app.parallax.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The native code the sentence model loads, checked before it is loaded. A native library in the
 * cache that is truncated or altered does not fail politely: the JVM dies (SIGBUS) on every run.
 * So each unpacked library is compared, by size and SHA-256, with the copy inside its jar: a
 * damaged tokenizer library is deleted for DJL to unpack again, and ONNX Runtime's libraries are
 * unpacked once into the cache (instead of into a new temporary folder on every load) and
 * replaced when they differ. A check that passed is remembered by the file's size and time, so a
 * start hashes nothing. Every failure here is reported in one line and never stops the model.
 */
final class NativeLibraries {

    private static final String ORT_RESOURCES = "ai/onnxruntime/native/";
    private static final List<String> ORT_FILES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");

    private NativeLibraries() {
    }

    /** Checks the tokenizer libraries under {@code djlCache} and prepares ONNX Runtime's under {@code nativeFolder}. */
    static void prepare(Path djlCache, Path nativeFolder) {
        checkTokenizers(djlCache.resolve("tokenizers"));
        unpackOnnxRuntime(nativeFolder);
    }

    /** Deletes each unpacked tokenizer folder holding a library that differs from the jar's. */
    static void checkTokenizers(Path tokenizers) {
        if (!Files.isDirectory(tokenizers, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> versions = Files.list(tokenizers)) {
            for (Path version : versions.toList()) {
                tokenizerResource(version).ifPresent(resource -> checkUnpacked(version, resource));
            }
        } catch (IOException | RuntimeException e) {
            warn("the tokenizer library in " + tokenizers + " could not be checked: " + e.getMessage());
        }
    }

    /** DJL's folder "0.21.0-0.36.0-cpu-linux-x86_64" holds "native/lib/linux-x86_64/cpu/libtokenizers.so". */
    private static Optional<String> tokenizerResource(Path version) {
        String name = version.getFileName().toString();
        int at = name.indexOf("-cpu-");
        return at < 0 ? Optional.empty() : Optional.of("native/lib/" + name.substring(at + 5) + "/cpu/libtokenizers.so");
    }

    private static void checkUnpacked(Path version, String resource) {
        Path file = version.resolve("libtokenizers.so");
        URL inJar = NativeLibraries.class.getClassLoader().getResource(resource);
        if (inJar == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!matches(file, inJar)) {
                warn("the unpacked native library " + file + " was damaged (" + Files.size(file)
                        + " bytes, or altered); it is unpacked again");
                deleteFolder(version);
            }
        } catch (IOException e) {
            warn("the native library " + file + " could not be checked: " + e.getMessage());
        }
    }

    /**
     * Unpacks ONNX Runtime's libraries into {@code folder} (once; again when damaged) and has ONNX
     * Runtime load them from there. Leaves ONNX Runtime to its own unpacking when that fails.
     */
    static void unpackOnnxRuntime(Path folder) {
        Optional<String> platform = ortPlatform();
        if (platform.isEmpty() || System.getProperty("onnxruntime.native.path") != null) {
            return;
        }
        try {
            Path dir = folder.resolve("onnxruntime").resolve(platform.get());
            for (String name : ORT_FILES) {
                URL inJar = NativeLibraries.class.getClassLoader().getResource(ORT_RESOURCES + platform.get() + "/" + name);
                if (inJar == null) {
                    return;
                }
                unpacked(dir.resolve(name), inJar);
            }
            System.setProperty("onnxruntime.native.path", dir.toString());
        } catch (IOException | RuntimeException e) {
            warn("ONNX Runtime's native libraries could not be unpacked into " + folder + ": " + e.getMessage());
        }
    }

    private static Optional<String> ortPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        return arch.equals("amd64") || arch.equals("x86_64") ? Optional.of("linux-x64")
                : arch.equals("aarch64") ? Optional.of("linux-aarch64") : Optional.empty();
    }

    private static void unpacked(Path target, URL inJar) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && matches(target, inJar)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = inJar.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        remember(target, sha256(inJar));
    }

    /** Same size and SHA-256 as the jar's copy; a match is remembered by size and time. */
    private static boolean matches(Path file, URL inJar) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path mark = markOf(file);
        String stamp = stamp(file);
        if (Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(mark, StandardCharsets.US_ASCII).startsWith(stamp + " ")) {
            return true;
        }
        String expected = sha256(inJar);
        if (!expected.equals(sha256(file))) {
            return false;
        }
        remember(file, expected);
        return true;
    }

    private static void remember(Path file, String sha) throws IOException {
        Files.writeString(markOf(file), stamp(file) + " " + sha + "\n", StandardCharsets.US_ASCII);
    }

    private static Path markOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".checked");
    }

    private static String stamp(Path file) throws IOException {
        return Files.size(file) + ":" + Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
    }

    private static String sha256(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return sha256(in);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            DigestInputStream digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("SHA-256 is missing from this Java", e);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void warn(String message) {
        System.err.println("parallax: " + message);
    }
}
