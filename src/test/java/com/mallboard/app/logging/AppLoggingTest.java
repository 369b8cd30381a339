package com.mallboard.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import com.mallboard.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AppLoggingTest {
    @TempDir
    Path dataFolder;

    @Test
    void linesGoToTheDataFoldersLogFileInUtf8WithTheirTimeZone() {
        try (LogFile log = LogFile.start(dataFolder)) {
            LoggerFactory.getLogger("com.mallboard.test").info("상품 동기화 완료");

            assertThat(log.path()).isEqualTo(dataFolder.resolve("logs").resolve("mallboard.log"));
            assertThat(log.text()).containsPattern(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) INFO  \\[.+\\] "
                            + "com\\.mallboard\\.test - 상품 동기화 완료");
        }
    }

    @Test
    void exceptionsAreRedactedDownToTheirStackTraces() {
        try (LogFile log = LogFile.start(dataFolder)) {
            Exception failure = new IllegalStateException("mall said: {\"access_token\":\"tok-SECRET\"} for 010-2222-3333",
                    new RuntimeException("Authorization: Bearer bearer-SECRET"));
            LoggerFactory.getLogger("com.mallboard.test").warn("call for kim@example.com failed", failure);

            assertThat(log.text()).contains("IllegalStateException", "at com.mallboard.app.logging.AppLoggingTest",
                    "[email]", "[phone]", "\"access_token\":\"***\"", "Bearer ***")
                    .doesNotContain("tok-SECRET", "010-2222-3333", "kim@example.com", "bearer-SECRET");
        }
    }

    @Test
    void theFileRollsDailyAndAtTenMegabytesKeepingTwoWeeksAndAtMostAHundred() {
        try (LogFile log = LogFile.start(dataFolder)) {
            Logger root = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            RollingFileAppender<?> file = (RollingFileAppender<?>) root.getAppender("file");
            SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();

            assertThat(policy.getFileNamePattern()).endsWith("mallboard-%d{yyyy-MM-dd}.%i.log");
            assertThat(policy.getMaxHistory()).isEqualTo(14);
            assertThat(file.isStarted()).isTrue();
            assertThat(root.getAppender("stderr")).as("commands keep standard error to themselves").isNull();
        }
    }

    @Test
    void writingPastTenMegabytesRollsTheFileIntoADatedOneAndCarriesOnInAFreshOne() throws Exception {
        String line = "x".repeat(256 * 1024);
        try (LogFile log = LogFile.start(dataFolder)) {
            org.slf4j.Logger logger = LoggerFactory.getLogger("com.mallboard.test");
            for (int i = 0; i < 41; i++) { // 41 x 256 KB: just past 10 MB
                logger.info(line);
            }
            // logback looks at the size at most every 60 ms or so; the next line after that rolls the file.
            Thread.sleep(200);
            logger.info("first line after the roll");

            Path rolled = log.path().resolveSibling("mallboard-" + java.time.LocalDate.now() + ".0.log");
            assertThat(rolled).exists();
            assertThat(Files.size(rolled)).isGreaterThanOrEqualTo(10L * 1024 * 1024);
            assertThat(Files.size(log.path())).isLessThan(1024 * 1024);
            assertThat(log.text()).contains("first line after the roll");
        }
    }

    @Test
    void flywaySaysOnlyWhichMigrationsRanAndJooqShowsNoLogo() {
        try (LogFile log = LogFile.start(dataFolder); Database database = Database.open(dataFolder)) {
            assertThat(log.text()).contains("Migrating schema").doesNotContain("Database: jdbc:sqlite", "jOOQ tip",
                    "@@@@@@@");
        }
    }

    @Test
    void aFolderThatCannotHoldLogsLeavesWarningsOnStandardErrorAndTheAppRunning() throws IOException {
        Path notAFolder = Files.writeString(dataFolder.resolve("plain-file"), "x");
        try (LogFile log = LogFile.start(notAFolder)) {
            Logger root = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

            assertThat(root.getAppender("file")).isNull();
            assertThat(root.getAppender("stderr")).isNotNull();
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
