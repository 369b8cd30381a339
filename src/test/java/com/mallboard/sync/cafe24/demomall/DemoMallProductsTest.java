package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoMallProductsTest {

    @RegisterExtension
    static final DemoMallExtension demo = new DemoMallExtension();

    @Test
    void createdProductComesBackInCafe24sShape() {
        MallClient client = demo.loggedIn("products-create");

        MallClient.Reply created = client.post("products", """
                {"shop_no":1,"request":{"product_name":"수분 크림 50ml","price":"15000.00","supply_price":7000,
                 "retail_price":"18000","custom_product_code":"MB-CREAM-01","summary_description":"촉촉한 수분 크림",
                 "product_tag":["수분","크림"]}}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode product = created.json().get("product");
        assertThat(product.get("product_code").asText()).matches("P[0-9A-Z]{7}");
        assertThat(product.get("price").asText()).isEqualTo("15000.00");
        assertThat(product.get("supply_price").asText()).isEqualTo("7000.00");
        assertThat(product.get("retail_price").asText()).isEqualTo("18000.00");
        assertThat(product.get("display").asText()).isEqualTo("F");
        assertThat(product.get("product_tag")).hasSize(2);
        assertThat(product.get("created_date").asText()).endsWith("+09:00");
        long productNo = product.get("product_no").asLong();
        JsonNode variants = client.get("products/" + productNo + "/variants").json().get("variants");
        assertThat(variants).hasSize(1);
        assertThat(variants.get(0).get("variant_code").asText())
                .isEqualTo(product.get("product_code").asText() + "000A");
        assertThat(demo.mall("products-create").writeCount()).isEqualTo(1);
    }

    @Test
    void createWithoutNameOrPriceIs422WithAClearMessage() {
        MallClient client = demo.loggedIn("products-invalid");

        MallClient.Reply noName = client.post("products", "{\"shop_no\":1,\"request\":{\"price\":\"1000\"}}");
        MallClient.Reply noPrice = client.post("products", "{\"shop_no\":1,\"request\":{\"product_name\":\"토너\"}}");
        MallClient.Reply badPrice = client.post("products",
                "{\"shop_no\":1,\"request\":{\"product_name\":\"토너\",\"price\":\"free\"}}");
        MallClient.Reply noEnvelope = client.post("products", "{\"product_name\":\"토너\",\"price\":1000}");

        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().at("/error/message").asText()).contains("product_name");
        assertThat(noPrice.json().at("/error/message").asText()).contains("price");
        assertThat(badPrice.status()).isEqualTo(422);
        assertThat(noEnvelope.status()).isEqualTo(422);
        assertThat(demo.mall("products-invalid").products()).isEmpty();
    }

    @Test
    void writesWithoutJsonContentTypeAre400() {
        MallClient client = demo.loggedIn("products-content-type");

        MallClient.Reply reply = client.send(client.admin("products").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_no\":1,\"request\":{}}")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/code").asInt()).isEqualTo(400);
    }

    @Test
    void findByCustomCodeUpdateAndStockToSoldOut() {
        MallClient client = demo.loggedIn("products-flow");
        client.createProduct("MB-OTHER", "다른 상품", 5000);
        long productNo = client.createProduct("MB-TONER-1", "진정 토너", 12000);

        JsonNode found = client.get("products?custom_product_code=MB-TONER-1,MB-NONE&embed=variants").json();
        assertThat(found.get("products")).hasSize(1);
        String variantCode = found.at("/products/0/variants/0/variant_code").asText();

        MallClient.Reply updated = client.put("products/" + productNo,
                "{\"shop_no\":1,\"request\":{\"price\":\"11000.00\",\"product_name\":\"진정 토너 200ml\"}}");
        assertThat(updated.json().at("/product/price").asText()).isEqualTo("11000.00");

        String inventory = "products/" + productNo + "/variants/" + variantCode + "/inventories";
        client.put(inventory, "{\"shop_no\":1,\"request\":{\"quantity\":7}}");
        assertThat(demo.mall("products-flow").productByCode("MB-TONER-1")).get()
                .satisfies(p -> assertThat(p.stock()).isEqualTo(7))
                .satisfies(p -> assertThat(p.soldOut()).isFalse())
                .satisfies(p -> assertThat(p.name()).isEqualTo("진정 토너 200ml"));

        MallClient.Reply emptied = client.put("products/" + productNo + "/variants/" + variantCode,
                "{\"shop_no\":1,\"request\":{\"quantity\":0,\"use_inventory\":\"T\",\"display_soldout\":\"T\"}}");
        assertThat(emptied.json().at("/variant/quantity").asInt()).isZero();
        assertThat(client.get("products/" + productNo).json().at("/product/sold_out").asText()).isEqualTo("T");
        assertThat(client.get(inventory).json().at("/inventory/quantity").asInt()).isZero();
    }

    @Test
    void listLimitsOffsetsAndCursorAreEnforced() {
        MallClient client = demo.loggedIn("products-paging");
        for (int i = 1; i <= 12; i++) {
            client.createProduct("MB-" + i, "상품 " + i, 1000L * i);
        }

        assertThat(client.get("products").json().get("products")).hasSize(10);
        assertThat(client.get("products?limit=100&offset=10").json().get("products")).hasSize(2);
        assertThat(client.get("products/count").json().get("count").asInt()).isEqualTo(12);
        assertThat(client.get("products/count?product_no=1,2,3").json().get("count").asInt()).isEqualTo(3);
        assertThat(client.get("products?since_product_no=10&limit=5").json().get("products"))
                .extracting(p -> p.get("product_no").asInt()).containsExactly(11, 12);
        assertThat(client.get("products?limit=101").status()).isEqualTo(422);
        assertThat(client.get("products?limit=0").status()).isEqualTo(422);
        assertThat(client.get("products?offset=5001").status()).isEqualTo(422);
        assertThat(client.get("products?offset=5000").status()).isEqualTo(200);
        assertThat(client.get("products?since_product_no=3&offset=1").status()).isEqualTo(422);
        assertThat(client.get("products?since_product_no=3&sort=product_name").status()).isEqualTo(422);
        assertThat(client.get("products?sort=product_name&order=desc&limit=1").json()
                .at("/products/0/product_name").asText()).isEqualTo("상품 9");
    }

    @Test
    void missingProductsAndPathsAre404AndDeleteRemoves() {
        MallClient client = demo.loggedIn("products-missing");
        long productNo = client.createProduct("MB-GONE", "사라질 상품", 1000);

        MallClient.Reply deleted = client.delete("products/" + productNo);

        assertThat(deleted.status()).isEqualTo(200);
        MallClient.Reply missing = client.get("products/" + productNo);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").fieldNames()).toIterable()
                .containsExactly("code", "message", "more_info");
        assertThat(client.get("products/abc").status()).isEqualTo(404);
        assertThat(client.get("no-such-thing").status()).isEqualTo(404);
        assertThat(client.put("products/" + productNo, "{\"shop_no\":1,\"request\":{\"price\":1}}").status())
                .isEqualTo(404);
    }
}
