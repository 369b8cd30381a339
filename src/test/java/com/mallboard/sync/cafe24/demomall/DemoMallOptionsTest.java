package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Products with options: one variant per option value, custom codes and stock per variant, orders per variant. */
class DemoMallOptionsTest {

    @RegisterExtension
    static final DemoMallExtension demo = new DemoMallExtension();

    @TempDir
    Path dir;

    private static final String LIPSTICK = """
            {"shop_no":1,"request":{"product_name":"벨벳 립스틱","price":"18000.00","custom_product_code":"MB-LIP-01",
             "display":"T","selling":"T","has_option":"T",
             "options":[{"option_name":"색상","option_value":[{"option_text":"01 코랄"},{"option_text":"02 로즈"},
             {"option_text":"03 누드"}]}]}}""";

    /** Creates the lipstick, gives its shades custom codes and the quantities 5, 0, 2; returns the product_no. */
    private static long stockedLipstick(MallClient client) {
        long productNo = client.post("products", LIPSTICK).json().at("/product/product_no").asLong();
        String code = client.get("products/" + productNo).json().at("/product/product_code").asText();
        MallClient.Reply bulk = client.put("products/" + productNo + "/variants", """
                {"shop_no":1,"requests":[
                 {"variant_code":"%1$s000A","custom_variant_code":"MB-LIP-01-01","quantity":5},
                 {"variant_code":"%1$s000B","custom_variant_code":"MB-LIP-01-02","quantity":0},
                 {"variant_code":"%1$s000C","custom_variant_code":"MB-LIP-01-03","quantity":2}]}""".formatted(code));
        assertThat(bulk.status()).isEqualTo(200);
        return productNo;
    }

    @Test
    void createWithOptionsMakesOneVariantPerValueInOrder() {
        MallClient client = demo.loggedIn("options-create");

        MallClient.Reply created = client.post("products", LIPSTICK);

        assertThat(created.status()).isEqualTo(201);
        JsonNode product = created.json().get("product");
        assertThat(product.get("has_option").asText()).isEqualTo("T");
        String code = product.get("product_code").asText();
        JsonNode variants = client.get("products/" + product.get("product_no").asLong() + "/variants").json()
                .get("variants");
        assertThat(variants).hasSize(3);
        assertThat(variants.findValuesAsText("variant_code")).containsExactly(code + "000A", code + "000B", code + "000C");
        assertThat(variants.get(1).get("options")).hasSize(1);
        assertThat(variants.get(1).at("/options/0/name").asText()).isEqualTo("색상");
        assertThat(variants.get(1).at("/options/0/value").asText()).isEqualTo("02 로즈");
        assertThat(variants.get(0).get("custom_variant_code").asText()).isEmpty();
        assertThat(variants.get(0).get("quantity").asInt()).isZero();
        assertThat(variants.get(0).get("use_inventory").asText()).isEqualTo("T");
        JsonNode embedded = client.get("products?embed=variants").json().at("/products/0/variants");
        assertThat(embedded).hasSize(3);
        assertThat(embedded.get(2).at("/options/0/value").asText()).isEqualTo("03 누드");
        SimProduct sim = demo.mall("options-create").productByCode("MB-LIP-01").orElseThrow();
        assertThat(sim.variants()).extracting(SimVariant::optionValue)
                .containsExactly("색상=01 코랄", "색상=02 로즈", "색상=03 누드");
    }

    @Test
    void plainStringValuesAndProductsWithoutOptionsWork() {
        MallClient client = demo.loggedIn("options-plain");

        MallClient.Reply created = client.post("products", """
                {"shop_no":1,"request":{"product_name":"틴트","price":9000,"has_option":"T",
                 "options":[{"option_name":"색상","option_value":["레드","핑크"]}]}}""");
        long plain = client.createProduct("MB-CREAM-01", "수분 크림", 15_000);

        long tint = created.json().at("/product/product_no").asLong();
        assertThat(client.get("products/" + tint + "/variants").json().get("variants").findValuesAsText("value"))
                .containsExactly("레드", "핑크");
        JsonNode single = client.get("products/" + plain + "?embed=variants").json().get("product");
        assertThat(single.get("has_option").asText()).isEqualTo("F");
        assertThat(single.get("variants")).hasSize(1);
        assertThat(single.at("/variants/0/options").isArray()).isTrue();
        assertThat(single.at("/variants/0/options")).isEmpty();
    }

    @Test
    void badOptionsAre422AndCreateNothing() {
        MallClient client = demo.loggedIn("options-invalid");

        MallClient.Reply noOptions = client.post("products",
                "{\"shop_no\":1,\"request\":{\"product_name\":\"틴트\",\"price\":9000,\"has_option\":\"T\"}}");
        MallClient.Reply emptyValues = client.post("products", "{\"shop_no\":1,\"request\":{\"product_name\":\"틴트\","
                + "\"price\":9000,\"has_option\":\"T\",\"options\":[{\"option_name\":\"색상\",\"option_value\":[]}]}}");

        assertThat(noOptions.status()).isEqualTo(422);
        assertThat(noOptions.json().at("/error/message").asText()).contains("options");
        assertThat(emptyValues.status()).isEqualTo(422);
        assertThat(demo.mall("options-invalid").products()).isEmpty();
    }

