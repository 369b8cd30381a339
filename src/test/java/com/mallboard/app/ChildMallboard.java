package com.mallboard.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code mallboard ARGS} in a JVM of its own, as a script or CI runs it: the real exit code and streams, another
 * process's locks, and no JavaFX state left in the test JVM. The child's per-user cache folder, where SQLite's native
 * library is unpacked once ({@code store.SqliteNativeLibrary}), is a folder of the test's, not the real one.
 */
final class ChildMallboard {
    private ChildMallboard() {
    }

    /** @param cache the child's {@code XDG_CACHE_HOME}; @param jvmOptions options before the class path */
    static ProcessBuilder command(Path cache, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder;
    }

    /** The child's exit code; a child still running after {@code minutes} is killed and fails the test. */
    static int exitCode(Process process, int minutes, String what) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not end");
        }
        return process.exitValue();
    }
}
