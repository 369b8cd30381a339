package com.mallboard.sync.cafe24;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallGateway;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.RemoteVariant;
import com.mallboard.sync.ShipmentRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link MallGateway} for a Cafe24 mall, over the Admin REST API ({@code /api/v2/admin}). Pacing, retries and tokens
 * are the {@link Cafe24Client}'s business; this class translates calls. A new listing gets its stock straight after
 * it is created, because Cafe24 creates products without inventory tracking, which would sell without limit.
 */
public final class Cafe24Gateway implements MallGateway {
    private final Mall mall;
    private final Cafe24Client client;
    private final OrderReader orders;

    Cafe24Gateway(Mall mall, Cafe24Client client) {
        this.mall = mall;
        this.client = client;
        this.orders = new OrderReader(client::get, mall.shopNo(), OrderReader.PAGE_SIZE, OrderReader.MAX_OFFSET);
    }

    @Override
    public Optional<RemoteProduct> findProductByCode(String customProductCode) {
        String path = Query.path("/products").with("shop_no", mall.shopNo())
                .with("custom_product_code", customProductCode).with("embed", "variants").toString();
        return ProductJson.list(client.get(path)).stream()
                .filter(p -> customProductCode.equals(p.customProductCode()))
                .findFirst();
    }

    @Override
    public Optional<RemoteProduct> fetchProduct(long productNo) {
        String path = Query.path("/products/" + productNo).with("shop_no", mall.shopNo())
                .with("embed", "variants").toString();
        try {
            return Optional.of(ProductJson.single(client.get(path)));
        } catch (MallCallException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public RemoteProduct createProduct(ListingContent content) {
        RemoteProduct created = client.postOnce("/products",
                ProductJson.envelope(mall.shopNo(), ProductJson.listing(content)), ProductJson::single,
                () -> findProductByCode(content.customProductCode()));
        return withStock(created, content.stock());
    }

    @Override
    public RemoteProduct updateProduct(long productNo, ListingContent content) {
        return ProductJson.single(client.put("/products/" + productNo,
                ProductJson.envelope(mall.shopNo(), ProductJson.listing(content))));
    }

    @Override
    public void updateStock(RemoteProduct product, int stock) {
        withStock(product, stock);
    }

    private RemoteProduct withStock(RemoteProduct product, int stock) {
        List<RemoteVariant> variants = product.variants().isEmpty() ? variantsOf(product.productNo())
                : product.variants();
        for (RemoteVariant variant : variants) {
            client.put("/products/" + product.productNo() + "/variants/" + Query.segment(variant.variantCode())
                    + "/inventories", ProductJson.envelope(mall.shopNo(), ProductJson.inventory(stock)));
        }
        List<RemoteVariant> stocked = variants.stream()
                .map(v -> new RemoteVariant(v.variantCode(), v.customVariantCode(), stock))
                .toList();
        return new RemoteProduct(product.productNo(), product.productCode(), product.customProductCode(),
                product.name(), product.priceWon(), product.supplyPriceWon(), product.display(), product.selling(),
                stock <= 0, product.summary(), stocked);
    }

    private List<RemoteVariant> variantsOf(long productNo) {
        String path = Query.path("/products/" + productNo + "/variants").with("shop_no", mall.shopNo()).toString();
        return ProductJson.variants(client.get(path));
    }

    @Override
    public List<RemoteOrder> ordersBetween(Instant from, Instant to) {
        return orders.between(from, to);
    }

    @Override
    public List<Carrier> carriers() {
        return OrderJson.carriers(client.get(Query.path("/carriers").with("shop_no", mall.shopNo()).toString()));
    }

    @Override
    public List<RemoteShipment> shipments(String orderId) {
        String path = Query.path("/orders/" + Query.segment(orderId) + "/shipments").with("shop_no", mall.shopNo())
                .toString();
        return OrderJson.shipments(client.get(path), orderId);
    }

    @Override
    public RemoteShipment createShipment(ShipmentRequest request) {
        String path = "/orders/" + Query.segment(request.orderId()) + "/shipments";
        return client.postOnce(path,
                ProductJson.envelope(mall.shopNo(), OrderJson.shipmentRequest(request)),
                answer -> OrderJson.shipments(answer, request.orderId()).stream().findFirst()
                        .orElseThrow(() -> ProductJson.unexpected("shipments")),
                () -> shipments(request.orderId()).stream()
                        .filter(s -> request.trackingNo().equals(s.trackingNo()))
                        .findFirst());
    }

    /** The HTTP client belongs to the factory and outlives gateways; nothing to release here. */
    @Override
    public void close() {
        // intentionally nothing: connections are pooled by the shared HttpClient
    }

    @Override
    public void updateVariants(long productNo, java.util.List<com.mallboard.sync.VariantStock> variants) {
        throw new UnsupportedOperationException("options branch: the Cafe24 adapter part is being written");
    }
}
