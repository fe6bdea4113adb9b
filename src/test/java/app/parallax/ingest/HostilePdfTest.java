package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A PDF from anywhere costs a bounded time and memory, whatever it claims or inflates to. */
class HostilePdfTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageCountThatLiesIsNotBelievedTheRealPageIsRead() throws Exception {
        Path pdf = Files.write(dir.resolve("liar.pdf"), HostilePdfs.lyingPageCount(2_000_000_000));
        assertThat(Files.size(pdf)).isLessThan(2_000);

        assertThat(Ingest.readFile(pdf).text()).isEqualTo("The harbour bridge opened on Monday after three years of work.\n");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPageThatInflatesToMillionsOfCharactersIsRefusedNamingTheBound() throws Exception {
        Path pdf = Files.write(dir.resolve("bomb.pdf"), HostilePdfs.flateBomb(60L << 20));
        assertThat(Files.size(pdf)).isLessThan(SourceFile.MAX_BYTES);

        assertThatThrownBy(() -> Ingest.readFile(pdf))
                .hasMessage(pdf + ": text is longer than 1,000,000 characters; not an article");
    }
}
