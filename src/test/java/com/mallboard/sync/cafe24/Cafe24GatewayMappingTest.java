package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.ShipmentRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cafe24GatewayMappingTest extends FakeCafe24Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void creatingAProductSendsTheEnvelopeWithMoneyAsDecimalStringsAndThenSetsItsStock() throws Exception {
        server.on("POST", "/admin/products", ok(Cafe24Samples.productAnswer(101, "SKU-001")))
                .on("PUT", "/admin/products/101/variants/P00000101A000A/inventories", ok("{\"inventory\":{}}"));

        RemoteProduct created = mall.gateway().createProduct(Cafe24Samples.listing());

        FakeCafe24.Request post = server.requests("POST", "/admin/products").get(0);
        assertThat(post.authorization()).isEqualTo("Bearer " + TestMall.ACCESS);
        assertThat(post.apiVersion()).isEqualTo("2025-12-01");
        assertThat(post.contentType()).isEqualTo("application/json");
        JsonNode body = JSON.readTree(post.body());
        assertThat(body.path("shop_no").asInt()).isEqualTo(1);
        JsonNode request = body.path("request");
        assertThat(request.path("custom_product_code").asText()).isEqualTo("SKU-001");
        assertThat(request.path("product_name").asText()).isEqualTo("수분 크림 50ml");
        assertThat(request.path("price").asText()).isEqualTo("15000.00");
        assertThat(request.path("supply_price").asText()).isEqualTo("7000.00");
        assertThat(request.path("display").asText()).isEqualTo("T");
        assertThat(request.path("selling").asText()).isEqualTo("T");
        assertThat(request.path("summary_description").asText()).isEqualTo("촉촉한 수분 크림");
        assertThat(request.path("product_tag").toString()).isEqualTo("[\"크림\",\"수분\"]");

        JsonNode inventory = JSON.readTree(server.requests("PUT",
                "/admin/products/101/variants/P00000101A000A/inventories").get(0).body()).path("request");
        assertThat(inventory.path("use_inventory").asText()).isEqualTo("T");
        assertThat(inventory.path("quantity").asInt()).isEqualTo(12);
        assertThat(created.productNo()).isEqualTo(101);
        assertThat(created.priceWon()).isEqualTo(15000);
        assertThat(created.supplyPriceWon()).isEqualTo(7000L);
        assertThat(created.totalStock()).isEqualTo(12);
    }

    @Test
    void findingByCodeAsksForTheCustomCodeAndReadsVariants() {
        server.on("GET", "/admin/products", ok(Cafe24Samples.productsAnswer(Cafe24Samples.product(5, "SKU-001"))));

        RemoteProduct found = mall.gateway().findProductByCode("SKU-001").orElseThrow();

        assertThat(server.requests().get(0).query()).contains("custom_product_code=SKU-001").contains("embed=variants")
                .contains("shop_no=1");
        assertThat(found.customProductCode()).isEqualTo("SKU-001");
        assertThat(found.display()).isTrue();
        assertThat(found.soldOut()).isFalse();
        assertThat(found.variants()).singleElement().satisfies(v -> assertThat(v.stock()).isEqualTo(3));
    }

    @Test
    void findingByCodeIgnoresProductsWhoseCodeOnlyLooksAlike() {
        server.on("GET", "/admin/products", ok(Cafe24Samples.productsAnswer(Cafe24Samples.product(5, "SKU-0010"))));

        assertThat(mall.gateway().findProductByCode("SKU-001")).isEmpty();
    }

    @Test
    void fetchingAProductTheMallDoesNotHaveGivesNothing() {
        server.on("GET", "/admin/products/9", FakeCafe24.json(404, Cafe24Samples.error(404, "No product")));

        assertThat(mall.gateway().fetchProduct(9)).isEmpty();
    }

    @Test
    void stockGoesToEveryVariantAndZeroMeansSoldOut() throws Exception {
        server.on("GET", "/admin/products/5/variants", ok("{\"variants\":[{\"variant_code\":\"V1\",\"quantity\":4},"
                + "{\"variant_code\":\"V2\",\"quantity\":1}]}"))
                .on("PUT", "/admin/products/5/variants/V1/inventories", ok("{\"inventory\":{}}"))
                .on("PUT", "/admin/products/5/variants/V2/inventories", ok("{\"inventory\":{}}"));
        RemoteProduct withoutVariants = new RemoteProduct(5, "P5", "SKU-5", "x", 1000, null, true, true, false, "",
                List.of());

        mall.gateway().updateStock(withoutVariants, 0);

        for (String variant : List.of("V1", "V2")) {
            JsonNode request = JSON.readTree(server.requests("PUT", "/admin/products/5/variants/" + variant
                    + "/inventories").get(0).body()).path("request");
            assertThat(request.path("quantity").asInt()).isZero();
            assertThat(request.path("use_inventory").asText()).isEqualTo("T");
            assertThat(request.path("display_soldout").asText()).isEqualTo("T");
        }
    }

    @Test
    void carriersComeFromTheMall() {
        server.on("GET", "/admin/carriers", ok("{\"carriers\":[{\"carrier_id\":1,\"shipping_carrier_code\":\"0006\","
                + "\"shipping_carrier\":\"CJ대한통운\"}]}"));

        assertThat(mall.gateway().carriers()).containsExactly(new Carrier("0006", "CJ대한통운"));
    }

    @Test
    void shipmentIsRegisteredAsShippingForTheGivenLines() throws Exception {
        String orderId = "20250601-0000001";
        server.on("POST", "/admin/orders/" + orderId + "/shipments",
                FakeCafe24.json(201, "{\"shipments\":[" + Cafe24Samples.shipment(orderId, "123456789012") + "]}"));

        RemoteShipment shipment = mall.gateway().createShipment(new ShipmentRequest(orderId,
                List.of(orderId + "-01"), "123456789012", "0006"));

        JsonNode request = JSON.readTree(server.requests().get(0).body()).path("request");
        assertThat(request.path("status").asText()).isEqualTo("shipping");
        assertThat(request.path("tracking_no").asText()).isEqualTo("123456789012");
        assertThat(request.path("shipping_company_code").asText()).isEqualTo("0006");
        assertThat(request.path("order_item_code").toString()).isEqualTo("[\"" + orderId + "-01\"]");
        assertThat(shipment.shippingCode()).isEqualTo("D-" + orderId + "-00");
        assertThat(shipment.orderItemCodes()).containsExactly(orderId + "-01");
    }
}
