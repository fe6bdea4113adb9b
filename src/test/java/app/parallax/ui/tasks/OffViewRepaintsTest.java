package app.parallax.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The transparent pixel that keeps pulses of off-view changes from repainting the whole window. */
class OffViewRepaintsTest extends ApplicationTest {

    private Scene scene;
    private Pane root;

    @Override
    public void start(Stage stage) {
        root = new Pane(new Rectangle(200, 100, Color.WHITE));
        scene = new Scene(root, 300, 200);
        OffViewRepaints.install(scene, root);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void thePixelIsTransparentTakesNoRoomAndLetsTheMouseThrough() throws Exception {
        Rectangle pixel = WaitForAsyncUtils.asyncFx(() -> (Rectangle) root.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("off-view-repaint-pixel")).findFirst().orElseThrow()).get();
        assertThat(pixel.getFill()).isEqualTo(Color.TRANSPARENT);
        assertThat(pixel.isManaged()).isFalse();
        assertThat(pixel.isMouseTransparent()).isTrue();
        assertThat(pixel.getWidth() * pixel.getHeight()).isEqualTo(1);
    }

    @Test
    void aMarkedPulseAndTheFewAfterTouchThePixelThenItRests() throws Exception {
        long before = WaitForAsyncUtils.asyncFx(() -> OffViewRepaints.touches(scene)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            OffViewRepaints.expect(scene);
            Platform.requestNextPulse();
        }).get();
        long marked = before + OffViewRepaints.PULSES_AFTER + 1;
        // touching the pixel in a pulse that changed nothing else asks for the next pulse itself
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> OffViewRepaints.touches(scene)).get() == marked);

        AtomicInteger pulses = new AtomicInteger();
        Runnable count = () -> {
            pulses.incrementAndGet();
            Platform.requestNextPulse();
        };
        WaitForAsyncUtils.asyncFx(() -> {
            scene.addPostLayoutPulseListener(count);
            Platform.requestNextPulse();
        }).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pulses.get() >= 3);
        WaitForAsyncUtils.asyncFx(() -> scene.removePostLayoutPulseListener(count)).get();

        assertThat(WaitForAsyncUtils.asyncFx(() -> OffViewRepaints.touches(scene)).get()).isEqualTo(marked);
    }

    @Test
    void aSceneWithoutThePixelIsLeftAlone() throws Exception {
        Scene other = WaitForAsyncUtils.asyncFx(() -> new Scene(new Pane(), 10, 10)).get();
        WaitForAsyncUtils.asyncFx(() -> OffViewRepaints.expect(other)).get();
        assertThat(OffViewRepaints.touches(other)).isZero();
        assertThat(OffViewRepaints.touches(null)).isZero();
        Node only = WaitForAsyncUtils.asyncFx(() -> other.getRoot()).get();
        assertThat(((Pane) only).getChildren()).isEmpty();
    }
}
