package com.mallboard.shipping;

/**
 * What a scanned code stands for: a product, and the option when the code was an option's SKU ({@code null} for the
 * product's own barcode or SKU, which fit any line of the product).
 */
public record ScannedItem(long productId, String optionName) {

    /** Whether a unit of this item can go into the given line. */
    public boolean fits(PackLine line) {
        if (line.item().productId() == null || line.item().productId() != productId) {
            return false;
        }
        String lineOption = line.item().optionValue();
        return optionName == null || lineOption == null || lineOption.strip().equalsIgnoreCase(optionName.strip());
    }
}
