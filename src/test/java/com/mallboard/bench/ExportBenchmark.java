package com.mallboard.bench;

import com.mallboard.demo.SyntheticCatalogue;
import com.mallboard.product.NewProduct;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.report.CellKind;
import com.mallboard.report.Column;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ProductSheet;
import com.mallboard.report.XlsxTableWriter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * 100,000 products × 20 columns (every {@link ProductField}, typed as the Products sheet types them) written as xlsx
 * three ways: (a) our streaming {@link XlsxTableWriter} (POI SXSSF), (b) the same writer over plain XSSF, (c) the
 * fastexcel library as the speed reference. Each variant runs in a fresh child JVM (same class path, same heap
 * limit), so one variant's heap and page high-water mark cannot inflate another's. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.ExportBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="100000 3 1g fastexcel,sxssf,xssf"]
 * </pre>
 * Arguments: rows, rounds (children per variant; the median time and the largest memory are shown), -Xmx of the
 * children, variants.
 */
public final class ExportBenchmark {
    private static final String RESULT = "RESULT";
    private static final List<String> VARIANTS = List.of("fastexcel", "sxssf", "xssf");
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--variant")) {
            runChild(args[1], Integer.parseInt(args[2]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String heap = args.length > 2 ? args[2] : "1g";
        List<String> variants = args.length > 3 ? List.of(args[3].split(",")) : VARIANTS;
        System.out.printf(Locale.ROOT, "%,d rows x %d columns, %d round(s), child JVMs with -Xmx%s, %d CPUs%n",
                rows, ProductField.values().length, rounds, heap, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %10s %10s %13s %12s %9s %9s%n",
                "variant", "median ms", "rows/s", "peak heap MB", "peak RSS MB", "file MB", "input MB");
        for (String variant : variants) {
            List<double[]> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double[] result = runInChild(variant, rows, heap);
                if (result == null) {
                    break;
                }
                results.add(result);
            }
            print(variant, rows, results);
        }
    }

    private static void print(String variant, int rows, List<double[]> results) {
        if (results.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-10s failed (see the child's output above)%n", variant);
            return;
        }
        List<double[]> byTime = new ArrayList<>(results);
        byTime.sort(Comparator.comparingDouble(r -> r[0]));
        double median = byTime.get(byTime.size() / 2)[0];
        double heap = results.stream().mapToDouble(r -> r[1]).max().orElseThrow();
        double rss = results.stream().mapToDouble(r -> r[2]).max().orElseThrow();
        System.out.printf(Locale.ROOT, "%-10s %10.0f %10.0f %13.0f %12.0f %9.1f %9.0f%n",
                variant, median, rows / (median / 1000), heap, rss, results.get(0)[3], results.get(0)[4]);
    }

    /** Time (ms), peak heap, peak RSS, file size, heap held by the input rows (all MB) of one child, or null when it failed. */
    private static double[] runInChild(String variant, int rows, String heap) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx" + heap, "-Dfile.encoding=UTF-8",
                "-cp", classPath(), ExportBenchmark.class.getName(),
                "--variant", variant, Integer.toString(rows)).redirectErrorStream(true);
        Process child = builder.start();
        double[] result = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    String[] parts = line.split(" ");
                    result = new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                            Double.parseDouble(parts[3]), Double.parseDouble(parts[4]), Double.parseDouble(parts[5])};
                } else {
                    System.out.println("  [" + variant + "] " + line);
                }
            }
        }
        return child.waitFor() == 0 ? result : null;
    }

    /** exec:java runs us in a class loader of its own inside Maven's JVM: its URLs are the test class path. */
    private static String classPath() {
        if (ExportBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            return Arrays.stream(loader.getURLs()).map(ExportBenchmark::toPath)
                    .collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void runChild(String variant, int rows) throws Exception {
        List<ProductDetails> products = SyntheticCatalogue.generate(rows, 42, Instant.parse("2026-11-01T00:00:00Z"))
                .stream().map(NewProduct::details).toList();
        List<Column<ProductDetails>> columns = columns();
        Path folder = Files.createTempDirectory("export-bench");
        Path target = folder.resolve("products.xlsx");
        write(variant, columns, products.subList(0, Math.min(2_000, rows)), target); // warm-up: class loading, JIT
        System.gc();
        double inputMb = MEMORY.getHeapMemoryUsage().getUsed() / 1e6;
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            write(variant, columns, products, target);
            double millis = (System.nanoTime() - start) / 1e6;
            double fileMb = Files.size(target) / 1e6;
            System.out.printf(Locale.ROOT, "%s %.1f %.1f %.1f %.2f %.1f%n", RESULT, millis, heap.peak() / 1e6,
                    HeapSampler.peakRssKb() / 1e3, fileMb, inputMb);
        } finally {
            Files.deleteIfExists(target);
            Files.deleteIfExists(folder);
        }
    }

    private static List<Column<ProductDetails>> columns() {
        List<Column<ProductDetails>> columns = new ArrayList<>();
        for (ProductField field : ProductField.values()) {
            columns.add(new Column<>(field.name().toLowerCase(Locale.ROOT), ProductSheet.kindOf(field), field::read));
        }
        return columns;
    }

    private static void write(String variant, List<Column<ProductDetails>> columns, List<ProductDetails> rows,
                              Path target) throws IOException {
        switch (variant) {
            case "sxssf" -> new XlsxTableWriter().write(target, "Products", columns, rows, ExportProgress.NONE,
                    () -> false);
            case "xssf" -> XlsxTableWriter.inMemoryForComparison().write(target, "Products", columns, rows,
                    ExportProgress.NONE, () -> false);
            case "fastexcel" -> writeWithFastexcel(columns, rows, target);
            default -> throw new IllegalArgumentException(variant);
        }
    }

    /** The same sheet as our writer makes: styled frozen header, autofilter, typed cells and formats, widths. */
    private static void writeWithFastexcel(List<Column<ProductDetails>> columns, List<ProductDetails> rows,
                                           Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            Workbook workbook = new Workbook(out, "Mallboard", "1.0");
            Worksheet sheet = workbook.newWorksheet("Products");
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).header());
                sheet.style(0, c).bold().fillColor("D9D9D9").set();
                sheet.width(c, 14);
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (ProductDetails row : rows) {
                for (int c = 0; c < columns.size(); c++) {
                    Column<ProductDetails> column = columns.get(c);
                    Object value = column.value().apply(row);
                    if (value != null) {
                        setFastexcelValue(sheet, r, c, column.kind(), value);
                    }
                }
                if (r % 200 == 0) {
                    sheet.flush();
                }
                r++;
            }
            sheet.setAutoFilter(0, 0, r - 1, columns.size() - 1);
            workbook.finish();
        }
    }

    private static void setFastexcelValue(Worksheet sheet, int r, int c, CellKind kind, Object value) {
        switch (kind) {
            case TEXT -> sheet.value(r, c, value.toString());
            case NUMBER -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format("#,##0").set();
            }
            case CURRENCY -> {
                sheet.value(r, c, (Number) value);
                sheet.style(r, c).format("\"₩\"#,##0").set();
            }
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }
}
