package app.parallax.semantic;

import ai.onnxruntime.OrtException;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Loads the sentence model from files unpacked once into a folder of the user cache, instead of
 * from inside its jar. Reading the 34 MB model out of the compressed jar costs about 0.4 s on every
 * start; a plain file is read in a fraction of that. The files are written under a temporary name
 * and moved into place, so a crash never leaves half a model; if the unpacked files cannot be
 * written or do not load, the model is loaded from the jar as before.
 */
final class UnpackedModel {

    static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
    static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";
    /** The jar's version: a newer jar unpacks into a folder of its own. */
    private static final String VERSION = "langchain4j-1.20.0-beta30";

    private UnpackedModel() {
    }

    /**
     * The model, from {@code folder} (unpacked there first if needed) or else from the jar.
     *
     * @throws OrtException when it cannot be loaded from the jar either
     * @throws IOException  when the jar lacks the model's files
     */
    static BgeEncoder load(Path folder) throws OrtException, IOException {
        try {
            Path dir = folder.resolve(VERSION);
            Path model = unpacked(dir, MODEL_FILE);
            Path tokenizer = unpacked(dir, TOKENIZER_FILE);
            try {
                return BgeEncoder.open(model, tokenizer);
            } catch (OrtException | IOException | RuntimeException e) {
                Files.deleteIfExists(model);
                Files.deleteIfExists(tokenizer);
                throw e;
            }
        } catch (OrtException | IOException | RuntimeException e) {
            System.getLogger(UnpackedModel.class.getName()).log(System.Logger.Level.INFO,
                    "loading the sentence model from its jar: " + e);
            return BgeEncoder.openFromJar();
        }
    }

    /** The class loader of the jar that ships the model files. */
    static ClassLoader jarLoader() {
        return BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
    }

    private static Path unpacked(Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target) && Files.size(target) > 0) {
            return target;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".part");
        try (InputStream in = jarLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the model jar");
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
