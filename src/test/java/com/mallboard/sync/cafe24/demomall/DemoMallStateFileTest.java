package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** How the state file is written and what happens when it is missing, damaged or not wanted. */
class DemoMallStateFileTest {

    @TempDir
    Path dir;

    private Path stateFile() {
        return dir.resolve("demo-mall.json");
    }

    private DemoMallSettings settings() {
        return DemoMallSettings.defaults().withBucket(1000, 1000).withStateFile(stateFile());
    }

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\":1,\"malls\":[{\"mallId\":\"shop1\",\"lastProduct",
        "",
        "[1, 2, 3]",
        "{\"version\":99,\"malls\":[]}",
        "{\"version\":1,\"malls\":[{\"mallId\":\"shop1\",\"lastProductNo\":1,\"lastOrderSequence\":0,\"orders\":[],"
            + "\"products\":[{\"productNo\":1,\"createdDate\":\"2024-05-01T00:00:00Z\",\"name\":\"x\",\"variants\":[]}]}]}",
    })
    void aDamagedFileIsSetAsideAndTheMallStartsEmpty(String content) throws IOException {
        Files.writeString(stateFile(), content, StandardCharsets.UTF_8);

        try (DemoMallServer server = DemoMallServer.start(settings())) {
            assertThat(server.mall("shop1").products()).isEmpty();
            assertThat(stateFile()).doesNotExist();
            assertThat(filesInDir()).singleElement().satisfies(aside -> {
                assertThat(aside.getFileName().toString()).startsWith("demo-mall.json.damaged-");
                assertThat(Files.readString(aside, StandardCharsets.UTF_8)).isEqualTo(content);
            });

            MallClient client = new MallClient(server, "shop1");
            client.login();
            client.createProduct("MB-1", "새 상품", 1000);
        }
        assertThat(MallClient.JSON.readTree(stateFile().toFile()).at("/malls/0/products/0/customProductCode").asText())
                .isEqualTo("MB-1");
    }

    @Test
    void theDamageIsLoggedInOneLineThatQuotesNothingFromTheFile() throws IOException {
        Files.writeString(stateFile(), "{\"version\":1,\"malls\":[{\"tokens\": SecretToken42abc}]}");
        // System.Logger reaches logback through slf4j-jdk-platform-logging; the line is caught as the app's file gets it.
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(StateFile.class);
        ListAppender<ILoggingEvent> capture = new ListAppender<>();
        capture.start();
        logger.addAppender(capture);
        try (DemoMallServer server = DemoMallServer.start(settings())) {
            assertThat(server.port()).isPositive();
        } finally {
            logger.detachAppender(capture);
        }
        List<String> lines = capture.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).contains("demo-mall.json.damaged-").doesNotContain("SecretToken42abc").doesNotContain("\n");
        });
    }

    @Test
    void withoutAStateFileNothingIsWritten() throws IOException {
        Path workingDir = Path.of("").toAbsolutePath();
        Set<Path> before = listing(workingDir);
        try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults())) {
            MallClient client = new MallClient(server, "shop1");
            client.login();
            client.createProduct("MB-1", "상품", 1000);
            server.mall("shop1").placeOrder("MB-1", 1);
        }

        assertThat(DemoMallSettings.defaults().stateFile()).isEmpty();
        assertThat(listing(workingDir)).isEqualTo(before);
    }

    @Test
    void aServerThatChangedNothingWritesNothing() throws IOException {
        try (DemoMallServer server = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(server, "shop1");
            assertThat(client.get("products").status()).isEqualTo(401);
        }

        assertThat(filesInDir()).isEmpty();
    }

    @Test
    void changesAreSavedWhileRunningWithoutWaitingForClose() throws InterruptedException {
        try (DemoMallServer server = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(server, "shop1");
            client.login();
            client.createProduct("MB-1", "상품", 1000);

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!Files.exists(stateFile()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(stateFile()).exists();
        }
    }

    /** Reads the file over and over while writes keep coming: every read must find a whole document. */
    @Test
    void aReaderNeverSeesAHalfWrittenFile() throws Exception {
        Set<String> versionsSeen = new HashSet<>();
        try (DemoMallServer server = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(server, "shop1");
            client.login();
            client.createProduct("MB-1", "상품", 1000);
            DemoMallState mall = server.mall("shop1");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (versionsSeen.size() < 3 && System.nanoTime() < deadline) {
                mall.placeOrder("MB-1", 1);
                readWhole().ifPresent(json -> versionsSeen.add(json.at("/malls/0/lastOrderSequence").asText()));
                // Leave the mall's lock free now and then, or the saver (which needs it) starves on a busy machine.
                Thread.sleep(5);
            }
        }

        assertThat(versionsSeen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(filesInDir()).containsExactly(stateFile());
        JsonNode saved = MallClient.JSON.readTree(stateFile().toFile());
        assertThat(saved.get("version").asInt()).isEqualTo(SavedState.CURRENT_VERSION);
        assertThat(saved.at("/malls/0/mallId").asText()).isEqualTo("shop1");
    }

    /** The file as a reader finds it right now; empty while it does not exist yet. Parse errors fail the test. */
    private java.util.Optional<JsonNode> readWhole() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(stateFile());
        } catch (NoSuchFileException | AccessDeniedException e) {
            // Not written yet, or (on Windows) being renamed over at this instant: neither is a torn file.
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(MallClient.JSON.readTree(bytes));
    }

    private static Set<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.toList());
        }
    }
}
