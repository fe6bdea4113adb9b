package app.parallax.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One engine per JVM: every task an executor runs shares its model and its vector cache. */
class StoryEngineTest {

    @Test
    void everyTaskOfAJvmGetsTheSameEngine() throws Exception {
        Thread other = new Thread(() -> assertThat(StoryEngine.get(false, null)).isSameAs(StoryEngine.get(false, null)));
        other.start();
        other.join();
        assertThat(StoryEngine.get(false, null)).isSameAs(StoryEngine.get(false, null));
        assertThat(StoryEngine.get(true, null)).isSameAs(StoryEngine.get(true, "ignored")).isNotSameAs(StoryEngine.get(false, null));
    }
}
