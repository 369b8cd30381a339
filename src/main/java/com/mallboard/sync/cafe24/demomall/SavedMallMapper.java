package com.mallboard.sync.cafe24.demomall;

import com.mallboard.sync.cafe24.demomall.SavedState.SavedItem;
import com.mallboard.sync.cafe24.demomall.SavedState.SavedMall;
import com.mallboard.sync.cafe24.demomall.SavedState.SavedOrder;
import com.mallboard.sync.cafe24.demomall.SavedState.SavedProduct;
import com.mallboard.sync.cafe24.demomall.SavedState.SavedVariant;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Copies one mall into its {@link SavedMall} and back. Restoring checks what the rest of the demo mall relies on
 * (a product has a variant, numbers are unique) and throws when the saved data breaks it, so the caller can treat
 * the file as damaged instead of serving a mall that fails later.
 */
final class SavedMallMapper {

    private SavedMallMapper() {
    }

    static SavedMall save(DemoMallState mall) {
        SavedState.SavedTokens tokens = mall.tokens().save();
        synchronized (mall.dataLock()) {
            List<SavedProduct> products = mall.catalog().all().stream().map(SavedMallMapper::saveProduct).toList();
            List<SavedOrder> orders = mall.orders().all().stream().map(SavedMallMapper::saveOrder).toList();
            return new SavedMall(mall.mallId(), mall.catalog().lastProductNo(), mall.orders().lastSequence(), products,
                    orders, tokens);
        }
    }

    /** Fills a mall that was just created empty. */
    static void restore(DemoMallState mall, SavedMall saved) {
        List<MallProduct> products = saved.products().stream().map(SavedMallMapper::restoreProduct).toList();
        List<MallOrder> orders = saved.orders().stream().map(SavedMallMapper::restoreOrder).toList();
        synchronized (mall.dataLock()) {
            mall.catalog().restore(products, saved.lastProductNo());
            mall.orders().restore(orders, saved.lastOrderSequence());
            mall.continueStoryAfter(orders.size());
        }
        mall.tokens().restore(Objects.requireNonNull(saved.tokens(), "tokens"));
    }

    private static SavedProduct saveProduct(MallProduct p) {
        List<SavedVariant> variants = p.variants.stream().map(v -> new SavedVariant(v.variantCode, v.customVariantCode,
                v.display, v.selling, v.useInventory, v.displaySoldout, v.quantity, v.options)).toList();
        return new SavedProduct(p.productNo, p.createdDate.toString(), p.updatedDate.toString(), p.customProductCode,
                p.name, p.price, p.supplyPrice, p.retailPrice, p.display, p.selling, p.summaryDescription,
                List.copyOf(p.tags), variants);
    }

    private static MallProduct restoreProduct(SavedProduct saved) {
        MallProduct product = new MallProduct(saved.productNo(), Instant.parse(saved.createdDate()));
        // The constructor's empty default variant makes way for the saved ones, stock and all.
        product.variants.clear();
        for (SavedVariant v : saved.variants()) {
            List<MallVariant.Option> options = Objects.requireNonNullElse(v.options(), List.of());
            if (options.stream().anyMatch(o -> o == null || o.name() == null || o.value() == null)) {
                throw new SavedStateException("saved product " + saved.productNo() + " has an incomplete option");
            }
            MallVariant variant = new MallVariant(Objects.requireNonNull(v.variantCode(), "variant code"), options);
            variant.customVariantCode = Objects.requireNonNullElse(v.customVariantCode(), "");
            variant.display = v.display();
            variant.selling = v.selling();
            variant.useInventory = v.useInventory();
            variant.displaySoldout = v.displaySoldout();
            variant.quantity = v.quantity();
            product.variants.add(variant);
        }
        if (product.variants.isEmpty()) {
            throw new SavedStateException("saved product " + saved.productNo() + " has no variant");
        }
        product.customProductCode = Objects.requireNonNullElse(saved.customProductCode(), "");
        product.name = Objects.requireNonNull(saved.name(), "product name");
        product.price = saved.price();
        product.supplyPrice = saved.supplyPrice();
        product.retailPrice = saved.retailPrice();
        product.display = saved.display();
        product.selling = saved.selling();
        product.summaryDescription = Objects.requireNonNullElse(saved.summaryDescription(), "");
        product.tags = List.copyOf(Objects.requireNonNullElse(saved.tags(), List.of()));
        product.updatedDate = Instant.parse(saved.updatedDate());
        return product;
    }

    private static SavedOrder saveOrder(MallOrder order) {
        List<SavedItem> items = order.items.stream().map(i -> new SavedItem(i.line(), i.orderStatus, i.trackingNo,
                i.shippingCode, i.shippingCompanyCode, i.shippingCompanyName,
                i.shippedDate == null ? null : i.shippedDate.toString())).toList();
        // Copied: Jackson writes the result after the data lock is released, while shipments may still be added.
        return new SavedOrder(order.orderId, order.orderDate.toString(), order.people, items,
                List.copyOf(order.shipments));
    }

    private static MallOrder restoreOrder(SavedOrder saved) {
        List<MallOrderItem.Line> lines = saved.items().stream()
                .map(i -> Objects.requireNonNull(i.line(), "order line")).toList();
        MallOrder order = new MallOrder(Objects.requireNonNull(saved.orderId(), "order id"),
                Instant.parse(saved.orderDate()), Objects.requireNonNull(saved.people(), "order people"), lines);
        for (int i = 0; i < lines.size(); i++) {
            SavedItem item = saved.items().get(i);
            MallOrderItem restored = order.items.get(i);
            restored.orderStatus = Objects.requireNonNull(item.orderStatus(), "order status");
            restored.trackingNo = item.trackingNo();
            restored.shippingCode = item.shippingCode();
            restored.shippingCompanyCode = item.shippingCompanyCode();
            restored.shippingCompanyName = item.shippingCompanyName();
            restored.shippedDate = item.shippedDate() == null ? null : Instant.parse(item.shippedDate());
        }
        order.shipments.addAll(saved.shipments());
        return order;
    }
}
