package com.mallboard.bench;

import com.mallboard.common.ExplainedException;
import com.mallboard.common.Messages;
import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.NewProduct;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.product.importing.ImportPreview;
import com.mallboard.product.importing.ImportRow;
import com.mallboard.product.importing.ProductImport;
import com.mallboard.report.Column;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ProductSheet;
import com.mallboard.report.XlsxTableWriter;
import com.mallboard.sheet.HostileSheets;
import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.SheetReader;
import com.mallboard.sheet.TableSearch;
import com.mallboard.store.TestStore;
import com.mallboard.workflow.StageGates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Bulk product import at scale: a workbook of N synthetic products (every field, Korean headers, written by the
 * export's own SXSSF writer) previewed into an empty real store, committed, and previewed again (all UNCHANGED);
 * or, with {@code million}, a 1,000,000-row workbook, which the import refuses. One size per JVM, so one run's
 * heap cannot inflate another's. A plain {@code main} (not run by surefire):
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.ImportBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="10000"
 * </pre>
 */
public final class ImportBenchmark {
    /** CPU time of the benchmark's thread: on a shared, loaded machine wall time says more about the neighbours. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String size = args.length == 0 ? "10000" : args[0];
        Path folder = Files.createTempDirectory("import-bench");
        System.out.printf(Locale.ROOT, "import benchmark %s rows, max heap %d MB, %d CPUs%n", size,
                Runtime.getRuntime().maxMemory() / 1_000_000, Runtime.getRuntime().availableProcessors());
        try (HeapSampler heap = new HeapSampler()) {
            if (size.equals("million")) {
                million(folder, heap);
            } else {
                rows(folder, Integer.parseInt(size), heap);
            }
        }
        System.out.printf(Locale.ROOT, "peak RSS %.0f MB%n", HeapSampler.peakRssKb() / 1e3);
    }

    private static void rows(Path folder, int count, HeapSampler heap) throws Exception {
        Path file = folder.resolve("products.xlsx");
        List<ProductDetails> products = SyntheticCatalogue.generate(count, 42, Instant.parse("2026-11-01T00:00:00Z"))
                .stream().map(NewProduct::details).toList();
        new XlsxTableWriter().write(file, "상품", columns(new Messages(Messages.KOREAN)), products, ExportProgress.NONE,
                () -> false);
        System.out.printf(Locale.ROOT, "file %.1f MB%n", Files.size(file) / 1e6);
        TestStore store = TestStore.open(folder.resolve("store"));
        ProductImport importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        time("read only (SheetReader, streaming)", heap,
                () -> SheetReader.read(file, TableSearch.firstSheet(ProductImport.MAX_ROWS)).rows().size());
        ImportPreview preview = time("preview, all new", heap, () -> importer.preview(file));
        System.out.printf(Locale.ROOT, "  %d inserts, %d problems%n", preview.count(ImportRow.Kind.INSERT),
                preview.problems().size());
        time("commit (one transaction, batched)", heap, () -> importer.commit(preview, true));
        TestStore perRow = TestStore.open(folder.resolve("per-row"));
        List<NewProduct> news = preview.rows().stream().map(r -> new NewProduct(r.details(), r.tags(), Stage.PLANNING,
                false, Instant.now())).toList();
        time("same inserts one by one (the old commit)", heap, () -> {
            perRow.productRepository().createAll(news, "bench");
            return null;
        });
        ImportPreview again = time("preview again, all unchanged", heap, () -> importer.preview(file));
        System.out.printf(Locale.ROOT, "  %d unchanged%n", again.count(ImportRow.Kind.UNCHANGED));
    }

    private static void million(Path folder, HeapSampler heap) throws Exception {
        Path base = SampleSheets.xlsx(folder.resolve("base.xlsx"), List.of(List.of("SKU")));
        Path file = HostileSheets.replacePart(base, HostileSheets.FIRST_SHEET, folder.resolve("million.xlsx"),
                HostileSheets.manyRows(1_000_000));
        System.out.printf(Locale.ROOT, "file %.1f MB%n", Files.size(file) / 1e6);
        TestStore store = TestStore.open(folder.resolve("store"));
        ProductImport importer = new ProductImport(store.products(), StageGates.defaults().startingCheck());
        time("preview of 1,000,000 rows", heap, () -> {
            try {
                return importer.preview(file);
            } catch (ExplainedException refused) {
                return "refused: " + new Messages(Messages.ENGLISH).get(refused.messageKey(), refused.args());
            }
        });
    }

    private static <T> T time(String step, HeapSampler heap, Callable<T> work) throws Exception {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        T result = work.call();
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "%-42s %8.0f ms wall %8.0f ms CPU   peak heap %6.0f MB%s%n", step, millis, cpu,
                heap.peak() / 1e6, result instanceof String text ? "   " + text : "");
        return result;
    }

    private static List<Column<ProductDetails>> columns(Messages messages) {
        List<Column<ProductDetails>> columns = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            columns.add(new Column<>(messages.get(field.messageKey()), ProductSheet.kindOf(field), field::read));
        }
        return columns;
    }
}
