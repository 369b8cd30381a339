package com.mallboard.shipping;

import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Every code a packer may scan, read once when the packing screen opens (off the FX thread): product barcodes
 * (EAN-13; a 12-digit UPC-A finds the same product), product SKUs and option SKUs, SKUs without case. When two
 * products share a code the first one read wins for barcodes; SKUs are unique in the catalogue.
 */
public final class CatalogCodes implements CodeResolver {
    private final Map<String, ScannedItem> byCode = new HashMap<>();

    private CatalogCodes() {
    }

    /** {@code optionsOf} gives a product's options (for example {@code ProductOptionRepository::optionsOf}). */
    public static CatalogCodes of(Collection<Product> products, LongFunction<List<ProductOption>> optionsOf) {
        CatalogCodes codes = new CatalogCodes();
        for (Product product : products) {
            ScannedItem whole = new ScannedItem(product.id(), null);
            codes.put(product.details().barcode(), whole, true);
            codes.put(product.sku(), whole, false);
            for (ProductOption option : optionsOf.apply(product.id())) {
                codes.put(option.sku(), new ScannedItem(product.id(), option.name(), option.sku()), false);
            }
        }
        return codes;
    }

    private void put(String code, ScannedItem item, boolean barcode) {
        Optional<String> normalized = ScanCodes.normalize(code);
        if (normalized.isEmpty()) {
            return;
        }
        String key = barcode ? ScanCodes.asEan13(normalized.get()) : normalized.get();
        if (barcode) {
            byCode.putIfAbsent(key, item);
        } else {
            byCode.put(key, item);
        }
    }

    @Override
    public Optional<ScannedItem> resolve(String normalizedCode) {
        ScannedItem item = byCode.get(normalizedCode);
        return item != null ? Optional.of(item) : Optional.ofNullable(byCode.get(ScanCodes.asEan13(normalizedCode)));
    }

    public int size() {
        return byCode.size();
    }
}
