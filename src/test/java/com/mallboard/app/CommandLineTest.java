package com.mallboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.cafe24.demomall.DemoMall;
import com.mallboard.sync.cafe24.demomall.DemoMallServer;
import com.mallboard.sync.cafe24.demomall.DemoMallSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a script sees: one line per mall and exit codes it can rely on. */
class CommandLineTest {
    @TempDir
    Path folder;
    private DemoMallServer server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startMall() {
        server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(40, 100));
    }

    @AfterEach
    void stopMall() {
        server.close();
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    private Mall addMall(AppContext context, String mallId, boolean connect) {
        Mall mall = context.sync().malls().add(new Mall(0, Platform.CAFE24, mallId, 1, mallId, "2025-12-01",
                server.baseUrl(mallId), DemoMall.CLIENT_ID, true, false, 0), DemoMall.CLIENT_SECRET);
        if (connect) {
            try (Cafe24Authorization authorization = new Cafe24Authorization(mall, context.sync().secrets(),
                    Cafe24GatewayFactory.defaultHttpClient())) {
                authorization.connectWithoutBrowser();
            }
        }
        return mall;
    }

    @Test
    void syncSendsTheQueueAndSaysSoPerMallWithExitCodeZero() {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "cli")) {
            Mall mall = addMall(context, "glowmall", true);
            var product = context.productRepository().create(new com.mallboard.product.NewProduct(
                    TestStore.completeDetails("CLI-001"), Set.of(), Stage.SHIPMENT, false, java.time.Instant.now()), "cli");
            context.sync().listings().save(product.id(), mall.id(), ListingOverrides.NONE);
        }

        int exit = run("sync", "--data-dir", folder.toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("glowmall (glowmall): sent 1, failed 0");
        assertThat(server.mall("glowmall").productByCode("CLI-001")).isPresent();
    }

    @Test
    void aMallThatRefusesUsMakesExitCodeOneAndSaysWhyOnStandardError() {
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "cli")) {
            addMall(context, "glowmall", true);
            addMall(context, "nevermall", false);
        }

        int exit = run("sync", "--data-dir", folder.toString());

        assertThat(exit).isEqualTo(CommandLine.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("glowmall (glowmall): sent 0");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nevermall (nevermall)").contains("stopped:");
    }

    @Test
    void badUsageIsExitCodeTwo() {
        assertThat(run("sync", "--data-dir", folder.toString(), "--mall")).isEqualTo(CommandLine.USAGE);
        assertThat(run("sync", "--data-dir", folder.toString(), "--mall", "nosuchmall")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no mall nosuchmall");
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mallboard sync");
    }

    @Test
    void versionNamesTheBuildFromThePomAndTheJavaRuntime() {
        assertThat(CommandLine.isCommand(new String[] {"--version"})).isTrue();
        assertThat(run("--version")).isZero();
        String line = out.toString(StandardCharsets.UTF_8).strip();
        // the number comes from pom.xml through resource filtering; an unfiltered file would print "${project.version}"
        assertThat(line).matches("mallboard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java "
                + Pattern.quote(System.getProperty("java.version")) + ", .+\\)");
        assertThat(run("-V")).isZero();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mallboard --version");
    }

    @Test
    void anUnknownCommandIsBadUsageNotTheDesktopApp() {
        assertThat(CommandLine.isCommand(new String[] {"frobnicate"})).isTrue();

        assertThat(run("frobnicate", "--data-dir", folder.toString())).isEqualTo(CommandLine.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command frobnicate", "mallboard --help");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theDesktopAppStartsOnlyWithItsOwnOptions() {
        assertThat(CommandLine.isCommand(new String[] {})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--data-dir", "/tmp/x", "--lang=en"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"-psn_0_1234", "--lang", "ko"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--colour", "red"})).isTrue();

        assertThat(run("--colour", "red")).isEqualTo(CommandLine.USAGE);
        assertThat(run("--data-dir", folder.toString(), "sync")).isEqualTo(CommandLine.USAGE);
        assertThat(run("--lang")).isEqualTo(CommandLine.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --colour",
                "unexpected argument sync", "--lang needs a value");
    }

    @Test
    void everyCommandExplainsItselfWithHelpOnStandardOutputAndExitCodeZero() {
        for (String command : new String[] {"sync", "export", "import", "simulator"}) {
            out.reset();
            assertThat(run(command, "--help")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("mallboard " + command, "Exit codes: 0 ok");
        }
        assertThat(run("import", "a.xlsx", "-h")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(CommandLine.opensDataFolder(new String[] {"sync", "--help"})).isFalse();
        assertThat(CommandLine.opensDataFolder(new String[] {"sync"})).isTrue();
        assertThat(CommandLine.opensDataFolder(new String[] {"--version"})).isFalse();
    }

    @Test
    void simulatorHelpIsTheCommandLinesOwnUsageWithEveryOptionNotTheDemoMallsProgramName() {
        assertThat(run("simulator", "--help")).isZero();

        String usage = out.toString(StandardCharsets.UTF_8);
        assertThat(usage).startsWith("Usage:").contains("mallboard simulator [--port N]", "--order-interval",
                "--state-file", "default 8124", "Exit codes: 0 ok").doesNotContain("DemoMallMain");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void syncRejectsOptionsItDoesNotKnowInsteadOfSyncingEveryMall() {
        assertThat(run("sync", "--mal", "glowmall", "--data-dir", folder.toString())).isEqualTo(CommandLine.USAGE);
        assertThat(run("sync", "glowmall")).isEqualTo(CommandLine.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --mal", "unexpected argument glowmall",
                "mallboard sync [--mall MALL]");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aDataFolderThatCannotBeOpenedIsExitCodeOneWithOneLineNotAStackTrace() throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("not-a-folder"), "x");

        assertThat(run("sync", "--data-dir", file.toString())).isEqualTo(CommandLine.FAILED);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).startsWith("sync failed: Cannot create the data folder").doesNotContain("\tat ");
        assertThat(errors.lines()).hasSize(1);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exit codes: 0 ok, 1 failed", "2 usage",
                "mallboard COMMAND --help", "logs/mallboard.log");
    }
}
