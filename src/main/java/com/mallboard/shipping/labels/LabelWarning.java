package com.mallboard.shipping.labels;

/**
 * Something the user should know before printing a product's label. The message patterns take the product's name
 * ({0}), its stored barcode ({1}) and its SKU ({2}).
 */
public enum LabelWarning {
    /** The barcode is not a GTIN or its check digit is wrong: printing it as EAN would label the shelf wrongly. */
    INVALID_GTIN("labels.warning.invalidGtin"),
    /** No GTIN and an SKU Code128 cannot encode (non-ASCII): the label has no barcode. */
    NO_BARCODE("labels.warning.noBarcode"),
    MISSING_CAPACITY("labels.warning.missingCapacity"),
    MISSING_MANUFACTURER("labels.warning.missingManufacturer"),
    MISSING_RESPONSIBLE_SELLER("labels.warning.missingResponsibleSeller"),
    MISSING_USAGE_PERIOD("labels.warning.missingUsagePeriod"),
    MISSING_INGREDIENTS("labels.warning.missingIngredients"),
    /** The ingredient list did not fit at the smallest type size and ends with an ellipsis. */
    INGREDIENTS_SHORTENED("labels.warning.ingredientsShortened");

    private final String messageKey;

    LabelWarning(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
