package com.mallboard.shipping;

/**
 * What a scanned code stands for: a product, and the option when the code was an option's SKU ({@code optionName}
 * and {@code optionSku} are {@code null} for the product's own barcode or SKU, which fit any line of the product).
 */
public record ScannedItem(long productId, String optionName, String optionSku) {

    /** An item known by its option name only. */
    public ScannedItem(long productId, String optionName) {
        this(productId, optionName, null);
    }

    /**
     * Whether a unit of this item can go into the given line: an option's SKU fits the line with that option code
     * (exact, when the mall sent our code back), else the line whose option has the same name.
     */
    public boolean fits(PackLine line) {
        if (line.item().productId() == null || line.item().productId() != productId) {
            return false;
        }
        if (optionName == null && optionSku == null) {
            return true;
        }
        String lineCode = line.item().customVariantCode();
        if (optionSku != null && lineCode != null) {
            return lineCode.equalsIgnoreCase(optionSku);
        }
        String lineOption = line.item().optionName();
        return optionName == null || lineOption == null || lineOption.equalsIgnoreCase(optionName.strip());
    }
}
