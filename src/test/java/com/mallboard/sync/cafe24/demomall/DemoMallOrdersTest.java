package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoMallOrdersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Seoul"));
    private static final String WINDOW = "start_date=" + TODAY.minusDays(7) + "&end_date=" + TODAY;
    @RegisterExtension
    static final DemoMallExtension demo = new DemoMallExtension();

    @Test
    void placedOrderCarriesTheCustomCodeAndTakesStock() {
        MallClient client = demo.loggedIn("orders-place");
        long productNo = client.createProduct("MB-SERUM", "비타민 세럼", 23000);
        String variant = client.get("products/" + productNo + "/variants").json().at("/variants/0/variant_code").asText();
        client.put("products/" + productNo + "/variants/" + variant + "/inventories",
                "{\"shop_no\":1,\"request\":{\"quantity\":5}}");
        DemoMallState mall = demo.mall("orders-place");

        String orderId = mall.placeOrder("MB-SERUM", 2);
        String unknownId = mall.placeOrder("NOT-IN-MALL", 1);

        assertThat(orderId).matches("\\d{8}-\\d{7}");
        JsonNode item = client.get("orders/" + orderId + "/items").json().at("/items/0");
        assertThat(item.get("order_item_code").asText()).isEqualTo(orderId + "-01");
        assertThat(item.get("custom_product_code").asText()).isEqualTo("MB-SERUM");
        assertThat(item.get("product_price").asText()).isEqualTo("23000.00");
        assertThat(item.get("quantity").asInt()).isEqualTo(2);
        assertThat(item.get("order_status").asText()).isEqualTo("N10");
        assertThat(mall.productByCode("MB-SERUM").orElseThrow().stock()).isEqualTo(3);
        JsonNode unknown = client.get("orders/" + unknownId + "/items").json().at("/items/0");
        assertThat(unknown.get("product_no").asLong()).isZero();
        assertThat(unknown.get("custom_product_code").asText()).isEqualTo("NOT-IN-MALL");
        assertThat(client.get("orders/20000101-0000001").status()).isEqualTo(404);
    }

    @Test
    void theOrderWindowFollowsCafe24sRules() {
        MallClient client = demo.loggedIn("orders-window");
        demo.mall("orders-window").placeOrder("ANY", 1);

        assertThat(client.get("orders?" + WINDOW).json().get("orders")).hasSize(1);
        assertThat(client.get("orders").status()).isEqualTo(422);
        assertThat(client.get("orders?start_date=" + TODAY).status()).isEqualTo(422);
        assertThat(client.get("orders?end_date=" + TODAY).status()).isEqualTo(422);
        assertThat(client.get("orders?start_date=" + TODAY.minusMonths(3) + "&end_date=" + TODAY).status())
                .isEqualTo(200);
        MallClient.Reply tooLong = client.get("orders?start_date=" + TODAY.minusMonths(3).minusDays(1)
                + "&end_date=" + TODAY);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/error/message").asText()).contains("3 months");
        assertThat(client.get("orders?start_date=" + TODAY.minusDays(10) + "&end_date=" + TODAY.minusDays(5))
                .json().get("orders")).isEmpty();
        assertThat(client.get("orders?" + WINDOW + "&date_type=order_date").status()).isEqualTo(200);
        assertThat(client.get("orders?" + WINDOW + "&limit=1001").status()).isEqualTo(422);
        assertThat(client.get("orders?" + WINDOW + "&offset=15001").status()).isEqualTo(422);
        assertThat(client.get("orders?" + WINDOW + "&offset=15000").status()).isEqualTo(200);
    }

    @Test
    void pagesLinkToTheNextPageUntilTheEnd() {
        MallClient client = demo.loggedIn("orders-paging");
        client.createProduct("MB-MASK", "시트 마스크", 3000);
        DemoMallState mall = demo.mall("orders-paging");
        assertThat(mall.generateOrders(25)).isEqualTo(25);

        JsonNode first = client.get("orders?" + WINDOW).json();
        assertThat(first.get("orders")).hasSize(10);
        String next = first.get("links").findValue("href").asText();
        assertThat(next).contains("offset=10").contains("limit=10").startsWith(client.base());

        JsonNode second = client.send(client.admin("orders").uri(java.net.URI.create(next)).GET()).json();
        JsonNode last = client.get("orders?" + WINDOW + "&offset=20").json();

        assertThat(second.get("orders")).hasSize(10);
        assertThat(second.at("/orders/0/order_id").asText()).isNotEqualTo(first.at("/orders/0/order_id").asText());
        assertThat(last.get("orders")).hasSize(5);
        assertThat(last.get("links").findValuesAsText("rel")).doesNotContain("next");
        assertThat(client.get("orders/count?" + WINDOW).json().get("count").asInt()).isEqualTo(25);
    }

    @Test
    void generatedOrdersLookLikeRealKoreanOrders() {
        MallClient client = demo.loggedIn("orders-generated");
        client.createProduct("MB-A", "선크림", 19000);
        client.createProduct("MB-B", "클렌징 폼", 9000);
        client.createProduct("MB-C", "립밤", 6000);
        demo.mall("orders-generated").generateOrders(40);

        JsonNode orders = client.get("orders?" + WINDOW + "&limit=100&embed=items,receivers,buyer").json().get("orders");

        assertThat(orders).hasSize(40);
        for (JsonNode order : orders) {
            assertThat(order.get("items").size()).isBetween(1, 4);
            JsonNode receiver = order.at("/receivers/0");
            assertThat(receiver.get("name").asText()).matches("\\p{IsHangul}{2,4}");
            assertThat(receiver.get("cellphone").asText()).matches("010-\\d{4}-\\d{4}");
            assertThat(receiver.get("zipcode").asText()).matches("\\d{5}");
            assertThat(order.at("/buyer/name").asText()).isNotBlank();
            assertThat(order.get("order_date").asText()).endsWith("+09:00");
        }
        assertThat(orders.findValuesAsText("custom_product_code")).contains("MB-A", "MB-B", "MB-C")
                .anyMatch(code -> !code.startsWith("MB-"));
        String orderId = orders.get(0).get("order_id").asText();
        assertThat(client.get("orders/" + orderId + "/receivers").json().get("receivers")).hasSize(1);
        assertThat(client.get("orders?order_id=" + orderId).json().get("orders")).hasSize(1);
    }

    @Test
    void automaticOrdersAppearOverTime() throws InterruptedException {
        try (DemoMallServer ticking = DemoMallServer.start(DemoMallSettings.defaults()
                .withOrderInterval(Duration.ofMillis(50)))) {
            MallClient client = new MallClient(ticking, "demo");
            client.login();
            client.createProduct("MB-TICK", "쿠션 팩트", 28000);

            long deadline = System.currentTimeMillis() + 3000;
            int count = 0;
            while (count < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                count = client.get("orders/count?" + WINDOW).json().get("count").asInt();
            }

            assertThat(count).isGreaterThanOrEqualTo(2);
        }
    }
}
