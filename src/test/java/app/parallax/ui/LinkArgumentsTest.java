package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The reader takes links on its command line, as {@code compare} does, and opens them as one story. */
class LinkArgumentsTest extends FxRobot {

    private HttpServer server;
    private Application app;

    @BeforeEach
    void serveTwoArticles() throws Exception {
        FxToolkit.registerPrimaryStage();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String name : new String[] {"nytimes", "usatoday"}) {
            byte[] body = Files.readAllBytes(Path.of("corpus/xi-moscow-2023/" + name + ".txt"));
            server.createContext("/" + name, e -> {
                e.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                e.sendResponseHeaders(200, body.length);
                e.getResponseBody().write(body);
                e.close();
            });
        }
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        server.stop(0);
        Files.deleteIfExists(Path.of(System.getProperty("user.home"), ".parallax", "settings.json"));
    }

    @Test
    void twoLinksOnTheCommandLineOpenAsAStoryOfTwoColumns() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        app = FxToolkit.setupApplication(ReaderApp.class, base + "/nytimes", base + "/usatoday");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".article-column").queryAll().size() == 2);
        assertThat(lookup(".article-column").queryAll()).hasSize(2);
    }
}
