package com.mallboard.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mall kept in memory, for testing the sync engine's decisions (what to send, when, how often) without HTTP. The
 * Cafe24 adapter itself is tested against the real demo mall server. Every call is counted; {@link #failNext} makes
 * the next calls fail the way a gateway reports failures.
 */
public final class InMemoryMall implements MallGateway {
    public final Map<Long, RemoteProduct> products = new LinkedHashMap<>();
    public final List<RemoteOrder> orders = new ArrayList<>();
    public final List<RemoteShipment> shipments = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    private final AtomicLong nextNo = new AtomicLong(100);
    private final List<MallCallException> failures = new ArrayList<>();
    /** Runs inside the next create or update, as if someone edited the product while the call was on the wire. */
    public Runnable duringNextWrite = () -> { };

    public void failNext(MallCallException failure) {
        failures.add(failure);
    }

    private void call(String name) {
        calls.add(name);
        if (!failures.isEmpty()) {
            throw failures.remove(0);
        }
    }

    @Override
    public Optional<RemoteProduct> findProductByCode(String customProductCode) {
        call("find");
        return products.values().stream().filter(p -> customProductCode.equals(p.customProductCode())).findFirst();
    }

    @Override
    public Optional<RemoteProduct> fetchProduct(long productNo) {
        call("fetch");
        return Optional.ofNullable(products.get(productNo));
    }

    @Override
    public RemoteProduct createProduct(ListingContent content) {
        call("create");
        long no = nextNo.incrementAndGet();
        return store(no, content, 0);
    }

    @Override
    public RemoteProduct updateProduct(long productNo, ListingContent content) {
        call("update");
        RemoteProduct old = products.get(productNo);
        if (old == null) {
            throw new MallCallException(404, "404", "No product", false);
        }
        return store(productNo, content, old.totalStock());
    }

    private RemoteProduct store(long no, ListingContent c, int stock) {
        Runnable during = duringNextWrite;
        duringNextWrite = () -> { };
        during.run();
        RemoteProduct old = products.get(no);
        List<RemoteVariant> variants = old != null ? old.variants() : c.hasOptions() ? optionVariants(no, c)
                : List.of(new RemoteVariant("P" + no + "000A", null, stock));
        RemoteProduct product = new RemoteProduct(no, "P" + no, c.customProductCode(), c.name(), c.priceWon(),
                c.supplyPriceWon(), c.display(), c.selling(), variants.stream().allMatch(v -> v.stock() == 0),
                c.summary(), variants);
        products.put(no, product);
        return product;
    }

    /** As the Cafe24 adapter does: one variant per option, carrying our option SKU and stock. */
    private static List<RemoteVariant> optionVariants(long no, ListingContent c) {
        List<RemoteVariant> variants = new ArrayList<>();
        for (int i = 0; i < c.options().size(); i++) {
            OptionContent option = c.options().get(i);
            variants.add(new RemoteVariant("P" + no + "000" + (char) ('A' + i), option.sku(), option.stock(),
                    option.name()));
        }
        return variants;
    }

    @Override
    public void updateStock(RemoteProduct product, int stock) {
        call("stock");
        RemoteProduct p = products.get(product.productNo());
        products.put(p.productNo(), new RemoteProduct(p.productNo(), p.productCode(), p.customProductCode(), p.name(),
                p.priceWon(), p.supplyPriceWon(), p.display(), p.selling(), stock == 0, p.summary(),
                List.of(new RemoteVariant(p.productCode() + "000A", null, stock))));
    }

    @Override
    public void updateVariants(long productNo, List<VariantStock> variants) {
        call("variants");
        RemoteProduct p = products.get(productNo);
        List<RemoteVariant> updated = p.variants().stream().map(v -> variants.stream()
                .filter(s -> s.variantCode().equals(v.variantCode())).findFirst()
                .map(s -> new RemoteVariant(v.variantCode(), s.customVariantCode(), s.stock(), v.optionValue()))
                .orElse(v)).toList();
        boolean soldOut = updated.stream().allMatch(v -> v.stock() == 0);
        products.put(productNo, new RemoteProduct(p.productNo(), p.productCode(), p.customProductCode(), p.name(),
                p.priceWon(), p.supplyPriceWon(), p.display(), p.selling(), soldOut, p.summary(), updated));
    }

    @Override
    public List<RemoteOrder> ordersBetween(Instant from, Instant to) {
        call("orders");
        return orders.stream().filter(o -> !o.orderedAt().isBefore(from) && o.orderedAt().isBefore(to)).toList();
    }

    @Override
    public List<Carrier> carriers() {
        call("carriers");
        return List.of(new Carrier("0006", "CJ대한통운"), new Carrier("0012", "우체국택배"));
    }

    @Override
    public List<RemoteShipment> shipments(String orderId) {
        call("shipments");
        return shipments.stream().filter(s -> s.orderId().equals(orderId)).toList();
    }

    @Override
    public RemoteShipment createShipment(ShipmentRequest request) {
        call("ship");
        RemoteShipment shipment = new RemoteShipment("D-" + (shipments.size() + 1), request.orderId(),
                request.trackingNo(), request.carrierCode(), request.orderItemCodes());
        shipments.add(shipment);
        return shipment;
    }

    public long count(String call) {
        return calls.stream().filter(call::equals).count();
    }

    @Override
    public void close() {
        // nothing to release: the mall lives as long as the test
    }
}
