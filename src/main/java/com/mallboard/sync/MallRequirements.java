package com.mallboard.sync;

import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;

/**
 * What a platform refuses a product without, checked before sending so the card can list the missing fields
 * instead of the mall answering 422. Cafe24 needs a name and a selling price; we also require the supply price
 * (cost) and category, which Cafe24's product registration screens ask for and the company's malls all use.
 */
public final class MallRequirements {
    private final List<ProductField> required;

    private MallRequirements(List<ProductField> required) {
        this.required = List.copyOf(required);
    }

    public static MallRequirements forPlatform(Platform platform) {
        return switch (platform) {
            case CAFE24 -> new MallRequirements(List.of(ProductField.NAME, ProductField.PRICE, ProductField.COST,
                    ProductField.CATEGORY));
        };
    }

    /** The required fields the product lacks; a price override on the listing counts as a price. */
    public List<ProductField> missing(ProductDetails details, ListingOverrides overrides) {
        List<ProductField> missing = new ArrayList<>();
        for (ProductField field : required) {
            boolean overridden = field == ProductField.PRICE && overrides.priceWon() != null;
            Object value = field.read(details);
            boolean zeroPrice = field == ProductField.PRICE && Long.valueOf(0).equals(value);
            if (!overridden && (value == null || zeroPrice)) {
                missing.add(field);
            }
        }
        return missing;
    }
}
