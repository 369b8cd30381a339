package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.ProductJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.Receiver;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.ShipmentRequest;
import java.util.ArrayList;
import java.util.List;

/** Orders, shipments and carriers between Cafe24's JSON and our records. */
final class OrderJson {

    private OrderJson() {
    }

    static List<RemoteOrder> orders(JsonNode answer) {
        JsonNode orders = answer.path("orders");
        if (!orders.isArray()) {
            throw ProductJson.unexpected("orders");
        }
        List<RemoteOrder> result = new ArrayList<>();
        orders.forEach(o -> result.add(order(o)));
        return result;
    }

    static RemoteOrder order(JsonNode o) {
        JsonNode buyer = o.path("buyer");
        String buyerName = buyer.isObject() && text(buyer, "name") != null ? text(buyer, "name")
                : text(o, "billing_name");
        List<RemoteOrderItem> items = new ArrayList<>();
        for (JsonNode i : o.path("items")) {
            items.add(new RemoteOrderItem(text(i, "order_item_code"), text(i, "custom_product_code"),
                    text(i, "product_name"), text(i, "option_value"), i.path("quantity").asInt(),
                    Cafe24Values.won(text(i, "product_price")), text(i, "order_status"), text(i, "tracking_no"),
                    text(i, "shipping_company_code"), text(i, "custom_variant_code")));
        }
        return new RemoteOrder(text(o, "order_id"), Cafe24Values.instant(text(o, "order_date")),
                Cafe24Values.isTrue(text(o, "paid")), Cafe24Values.isTrue(text(o, "canceled")),
                Cafe24Values.won(paymentAmount(o)), buyerName, receiver(o.path("receivers")), items);
    }

    private static String paymentAmount(JsonNode o) {
        String amount = text(o, "payment_amount");
        return amount != null ? amount : text(o.path("actual_order_amount"), "payment_amount");
    }

    private static Receiver receiver(JsonNode receivers) {
        JsonNode r = receivers.isArray() ? receivers.path(0) : receivers;
        if (!r.isObject()) {
            return null;
        }
        return new Receiver(text(r, "name"), text(r, "phone"), text(r, "cellphone"), text(r, "zipcode"),
                text(r, "address1"), text(r, "address2"), text(r, "shipping_message"));
    }

    /** A tracking number registered as "shipping" (배송중): the parcel has left. */
    static ObjectNode shipmentRequest(ShipmentRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("tracking_no", request.trackingNo());
        body.put("shipping_company_code", request.carrierCode());
        body.put("status", "shipping");
        ArrayNode items = body.putArray("order_item_code");
        request.orderItemCodes().forEach(items::add);
        return body;
    }

    static List<RemoteShipment> shipments(JsonNode answer, String orderId) {
        JsonNode shipments = answer.has("shipments") ? answer.path("shipments") : answer.path("shipment");
        List<RemoteShipment> result = new ArrayList<>();
        if (shipments.isObject()) {
            result.add(shipment(shipments, orderId));
        } else if (shipments.isArray()) {
            shipments.forEach(s -> result.add(shipment(s, orderId)));
        } else {
            throw ProductJson.unexpected("shipments");
        }
        return result;
    }

    private static RemoteShipment shipment(JsonNode s, String orderId) {
        List<String> itemCodes = new ArrayList<>();
        JsonNode codes = s.path("order_item_code");
        if (codes.isArray()) {
            codes.forEach(c -> itemCodes.add(c.asText()));
        } else if (codes.isTextual()) {
            itemCodes.add(codes.asText());
        }
        String order = text(s, "order_id");
        return new RemoteShipment(text(s, "shipping_code"), order == null ? orderId : order, text(s, "tracking_no"),
                text(s, "shipping_company_code"), itemCodes);
    }

    static List<Carrier> carriers(JsonNode answer) {
        JsonNode carriers = answer.path("carriers");
        if (!carriers.isArray()) {
            throw ProductJson.unexpected("carriers");
        }
        List<Carrier> result = new ArrayList<>();
        for (JsonNode c : carriers) {
            String name = text(c, "shipping_carrier");
            result.add(new Carrier(text(c, "shipping_carrier_code"), name != null ? name : text(c, "name")));
        }
        return result;
    }
}
