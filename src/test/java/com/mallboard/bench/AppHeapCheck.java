package com.mallboard.bench;

import com.mallboard.app.AppContext;
import com.mallboard.board.BoardCard;
import com.mallboard.common.Messages;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.report.ExportSummary;
import com.mallboard.report.ReportRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Does the app fit its heap limit? Opens a data folder as the app does (filling it with {@code count} synthetic
 * products on the first run), holds the whole board's cards, then exports every report view, and prints the live
 * heap, the peak heap and the process's peak RSS. Run it in a JVM with the app's {@code -Xmx}:
 * <pre>java -Xmx512m -cp target/classes:target/test-classes:DEPS com.mallboard.bench.AppHeapCheck FOLDER 100000</pre>
 */
public final class AppHeapCheck {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private AppHeapCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        boolean fresh = !Files.exists(folder);
        try (AppContext context = new AppContext(folder, Clock.systemUTC(), "bench")) {
            if (fresh) {
                context.productRepository().createAll(SyntheticCatalogue.generate(count, 42,
                        Clock.systemUTC().instant()), "bench");
            }
            HeapSampler sampler = new HeapSampler();
            List<BoardCard> cards = context.board().loadCards();
            System.gc();
            long withBoard = MEMORY.getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            Path target = Files.createTempFile("heapcheck", ".xlsx");
            ExportSummary summary = context.reports().export().export(target, context.reports().catalogue().sheets(),
                    ReportRequest.everything(new Messages(Locale.KOREAN)), step -> { }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.close();
            System.out.printf(Locale.ROOT, "max heap %d MB; %,d cards; live heap with the board %d MB; export of %,d rows"
                    + " %.2f s; peak heap %d MB; peak RSS %d MB%n", Runtime.getRuntime().maxMemory() >> 20, cards.size(),
                    withBoard >> 20, summary.rows(), seconds, sampler.peak() >> 20, HeapSampler.peakRssKb() >> 10);
            Files.delete(target);
        }
    }
}
