package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoMallShipmentsTest {

    @RegisterExtension
    static final DemoMallExtension demo = new DemoMallExtension();

    private static String shipment(String trackingNo, String carrierCode, String status, String itemCodes) {
        return "{\"shop_no\":1,\"request\":{\"tracking_no\":\"" + trackingNo + "\",\"shipping_company_code\":\""
                + carrierCode + "\",\"status\":\"" + status + "\"" + (itemCodes == null ? "" : ",\"order_item_code\":"
                + itemCodes) + "}}";
    }

    private static String carrierCode(MallClient client, String name) {
        for (JsonNode carrier : client.get("carriers").json().get("carriers")) {
            if (carrier.get("shipping_carrier").asText().equals(name)) {
                return carrier.get("shipping_carrier_code").asText();
            }
        }
        throw new AssertionError("no carrier " + name);
    }

    @Test
    void carriersAreKoreanCouriersWithMallSpecificCodes() {
        MallClient one = demo.client("ship-carriers-a");
        one.login();
        MallClient other = demo.client("ship-carriers-b");
        other.login();

        JsonNode carriers = one.get("carriers").json().get("carriers");

        assertThat(carriers.findValuesAsText("shipping_carrier"))
                .contains("CJ대한통운", "우체국택배", "한진택배", "롯데택배", "로젠택배");
        assertThat(carriers.get(0).fieldNames()).toIterable()
                .contains("carrier_id", "shipping_carrier_code", "shipping_carrier");
        assertThat(carrierCode(one, "CJ대한통운")).isNotEqualTo(carrierCode(other, "CJ대한통운"));
    }

    @Test
    void registeringTrackingMovesItemsAlong() {
        MallClient client = demo.client("ship-create");
        client.login();
        DemoMallState mall = demo.mall("ship-create");
        String orderId = mall.placeOrder("MB-1", 1);
        String cj = carrierCode(client, "CJ대한통운");

        MallClient.Reply created = client.post("orders/" + orderId + "/shipments",
                shipment("612345678901", cj, "shipping", "[\"" + orderId + "-01\"]"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode shipment = created.json().at("/shipments/0");
        assertThat(shipment.get("shipping_code").asText()).isEqualTo("D-" + orderId + "-00");
        assertThat(shipment.get("tracking_no").asText()).isEqualTo("612345678901");
        JsonNode item = client.get("orders/" + orderId + "/items").json().at("/items/0");
        assertThat(item.get("order_status").asText()).isEqualTo("N30");
        assertThat(item.get("tracking_no").asText()).isEqualTo("612345678901");
        assertThat(item.get("shipping_company_code").asText()).isEqualTo(cj);
        assertThat(client.get("orders/" + orderId + "/shipments").json().get("shipments")).hasSize(1);
        assertThat(mall.shipments()).singleElement()
                .satisfies(s -> assertThat(s.orderItemCodes()).containsExactly(orderId + "-01"));

        String standbyOrder = mall.placeOrder("MB-2", 1);
        client.post("orders/" + standbyOrder + "/shipments", shipment("5555", cj, "standby", null));
        assertThat(client.get("orders/" + standbyOrder + "/items").json().at("/items/0/order_status").asText())
                .isEqualTo("N21");
    }

    @Test
    void badShipmentsAre422AndChangeNothing() {
        MallClient client = demo.client("ship-invalid");
        client.login();
        DemoMallState mall = demo.mall("ship-invalid");
        String orderId = mall.placeOrder("MB-1", 1);
        String cj = carrierCode(client, "CJ대한통운");
        String path = "orders/" + orderId + "/shipments";

        assertThat(client.post(path, shipment("", cj, "shipping", null)).status()).isEqualTo(422);
        assertThat(client.post(path, shipment("1".repeat(41), cj, "shipping", null)).status()).isEqualTo(422);
        MallClient.Reply unknownCarrier = client.post(path, shipment("123", "9999", "shipping", null));
        assertThat(unknownCarrier.status()).isEqualTo(422);
        assertThat(unknownCarrier.json().at("/error/message").asText()).contains("carriers");
        assertThat(client.post(path, shipment("123", cj, "shipped", null)).status()).isEqualTo(422);
        assertThat(client.post(path, shipment("123", cj, "shipping", "[\"" + orderId + "-09\"]")).status())
                .isEqualTo(422);
        assertThat(client.post("orders/20000101-0000001/shipments", shipment("123", cj, "shipping", null)).status())
                .isEqualTo(404);
        assertThat(mall.shipments()).isEmpty();

        assertThat(client.post(path, shipment("123", cj, "shipping", null)).status()).isEqualTo(201);
        assertThat(client.post(path, shipment("123", cj, "shipping", null)).status()).isEqualTo(422);
    }
}
