package com.mallboard.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A gateway that renews this drain's claim on the mall before every call and refuses the call when the claim is gone
 * (it ran out and another desktop took the mall over): no call leaves this desktop unless it still holds the mall.
 */
final class ClaimedGateway implements MallGateway {
    private final MallGateway gateway;
    private final Runnable renewOrThrow;

    /** {@code renewOrThrow} throws {@link OutboxClaimLostException} when the claim could not be renewed. */
    ClaimedGateway(MallGateway gateway, Runnable renewOrThrow) {
        this.gateway = gateway;
        this.renewOrThrow = renewOrThrow;
    }

    private MallGateway renewed() {
        renewOrThrow.run();
        return gateway;
    }

    @Override
    public Optional<RemoteProduct> findProductByCode(String customProductCode) {
        return renewed().findProductByCode(customProductCode);
    }

    @Override
    public Optional<RemoteProduct> fetchProduct(long productNo) {
        return renewed().fetchProduct(productNo);
    }

    @Override
    public RemoteProduct createProduct(ListingContent content) {
        return renewed().createProduct(content);
    }

    @Override
    public RemoteProduct updateProduct(long productNo, ListingContent content) {
        return renewed().updateProduct(productNo, content);
    }

    @Override
    public void updateStock(RemoteProduct product, int stock) {
        renewed().updateStock(product, stock);
    }

    @Override
    public void updateVariants(long productNo, List<VariantStock> variants) {
        renewed().updateVariants(productNo, variants);
    }

    @Override
    public List<RemoteOrder> ordersBetween(Instant from, Instant to) {
        return renewed().ordersBetween(from, to);
    }

    @Override
    public List<Carrier> carriers() {
        return renewed().carriers();
    }

    @Override
    public List<RemoteShipment> shipments(String orderId) {
        return renewed().shipments(orderId);
    }

    @Override
    public RemoteShipment createShipment(ShipmentRequest request) {
        return renewed().createShipment(request);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
