package com.mallboard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap (garbage included) every 5 ms on a daemon thread; {@link #peak()} is the largest seen since it
 * started or since {@link #reset()}. Benchmarks report it beside {@code VmHWM}, the whole process's peak.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong(used());
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void reset() {
        peak.set(used());
    }

    long peak() {
        return Math.max(peak.get(), used());
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    /** The process's peak resident set (VmHWM), in kB; 0 where /proc is missing. */
    static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
