package com.mallboard.app;

import com.mallboard.store.SchemaVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;

/**
 * {@code mallboard --smoke-test [--data-dir PATH] [--smoke-test-image FILE] [--demo-data]}: proves an installed copy
 * works without a display. Opens (or creates) the data folder, runs the migrations, builds the real main window, lets
 * the board load every card and draws it off-screen, then prints a short summary and exits 0; any failure is one
 * line on stderr and exit 1. {@code --demo-data} first puts the demo catalogue into a folder that has no products.
 */
final class SmokeTestCommand {
    static final String FLAG = "--smoke-test";
    static final String HELP = "       mallboard --smoke-test [--data-dir PATH] [--smoke-test-image FILE] [--demo-data]\n"
            + "                                                 open, migrate and draw the board off-screen, then exit";
    private static final Set<String> VALUED = Set.of("--data-dir", "--lang", "--smoke-test-image");
    private final PrintStream out;
    private final PrintStream err;

    SmokeTestCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Optional<String> mistake = CommandLine.optionMistake(args, VALUED, Set.of("--demo-data"));
        if (mistake.isPresent()) {
            err.println(mistake.get());
            err.println(HELP);
            return CommandLine.USAGE;
        }
        Optional<String> imageArg = StartupOptions.value(args, "--smoke-test-image");
        StartupOptions options = StartupOptions.parse(args);
        Path folder = DataFolder.forThisUser(options.dataDir());
        try {
            return smokeTest(folder, options, imageArg.map(Path::of), args.contains("--demo-data"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("smoke test failed: interrupted");
            return CommandLine.FAILED;
        } catch (Exception | LinkageError e) {
            // One line a script or CI log can show; the cause's own message names the file, class or SQL that failed.
            err.println("smoke test failed: " + describe(e));
            return CommandLine.FAILED;
        }
    }

    private int smokeTest(Path folder, StartupOptions options, Optional<Path> image, boolean demoData)
            throws Exception {
        long opening = System.nanoTime();
        try (AppContext context = AppContext.openForThisUser(folder)) {
            String schema = SchemaVersion.of(context.database());
            if (demoData && context.products().active().isEmpty()) {
                context.demo().install();
            }
            int expected = context.board().loadCards().size();
            long opened = System.nanoTime();
            HeadlessFx.start();
            Locale locale = LanguageSetting.resolve(context.settings(), options.language(), Locale.getDefault());
            OffscreenBoard.Rendered rendered;
            try (OffscreenBoard board = new OffscreenBoard()) {
                rendered = board.render(context, locale);
            }
            long drawn = System.nanoTime();
            String problem = problem(rendered, expected);
            if (problem != null) {
                err.println("smoke test failed: " + problem);
                return CommandLine.FAILED;
            }
            if (image.isPresent()) {
                write(rendered, image.get());
            }
            out.printf("""
                    Mallboard smoke test passed
                      version      %s
                      data folder  %s
                      schema       version %s
                      board        %d cards, %d drawn in a %dx%d frame (%s)
                      time         %d ms from process start (%s; open and migrate %d ms, board %d ms)%n""",
                    AppVersion.line(), folder, schema, rendered.cardsOnBoard(), rendered.cardsDrawn(),
                    OffscreenBoard.WIDTH, OffscreenBoard.HEIGHT, locale.getLanguage(), StartupTiming.sinceProcessStart(),
                    StartupTiming.cpuTime(), (opened - opening) / 1_000_000, (drawn - opened) / 1_000_000);
            return CommandLine.OK;
        }
    }

    /** Why the frame does not show the board the data folder holds, or null when it does. */
    private static String problem(OffscreenBoard.Rendered rendered, int expected) {
        if (!rendered.boardMessage().isBlank()) {
            return "the board showed an error: " + rendered.boardMessage();
        }
        if (rendered.cardsOnBoard() != expected) {
            return "the board holds " + rendered.cardsOnBoard() + " cards, the data folder " + expected;
        }
        if (expected > 0 && rendered.cardsDrawn() == 0) {
            return "no card was drawn although the board holds " + expected;
        }
        return rendered.blank() ? "the board was drawn blank" : null;
    }

    private static void write(OffscreenBoard.Rendered rendered, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ImageIO.write(SwingFXUtils.fromFXImage(rendered.image(), null), "png", file.toFile());
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }
}
