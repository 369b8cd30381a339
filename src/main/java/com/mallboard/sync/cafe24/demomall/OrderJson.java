package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Orders, items, receivers, buyers and shipments in the field names of Cafe24's samples. */
final class OrderJson {

    private OrderJson() {
    }

    static ObjectNode order(MallOrder order, Set<String> embeds) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("currency", "KRW");
        json.put("order_id", order.orderId);
        json.put("market_id", "self");
        json.put("member_id", order.people.memberId());
        json.put("member_email", order.people.buyerEmail());
        json.put("billing_name", order.people.buyerName());
        json.set("payment_method", Json.strings(java.util.List.of("card")));
        json.put("paid", "T");
        json.put("canceled", "F");
        json.put("order_date", KstTime.iso(order.orderDate));
        json.put("payment_date", KstTime.iso(order.orderDate));
        json.put("payment_amount", Json.money(order.paymentAmount()));
        json.put("order_place_id", "cafe24");
        json.put("order_place_name", "PC쇼핑몰");
        json.put("shipping_type", "A");
        json.put("shipping_status", order.shippingStatus());
        ObjectNode amount = json.putObject("actual_order_amount");
        amount.put("order_price_amount", Json.money(order.itemsAmount()));
        amount.put("shipping_fee", Json.money(order.shippingFee()));
        amount.put("payment_amount", Json.money(order.paymentAmount()));
        if (embeds.contains("items")) {
            json.set("items", items(order));
        }
        if (embeds.contains("receivers")) {
            json.set("receivers", receivers(order));
        }
        if (embeds.contains("buyer")) {
            json.set("buyer", buyer(order));
        }
        return json;
    }

    static ArrayNode items(MallOrder order) {
        ArrayNode items = Json.array();
        order.items.forEach(item -> items.add(item(order, item)));
        return items;
    }

    private static ObjectNode item(MallOrder order, MallOrderItem item) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("item_no", item.itemNo);
        json.put("order_item_code", item.orderItemCode);
        json.put("variant_code", item.variantCode);
        json.put("product_no", item.productNo);
        json.put("product_code", item.productCode);
        json.put("custom_product_code", item.customProductCode);
        if (item.customVariantCode.isEmpty()) {
            json.set("custom_variant_code", null);
        } else {
            json.put("custom_variant_code", item.customVariantCode);
        }
        json.put("product_name", item.productName);
        json.put("option_value", item.optionValue);
        json.put("product_price", Json.money(item.productPrice));
        json.put("option_price", "0.00");
        json.put("quantity", item.quantity);
        json.put("order_status", item.orderStatus);
        json.put("status_code", "N1");
        json.put("tracking_no", item.trackingNo);
        json.put("shipping_code", item.shippingCode);
        json.put("shipping_company_code", item.shippingCompanyCode);
        json.put("shipping_company_name", item.shippingCompanyName);
        json.put("ordered_date", KstTime.iso(order.orderDate));
        json.put("shipped_date", KstTime.iso(item.shippedDate));
        json.set("delivered_date", null);
        json.put("supplier_id", "S0000000");
        return json;
    }

    static ArrayNode receivers(MallOrder order) {
        OrderPeople people = order.people;
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("name", people.receiverName());
        json.put("phone", people.receiverPhone());
        json.put("cellphone", people.receiverCellphone());
        json.put("zipcode", people.zipcode());
        json.put("address1", people.address1());
        json.put("address2", people.address2());
        json.put("address_full", people.address1() + " " + people.address2());
        json.put("shipping_message", people.shippingMessage());
        json.put("shipping_code", order.items.get(0).shippingCode);
        json.put("country_code", "KR");
        json.set("wished_delivery_date", null);
        ArrayNode receivers = Json.array();
        receivers.add(json);
        return receivers;
    }

    private static ObjectNode buyer(MallOrder order) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("member_id", order.people.memberId());
        json.put("name", order.people.buyerName());
        json.put("email", order.people.buyerEmail());
        json.put("phone", "");
        json.put("cellphone", order.people.buyerCellphone());
        return json;
    }

    static ObjectNode shipment(OrderShipment shipment) {
        ObjectNode json = Json.object();
        json.put("shop_no", 1);
        json.put("shipping_code", shipment.shippingCode());
        json.put("order_id", shipment.orderId());
        json.put("status", shipment.status());
        json.put("tracking_no", shipment.trackingNo());
        json.put("shipping_company_code", shipment.carrierCode());
        json.set("order_item_code", Json.strings(shipment.orderItemCodes()));
        json.put("carrier_id", shipment.carrierId());
        return json;
    }
}
