package com.mallboard.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, from {@code mallboard-version.properties}, which Maven fills in at build time. */
public final class AppVersion {
    private static final String RESOURCE = "/mallboard-version.properties";

    private AppVersion() {
    }

    /** For example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line {@code mallboard --version} prints: the app's version and the Java runtime it runs on. */
    public static String line() {
        return "mallboard " + current() + " (Java " + System.getProperty("java.version") + ", "
                + System.getProperty("os.name") + ")";
    }
}
