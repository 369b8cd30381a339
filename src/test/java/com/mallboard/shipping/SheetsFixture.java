package com.mallboard.shipping;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.WarehouseFactsRepository;
import com.mallboard.store.JooqWarehouseFactsRepository;
import com.mallboard.store.TestStore;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.SyncFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * {@link ShipmentSheets} over a real temp database with the mall "글로우몰" ({@link SyncFixture}); counts how often
 * product facts are read, so tests can tell a batch read from one query per line.
 */
public final class SheetsFixture {
    public final SyncFixture fx;
    public final ShipmentSheets sheets;
    private int factReads;

    public SheetsFixture(Path folder) {
        fx = new SyncFixture(folder);
        JooqWarehouseFactsRepository facts = new JooqWarehouseFactsRepository(fx.store.dsl());
        WarehouseFactsRepository counted = ids -> {
            factReads++;
            return facts.warehouseFacts(ids);
        };
        sheets = new ShipmentSheets(fx.orders, fx.malls, counted, fx.messages, fx.store.clock());
    }

    public int factReads() {
        return factReads;
    }

    public Product product(String sku, String name, String location) {
        return fx.store.createAt(Stage.SHIPMENT, TestStore.completeDetails(sku).toBuilder().name(name)
                .location(location).build());
    }

    /** An order of the mall for {@code receiverName}, placed at {@code at}; stored with {@link #storeOrders()}. */
    public void order(String orderId, String receiverName, Instant at, RemoteOrderItem... lines) {
        Receiver receiver = new Receiver(receiverName, "02-123-4567", "010-1234-5678", "06236",
                "서울특별시 강남구 테헤란로 1", "101동 202호", null);
        fx.remote.orders.add(new RemoteOrder(orderId, at, true, false, 28_000, receiverName, receiver, List.of(lines)));
    }

    public void storeOrders() {
        fx.storeOrdersWithoutSync();
    }

    public static RemoteOrderItem line(String code, String sku, int quantity) {
        return line(code, sku, "상품 " + sku, quantity);
    }

    public static RemoteOrderItem line(String code, String sku, String name, int quantity) {
        return new RemoteOrderItem(code, sku, name, null, quantity, 28_000, "N10", null, null, null);
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
