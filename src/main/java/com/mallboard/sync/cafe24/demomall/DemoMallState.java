package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One demo mall: its products, orders, tokens, bucket and fault switches, plus the hooks tests and the demo use
 * to look inside and to make things happen. Thread-safe: catalogue and orders change only under {@link #dataLock()}.
 */
public final class DemoMallState {

    private final String mallId;
    private final Object dataLock = new Object();
    private final ProductCatalog catalog = new ProductCatalog();
    private final OrderBook orders = new OrderBook();
    private final long storySeed;
    /** Used and replaced only under the data lock; replaced once, when a saved mall is restored. */
    private OrderGenerator generator;
    private final TokenRegistry tokens;
    private final LeakyBucket bucket;
    private final Carriers carriers;
    private final Faults faults = new Faults();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private final Runnable onChange;

    /** {@code onChange} hears of every change worth saving; it must be cheap, it runs on the request thread. */
    DemoMallState(String mallId, DemoMallSettings settings, Runnable onChange) {
        this.mallId = mallId;
        this.storySeed = settings.seed() ^ mallId.hashCode();
        this.generator = new OrderGenerator(storySeed);
        this.onChange = onChange;
        this.tokens = new TokenRegistry(settings.accessTokenLifetime(), settings.refreshTokenLifetime());
        this.bucket = new LeakyBucket(settings.bucketSize(), settings.drainPerSecond());
        this.carriers = new Carriers(mallId);
    }

    public List<SimProduct> products() {
        synchronized (dataLock) {
            return catalog.all().stream().map(MallProduct::snapshot).toList();
        }
    }

    public Optional<SimProduct> productByCode(String customProductCode) {
        synchronized (dataLock) {
            return catalog.findByCustomCode(customProductCode).map(MallProduct::snapshot);
        }
    }

    public List<SimShipment> shipments() {
        synchronized (dataLock) {
            return orders.all().stream().flatMap(o -> o.shipments.stream()).map(OrderShipment::snapshot).toList();
        }
    }

    /**
     * Places a paid order of one line. An unknown code still makes an order (product_no 0, the code as given),
     * as when a mall sells something that was never listed through Mallboard.
     */
    public String placeOrder(String customProductCode, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        synchronized (dataLock) {
            MallOrderItem.Line line = catalog.findByCustomCode(customProductCode)
                    .map(p -> OrderGenerator.lineFor(p, p.variants.get(0), quantity))
                    .orElseGet(() -> MallOrderItem.Line.unknown(customProductCode, customProductCode, 10_000, quantity));
            String orderId = place(List.of(line)).orderId;
            changed();
            return orderId;
        }
    }

    /**
     * Places a paid order of one line for the variant with this {@code custom_variant_code}; the line carries the
     * variant's codes and option text, and the stock comes off that variant. An unknown code still makes an order
     * (product_no 0, the code as the line's custom variant code), as {@link #placeOrder} does.
     */
    public String placeOrderForVariant(String customVariantCode, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        if (customVariantCode == null || customVariantCode.isBlank()) {
            throw new IllegalArgumentException("customVariantCode must not be blank");
        }
        synchronized (dataLock) {
            MallOrderItem.Line line = catalog.all().stream()
                    .flatMap(p -> p.variantByCustomCode(customVariantCode)
                            .map(v -> OrderGenerator.lineFor(p, v, quantity)).stream())
                    .findFirst()
                    .orElseGet(() -> new MallOrderItem.Line(0, "", "", "", customVariantCode, 10_000, quantity,
                            customVariantCode, ""));
            String orderId = place(List.of(line)).orderId;
            changed();
            return orderId;
        }
    }

    /** Random orders over the products on sale (all products if none is); 0 when the mall has no products. */
    public int generateOrders(int count) {
        synchronized (dataLock) {
            List<MallProduct> all = catalog.all();
            if (all.isEmpty()) {
                return 0;
            }
            List<MallProduct> onSale = all.stream().filter(p -> p.display && p.selling && !p.soldOut()).toList();
            List<MallProduct> candidates = onSale.isEmpty() ? all : onSale;
            for (int i = 0; i < count; i++) {
                place(generator.lines(candidates));
            }
            if (count > 0) {
                changed();
            }
            return Math.max(0, count);
        }
    }

    public long requestCount() {
        return requests.get();
    }

    public long tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    public long writeCount() {
        return writes.get();
    }

    public void resetCounters() {
        requests.set(0);
        tooManyRequests.set(0);
        writes.set(0);
    }

    /** Every access token issued so far now answers 401 "access_token time expired."; refresh tokens still work. */
    public void expireAccessTokens() {
        tokens.expireAccessTokens();
        changed();
    }

    public Faults faults() {
        return faults;
    }

    String mallId() {
        return mallId;
    }

    Object dataLock() {
        return dataLock;
    }

    ProductCatalog catalog() {
        return catalog;
    }

    OrderBook orders() {
        return orders;
    }

    TokenRegistry tokens() {
        return tokens;
    }

    LeakyBucket bucket() {
        return bucket;
    }

    Carriers carriers() {
        return carriers;
    }

    /** Something a restart should keep has changed: products, stock, orders, shipments or tokens. */
    void changed() {
        onChange.run();
    }

    /**
     * After a restore the random orders go on from where the saved ones stopped instead of replaying the same
     * buyers from the first; the story still depends only on the seed, the mall id and the orders so far.
     */
    void continueStoryAfter(int ordersSoFar) {
        generator = new OrderGenerator(storySeed + 0x9E3779B97F4A7C15L * ordersSoFar);
    }

    void countRequest() {
        requests.incrementAndGet();
    }

    void countTooManyRequests() {
        tooManyRequests.incrementAndGet();
    }

    void countWrite() {
        writes.incrementAndGet();
    }

    /** Records a paid order and takes its quantities out of stock, as a mall does on payment. */
    private MallOrder place(List<MallOrderItem.Line> lines) {
        for (MallOrderItem.Line line : lines) {
            catalog.find(line.productNo()).ifPresent(product -> {
                MallVariant variant = product.variants.stream().filter(v -> v.variantCode.equals(line.variantCode()))
                        .findFirst().orElse(product.variants.get(0));
                if (variant.useInventory) {
                    variant.quantity = Math.max(0, variant.quantity - line.quantity());
                }
            });
        }
        return orders.add(Instant.now(), generator.people(), lines);
    }
}
