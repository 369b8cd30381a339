package com.mallboard.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The app's real log file, pointed at a test's data folder: {@link #start} configures logging exactly as the app
 * does (plus DEBUG for Mallboard's own classes, so nothing logged at any level escapes a check), {@link #close}
 * puts the quiet test configuration back.
 */
public final class LogFile implements AutoCloseable {
    private final Path file;

    private LogFile(Path dataFolder) {
        this.file = AppLogging.folder(dataFolder).resolve(AppLogging.FILE);
    }

    public static LogFile start(Path dataFolder) {
        AppLogging.start(dataFolder, false);
        context().getLogger("com.mallboard").setLevel(Level.DEBUG);
        return new LogFile(dataFolder);
    }

    public Path path() {
        return file;
    }

    public String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        LoggerContext context = context();
        context.reset();
        try {
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
