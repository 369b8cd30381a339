package com.mallboard.product.ui;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import java.util.Set;

/**
 * How the editor writes a product. The board passes an implementation that records each step for undo; the editor
 * itself does not know the board (the board depends on products, not the other way round).
 * Methods are called on a background thread.
 */
public interface EditorCommands {

    Product create(ProductDetails details, Set<String> tags);

    Product save(Product current, ProductDetails details, Set<String> tags);

    void trash(long productId);

    /** Writes straight through the service, without undo: for tests and for windows outside the board. */
    static EditorCommands direct(ProductService products) {
        return new EditorCommands() {
            @Override
            public Product create(ProductDetails details, Set<String> tags) {
                return products.create(details, tags);
            }

            @Override
            public Product save(Product current, ProductDetails details, Set<String> tags) {
                return products.update(current, details, tags);
            }

            @Override
            public void trash(long productId) {
                products.moveToTrash(productId);
            }
        };
    }
}
