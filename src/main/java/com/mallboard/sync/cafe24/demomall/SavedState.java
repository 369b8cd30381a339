package com.mallboard.sync.cafe24.demomall;

import java.util.List;

/**
 * The state file's content: every mall's catalogue, orders and live tokens, as Jackson writes records. Instants are
 * ISO-8601 strings ({@link java.time.Instant#toString()}) because the project has no Jackson time module. Bucket
 * levels, fault switches and counters are left out on purpose: they describe one run, not the mall.
 */
record SavedState(int version, List<SavedMall> malls) {

    /** Bumped when a change would make an older app misread the file; an unknown version is treated as damaged. */
    static final int CURRENT_VERSION = 1;

    record SavedMall(String mallId, long lastProductNo, int lastOrderSequence, List<SavedProduct> products,
            List<SavedOrder> orders, SavedTokens tokens) {
    }

    record SavedProduct(long productNo, String createdDate, String updatedDate, String customProductCode, String name,
            long price, Long supplyPrice, Long retailPrice, boolean display, boolean selling, String summaryDescription,
            List<String> tags, List<SavedVariant> variants) {
    }

    /** {@code options} is null in files written before products had options: a default variant. */
    record SavedVariant(String variantCode, String customVariantCode, boolean display, boolean selling,
            boolean useInventory, boolean displaySoldout, int quantity, List<MallVariant.Option> options) {
    }

    record SavedOrder(String orderId, String orderDate, OrderPeople people, List<SavedItem> items,
            List<OrderShipment> shipments) {
    }

    /** What an order line was made from, plus what shipping has changed on it since. */
    record SavedItem(MallOrderItem.Line line, String orderStatus, String trackingNo, String shippingCode,
            String shippingCompanyCode, String shippingCompanyName, String shippedDate) {
    }

    /** Both token tables as they are: after a rotation an access token outlives the refresh token it came with. */
    record SavedTokens(List<SavedAccess> access, List<SavedRefresh> refresh) {
    }

    record SavedAccess(String token, String expiresAt, String refreshToken) {
    }

    record SavedRefresh(String token, String expiresAt, List<String> scopes, String accessToken) {
    }
}
