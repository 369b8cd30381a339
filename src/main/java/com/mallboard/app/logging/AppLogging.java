package com.mallboard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Sends the app's log to {@code <data folder>/logs/mallboard.log}: rolled daily and at 10 MB, kept 14 days and at
 * most 100 MB in all, UTF-8, timestamps with their zone, every line redacted ({@link RedactingLayout}). The data
 * folder is known only once the command line is read, so this runs right after that and before the first line worth
 * keeping; until then {@code logback.xml} sends warnings to standard error. Commands log to the file only, so
 * scripts see on standard output and standard error exactly what the command prints; the desktop app also shows
 * warnings on standard error for developers.
 */
public final class AppLogging {
    public static final String FOLDER = "logs";
    public static final String FILE = "mallboard.log";
    static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    private static final String MAX_FILE_SIZE = "10MB";
    private static final int DAYS_KEPT = 14;
    private static final String TOTAL_SIZE_CAP = "100MB";

    private AppLogging() {
    }

    /** Where the log files of the data folder live. */
    public static Path folder(Path dataFolder) {
        return dataFolder.resolve(FOLDER);
    }

    /** Switches off what libraries print on their own before any logging: jOOQ's logo and tips. */
    public static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    /**
     * Replaces whatever logging was configured with the log file in {@code dataFolder} (and, when
     * {@code warningsToStandardError}, warnings on standard error). When the folder cannot be written, warnings go to
     * standard error and the app carries on: a log file is never a reason not to start.
     */
    public static void start(Path dataFolder, boolean warningsToStandardError) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        quiet(context);
        Path logs = folder(dataFolder);
        try {
            Files.createDirectories(logs);
            root.addAppender(file(context, logs));
        } catch (IOException | RuntimeException e) {
            root.addAppender(standardError(context));
            LoggerFactory.getLogger(AppLogging.class).warn("Cannot write logs to {}: {}", logs, e.toString());
            return;
        }
        if (warningsToStandardError) {
            root.addAppender(standardError(context));
        }
        LoggerFactory.getLogger(AppLogging.class).info("Logging to {}", logs.resolve(FILE));
    }

    /** Exceptions nobody caught (on the FX thread too) go to the log file, redacted, instead of only to stderr. */
    public static void logUncaughtExceptions() {
        org.slf4j.Logger log = LoggerFactory.getLogger("uncaught");
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> log.error("Uncaught exception on {}", thread.getName(),
                e));
    }

    /** Flyway and jOOQ say a lot at INFO; Flyway's one line per applied migration (and the schema version) stays. */
    private static void quiet(LoggerContext context) {
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.flywaydb.core.internal.command.DbMigrate").setLevel(Level.INFO);
        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("org.apache.poi").setLevel(Level.WARN);
        context.getLogger("org.apache.pdfbox").setLevel(Level.WARN);
        // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'": the class path is on purpose.
        context.getLogger("javafx").setLevel(Level.ERROR);
        context.getLogger("javafx.css").setLevel(Level.WARN);
        context.getLogger("javafx.scene").setLevel(Level.WARN);
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path logs) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(logs.resolve(FILE).toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logs.resolve("mallboard-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(DAYS_KEPT);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_SIZE_CAP));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder(context));
        appender.start();
        if (!appender.isStarted()) {
            throw new IllegalStateException("the log file " + logs.resolve(FILE) + " cannot be opened");
        }
        return appender;
    }

    private static Appender<ILoggingEvent> standardError(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        appender.addFilter(warnings);
        appender.setEncoder(encoder(context));
        appender.start();
        return appender;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context) {
        RedactingLayout layout = new RedactingLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
