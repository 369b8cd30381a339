package com.mallboard.product;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a product's options live. Replacing them also sets the product's stock to their sum, in one transaction. */
public interface ProductOptionRepository {

    List<ProductOption> optionsOf(long productId);

    /** Every product's options at once, by product id (products without options are absent), for catalogue reads. */
    Map<Long, List<ProductOption>> all();

    /**
     * Replaces every option of the product (in the given order); an empty list makes it a product without options.
     * Options belong to the product's version: a stored version other than {@code expectedVersion} raises
     * {@link StaleProductException} and writes nothing; otherwise the version counts up.
     */
    void replace(long productId, int expectedVersion, List<ProductOption> options, String who);

    /** The product an option SKU belongs to. */
    Optional<Long> productOfOptionSku(String optionSku);
}
