package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code /orders/{id}/shipments} (tracking numbers) and {@code /carriers} (the codes they must use). */
final class ShipmentEndpoints {

    ApiReply list(ApiRequest request, DemoMallState mall, List<String> params) {
        MallOrder order = mall.orders().require(params.get(0));
        ArrayNode shipments = Json.array();
        order.shipments.forEach(s -> shipments.add(OrderJson.shipment(s)));
        return ApiReply.ok(Json.wrap("shipments", shipments));
    }

    ApiReply create(ApiRequest request, DemoMallState mall, List<String> params) {
        MallOrder order = mall.orders().require(params.get(0));
        FieldReader fields = new FieldReader(request.requestObject());
        fields.require("tracking_no");
        String trackingNo = fields.text("tracking_no", 40).trim();
        fields.require("shipping_company_code");
        String carrierCode = fields.text("shipping_company_code", 40).trim();
        Carriers.Carrier carrier = mall.carriers().byCode(carrierCode).orElseThrow(() -> ApiException.unprocessable(
                "shipping_company_code " + carrierCode + " is not one of this mall's carriers (see GET /carriers)."));
        fields.require("status");
        String status = fields.text("status", 20);
        if (!status.equals("standby") && !status.equals("shipping")) {
            throw ApiException.unprocessable("status must be standby or shipping.");
        }
        List<MallOrderItem> items = items(order, fields);
        OrderShipment shipment = new OrderShipment(order.nextShippingCode(), order.orderId, status, trackingNo,
                carrierCode, carrier.carrierId(), items.stream().map(i -> i.orderItemCode).toList());
        order.shipments.add(shipment);
        Instant now = Instant.now();
        for (MallOrderItem item : items) {
            item.orderStatus = status.equals("standby") ? "N21" : "N30";
            item.trackingNo = trackingNo;
            item.shippingCode = shipment.shippingCode();
            item.shippingCompanyCode = carrierCode;
            item.shippingCompanyName = carrier.name();
            item.shippedDate = status.equals("shipping") ? now : null;
        }
        ArrayNode shipments = Json.array();
        shipments.add(OrderJson.shipment(shipment));
        return ApiReply.created(Json.wrap("shipments", shipments));
    }

    ApiReply carriers(ApiRequest request, DemoMallState mall, List<String> params) {
        return ApiReply.ok(Json.wrap("carriers", mall.carriers().json()));
    }

    /**
     * The lines the request names, or every line not yet shipped when it names none. A line that already has a
     * shipment is refused, so a client that retries a write it thinks was lost sees it was not.
     */
    private static List<MallOrderItem> items(MallOrder order, FieldReader fields) {
        List<String> codes = fields.has("order_item_code") ? fields.stringList("order_item_code", 100)
                : order.items.stream().filter(i -> i.shippingCode == null).map(i -> i.orderItemCode).toList();
        if (codes.isEmpty()) {
            throw ApiException.unprocessable("order_item_code is required: every line of " + order.orderId
                    + " already has a shipment.");
        }
        List<MallOrderItem> items = new ArrayList<>();
        for (String code : codes) {
            MallOrderItem item = order.item(code);
            if (item == null) {
                throw ApiException.unprocessable("order_item_code " + code + " is not a line of " + order.orderId + ".");
            }
            if (item.shippingCode != null) {
                throw ApiException.unprocessable("order_item_code " + code + " already has shipment "
                        + item.shippingCode + ".");
            }
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }
}
