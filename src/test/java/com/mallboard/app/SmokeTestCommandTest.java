package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CI and an installer check see from {@code mallboard --smoke-test}: a summary and 0, or one line and 1. */
class SmokeTestCommandTest {
    @TempDir
    Path temp;
    private String out = "";
    private String err = "";

    /**
     * Runs {@code mallboard ARGS} as its own JVM, as an installer check or CI does: the real exit code, and no JavaFX
     * state (theme, default locale, windows) left behind for the UI tests that share this JVM.
     */
    private int run(String... args) throws IOException, InterruptedException {
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        Process process = ChildMallboard.command(temp.resolve("cache"), List.of("-Xmx512m"), args)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        int exitCode = ChildMallboard.exitCode(process, 3, "mallboard " + String.join(" ", args));
        out = Files.readString(stdout);
        err = Files.readString(stderr);
        return exitCode;
    }

    private String out() {
        return out;
    }

    private String err() {
        return err;
    }

    @Test
    void newFolderWithDemoDataIsMigratedAndItsWholeBoardDrawnThenAgainOnceMigrated() throws Exception {
        Path folder = temp.resolve("data");
        Path image = temp.resolve("shots/board.png");

        int first = run("--smoke-test", "--data-dir", folder.toString(), "--demo-data", "--smoke-test-image",
                image.toString());

        assertThat(first).as(err()).isEqualTo(CommandLine.OK);
        int products;
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "test")) {
            products = context.products().active().size();
        }
        assertThat(products).isPositive();
        assertThat(out()).contains("smoke test passed", folder.toString())
                .containsPattern("schema +version \\d+")
                .containsPattern("board +" + products + " cards, [1-9]\\d* drawn in a 1400x900 frame");
        BufferedImage png = ImageIO.read(image.toFile());
        assertThat(png.getWidth()).isEqualTo(1400);
        assertThat(png.getHeight()).isEqualTo(900);

        int second = run("--smoke-test", "--data-dir", folder.toString());

        assertThat(second).as(err()).isEqualTo(CommandLine.OK);
        assertThat(out()).containsPattern("board +" + products + " cards");
    }

    @Test
    void emptyFolderPassesWithAnEmptyBoard() throws Exception {
        int code = run("--smoke-test", "--data-dir", temp.resolve("empty").toString());

        assertThat(code).as(err()).isEqualTo(CommandLine.OK);
        assertThat(out()).containsPattern("board +0 cards, 0 drawn");
        assertThat(temp.resolve("empty").resolve("mallboard.db")).exists();
    }

    @Test
    void dataFolderThatIsAFileFailsWithOneLineAndNoStackTrace() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        int code = run("--smoke-test", "--data-dir", file.toString());

        assertThat(code).isEqualTo(CommandLine.FAILED);
        assertThat(out()).isEmpty();
        assertThat(err()).doesNotContain("\tat ");
        // Besides it, stderr may hold the logger's own warning that it cannot write into that "folder" either.
        assertThat(err().lines().filter(line -> line.startsWith("smoke test failed: "))).singleElement().asString()
                .startsWith("smoke test failed: ").contains("not-a-folder", "is a file, not a folder");
    }

    @Test
    void corruptDatabaseFailsWithOneLine() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("corrupt"));
        Files.writeString(folder.resolve("mallboard.db"), "this is not an SQLite database, only text ".repeat(200));

        int code = run("--smoke-test", "--data-dir", folder.toString());

        assertThat(code).isEqualTo(CommandLine.FAILED);
        assertThat(err()).doesNotContain("\tat ");
        assertThat(err().lines().filter(line -> line.startsWith("smoke test failed: "))).hasSize(1);
    }

    @Test
    void imageOptionWithoutAFileIsAUsageError() throws Exception {
        int code = run("--smoke-test", "--data-dir", temp.toString(), "--smoke-test-image");

        assertThat(code).isEqualTo(CommandLine.USAGE);
        assertThat(err()).contains("--smoke-test-image needs a value");
    }
}
