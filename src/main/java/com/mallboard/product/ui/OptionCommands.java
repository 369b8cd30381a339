package com.mallboard.product.ui;

import com.mallboard.product.Product;
import com.mallboard.product.ProductOption;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * What the options tab asks of the product service, so the tab can be built and tested without it. The app passes
 * {@code ProductService} method references: {@code new OptionCommands.Of(products::options, products::saveOptions)}.
 * Both are called off the JavaFX thread.
 */
public interface OptionCommands {

    /** The product's options in their stored order; empty for a product without options. */
    List<ProductOption> load(long productId);

    /**
     * Replaces the product's options (the product's stock becomes their sum) and returns the product as stored now.
     * Throws {@code InvalidProductException} with the problems' message keys ({@code option.duplicate.sku}, ...).
     */
    Product save(Product product, List<ProductOption> options);

    /** Commands made of two functions, for method references. */
    record Of(LongFunction<List<ProductOption>> loader,
            BiFunction<Product, List<ProductOption>, Product> saver) implements OptionCommands {

        @Override
        public List<ProductOption> load(long productId) {
            return loader.apply(productId);
        }

        @Override
        public Product save(Product product, List<ProductOption> options) {
            return saver.apply(product, options);
        }
    }
}
