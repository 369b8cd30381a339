package com.mallboard.bench;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import com.mallboard.report.ExportProgress;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.ReportSheet;
import com.mallboard.report.ReportWorkbook;
import com.mallboard.report.orders.OrdersSheet;
import com.mallboard.report.sales.SalesSheet;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.Mall;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.Platform;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A quarter of orders through the Orders &amp; shipments and Sales report views: {@code orders} orders (1–3 lines,
 * 5 % canceled, 60 % shipped) from two malls over 90 days, 200 products of 10 brands and 20 influencers, in a real temp
 * SQLite; each run reads them and writes both views (seven sheets, two charts) with SXSSF. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.OrderReportBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="20000 5"]
 * </pre>
 */
public final class OrderReportBenchmark {
    private OrderReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int orderCount = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Files.createTempDirectory("order-report-bench");
        TestStore store = TestStore.open(folder);
        Instant now = store.clock().instant();
        List<Long> malls = new ArrayList<>();
        for (String id : List.of("glowmall", "beautymall")) {
            long ref = store.malls().add(new Mall(0, Platform.CAFE24, id, 1, id, "2025-12-01", null, "c", true, false, 0))
                    .id();
            store.malls().replaceCarriers(ref, List.of(new Carrier("0006", "CJ대한통운"), new Carrier("0004", "롯데택배")),
                    now);
            malls.add(ref);
        }
        for (int p = 0; p < 200; p++) {
            store.createAt(Stage.SHIPMENT, TestStore.completeDetails("SKU-" + p).toBuilder().name("상품 " + p)
                    .brand("브랜드" + (p % 10)).influencer("인플루언서" + (p % 20)).build());
        }
        Random random = new Random(42);
        List<List<RemoteOrder>> perMall = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < orderCount; i++) {
            perMall.get(i % 2).add(order(i, now, random));
        }
        for (int m = 0; m < 2; m++) {
            store.orders().save(malls.get(m), perMall.get(m), now);
        }
        OrderService orders = new OrderService(store.orders(), store.malls(), store.clock(), TestStore.USER);
        List<ReportSheet> sheets = List.of(new OrdersSheet(orders, store.products(), store.clock()),
                new SalesSheet(orders, store.products()));
        ReportRequest request = ReportRequest.everything(new Messages(Locale.KOREAN));
        System.out.printf("%d orders; %s, %d cpus, Java %s, max heap %d MB%n", orderCount,
                System.getProperty("os.name"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        long[] millis = new long[runs + 1];
        Path target = folder.resolve("report.xlsx");
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            long rows = 0;
            try (ReportWorkbook workbook = ReportWorkbook.streaming()) {
                for (ReportSheet sheet : sheets) {
                    rows += sheet.write(workbook, request, ExportProgress.NONE, () -> false);
                }
                workbook.saveTo(target);
            }
            millis[run] = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (run == 0) {
                System.out.printf("first run %d ms, %d rows, %d KB%n", millis[0], rows, Files.size(target) >> 10);
            }
        }
        long[] measured = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(measured);
        System.out.printf("then median %d ms, min %d, max %d%n", measured[measured.length / 2], measured[0],
                measured[measured.length - 1]);
        store.database().close();
    }

    private static RemoteOrder order(int i, Instant now, Random random) {
        Instant at = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
        boolean canceled = random.nextInt(100) < 5;
        boolean shipped = !canceled && random.nextInt(100) < 60;
        List<RemoteOrderItem> lines = new ArrayList<>();
        for (int l = 0; l <= random.nextInt(3); l++) {
            int product = random.nextInt(200);
            lines.add(new RemoteOrderItem("L" + l, "SKU-" + product, "상품 " + product, null, 1 + random.nextInt(3),
                    10_000 + product * 100L, shipped ? "N30" : "N10", shipped ? "6000" + i : null,
                    shipped ? (i % 3 == 0 ? "0004" : "0006") : null, null));
        }
        return new RemoteOrder("O-" + i, at, true, canceled, 0, "김민지", new Receiver("김민지", "02-123-4567",
                "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1", "101동 202호", null), lines);
    }
}
