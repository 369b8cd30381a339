package com.mallboard.sync.cafe24.demomall;

import java.util.List;
import java.util.stream.Collectors;

/** One variant of a demo-mall product and its inventory; guarded by the mall's data lock. */
final class MallVariant {

    /** One option choice of a variant, as Cafe24 lists it: {@code {"name": "색상", "value": "01 코랄"}}. */
    record Option(String name, String value) {
    }

    final String variantCode;
    /** The option choices that make this variant; empty for a product's default variant. */
    final List<Option> options;
    String customVariantCode = "";
    boolean display = true;
    boolean selling = true;
    boolean useInventory = true;
    boolean displaySoldout = true;
    int quantity;

    MallVariant(String variantCode) {
        this(variantCode, List.of());
    }

    MallVariant(String variantCode, List<Option> options) {
        this.variantCode = variantCode;
        this.options = List.copyOf(options);
    }

    /** Out of stock only counts when the mall tracks this variant's inventory. */
    boolean soldOut() {
        return useInventory && quantity <= 0;
    }

    /** The option text of an order line: {@code "색상=01 코랄"}, several joined by {@code ", "}; empty without options. */
    String optionValue() {
        return options.stream().map(o -> o.name() + "=" + o.value()).collect(Collectors.joining(", "));
    }

    SimVariant snapshot() {
        return new SimVariant(variantCode, customVariantCode, optionValue(), quantity);
    }
}
