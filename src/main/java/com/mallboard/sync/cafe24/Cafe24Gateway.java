package com.mallboard.sync.cafe24;

import com.mallboard.sync.Carrier;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallGateway;
import com.mallboard.sync.OptionContent;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.RemoteVariant;
import com.mallboard.sync.ShipmentRequest;
import com.mallboard.sync.VariantStock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link MallGateway} for a Cafe24 mall, over the Admin REST API ({@code /api/v2/admin}). Pacing, retries and tokens
 * are the {@link Cafe24Client}'s business; this class translates calls. A new listing gets its stock straight after
 * it is created, because Cafe24 creates products without inventory tracking, which would sell without limit. A listing
 * with options is created with one option group; its variants are then read back, matched to the options by value,
 * and given our option SKUs and stocks in one bulk variants update.
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
                ProductJson.envelope(mall.shopNo(), ProductJson.newListing(content)), ProductJson::single,
                () -> findProductByCode(content.customProductCode()));
        return content.hasOptions() ? withOptions(created, content) : withStock(created, content.stock());
    }

    private RemoteProduct withOptions(RemoteProduct created, ListingContent content) {
        List<RemoteVariant> atMall = fetchProduct(created.productNo()).map(RemoteProduct::variants)
                .orElse(List.of());
        List<VariantStock> updates = new ArrayList<>();
        List<RemoteVariant> variants = new ArrayList<>();
        for (OptionContent option : content.options()) {
            RemoteVariant variant = atMall.stream()
                    .filter(v -> v.optionValue() != null && v.optionValue().strip().equals(option.name().strip()))
                    .findFirst()
                    .orElseThrow(() -> new MallCallException(200, "option_variant_missing", "The mall created product "
                            + created.productNo() + " without a variant for option \"" + option.name() + "\"", false));
            updates.add(new VariantStock(variant.variantCode(), option.sku(), option.stock()));
            variants.add(new RemoteVariant(variant.variantCode(), option.sku(), Math.max(0, option.stock()),
                    variant.optionValue()));
        }
        updateVariants(created.productNo(), updates);
        return new RemoteProduct(created.productNo(), created.productCode(), created.customProductCode(),
                created.name(), created.priceWon(), created.supplyPriceWon(), created.display(), created.selling(),
                content.stock() <= 0, created.summary(), variants);
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

    /** Bulk variants updates of up to 100; a variant the mall refused (a 207 answer) fails the call, not retryable. */
    @Override
    public void updateVariants(long productNo, List<VariantStock> variants) {
        for (int from = 0; from < variants.size(); from += ProductJson.BULK_LIMIT) {
            List<VariantStock> chunk = variants.subList(from, Math.min(variants.size(), from + ProductJson.BULK_LIMIT));
            ProductJson.requireAllApplied(client.put("/products/" + productNo + "/variants",
                    ProductJson.variantsUpdate(mall.shopNo(), chunk)));
        }
    }
}
