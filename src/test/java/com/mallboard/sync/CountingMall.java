package com.mallboard.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One {@link InMemoryMall} shared by many desktops' sync threads: calls are taken one at a time (as a real mall
 * would serialize writes to one product), each held for a moment so that two drains running at once would overlap,
 * and every overlap, product write and shipment registration is counted for the test to check afterwards.
 */
final class CountingMall implements MallGateway {
    private static final long CALL_MILLIS = 2;

    private final InMemoryMall mall;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger overlaps = new AtomicInteger();
    private final List<String> productWrites = new ArrayList<>();
    private final Map<String, Integer> registrations = new HashMap<>();

    CountingMall(InMemoryMall mall) {
        this.mall = mall;
    }

    /** How often a call arrived while another desktop's call was still in progress: 0 when drains never overlap. */
    int overlaps() {
        return overlaps.get();
    }

    /** "create|update custom code=price tags" for every create and update, in the order the mall took them. */
    synchronized List<String> productWrites() {
        return List.copyOf(productWrites);
    }

    /** How many times each tracking number was registered. */
    synchronized Map<String, Integer> registrations() {
        return Map.copyOf(registrations);
    }

    /** Tags are sent too: the same price with one more tag is a change of its own. */
    private static String tagged(ListingContent content) {
        return String.join(",", content.tags());
    }

    private void enter() {
        if (inFlight.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        try {
            Thread.sleep(CALL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T call(Supplier<T> work) {
        enter();
        try {
            synchronized (this) {
                return work.get();
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public Optional<RemoteProduct> findProductByCode(String customProductCode) {
        return call(() -> mall.findProductByCode(customProductCode));
    }

    @Override
    public Optional<RemoteProduct> fetchProduct(long productNo) {
        return call(() -> mall.fetchProduct(productNo));
    }

    @Override
    public RemoteProduct createProduct(ListingContent content) {
        return call(() -> {
            productWrites.add("create " + content.customProductCode() + "=" + content.priceWon() + " " + tagged(content));
            return mall.createProduct(content);
        });
    }

    @Override
    public RemoteProduct updateProduct(long productNo, ListingContent content) {
        return call(() -> {
            productWrites.add("update " + content.customProductCode() + "=" + content.priceWon() + " " + tagged(content));
            return mall.updateProduct(productNo, content);
        });
    }

    @Override
    public void updateStock(RemoteProduct product, int stock) {
        call(() -> {
            mall.updateStock(product, stock);
            return null;
        });
    }

    @Override
    public void updateVariants(long productNo, List<VariantStock> variants) {
        call(() -> {
            mall.updateVariants(productNo, variants);
            return null;
        });
    }

    @Override
    public List<RemoteOrder> ordersBetween(Instant from, Instant to) {
        return call(() -> mall.ordersBetween(from, to));
    }

    @Override
    public List<Carrier> carriers() {
        return call(() -> mall.carriers());
    }

    @Override
    public List<RemoteShipment> shipments(String orderId) {
        return call(() -> mall.shipments(orderId));
    }

    @Override
    public RemoteShipment createShipment(ShipmentRequest request) {
        return call(() -> {
            registrations.merge(request.trackingNo(), 1, Integer::sum);
            return mall.createShipment(request);
        });
    }

    @Override
    public void close() {
        // the mall outlives every desktop's gateway
    }
}
