package com.mallboard.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything Mallboard asks of one mall, in the platform's terms translated to ours. One implementation per platform
 * (Cafe24 today; Naver SmartStore or Shopify later). An implementation paces itself to the mall's rate limit, retries
 * what can be retried and refreshes tokens; what still fails is a {@link MallCallException}. Calls to one gateway come
 * from one thread at a time, in order.
 */
public interface MallGateway extends AutoCloseable {

    /** The listing whose custom code is our SKU, if the mall has one: how a retried create finds its earlier result. */
    Optional<RemoteProduct> findProductByCode(String customProductCode);

    Optional<RemoteProduct> fetchProduct(long productNo);

    /** Creates the product; with options, one variant per option (matched back by {@link RemoteVariant#optionValue}). */
    RemoteProduct createProduct(ListingContent content);

    RemoteProduct updateProduct(long productNo, ListingContent content);

    /** Sets the stock of every variant of the product to {@code stock}; 0 marks it sold out. */
    void updateStock(RemoteProduct product, int stock);

    /** Sets each listed variant's custom code (our option SKU) and stock; 0 marks it sold out. */
    void updateVariants(long productNo, List<VariantStock> variants);

    /** Every order placed in {@code [from, to)}, paging and splitting the window as the platform requires. */
    List<RemoteOrder> ordersBetween(Instant from, Instant to);

    /** The couriers this mall knows, read from the mall. */
    List<Carrier> carriers();

    List<RemoteShipment> shipments(String orderId);

    RemoteShipment createShipment(ShipmentRequest request);

    @Override
    void close();
}
