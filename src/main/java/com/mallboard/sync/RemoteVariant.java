package com.mallboard.sync;

/**
 * One sellable variant of a mall's product; a product without options has exactly one, whose {@code optionValue} is
 * {@code null}. With options, {@code optionValue} is the value shoppers picked (e.g. "01 코랄").
 */
public record RemoteVariant(String variantCode, String customVariantCode, int stock, String optionValue) {

    /** Malls send "" for "none". */
    public RemoteVariant {
        customVariantCode = customVariantCode == null || customVariantCode.isBlank() ? null : customVariantCode;
        optionValue = optionValue == null || optionValue.isBlank() ? null : optionValue;
    }

    public RemoteVariant(String variantCode, String customVariantCode, int stock) {
        this(variantCode, customVariantCode, stock, null);
    }
}
