package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One product of a demo mall, mutable under the mall's data lock; {@link #snapshot()} hands out a record. */
final class MallProduct {

    final long productNo;
    final String productCode;
    final Instant createdDate;
    final List<MallVariant> variants = new ArrayList<>();
    String customProductCode = "";
    String name;
    long price;
    Long supplyPrice;
    Long retailPrice;
    boolean display;
    boolean selling;
    String summaryDescription = "";
    List<String> tags = List.of();
    Instant updatedDate;

    MallProduct(long productNo, Instant createdDate) {
        this.productNo = productNo;
        this.productCode = productCode(productNo);
        this.createdDate = createdDate;
        this.updatedDate = createdDate;
        // A product without options still has exactly one variant, which holds its stock.
        variants.add(new MallVariant(variantCode(productCode, 0)));
    }

    /** Cafe24's 8-character system code: {@code P} and the product number in base 36, e.g. {@code P000000A}. */
    static String productCode(long productNo) {
        String digits = Long.toString(productNo, 36).toUpperCase(java.util.Locale.ROOT);
        return "P" + "0".repeat(Math.max(0, 7 - digits.length())) + digits;
    }

    /** Sold out when every variant that tracks inventory is at 0 (none tracked: never sold out). */
    boolean soldOut() {
        return variants.stream().allMatch(MallVariant::soldOut);
    }

    int stock() {
        return variants.stream().mapToInt(v -> v.quantity).sum();
    }

    MallVariant variant(String variantCode) {
        return variants.stream().filter(v -> v.variantCode.equals(variantCode)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No variant " + variantCode + " on product " + productNo + "."));
    }

    /** Variant codes are the product code and a four-character suffix: {@code 000A}, {@code 000B}, … */
    static String variantCode(String productCode, int index) {
        String suffix = Integer.toString(10 + index, 36).toUpperCase(java.util.Locale.ROOT);
        return productCode + "0".repeat(Math.max(0, 4 - suffix.length())) + suffix;
    }

    boolean hasOptions() {
        return variants.stream().anyMatch(v -> !v.options.isEmpty());
    }

    /** The variant with this custom code, if any. */
    java.util.Optional<MallVariant> variantByCustomCode(String customVariantCode) {
        return variants.stream().filter(v -> v.customVariantCode.equals(customVariantCode)).findFirst();
    }

    SimProduct snapshot() {
        return new SimProduct(productNo, productCode, customProductCode, name, price, supplyPrice, display, selling,
                soldOut(), stock(), variants.stream().map(MallVariant::snapshot).toList());
    }
}
