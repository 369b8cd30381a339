package com.mallboard.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another Mallboard process holding a data folder's lock, for tests: {@link #start} runs this class's {@code main} in
 * a JVM of its own, which takes the lock, says "held", and keeps it until the test closes it.
 */
public final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    public static void main(String[] args) throws IOException {
        try (DataFolderLock lock = DataFolderLock.take(Path.of(args[0])).orElseThrow()) {
            System.out.println("held");
            System.out.flush();
            // Until the test closes our standard input (or ends).
            while (System.in.read() >= 0) {
                continue;
            }
        }
    }

    /** Returns once the other process holds the lock of {@code folder}. */
    public static LockHolder start(Path folder) throws IOException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.toString()))
                .redirectErrorStream(true).start();
        InputStream out = process.getInputStream();
        String first = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8)).readLine();
        if (!"held".equals(first)) {
            process.destroyForcibly();
            throw new IllegalStateException("the other process did not take the lock: " + first);
        }
        return new LockHolder(process);
    }

    /** Lets the other process end, which lets go of the lock. */
    @Override
    public void close() throws Exception {
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
