package app.parallax.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.parallax.core.align.TokenVectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * BGE small English v1.5 run directly by ONNX Runtime, so that one forward pass gives both the
 * sentence vector and the contextual vector of every word piece (the model's last layer, which
 * LangChain4j's wrapper pools and throws away).
 *
 * <p>The sentence vector is made exactly as LangChain4j's {@code OnnxBertBiEncoder} makes it, so
 * vectors cached by earlier versions stay valid: the text's pieces are cut into parts of at most
 * 510 (never inside a word), each part is rebuilt into text and encoded with [CLS] and [SEP] and
 * run alone (no padding), its [CLS] row is its vector, and the parts' vectors are averaged by
 * their piece counts and scaled to unit length. The tokenizer file truncates at 512 positions, so
 * a text has one part and a longer one is cut after 510 pieces, for both outputs, as it was with
 * LangChain4j. Token vectors come from the same runs: the rows of each part's pieces, with the
 * pieces' character offsets in the given text. In the rare text whose rebuilt part is not
 * tokenised as the original was (none of the bundled story's), the part is run a second time as
 * the original pieces, so that the offsets stay true.
 */
final class BgeEncoder implements AutoCloseable {

    /** Pieces per run besides [CLS] and [SEP]: the model reads at most 512 positions. */
    static final int MAX_PIECES = 510;
    private static final String CONTINUATION = "##";
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    /**
     * One text's outputs: its sentence vector and, when asked for, its pieces' rows of the last
     * layer, quantised (only their directions count).
     */
    record Output(float[] sentence, @Nullable TokenVectors tokens) {
    }

    private BgeEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Opens the model and tokenizer files; closes what it opened if either fails. */
    static BgeEncoder open(Path model, Path tokenizerJson) throws OrtException, IOException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session = env.createSession(model.toString(), sessionOptions());
        try {
            return new BgeEncoder(env, session, HuggingFaceTokenizer.newInstance(tokenizerJson, options()));
        } catch (IOException | OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Opens the model and tokenizer from their jar (slower: the 34 MB model is read into memory). */
    static BgeEncoder openFromJar() throws OrtException, IOException {
        ClassLoader loader = UnpackedModel.jarLoader();
        byte[] model;
        try (InputStream in = loader.getResourceAsStream(UnpackedModel.MODEL_FILE)) {
            if (in == null) {
                throw new IOException(UnpackedModel.MODEL_FILE + " is missing from the model jar");
            }
            model = in.readAllBytes();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession session = env.createSession(model, sessionOptions());
        try (InputStream tok = loader.getResourceAsStream(UnpackedModel.TOKENIZER_FILE)) {
            if (tok == null) {
                throw new IOException(UnpackedModel.TOKENIZER_FILE + " is missing from the model jar");
            }
            return new BgeEncoder(env, session, HuggingFaceTokenizer.newInstance(tok, options()));
        } catch (IOException | OrtException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * One thread per run ({@code -Dparallax.ortThreads=N} gives each run N): the texts are already
     * run one per core at once ({@link OnnxSentenceModel}), and ONNX Runtime's default pool of a
     * thread per core for every run put twice as many threads as cores to work, spinning while they
     * waited (a cold comparison of the bundled story took about a quarter more processor time).
     * The vectors are the same either way.
     */
    private static OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        int threads = Integer.getInteger("parallax.ortThreads", 1);
        if (threads > 0) {
            o.setIntraOpNumThreads(threads);
        }
        return o;
    }

    /** The options LangChain4j opens the tokenizer with: no padding, the file's own truncation. */
    private static Map<String, String> options() {
        return Map.of("padding", "false");
    }

    /**
     * Encodes one text.
     *
     * @param text       any text; a blank text is encoded as "." (the model needs one piece)
     * @param withTokens whether to return the pieces' vectors too (they cost copying, not model time)
     * @throws OrtException when the model fails to run
     */
    Output encode(String text, boolean withTokens) throws OrtException {
        String given = text.isBlank() ? "." : text;
        Encoding whole = tokenizer.encode(given, true, false);
        long[] ids = whole.getIds();
        CharSpan[] spans = whole.getCharTokenSpans();
        String[] pieces = whole.getTokens();
        List<int[]> parts = partition(pieces);
        List<float[]> firstRows = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        boolean supplementary = text.codePointCount(0, text.length()) != text.length();
        for (int[] part : parts) {
            long[] direct = withSpecials(ids, part[0], part[1]);
            long[] rebuilt = tokenizer.encode(rebuiltText(pieces, part[0], part[1]), true, false).getIds();
            float[][] rows = run(rebuilt, withTokens);
            firstRows.add(rows[0]);
            if (withTokens && !text.isBlank()) {
                float[][] pieceRows = Arrays.equals(direct, rebuilt) ? rows : run(direct, true);
                for (int i = part[0]; i < part[1]; i++) {
                    vectors.add(pieceRows[i - part[0] + 1]);
                    offsets.add(new int[] {chars(text, supplementary, spans[i].getStart()),
                            chars(text, supplementary, spans[i].getEnd())});
                }
            }
        }
        float[] sentence = unit(firstRows.size() == 1 ? firstRows.get(0) : weightedAverage(firstRows, parts));
        return new Output(sentence, withTokens ? tokens(offsets, vectors) : null);
    }

    /**
     * The tokenizer counts code points; the passage text counts UTF-16 chars. They differ only
     * after a character outside the Basic Multilingual Plane (an emoji, say).
     */
    private static int chars(String text, boolean supplementary, int codePoints) {
        if (!supplementary) {
            return Math.min(codePoints, text.length());
        }
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    /** The parts' vectors averaged by their piece counts, in LangChain4j's order of operations. */
    private static float[] weightedAverage(List<float[]> rows, List<int[]> parts) {
        float[] out = new float[rows.get(0).length];
        int total = 0;
        for (int p = 0; p < rows.size(); p++) {
            int weight = parts.get(p)[1] - parts.get(p)[0];
            total += weight;
            for (int d = 0; d < out.length; d++) {
                out[d] += rows.get(p)[d] * weight;
            }
        }
        for (int d = 0; d < out.length; d++) {
            out[d] /= total;
        }
        return out;
    }

    /**
     * The parts of the pieces between [CLS] and [SEP], as [from, to) index pairs into the
     * encoding: at most {@link #MAX_PIECES} each, and a part never starts with a continuation piece.
     */
    static List<int[]> partition(String[] pieces) {
        List<int[]> parts = new ArrayList<>();
        int from = 1;
        while (from < pieces.length - 1) {
            int to = from + MAX_PIECES;
            if (to >= pieces.length - 1) {
                to = pieces.length - 1;
            } else {
                while (to > from + 1 && pieces[to].startsWith(CONTINUATION)) {
                    to--;
                }
            }
            parts.add(new int[] {from, to});
            from = to;
        }
        return parts;
    }

    /** The text LangChain4j rebuilds from a part's pieces before encoding it. */
    private String rebuiltText(String[] pieces, int from, int to) {
        List<String> part = Arrays.asList(pieces).subList(from, to);
        String text = tokenizer.buildSentence(part);
        List<String> again = tokenizer.tokenize(text);
        if (again.size() >= 2 && again.subList(1, again.size() - 1).equals(part)) {
            return text;
        }
        return String.join("", part);
    }

    private static long[] withSpecials(long[] ids, int from, int to) {
        long[] out = new long[to - from + 2];
        out[0] = ids[0];
        System.arraycopy(ids, from, out, 1, to - from);
        out[out.length - 1] = ids[ids.length - 1];
        return out;
    }

    /**
     * Runs one sequence alone (no padding, as LangChain4j does) and returns its rows: all of
     * them, or only the first ([CLS]) when {@code allRows} is false.
     */
    private float[][] run(long[] ids, boolean allRows) throws OrtException {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape)) {
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer flat = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[][] rows = new float[allRows ? ids.length : 1][OnnxSentenceModel.DIMENSION];
                for (float[] row : rows) {
                    flat.get(row);
                }
                return rows;
            }
        }
    }

    private static TokenVectors tokens(List<int[]> offsets, List<float[]> vectors) {
        int[] starts = new int[offsets.size()];
        int[] ends = new int[offsets.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = offsets.get(i)[0];
            ends[i] = offsets.get(i)[1];
        }
        return new TokenVectors(starts, ends, vectors.toArray(float[][]::new));
    }

    /** The vector scaled to unit length (a zero vector is returned as is). */
    static float[] unit(float[] v) {
        float sumSquare = 0;
        for (float x : v) {
            sumSquare += x * x;
        }
        float norm = (float) Math.sqrt(sumSquare);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? v[i] : v[i] / norm;
        }
        return out;
    }

    @Override
    public void close() throws OrtException {
        tokenizer.close();
        session.close();
    }
}
