package com.mallboard.shipping.tracking;

import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.sync.SyncFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.Sheet;
import com.mallboard.shipping.tracking.CourierFiles.Parcel;
import com.mallboard.sync.InvalidSyncInputException;
import com.mallboard.sync.Mall;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A courier's file against real stored orders: the preview's verdict per row, and what an import stores. */
class TrackingImportTest {
    static final String ORDER1 = "20261125-0000001";
    static final String ORDER2 = "20261125-0000002";
    static final String ORDER3 = "20261125-0000003";
    static final String CANCELED = "20261125-0000004";
    static final String ORDER5 = "20261125-0000005";

    @TempDir
    Path folder;
    Path files;
    SyncFixture fx;
    TrackingImport importer;

    @BeforeEach
    void ordersSyncedFromTheMall() throws IOException {
        files = Files.createDirectories(folder.resolve("downloads"));
        fx = new SyncFixture(folder);
        importer = new TrackingImport(fx.orders, new ColumnMappings(fx.store.settings()));
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.product("RND-200", "라운드랩 독도 토너");
        fx.order(ORDER1, line(ORDER1 + "-01", "TOR-100", "다이브인 선크림", 1), line(ORDER1 + "-02", "RND-200", "독도 토너", 2));
        for (String id : List.of(ORDER2, ORDER3, ORDER5)) {
            fx.order(id, line(id + "-01", "TOR-100", "다이브인 선크림", 1));
        }
        RemoteOrder open = fx.remote.orders.get(0);
        fx.remote.orders.add(new RemoteOrder(CANCELED, open.orderedAt(), true, true, 28_000, "김민지", open.receiver(),
                List.of(line(CANCELED + "-01", "TOR-100", "다이브인 선크림", 1))));
        fx.syncNow();
    }

    ImportPreview preview(Path file, Courier courier) {
        ImportFile opened = importer.open(file, Sheet.FIRST_ROW);
        return importer.preview(opened.table(), courier, importer.mappingFor(courier, opened.table()));
    }

    StoredOrder stored(String orderId) {
        return fx.orders.findByOrderId(orderId).get(0);
    }

    List<String> trackingOf(String orderId) {
        return stored(orderId).items().stream().map(StoredOrderItem::trackingNo).toList();
    }

    @Test
    void aCleanCjFileImportsEveryRowAndQueuesOneShipmentPerOrder() {
        Path file = CourierFiles.write(files, "cj", Courier.CJ,
                List.of(new Parcel(ORDER1, "6880-1234-5678"), new Parcel(ORDER2, "688000000002")));

        ImportPreview preview = preview(file, Courier.CJ);
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.rows()).extracting(ImportRow::sheetRow, ImportRow::trackingNo, r -> r.carrier().code())
                .containsExactly(tuple(2, "688012345678", "0006"), tuple(3, "688000000002", "0006"));
        ImportSummary summary = importer.commit(preview, false);

