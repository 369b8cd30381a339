package com.mallboard.sync.cafe24.demomall;

/** One line of a demo-mall order; status and tracking change under the mall's data lock. */
final class MallOrderItem {

    /** Cafe24's item status for a paid order waiting for the shop to prepare it (상품준비중). */
    static final String NEW_PAID = "N10";

    final int itemNo;
    final String orderItemCode;
    final long productNo;
    final String productCode;
    final String variantCode;
    final String customProductCode;
    final String productName;
    final String customVariantCode;
    final String optionValue;
    final long productPrice;
    final int quantity;
    String orderStatus = NEW_PAID;
    String trackingNo;
    String shippingCode;
    String shippingCompanyCode;
    String shippingCompanyName;
    java.time.Instant shippedDate;

    /**
     * What an order line is made from: a listed product's variant, or a code the mall does not know (product_no 0).
     * {@code customVariantCode} and {@code optionValue} are empty when the variant has none (and in state files
     * written before products had options).
     */
    record Line(long productNo, String productCode, String variantCode, String customProductCode, String productName,
            long productPrice, int quantity, String customVariantCode, String optionValue) {

        Line {
            customVariantCode = customVariantCode == null ? "" : customVariantCode;
            optionValue = optionValue == null ? "" : optionValue;
        }

        /** A line of something the catalogue does not know. */
        static Line unknown(String customProductCode, String productName, long productPrice, int quantity) {
            return new Line(0, "", "", customProductCode, productName, productPrice, quantity, "", "");
        }
    }

    MallOrderItem(String orderId, int itemNo, Line line) {
        this.itemNo = itemNo;
        this.orderItemCode = orderId + "-" + String.format("%02d", itemNo);
        this.productNo = line.productNo();
        this.productCode = line.productCode();
        this.variantCode = line.variantCode();
        this.customProductCode = line.customProductCode();
        this.productName = line.productName();
        this.customVariantCode = line.customVariantCode();
        this.optionValue = line.optionValue();
        this.productPrice = line.productPrice();
        this.quantity = line.quantity();
    }

    /** What this line was made from, as the state file keeps it. */
    Line line() {
        return new Line(productNo, productCode, variantCode, customProductCode, productName, productPrice, quantity,
                customVariantCode, optionValue);
    }
}