    @Test
    void singleVariantUpdateSetsCustomCodeAndQuantityTogether() {
        MallClient client = demo.loggedIn("options-single");
        long productNo = client.post("products", LIPSTICK).json().at("/product/product_no").asLong();
        String variant = client.get("products/" + productNo + "/variants").json().at("/variants/1/variant_code").asText();

        MallClient.Reply updated = client.put("products/" + productNo + "/variants/" + variant,
                "{\"shop_no\":1,\"request\":{\"custom_variant_code\":\"MB-LIP-01-02\",\"quantity\":7,\"use_inventory\":\"T\"}}");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/variant/custom_variant_code").asText()).isEqualTo("MB-LIP-01-02");
        assertThat(updated.json().at("/variant/quantity").asInt()).isEqualTo(7);
        SimProduct sim = demo.mall("options-single").productByCode("MB-LIP-01").orElseThrow();
        assertThat(sim.stock()).isEqualTo(7);
        assertThat(sim.soldOut()).isFalse();
        assertThat(sim.variants().get(1)).isEqualTo(new SimVariant(variant, "MB-LIP-01-02", "색상=02 로즈", 7));
    }

    @Test
    void bulkUpdateAppliesEachRequestAndReportsUnknownCodes() {
        MallClient client = demo.loggedIn("options-bulk");
        long productNo = stockedLipstick(client);
        String code = client.get("products/" + productNo).json().at("/product/product_code").asText();

        MallClient.Reply partly = client.put("products/" + productNo + "/variants", """
                {"shop_no":1,"requests":[{"variant_code":"%1$s000A","quantity":9},
                 {"variant_code":"%1$s000Z","quantity":1},{"variant_code":"%1$s000C","quantity":-1}]}"""
                .formatted(code));
        MallClient.Reply tooMany = client.put("products/" + productNo + "/variants",
                "{\"shop_no\":1,\"requests\":[" + "{\"variant_code\":\"x\"},".repeat(100) + "{\"variant_code\":\"x\"}]}");

        assertThat(partly.status()).isEqualTo(207);
        assertThat(partly.json().get("variants")).hasSize(1);
        assertThat(partly.json().at("/variants/0/quantity").asInt()).isEqualTo(9);
        assertThat(partly.json().get("errors").findValuesAsText("variant_code")).containsExactly(code + "000Z", code + "000C");
        assertThat(partly.json().at("/errors/0/code").asInt()).isEqualTo(422);
        assertThat(tooMany.status()).isEqualTo(422);
        SimProduct sim = demo.mall("options-bulk").productByCode("MB-LIP-01").orElseThrow();
        assertThat(sim.variants()).extracting(SimVariant::customVariantCode)
                .containsExactly("MB-LIP-01-01", "MB-LIP-01-02", "MB-LIP-01-03");
        assertThat(sim.variants()).extracting(SimVariant::stock).containsExactly(9, 0, 2);
        assertThat(sim.stock()).isEqualTo(11);
    }

    @Test
    void productIsSoldOutOnlyWhenEveryTrackedVariantIsAtZero() {
        MallClient client = demo.loggedIn("options-soldout");
        long productNo = stockedLipstick(client);
        String code = client.get("products/" + productNo).json().at("/product/product_code").asText();
        assertThat(client.get("products/" + productNo).json().at("/product/sold_out").asText()).isEqualTo("F");

        client.put("products/" + productNo + "/variants", """
                {"shop_no":1,"requests":[{"variant_code":"%1$s000A","quantity":0},
                 {"variant_code":"%1$s000C","quantity":0}]}""".formatted(code));
        String allZero = client.get("products/" + productNo).json().at("/product/sold_out").asText();
        client.put("products/" + productNo + "/variants/" + code + "000B",
                "{\"shop_no\":1,\"request\":{\"use_inventory\":\"F\"}}");
        String oneUntracked = client.get("products/" + productNo).json().at("/product/sold_out").asText();

        assertThat(allZero).isEqualTo("T");
        assertThat(oneUntracked).isEqualTo("F");
    }

    @Test
    void orderForAVariantCarriesItsCodesAndTakesItsStock() {
        MallClient client = demo.loggedIn("options-order");
        stockedLipstick(client);
        DemoMallState mall = demo.mall("options-order");

        String orderId = mall.placeOrderForVariant("MB-LIP-01-03", 2);
        String firstVariantOrder = mall.placeOrder("MB-LIP-01", 1);

        JsonNode item = client.get("orders/" + orderId + "/items").json().at("/items/0");
        assertThat(item.get("custom_product_code").asText()).isEqualTo("MB-LIP-01");
        assertThat(item.get("variant_code").asText()).endsWith("000C");
        assertThat(item.get("custom_variant_code").asText()).isEqualTo("MB-LIP-01-03");
        assertThat(item.get("option_value").asText()).isEqualTo("색상=03 누드");
        assertThat(item.get("quantity").asInt()).isEqualTo(2);
        JsonNode first = client.get("orders/" + firstVariantOrder + "/items").json().at("/items/0");
        assertThat(first.get("custom_variant_code").asText()).isEqualTo("MB-LIP-01-01");
        assertThat(first.get("option_value").asText()).isEqualTo("색상=01 코랄");
        SimProduct sim = mall.productByCode("MB-LIP-01").orElseThrow();
        assertThat(sim.variants()).extracting(SimVariant::stock).containsExactly(4, 0, 0);
    }

