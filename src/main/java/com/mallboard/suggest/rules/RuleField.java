package com.mallboard.suggest.rules;

import com.mallboard.product.ProductDetails;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The product fields an "is empty" condition can test, with the bundle key of each field's label. */
public enum RuleField {
    LAUNCH_DATE("field.launch.date", ProductDetails::launchDate),
    SUPPLIER("field.supplier", ProductDetails::supplier),
    PRICE("field.price", ProductDetails::priceWon),
    CAPACITY("field.capacity", ProductDetails::capacity),
    MANUFACTURER("field.manufacturer", ProductDetails::manufacturer),
    RESPONSIBLE_SELLER("field.responsible.seller", ProductDetails::responsibleSeller),
    USAGE_PERIOD("field.usage.period", ProductDetails::usagePeriod),
    INGREDIENTS("field.ingredients", ProductDetails::ingredients);

    private final String labelKey;
    private final Function<ProductDetails, Object> value;

    RuleField(String labelKey, Function<ProductDetails, Object> value) {
        this.labelKey = labelKey;
        this.value = value;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Text fields are stored trimmed to null, so "empty" is simply "no value". */
    public boolean isEmpty(ProductDetails details) {
        return value.apply(details) == null;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RuleField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
