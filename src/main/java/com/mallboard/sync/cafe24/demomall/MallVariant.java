package com.mallboard.sync.cafe24.demomall;

/** One variant of a demo-mall product and its inventory; guarded by the mall's data lock. */
final class MallVariant {

    final String variantCode;
    String customVariantCode;
    boolean display = true;
    boolean selling = true;
    boolean useInventory = true;
    boolean displaySoldout = true;
    int quantity;

    MallVariant(String variantCode) {
        this.variantCode = variantCode;
    }

    /** Out of stock only counts when the mall tracks this variant's inventory. */
    boolean soldOut() {
        return useInventory && quantity <= 0;
    }
}
