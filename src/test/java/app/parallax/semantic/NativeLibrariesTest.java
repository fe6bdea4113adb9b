package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged native library in the cache is found (size, SHA-256) and unpacked again before
 * anything loads it, instead of killing the JVM with SIGBUS on every run. Nothing is loaded here.
 */
class NativeLibrariesTest {

    private static final String TOKENIZERS = "native/lib/linux-x86_64/cpu/libtokenizers.so";

    @TempDir
    Path cache;

    private static void truncate(Path file, long size) throws Exception {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.truncate(size);
        }
    }

    @Test
    void aTruncatedTokenizerLibraryIsDeletedSoThatItIsUnpackedAgain() throws Exception {
        Path version = Files.createDirectories(cache.resolve("tokenizers/0.21.0-0.36.0-cpu-linux-x86_64"));
        Path lib = version.resolve("libtokenizers.so");
        try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(TOKENIZERS)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(in != null, "the tokenizer jar has a linux-x86_64 library");
            Files.copy(in, lib);
        }
        NativeLibraries.checkTokenizers(cache.resolve("tokenizers"));
        assertThat(lib).as("an intact library is kept").exists();

        truncate(lib, 4_000_000);
        NativeLibraries.checkTokenizers(cache.resolve("tokenizers"));

        assertThat(version).as("the damaged library's folder is gone, for DJL to unpack again").doesNotExist();
    }

    @Test
    void onnxRuntimeIsUnpackedOnceIntoTheCacheAndADamagedCopyIsReplaced() throws Exception {
        String before = System.getProperty("onnxruntime.native.path");
        System.clearProperty("onnxruntime.native.path");
        try {
            NativeLibraries.unpackOnnxRuntime(cache);
            String dir = System.getProperty("onnxruntime.native.path");
            org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "a Linux platform ONNX Runtime ships for");
            Path lib = Path.of(dir, "libonnxruntime.so");
            long size = Files.size(lib);
            assertThat(size).isGreaterThan(1_000_000);

            truncate(lib, size / 3);
            System.clearProperty("onnxruntime.native.path");
            NativeLibraries.unpackOnnxRuntime(cache);

            assertThat(Files.size(lib)).isEqualTo(size);
            assertThat(System.getProperty("onnxruntime.native.path")).isEqualTo(dir);
        } finally {
            if (before == null) {
                System.clearProperty("onnxruntime.native.path");
            } else {
                System.setProperty("onnxruntime.native.path", before);
            }
        }
    }
}
