package com.mallboard.report;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqPersonalDataRepository;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.SyncFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A week of a small shop in a real store, for the order and sales views. Today is Wednesday 2026-11-25 (10:00 in
 * Seoul). In 글로우몰: O-1 (Friday 11-20, two 토너, shipped with CJ대한통운 today, so late; its receiver's data was
 * purged), O-2 (Tuesday 11-24, one 선크림 and one 토너, pending), O-3 (Tuesday, canceled), O-4 (Tuesday, a line the
 * app does not know). In 뷰티몰: B-1 (Monday 11-23, three 선크림, pending).
 */
public final class ShopData {
    public final SyncFixture fx;
    public final Product toner;
    public final Product sunscreen;
    public final long beautyMall;

    public ShopData(Path folder) throws IOException {
        fx = new SyncFixture(Files.createDirectory(folder.resolve("data")));
        Instant now = fx.store.clock().instant();
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(new Carrier("0006", "CJ대한통운")), now);
        beautyMall = fx.addMall("beautymall", "뷰티몰").id();
        toner = fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TONER-1").toBuilder().name("수분 토너")
                .brand("라운드랩").influencer("민지").priceWon(20_000L).build());
        sunscreen = fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails("SUN-1").toBuilder().name("선크림")
                .brand("토리든").influencer("소라").priceWon(30_000L).build());
        place("O-1", "2026-11-20T01:00:00Z", false, item("1", "TONER-1", 2, 20_000));
        place("O-2", "2026-11-24T01:00:00Z", false, item("1", "SUN-1", 1, 30_000), item("2", "TONER-1", 1, 20_000));
        place("O-3", "2026-11-24T02:00:00Z", true, item("1", "SUN-1", 5, 30_000));
        place("O-4", "2026-11-24T03:00:00Z", false, item("1", "ODD-9", 1, 9_000));
        fx.storeOrdersWithoutSync();
        fx.remote.orders.clear();
        place("B-1", "2026-11-23T05:00:00Z", false, item("1", "SUN-1", 3, 30_000));
        fx.store.orders().save(beautyMall, fx.remote.orders, now);
        StoredOrder first = fx.orders.findByOrderId("O-1").get(0);
        fx.orders.recordTracking(first, List.of("1"), "600012345678", "0006");
        new JooqPersonalDataRepository(fx.store.dsl()).purgeBefore(Instant.parse("2026-11-21T00:00:00Z"), now);
    }

    private void place(String orderId, String at, boolean canceled, RemoteOrderItem... lines) {
        fx.remote.orders.add(new RemoteOrder(orderId, Instant.parse(at), true, canceled, 0, "김민지",
                new Receiver("김민지", "02-123-4567", "010-1234-5678", "06236",
                        "서울특별시 강남구 테헤란로 1", "101동 202호", "문 앞에 놓아 주세요"), List.of(lines)));
    }

    private static RemoteOrderItem item(String code, String sku, int quantity, long price) {
        return new RemoteOrderItem(code, sku, sku.equals("ODD-9") ? "모르는 상품" : sku + " 상품", null, quantity, price,
                "N10", null, null, null);
    }

    /** Reopens a saved workbook with plain POI, as Excel would read it. */
    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