    @Test
    void generatedOrdersPickVariantsInStockAndTakeTheirStock() {
        MallClient client = demo.loggedIn("options-generated");
        stockedLipstick(client);
        DemoMallState mall = demo.mall("options-generated");

        mall.generateOrders(3);

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"));
        JsonNode orders = client.get("orders?embed=items&start_date=" + today.minusDays(1) + "&end_date="
                + today.plusDays(1)).json().get("orders");
        assertThat(orders).hasSize(3);
        int ordered = 0;
        for (JsonNode order : orders) {
            for (JsonNode item : order.get("items")) {
                if (item.get("custom_product_code").asText().equals("MB-LIP-01")) {
                    assertThat(item.get("custom_variant_code").asText()).isIn("MB-LIP-01-01", "MB-LIP-01-03");
                    assertThat(item.get("option_value").asText()).isIn("색상=01 코랄", "색상=03 누드");
                    ordered += item.get("quantity").asInt();
                }
            }
        }
        assertThat(ordered).isPositive();
        List<SimVariant> variants = mall.productByCode("MB-LIP-01").orElseThrow().variants();
        assertThat(variants.get(1).stock()).isZero();
        assertThat(mall.productByCode("MB-LIP-01").orElseThrow().stock()).isEqualTo(Math.max(0, 7 - ordered));
    }

    @Test
    void variantsAndOptionsSurviveARestart() {
        DemoMallSettings settings = DemoMallSettings.defaults().withBucket(1000, 1000)
                .withStateFile(dir.resolve("demo-mall.json"));
        String orderId;
        try (DemoMallServer first = DemoMallServer.start(settings)) {
            MallClient client = new MallClient(first, "shop1");
            client.login();
            stockedLipstick(client);
            orderId = first.mall("shop1").placeOrderForVariant("MB-LIP-01-01", 1);
        }
        try (DemoMallServer second = DemoMallServer.start(settings)) {
            MallClient client = new MallClient(second, "shop1");
            client.login();
            SimProduct sim = second.mall("shop1").productByCode("MB-LIP-01").orElseThrow();
            assertThat(sim.variants()).extracting(SimVariant::optionValue)
                    .containsExactly("색상=01 코랄", "색상=02 로즈", "색상=03 누드");
            assertThat(sim.variants()).extracting(SimVariant::stock).containsExactly(4, 0, 2);
            assertThat(sim.variants().get(0).customVariantCode()).isEqualTo("MB-LIP-01-01");
            JsonNode item = client.get("orders/" + orderId + "/items").json().at("/items/0");
            assertThat(item.get("option_value").asText()).isEqualTo("색상=01 코랄");
            assertThat(item.get("custom_variant_code").asText()).isEqualTo("MB-LIP-01-01");
            assertThat(client.get("products/" + sim.productNo() + "/variants").json().at("/variants/2/options/0/value")
                    .asText()).isEqualTo("03 누드");
        }
    }

    @Test
    void aStateFileFromBeforeOptionsStillLoads() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"version":1,"malls":[{"mallId":"shop1","lastProductNo":1,"lastOrderSequence":1,
                 "products":[{"productNo":1,"createdDate":"2026-01-01T00:00:00Z","updatedDate":"2026-01-01T00:00:00Z",
                  "customProductCode":"MB-OLD","name":"옛 토너","price":12000,"display":true,"selling":true,
                  "summaryDescription":"","tags":[],"variants":[{"variantCode":"P0000001000A","customVariantCode":null,
                  "display":true,"selling":true,"useInventory":true,"displaySoldout":true,"quantity":3}]}],
                 "orders":[{"orderId":"20260101-0000001","orderDate":"2026-01-01T00:00:00Z",
                  "people":{"memberId":"m1","buyerName":"김민지"},
                  "items":[{"line":{"productNo":1,"productCode":"P0000001","variantCode":"P0000001000A",
                   "customProductCode":"MB-OLD","productName":"옛 토너","productPrice":12000,"quantity":1},
                   "orderStatus":"N10"}],"shipments":[]}],
                 "tokens":{"access":[],"refresh":[]}}]}""");

        try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults().withStateFile(file))) {
            SimProduct sim = server.mall("shop1").productByCode("MB-OLD").orElseThrow();
            assertThat(sim.variants()).containsExactly(new SimVariant("P0000001000A", "", "", 3));
            MallClient client = new MallClient(server, "shop1");
            client.login();
            JsonNode item = client.get("orders/20260101-0000001/items").json().at("/items/0");
            assertThat(item.get("option_value").asText()).isEmpty();
            assertThat(item.get("custom_variant_code").isNull()).isTrue();
        }
    }
}