        assertThat(summary).isEqualTo(new ImportSummary(2, 3, 0));
        assertThat(trackingOf(ORDER1)).containsExactly("688012345678", "688012345678");
        assertThat(trackingOf(ORDER2)).containsExactly("688000000002");
        assertThat(fx.shipmentsQueued()).isEqualTo(2);
        fx.syncNow();
        assertThat(fx.remote.shipments).extracting(RemoteShipment::orderId, RemoteShipment::trackingNo)
                .containsExactlyInAnyOrder(tuple(ORDER1, "688012345678"), tuple(ORDER2, "688000000002"));
    }

    /** Rows 2–9 of a 우체국 CSV: one good row and every kind of bad one. */
    Path fileWithBadRows() {
        StoredOrder third = stored(ORDER3);
        fx.orders.recordTracking(third, List.of(ORDER3 + "-01"), "111122223333", "0006");
        return CourierFiles.write(files, "epost", Courier.EPOST, List.of(
                new Parcel(ORDER1, "240011112222"),
                new Parcel("20261125-9999999", "240011112223"),
                new Parcel(ORDER2, "2400#1111/2224"),
                new Parcel(ORDER3, "240011112225"),
                new Parcel(CANCELED, "240011112226"),
                new Parcel(ORDER5, "240011112227"),
                new Parcel(ORDER5, "240011112227"),
                new Parcel(ORDER2, "")));
    }

    @Test
    void badRowsGetTheirOwnProblemAndNothingIsImportedByDefault() {
        Path file = fileWithBadRows();
        int queuedBefore = fx.shipmentsQueued();

        ImportPreview preview = preview(file, Courier.EPOST);

        assertThat(preview.rows()).extracting(ImportRow::sheetRow, ImportRow::problem, ImportRow::detail).containsExactly(
                tuple(2, null, ""),
                tuple(3, RowProblem.UNKNOWN_ORDER, "20261125-9999999"),
                tuple(4, RowProblem.BAD_TRACKING, "2400#1111/2224"),
                tuple(5, RowProblem.SHIPPED_OTHER_NUMBER, "111122223333"),
                tuple(6, RowProblem.CANCELED_ORDER, CANCELED),
                tuple(7, null, ""),
                tuple(8, RowProblem.DUPLICATE_ROW, "7"),
                tuple(9, RowProblem.MISSING_TRACKING, ""));
        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOfSatisfying(
                TrackingImportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("tracking.import.refused.errors");
                    assertThat(e.args()).containsExactly(6L);
                });
        assertThat(trackingOf(ORDER1)).containsOnlyNulls();
        assertThat(trackingOf(ORDER5)).containsOnlyNulls();
        assertThat(fx.shipmentsQueued()).isEqualTo(queuedBefore);
    }

    @Test
    void importingTheValidRowsImportsExactlyThoseAndQueuesThem() {
        Path file = fileWithBadRows();
        int queuedBefore = fx.shipmentsQueued();

        ImportSummary summary = importer.commit(preview(file, Courier.EPOST), true);

        assertThat(summary).isEqualTo(new ImportSummary(2, 3, 6));
        assertThat(trackingOf(ORDER1)).containsOnly("240011112222");
        assertThat(trackingOf(ORDER5)).containsOnly("240011112227");
        assertThat(trackingOf(ORDER2)).containsOnlyNulls();
        assertThat(trackingOf(ORDER3)).containsOnly("111122223333");
        assertThat(trackingOf(CANCELED)).containsOnlyNulls();
        assertThat(fx.shipmentsQueued()).isEqualTo(queuedBefore + 2);
    }

    @Test
    void theSameNumberAgainIsAlreadyShippedAndTwoNumbersForOneOrderAreBothRefused() {
        importer.commit(preview(CourierFiles.write(files, "first", Courier.CJ,
                List.of(new Parcel(ORDER1, "688012345678"))), Courier.CJ), false);

        ImportPreview again = preview(CourierFiles.write(files, "again", Courier.CJ, List.of(
                new Parcel(ORDER1, "688012345678"), new Parcel(ORDER2, "688000000001"),
                new Parcel(ORDER2, "688000000002"))), Courier.CJ);

        assertThat(again.rows()).extracting(ImportRow::problem, ImportRow::detail).containsExactly(
                tuple(RowProblem.ALREADY_SHIPPED, "688012345678"),
                tuple(RowProblem.CONFLICTING_ROWS, "3, 4"),
                tuple(RowProblem.CONFLICTING_ROWS, "3, 4"));
    }

    @Test
    void anOrderIdTwoMallsUseIsAmbiguous() {
        Mall other = fx.addMall("rosemall", "로즈몰");
        fx.store.orders().save(other.id(), List.of(fx.remote.orders.get(0)), fx.store.clock().instant());

        ImportPreview preview = preview(CourierFiles.write(files, "cj", Courier.CJ,
                List.of(new Parcel(ORDER1, "688012345678"))), Courier.CJ);

        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.problem()).isEqualTo(RowProblem.AMBIGUOUS_ORDER);
            assertThat(r.detail()).contains("글로우몰").contains("로즈몰");
        });
    }

    @Test
    void aCourierTheMallDoesNotListIsRefusedAndOneItListsIsUsed() {
        List<Parcel> parcels = List.of(new Parcel(ORDER1, "512345678901"));

        ImportPreview hanjin = preview(CourierFiles.write(files, "hanjin", Courier.HANJIN, parcels), Courier.HANJIN);
        ImportPreview epost = preview(CourierFiles.write(files, "epost", Courier.EPOST, parcels), Courier.EPOST);

        assertThat(hanjin.rows()).extracting(ImportRow::problem).containsExactly(RowProblem.COURIER_NOT_OFFERED);
        assertThat(epost.rows()).extracting(r -> r.carrier().code()).containsExactly("0012");
    }

    @Test
    void aMallWhoseCouriersWereNeverReadSaysToSyncFirst() {
        fx.order("20261126-0000001", line("20261126-0000001-01", "TOR-100", "다이브인 선크림", 1));
        fx.store.malls().replaceCarriers(fx.mall().id(), List.of(), fx.store.clock().instant());

        ImportPreview preview = preview(CourierFiles.write(files, "cj", Courier.CJ,
                List.of(new Parcel(ORDER1, "688012345678"))), Courier.CJ);

        assertThat(preview.rows()).extracting(ImportRow::problem).containsExactly(RowProblem.NO_CARRIERS);
    }

    @Test
    void whenTheStoreFailsMidwayNothingIsImported() {
        ImportPreview preview = preview(CourierFiles.write(files, "cj", Courier.CJ, List.of(
                new Parcel(ORDER1, "688000000001"), new Parcel(ORDER2, "688000000002"),
                new Parcel(ORDER3, "688000000003"))), Courier.CJ);
        assertThat(preview.hasErrors()).isFalse();
        fx.store.dsl().deleteFrom(MALL_ORDER).where(MALL_ORDER.ORDER_ID.eq(ORDER3)).execute();

        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOf(RuntimeException.class);

        assertThat(trackingOf(ORDER1)).containsOnlyNulls();
        assertThat(trackingOf(ORDER2)).containsOnlyNulls();
        assertThat(fx.shipmentsQueued()).isZero();
    }

    @Test
    void anOrderShippedAtTheBenchAfterThePreviewStopsTheWholeImport() {
        ImportPreview preview = preview(CourierFiles.write(files, "cj", Courier.CJ, List.of(
                new Parcel(ORDER1, "688000000001"), new Parcel(ORDER2, "688000000002"))), Courier.CJ);
        fx.orders.recordTracking(stored(ORDER2), List.of(ORDER2 + "-01"), "999900001111", "0006");

        assertThatThrownBy(() -> importer.commit(preview, false)).isInstanceOfSatisfying(
                InvalidSyncInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("tracking.shipped.meanwhile"));

        assertThat(trackingOf(ORDER1)).containsOnlyNulls();
        assertThat(trackingOf(ORDER2)).containsExactly("999900001111");
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
    }

    @Test
    void anOrderLineColumnShipsOnlyTheNamedLine() {
        Path file = SampleSheets.utf8Csv(files.resolve("lines.csv"), List.of(
                List.of("운송장번호", "주문번호", "품목주문번호"),
                List.of("688000000001", ORDER1, ORDER1 + "-02"),
                List.of("688000000002", ORDER2, ORDER2 + "-09")));

        ImportPreview preview = preview(file, Courier.CJ);
        assertThat(preview.mapping().itemColumn()).isEqualTo("품목주문번호");
        assertThat(preview.rows()).extracting(ImportRow::itemCodes, ImportRow::problem).containsExactly(
                tuple(List.of(ORDER1 + "-02"), null), tuple(List.of(), RowProblem.UNKNOWN_ITEM));
        importer.commit(preview, true);

        assertThat(trackingOf(ORDER1)).containsExactly(null, "688000000001");
    }

    @Test
    void aCourierColumnChoosesEachRowsCourier() {
        Path file = SampleSheets.utf8Csv(files.resolve("mixed.csv"), List.of(
                List.of("택배사", "송장번호", "주문번호"),
                List.of("우체국택배", "6012345678901", ORDER1),
                List.of("CJ대한통운", "688000000002", ORDER2),
                List.of("경동택배", "3000000003", ORDER3),
                List.of("", "688000000005", ORDER5)));

        ImportPreview preview = preview(file, Courier.CJ);

        assertThat(preview.rows()).extracting(r -> r.carrier() == null ? null : r.carrier().code(), ImportRow::problem)
                .containsExactly(tuple("0012", null), tuple("0006", null), tuple(null, RowProblem.UNKNOWN_COURIER),
                        tuple("0006", null));
    }

    @Test
    void columnsConfirmedForACourierAreRememberedForItsNextFile() {
        List<List<String>> odd = List.of(List.of("송장", "쇼핑몰 주문번호", "메모"), List.of("688000000001", ORDER1, ""));
        ImportFile first = importer.open(SampleSheets.cp949Csv(files.resolve("cj-1.csv"), odd), Sheet.FIRST_ROW);
        assertThat(importer.mappingFor(Courier.CJ, first.table()).complete()).isFalse();
        ColumnMapping chosen = new ColumnMapping("쇼핑몰 주문번호", "송장", "", "");

        importer.commit(importer.preview(first.table(), Courier.CJ, chosen), false);

        TrackingImport nextSession = new TrackingImport(fx.orders, new ColumnMappings(fx.store.settings()));
        ImportFile second = nextSession.open(SampleSheets.cp949Csv(files.resolve("cj-2.csv"), odd), Sheet.FIRST_ROW);
        assertThat(nextSession.mappingFor(Courier.CJ, second.table())).isEqualTo(chosen);
        assertThat(nextSession.mappingFor(Courier.LOTTE, second.table()).complete()).isFalse();
        ImportFile standard = nextSession.open(CourierFiles.write(files, "cj-3", Courier.CJ,
                List.of(new Parcel(ORDER2, "1"))), Sheet.FIRST_ROW);
        assertThat(nextSession.mappingFor(Courier.CJ, standard.table()).orderColumn()).isEqualTo("고객주문번호");
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndRowNumbersStayExcels() {
        Path file = SampleSheets.xlsx(files.resolve("logen.xlsx"), java.util.Arrays.asList(
                List.of("로젠택배 출고내역"), List.of("기간", "2026-11-25 ~ 2026-11-25"), null,
                List.of("송장번호", "주문번호", "받는분", "물품명", "운임구분"),
                List.of(31234567890L, ORDER1, "김민지", "선크림", "선불")));

        ImportFile opened = importer.open(file, Sheet.FIRST_ROW);

        assertThat(opened.table().header().number()).isEqualTo(4);
        assertThat(opened.guessedCourier()).contains(Courier.LOGEN);
        assertThat(importer.open(file, 4).table().columns()).isEqualTo(opened.table().columns());
        ImportPreview preview = importer.preview(opened.table(), Courier.LOGEN,
                importer.mappingFor(Courier.LOGEN, opened.table()));
        assertThat(preview.rows()).extracting(ImportRow::sheetRow, ImportRow::trackingNo, ImportRow::problem)
                .containsExactly(tuple(5, "31234567890", RowProblem.COURIER_NOT_OFFERED));
    }

    @Test
    void missingColumnsAreRefusedBeforeAnyRowIsRead() {
        ImportFile file = importer.open(CourierFiles.write(files, "cj", Courier.CJ,
                List.of(new Parcel(ORDER1, "1"))), Sheet.FIRST_ROW);

        assertThatThrownBy(() -> importer.preview(file.table(), Courier.CJ, new ColumnMapping("고객주문번호", "없는열", "", "")))
                .isInstanceOfSatisfying(TrackingImportException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("tracking.import.refused.columns"));
    }
}
