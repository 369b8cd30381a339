package com.mallboard.shipping;

import static com.mallboard.shipping.SheetsFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductOptionService;
import com.mallboard.shipping.documents.SlipOrder;
import com.mallboard.shipping.pdf.PageLayout;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.OrderCriteria;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.StoredOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShipmentSheetsTest {
    private static final Instant MORNING = Instant.parse("2026-11-24T01:00:00Z");

    @TempDir
    Path folder;

    private SheetsFixture sheets;

    @BeforeEach
    void open() {
        sheets = new SheetsFixture(folder);
    }

    @Test
    void thePickListWalksTheShelvesByEachProductsWarehouseLocation() {
        sheets.product("CREAM-1", "수분 크림", "B-01-2");
        sheets.product("TONER-1", "어성초 토너", "A-02-1");
        sheets.product("SERUM-1", "비타 세럼", null);
        sheets.order("O-1", "김민지", MORNING, line("1", "SERUM-1", 1), line("2", "CREAM-1", 2));
        sheets.order("O-2", "이서준", MORNING, line("1", "TONER-1", 3), line("2", "CREAM-1", 1));
        sheets.storeOrders();

        String text = SheetsFixture.text(sheets.sheets.pickList(sheets.sheets.find(OrderCriteria.open())));

        assertThat(text).contains("A-02-1", "B-01-2");
        assertThat(text.indexOf("TONER-1")).isLessThan(text.indexOf("CREAM-1"));
        assertThat(text.indexOf("CREAM-1")).isLessThan(text.indexOf("SERUM-1"));
    }

    @Test
    void thePickListFollowsTheWarehousesListOfLocations() {
        sheets.product("CREAM-1", "수분 크림", "B-01-2");
        sheets.product("TONER-1", "어성초 토너", "A-02-1");
        sheets.product("MASK-1", "시트 마스크", "C-09");
        sheets.order("O-1", "김민지", MORNING, line("1", "TONER-1", 1), line("2", "CREAM-1", 2), line("3", "MASK-1", 1));
        sheets.storeOrders();
        com.mallboard.product.WarehouseLocations locations = new com.mallboard.product.WarehouseLocations(
                sheets.fx.store.settings());
        locations.save(List.of("C-09", "B-01-2"));
        ShipmentSheets walked = new ShipmentSheets(sheets.fx.orders, sheets.fx.malls,
                new com.mallboard.store.JooqWarehouseFactsRepository(sheets.fx.store.dsl()), sheets.fx.messages,
                sheets.fx.store.clock(), locations::all);
        List<StoredOrder> batch = walked.find(OrderCriteria.open());

        assertThat(walked.walk(batch).lines()).extracting(l -> l.sku()).containsExactly("MASK-1", "CREAM-1", "TONER-1");
        String text = SheetsFixture.text(walked.pickList(batch));
        assertThat(text.indexOf("MASK-1")).isLessThan(text.indexOf("CREAM-1"));
        assertThat(text.indexOf("CREAM-1")).isLessThan(text.indexOf("TONER-1"));
    }

    @Test
    void anOptionIsPickedByItsOwnSku() {
        Product tint = sheets.product("ROM-TINT", "쥬시 틴트", "C-03-1");
        new ProductOptionService(sheets.fx.store.options(), sheets.fx.store.productRepository(), TestStore.USER)
                .save(tint, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 5),
                        new ProductOption("02 로즈", "ROM-TINT-02", 5)));
        sheets.order("O-1", "김민지", MORNING, new RemoteOrderItem("1", "ROM-TINT", "쥬시 틴트", "02 로즈", 2, 9_000,
                "N10", null, null, "ROM-TINT-02"));
        sheets.storeOrders();

        String text = SheetsFixture.text(sheets.sheets.pickList(sheets.sheets.find(OrderCriteria.open())));

        assertThat(text).contains("ROM-TINT-02", "C-03-1").doesNotContain("ROM-TINT-01");
    }

    @Test
    void slipsNameTheCourierTheMallListsAndShowOtherCodesAsTheyAre() {
        sheets.product("CREAM-1", "수분 크림", "B-01-2");
        sheets.order("O-1", "김민지", MORNING, shippedLine("1", "0006", "688000000001"));
        sheets.order("O-2", "이서준", MORNING, shippedLine("1", "0099", "688000000002"));
        sheets.storeOrders();
        sheets.fx.store.malls().replaceCarriers(sheets.fx.mall().id(), List.of(new Carrier("0006", "CJ대한통운")),
                MORNING);
        List<StoredOrder> shipped = sheets.sheets.find(new OrderCriteria(null, null, null,
                OrderCriteria.Status.SHIPPED, null));

        String text = SheetsFixture.text(sheets.sheets.packingSlips(shipped, SlipOrder.ORDER_DATE, 1, PageLayout.A4));

        assertThat(text).contains("CJ대한통운 688000000001", "0099 688000000002");
    }

    @Test
    void aBatchReadsProductFactsOnceForEachDocumentWhateverItsSize() {
        sheets.product("CREAM-1", "수분 크림", "B-01-2");
        sheets.product("TONER-1", "어성초 토너", "A-02-1");
        for (int i = 0; i < 40; i++) {
            sheets.order(String.format("O-%03d", i), "고객" + i, MORNING.plusSeconds(i), line("1", "CREAM-1", 1),
                    line("2", "TONER-1", 2));
        }
        sheets.storeOrders();
        List<StoredOrder> batch = sheets.sheets.find(OrderCriteria.open());

        byte[] pickList = sheets.sheets.pickList(batch);
        byte[] slips = sheets.sheets.packingSlips(batch, SlipOrder.ORDER_DATE, 2, PageLayout.LABEL_4X6);

        assertThat(sheets.factReads()).isEqualTo(2);
        assertThat(SheetsFixture.pages(slips)).isEqualTo(80);
        assertThat(SheetsFixture.text(pickList)).contains("80", "40");
    }

    private static RemoteOrderItem shippedLine(String code, String carrier, String trackingNo) {
        return new RemoteOrderItem(code, "CREAM-1", "수분 크림", null, 1, 28_000, "N40", trackingNo, carrier, null);
    }
}
