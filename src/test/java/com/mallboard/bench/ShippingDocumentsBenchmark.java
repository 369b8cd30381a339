package com.mallboard.bench;

import com.mallboard.common.Messages;
import com.mallboard.product.Gtin;
import com.mallboard.shipping.SheetsFixture;
import com.mallboard.shipping.ShipmentSheets;
import com.mallboard.shipping.documents.PickInfo;
import com.mallboard.shipping.documents.PickList;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PackingSlipRenderer;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.shipping.pdf.PickListRenderer;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A warehouse morning: 1,000 orders (1–4 lines each, Korean receivers and addresses, 200 products with EAN-13 or
 * Code128 barcodes) drawn as packing slips (A4 and 4×6) and as one pick list. A plain {@code main}:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=com.mallboard.bench.ShippingDocumentsBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="1000 7"]
 * </pre>
 * Then the same orders through a real temp SQLite as the shipment sheets screen reads them.
 * Arguments: orders (1,000), measured runs (7) after two warm-up runs. Prints the first (cold) run, then median, min
 * and max wall time, pages
 * and size of each document. Goal from issue 4: 1,000 slips in at most 5 s.
 */
public final class ShippingDocumentsBenchmark {
    private static final String[] NAMES = {"김민수", "이서연", "박지훈", "최유진", "정하늘", "강도윤", "조수아", "윤서준",
        "장예은", "임지호", "한소율", "오현우", "서지민", "신채원", "권민재", "황보은"};
    private static final String[] STREETS = {"서울특별시 강남구 테헤란로 152", "부산광역시 해운대구 센텀중앙로 79",
        "경기도 성남시 분당구 판교역로 235", "인천광역시 연수구 컨벤시아대로 165", "대구광역시 수성구 동대구로 364",
        "광주광역시 서구 상무중앙로 110", "제주특별자치도 제주시 첨단로 242"};
    private static final String[] KINDS = {"수분 진정 토너", "세라마이드 장벽 크림", "비타민C 세럼", "광채 쿠션 파운데이션",
        "톤업 선크림 SPF50+", "약산성 클렌징 폼", "히알루론산 앰플", "시카 진정 패드"};

    private ShippingDocumentsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int orderCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Map<Long, PickInfo> products = catalogue(200);
        List<StoredOrder> orders = orders(orderCount, products.size(), new Random(42));
        Messages messages = new Messages(Locale.KOREAN);
        System.out.printf("%d orders, %d lines, %d products; %s, %d cpus, Java %s%n", orders.size(),
                orders.stream().mapToInt(o -> o.items().size()).sum(), products.size(), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        measure("packing slips, A4", runs, () -> new PackingSlipRenderer(messages, products::get, PageLayout.A4)
                .renderAll(orders, SlipOrder.ORDER_DATE, 1));
        measure("packing slips, 4x6 label", runs, () -> new PackingSlipRenderer(messages, products::get,
                PageLayout.LABEL_4X6).renderAll(orders, SlipOrder.FIRST_SKU, 1));
        measure("pick list (aggregate + draw)", runs, () -> new PickListRenderer(messages, Clock.systemUTC())
                .render(PickList.of(orders, products::get)));
        fromTheStore(orders, runs);
    }

    /**
     * The same 1,000 orders as the screen gets them: stored in a real temp SQLite, read back as one batch with
     * {@link ShipmentSheets#find} (two queries), product facts read in one go, then drawn.
     */
    private static void fromTheStore(List<StoredOrder> orders, int runs) throws IOException {
        SheetsFixture store = new SheetsFixture(Files.createTempDirectory("mallboard-sheets-bench"));
        for (int id = 1; id <= 200; id++) {
            store.product(String.format("SKU-%04d", id), KINDS[id % KINDS.length],
                    id % 10 == 0 ? null : String.format("%c-%02d-%02d", 'A' + id % 6, id % 20, id % 7));
        }
        for (StoredOrder order : orders) {
            store.order(order.orderId(), order.receiver().name(), order.orderedAt(), order.items().stream()
                    .map(i -> SheetsFixture.line(i.itemCode(), i.customProductCode(), i.productName(), i.quantity()))
                    .toArray(RemoteOrderItem[]::new));
        }
        store.storeOrders();
        OrderCriteria open = new OrderCriteria(null, null, null, OrderCriteria.Status.OPEN, null);
        measure("store: read 1,000 + slips A4", runs,
                () -> store.sheets.packingSlips(store.sheets.find(open), SlipOrder.ORDER_DATE, 1, PageLayout.A4));
        measure("store: read 1,000 + pick list", runs, () -> store.sheets.pickList(store.sheets.find(open)));
    }

    private static void measure(String what, int runs, Supplier<byte[]> draw) throws IOException {
        long coldStart = System.nanoTime();
        byte[] pdf = draw.get();
        long cold = Duration.ofNanos(System.nanoTime() - coldStart).toMillis();
        draw.get();
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            pdf = draw.get();
            millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        }
        Arrays.sort(millis);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            System.out.printf("%-30s first %5d ms  median %5d ms  min %5d ms  max %5d ms  %5d pages  %5.1f MB%n",
                    what, cold, millis[runs / 2], millis[0], millis[runs - 1], document.getNumberOfPages(),
                    pdf.length / 1e6);
        }
    }

    private static Map<Long, PickInfo> catalogue(int size) {
        Map<Long, PickInfo> products = new HashMap<>();
        for (long id = 1; id <= size; id++) {
            String barcode = id % 3 == 0 ? null : Gtin.ean13(String.format("880%09d", id));
            String location = id % 10 == 0 ? null : String.format("%c-%02d-%02d", 'A' + (int) (id % 6), id % 20, id % 7);
            products.put(id, new PickInfo(String.format("SKU-%04d", id), location, barcode));
        }
        return products;
    }

    private static List<StoredOrder> orders(int count, int productCount, Random random) {
        Instant start = Instant.parse("2026-11-25T00:00:00Z");
        List<StoredOrder> orders = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String orderId = String.format("20261125-%07d", i);
            List<StoredOrderItem> items = new ArrayList<>();
            for (int line = 1, lines = 1 + random.nextInt(4); line <= lines; line++) {
                long product = 1 + random.nextInt(productCount);
                String name = KINDS[(int) (product % KINDS.length)] + " " + (30 + product % 5 * 20) + "ml";
                items.add(new StoredOrderItem(orderId + "-0" + line, String.format("SKU-%04d", product), name,
                        product % 4 == 0 ? (product % 3 + 21) + "호" : null, 1 + random.nextInt(3), 18_000, "N20", null,
                        null, product, null));
            }
            String receiverName = NAMES[random.nextInt(NAMES.length)];
            Receiver receiver = new Receiver(receiverName, "02-123-4567", "010-" + (1000 + i) + "-5678", "06236",
                    STREETS[random.nextInt(STREETS.length)], (100 + i % 900) + "동 " + (1 + i % 30) + "호",
                    i % 3 == 0 ? "부재 시 경비실에 맡겨 주세요" : null);
            orders.add(new StoredOrder(i, 1 + i % 3, i % 3 == 0 ? "글로우마켓" : "뷰티랩 공식몰", orderId,
                    start.plusSeconds(37L * i), true, false, 54_000, receiver, items));
        }
        return orders;
    }
}
