package com.mallboard.product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product's options: read, and replaced as a whole after checking them. Saving sets the product's stock to the
 * options' sum and queues the product for every mall it is listed on (in the store, in the same transaction).
 */
public class ProductOptionService {
    private final ProductOptionRepository options;
    private final ProductRepository products;
    private final String currentUser;

    public ProductOptionService(ProductOptionRepository options, ProductRepository products, String currentUser) {
        this.options = options;
        this.products = products;
        this.currentUser = currentUser;
    }

    public List<ProductOption> options(long productId) {
        return options.optionsOf(productId);
    }

    /** Every product's options by product id, read at once. */
    public Map<Long, List<ProductOption>> all() {
        return options.all();
    }

    /** Returns the product as stored afterwards (its stock is now the options' sum). */
    public Product save(Product product, List<ProductOption> newOptions) {
        List<String> problems = problems(product, newOptions);
        if (!problems.isEmpty()) {
            throw new InvalidOptionsException(problems);
        }
        try {
            options.replace(product.id(), product.version(), newOptions, currentUser);
        } catch (StaleProductException e) {
            throw e.withSeen(product).withStored(products.find(product.id()).orElse(null));
        }
        return products.find(product.id()).orElseThrow();
    }

    private List<String> problems(Product product, List<ProductOption> candidates) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (ProductOption option : candidates) {
            if (option.name() == null || option.name().isEmpty()) {
                add(problems, "option.invalid.name");
            } else if (!names.add(option.name())) {
                add(problems, "option.duplicate.name");
            }
            if (option.sku() == null || option.sku().isEmpty()) {
                add(problems, "option.invalid.sku");
            } else if (!skus.add(option.sku())) {
                add(problems, "option.duplicate.sku");
            } else if (takenElsewhere(product, option.sku())) {
                add(problems, "option.sku.taken");
            }
            if (option.stock() < 0) {
                add(problems, "option.invalid.stock");
            }
        }
        return problems;
    }

    /** An option SKU must not be a product's SKU, nor another product's option SKU: order lines match by it. */
    private boolean takenElsewhere(Product product, String sku) {
        return products.skuExists(sku, 0)
                || options.productOfOptionSku(sku).filter(owner -> owner != product.id()).isPresent();
    }

    private static void add(List<String> problems, String key) {
        if (!problems.contains(key)) {
            problems.add(key);
        }
    }
}
