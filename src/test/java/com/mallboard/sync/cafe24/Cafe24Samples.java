package com.mallboard.sync.cafe24;

import com.mallboard.sync.ListingContent;
import java.util.List;

/** Cafe24-shaped answers, as in the official reference samples, trimmed to what we read. */
final class Cafe24Samples {

    private Cafe24Samples() {
    }

    static ListingContent listing() {
        return new ListingContent("SKU-001", "수분 크림 50ml", 15000, 7000L, true, true, "촉촉한 수분 크림", 12,
                List.of("크림", "수분"), java.util.List.of());
    }

    static String product(long productNo, String sku) {
        return """
                {"shop_no":1,"product_no":%d,"product_code":"P00000%dA","custom_product_code":"%s",
                 "product_name":"수분 크림 50ml","price":"15000.00","supply_price":"7000.00","display":"T",
                 "selling":"T","sold_out":"F","summary_description":"촉촉한 수분 크림",
                 "variants":[{"variant_code":"P00000%dA000A","custom_variant_code":null,"quantity":3}]}
                """.formatted(productNo, productNo, sku, productNo);
    }

    static String productAnswer(long productNo, String sku) {
        return "{\"product\":" + product(productNo, sku) + "}";
    }

    static String productsAnswer(String... products) {
        return "{\"products\":[" + String.join(",", products) + "]}";
    }

    static String order(String orderId, String orderDate) {
        return """
                {"shop_no":1,"order_id":"%s","order_date":"%s","paid":"T","canceled":"F",
                 "payment_amount":"33000.00","billing_name":"김결제",
                 "buyer":{"name":"김구매","email":"buyer@example.com"},
                 "receivers":[{"name":"이수령","phone":"02-000-0000","cellphone":"010-0000-0000","zipcode":"04524",
                   "address1":"서울특별시 중구 세종대로 110","address2":"101호","shipping_message":"문 앞"}],
                 "items":[{"order_item_code":"%s-01","custom_product_code":"SKU-001","product_name":"수분 크림 50ml",
                   "option_value":"","quantity":2,"product_price":"15000.00","order_status":"N20","tracking_no":null,
                   "shipping_company_code":null}]}
                """.formatted(orderId, orderDate, orderId);
    }

    static String ordersAnswer(List<String> orders) {
        return "{\"orders\":[" + String.join(",", orders) + "]}";
    }

    static String shipment(String orderId, String trackingNo) {
        return """
                {"shop_no":1,"shipping_code":"D-%s-00","order_id":"%s","status":"shipping","tracking_no":"%s",
                 "shipping_company_code":"0006","order_item_code":["%s-01"],"carrier_id":1}
                """.formatted(orderId, orderId, trackingNo, orderId);
    }

    static String error(int code, String message) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"more_info\":{}}}";
    }

    static String tokenAnswer(String access, String refresh) {
        return """
                {"access_token":"%s","expires_at":"2025-06-01T11:00:00.000","refresh_token":"%s",
                 "refresh_token_expires_at":"2025-06-15T09:00:00.000","client_id":"test-client",
                 "mall_id":"testmall","user_id":"admin","scopes":["mall.read_product"],
                 "issued_at":"2025-06-01T09:00:00.000","shop_no":"1","token_type":"Bearer"}
                """.formatted(access, refresh);
    }
}
