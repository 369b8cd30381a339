package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.ListingContent;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.OptionContent;
import com.mallboard.sync.RemoteOrderItem;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.RemoteVariant;
import com.mallboard.sync.VariantStock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Product options at Cafe24: one option group on create, variants matched by value, bulk variant updates. */
class Cafe24OptionsTest extends FakeCafe24Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ListingContent withOptions() {
        return new ListingContent("SKU-010", "립 틴트", 12000, 5000L, true, true, "촉촉한 틴트", 7, List.of("틴트"),
                List.of(new OptionContent("01 코랄", "SKU-010-01", 4), new OptionContent("02 로즈", "SKU-010-02", 3)));
    }

    private static String variant(String code, String value) {
        return "{\"variant_code\":\"" + code + "\",\"custom_variant_code\":null,\"quantity\":0,"
                + "\"options\":[{\"name\":\"옵션\",\"value\":\"" + value + "\"}]}";
    }

    private static String productWithVariants(long productNo, String... variants) {
        return "{\"product\":{\"shop_no\":1,\"product_no\":" + productNo + ",\"product_code\":\"P0000042\","
                + "\"custom_product_code\":\"SKU-010\",\"product_name\":\"립 틴트\",\"price\":\"12000.00\","
                + "\"supply_price\":\"5000.00\",\"display\":\"T\",\"selling\":\"T\",\"sold_out\":\"F\","
                + "\"has_option\":\"T\",\"variants\":[" + String.join(",", variants) + "]}}";
    }

    @Test
    void creatingWithOptionsSendsOneOptionGroupThenOurSkusAndStocksInOneBulkUpdate() throws Exception {
        server.on("POST", "/admin/products", FakeCafe24.json(201, productWithVariants(42)))
                .on("GET", "/admin/products/42", ok(productWithVariants(42,
                        variant("P0000042000B", "02 로즈"), variant("P0000042000A", "01 코랄"))))
                .on("PUT", "/admin/products/42/variants", ok("{\"variants\":[]}"));

        RemoteProduct created = mall.gateway().createProduct(withOptions());

        JsonNode request = JSON.readTree(server.requests("POST", "/admin/products").get(0).body()).path("request");
        assertThat(request.path("has_option").asText()).isEqualTo("T");
        assertThat(request.path("options").toString()).isEqualTo("[{\"option_name\":\"옵션\",\"option_value\":"
                + "[{\"option_text\":\"01 코랄\"},{\"option_text\":\"02 로즈\"}]}]");
        assertThat(server.requests("GET", "/admin/products/42").get(0).query()).contains("embed=variants");
        List<FakeCafe24.Request> puts = server.requests("PUT", "/admin/products/42/variants");
        assertThat(puts).hasSize(1);
        JsonNode body = JSON.readTree(puts.get(0).body());
        assertThat(body.path("shop_no").asInt()).isEqualTo(1);
        JsonNode requests = body.path("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path("variant_code").asText()).isEqualTo("P0000042000A");
        assertThat(requests.get(0).path("custom_variant_code").asText()).isEqualTo("SKU-010-01");
        assertThat(requests.get(0).path("quantity").asInt()).isEqualTo(4);
        assertThat(requests.get(0).path("use_inventory").asText()).isEqualTo("T");
        assertThat(requests.get(1).path("variant_code").asText()).isEqualTo("P0000042000B");
        assertThat(requests.get(1).path("custom_variant_code").asText()).isEqualTo("SKU-010-02");
        assertThat(requests.get(1).path("quantity").asInt()).isEqualTo(3);
        assertThat(server.requests().stream().filter(r -> r.path().endsWith("/inventories"))).isEmpty();
        assertThat(created.variants()).containsExactly(
                new RemoteVariant("P0000042000A", "SKU-010-01", 4, "01 코랄"),
                new RemoteVariant("P0000042000B", "SKU-010-02", 3, "02 로즈"));
        assertThat(created.totalStock()).isEqualTo(7);
    }

    @Test
    void creatingWithoutOptionsSendsNoOptionGroup() throws Exception {
        server.on("POST", "/admin/products", ok(Cafe24Samples.productAnswer(101, "SKU-001")))
                .on("PUT", "/admin/products/101/variants/P00000101A000A/inventories", ok("{\"inventory\":{}}"));

        mall.gateway().createProduct(Cafe24Samples.listing());

        JsonNode request = JSON.readTree(server.requests("POST", "/admin/products").get(0).body()).path("request");
        assertThat(request.has("has_option")).isFalse();
        assertThat(request.has("options")).isFalse();
        assertThat(server.requests("PUT", "/admin/products/101/variants")).isEmpty();
    }

    @Test
    void anOptionTheMallMadeNoVariantForFailsClearly() {
        server.on("POST", "/admin/products", FakeCafe24.json(201, productWithVariants(42)))
                .on("GET", "/admin/products/42", ok(productWithVariants(42, variant("P0000042000A", "01 코랄"))));

        assertThatThrownBy(() -> mall.gateway().createProduct(withOptions()))
                .isInstanceOfSatisfying(MallCallException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("02 로즈");
                });
        assertThat(server.requests("PUT", "/admin/products/42/variants")).isEmpty();
    }

    @Test
    void updatingVariantsSendsAtMostOneHundredPerCall() throws Exception {
        server.on("PUT", "/admin/products/5/variants", ok("{\"variants\":[]}"));
        List<VariantStock> variants = IntStream.range(0, 205)
                .mapToObj(i -> new VariantStock("V" + i, "SKU-" + i, i % 3 == 0 ? -1 : i)).toList();

        mall.gateway().updateVariants(5, variants);

        List<FakeCafe24.Request> puts = server.requests("PUT", "/admin/products/5/variants");
        assertThat(puts).hasSize(3);
        int sent = 0;
        for (FakeCafe24.Request put : puts) {
            JsonNode requests = JSON.readTree(put.body()).path("requests");
            assertThat(requests.size()).isLessThanOrEqualTo(100);
            for (JsonNode r : requests) {
                assertThat(r.path("variant_code").asText()).isEqualTo("V" + sent);
                assertThat(r.path("custom_variant_code").asText()).isEqualTo("SKU-" + sent);
                assertThat(r.path("quantity").asInt()).isEqualTo(sent % 3 == 0 ? 0 : sent);
                sent++;
            }
        }
        assertThat(sent).isEqualTo(205);
    }

    @Test
    void aVariantTheMallRefusedInAMultiStatusAnswerFailsWithTheMallsMessage() {
        server.on("PUT", "/admin/products/5/variants", FakeCafe24.json(207, "{\"variants\":["
                + "{\"shop_no\":1,\"variant_code\":\"V1\",\"quantity\":2},"
                + "{\"variant_code\":\"V2\",\"error\":{\"code\":422,\"message\":\"custom_variant_code is too long\"}}]}"));

        assertThatThrownBy(() -> mall.gateway().updateVariants(5, List.of(new VariantStock("V1", "A", 2),
                new VariantStock("V2", "B".repeat(50), 1))))
                .isInstanceOfSatisfying(MallCallException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.status()).isEqualTo(207);
                    assertThat(e.mallCode()).isEqualTo("422");
                    assertThat(e.getMessage()).contains("V2").contains("custom_variant_code is too long")
                            .doesNotContain("V1");
                });
        assertThat(server.requests("PUT", "/admin/products/5/variants")).hasSize(1);
    }

    @Test
    void anErrorsListInAMultiStatusAnswerAlsoFails() {
        server.on("PUT", "/admin/products/5/variants", FakeCafe24.json(207, "{\"variants\":[],\"errors\":["
                + "{\"code\":404,\"message\":\"No variant\",\"request\":{\"variant_code\":\"V9\"}}]}"));

        assertThatThrownBy(() -> mall.gateway().updateVariants(5, List.of(new VariantStock("V9", "A", 1))))
                .isInstanceOfSatisfying(MallCallException.class,
                        e -> assertThat(e.getMessage()).contains("V9: No variant"));
    }

    @Test
    void variantOptionValuesAreRead() throws Exception {
        List<RemoteVariant> variants = ProductJson.variants(JSON.readTree("{\"variants\":["
                + variant("A", "01 코랄") + ","
                + "{\"variant_code\":\"B\",\"options\":[{\"name\":\"색상\",\"value\":\"레드\"},"
                + "{\"name\":\"크기\",\"value\":\"L\"}]},"
                + "{\"variant_code\":\"C\",\"options\":[]},{\"variant_code\":\"D\"}]}"));

        assertThat(variants).extracting(RemoteVariant::optionValue)
                .containsExactly("01 코랄", "색상=레드, 크기=L", null, null);
    }

    @Test
    void orderItemsCarryTheCustomVariantCode() throws Exception {
        String withOption = Cafe24Samples.order("20250601-0000001", "2025-06-01T10:00:00+09:00")
                .replace("\"option_value\":\"\"", "\"option_value\":\"옵션=01 코랄\",\"custom_variant_code\":\"SKU-010-01\"");

        List<RemoteOrderItem> items = OrderJson.orders(JSON.readTree(Cafe24Samples.ordersAnswer(List.of(withOption,
                Cafe24Samples.order("20250601-0000002", "2025-06-01T11:00:00+09:00"))))).stream()
                .flatMap(o -> o.items().stream()).toList();

        assertThat(items).extracting(RemoteOrderItem::customVariantCode).containsExactly("SKU-010-01", null);
        assertThat(items.get(0).optionValue()).isEqualTo("옵션=01 코랄");
    }
}
