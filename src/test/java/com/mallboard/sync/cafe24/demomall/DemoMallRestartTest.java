package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo mall with a state file keeps its catalogue, orders, shipments and tokens from one server to the next. */
class DemoMallRestartTest {

    private static final String MALL = "shop1";

    @TempDir
    Path dir;

    private DemoMallSettings settings() {
        return DemoMallSettings.defaults().withBucket(1000, 1000).withStateFile(dir.resolve("demo-mall.json"));
    }

    private static Map<String, String> refreshForm(String refreshToken) {
        return Map.of("grant_type", "refresh_token", "refresh_token", refreshToken);
    }

    private static String shipment(String trackingNo, String carrierCode) {
        return "{\"shop_no\":1,\"request\":{\"tracking_no\":\"" + trackingNo + "\",\"shipping_company_code\":\""
                + carrierCode + "\",\"status\":\"shipping\"}}";
    }

    @Test
    void productsStockOrdersShipmentsAndTokensSurviveARestart() {
        String accessToken;
        String rotatedAway;
        String refreshToken;
        long productNo;
        String orderId;
        String carrierCode;
        JsonNode orderBefore;
        JsonNode productsBefore;
        try (DemoMallServer first = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(first, MALL);
            rotatedAway = client.login().get("refresh_token").asText();
            JsonNode rotated = client.token(refreshForm(rotatedAway), DemoMall.CLIENT_SECRET).json();
            accessToken = rotated.get("access_token").asText();
            refreshToken = rotated.get("refresh_token").asText();
            client.useToken(accessToken);
            productNo = client.createProduct("MB-TONER-01", "진정 토너 200ml", 12_000);
            String variant = client.get("products/" + productNo + "/variants").json().at("/variants/0/variant_code")
                    .asText();
            assertThat(client.put("products/" + productNo + "/variants/" + variant + "/inventories",
                    "{\"shop_no\":1,\"request\":{\"quantity\":25}}").status()).isEqualTo(200);
            orderId = first.mall(MALL).placeOrder("MB-TONER-01", 2);
            carrierCode = client.get("carriers").json().at("/carriers/0/shipping_carrier_code").asText();
            assertThat(client.post("orders/" + orderId + "/shipments", shipment("612345678901", carrierCode)).status())
                    .isEqualTo(201);
            orderBefore = client.get("orders/" + orderId + "?embed=items,receivers,buyer").json();
            productsBefore = client.get("products?embed=variants").json();
        }

        try (DemoMallServer second = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(second, MALL);
            client.useToken(accessToken);
            DemoMallState mall = second.mall(MALL);

            JsonNode product = client.get("products/" + productNo).json().get("product");
            assertThat(product.get("custom_product_code").asText()).isEqualTo("MB-TONER-01");
            assertThat(product.get("product_name").asText()).isEqualTo("진정 토너 200ml");
            assertThat(mall.productByCode("MB-TONER-01")).get().satisfies(p -> assertThat(p.stock()).isEqualTo(23));
            JsonNode item = client.get("orders/" + orderId + "/items").json().at("/items/0");
            assertThat(item.get("order_status").asText()).isEqualTo("N30");
            assertThat(item.get("tracking_no").asText()).isEqualTo("612345678901");
            assertThat(item.get("quantity").asInt()).isEqualTo(2);
            assertThat(client.get("orders/" + orderId + "?embed=items,receivers,buyer").json()).isEqualTo(orderBefore);
            assertThat(client.get("products?embed=variants").json()).isEqualTo(productsBefore);
            assertThat(mall.shipments()).singleElement().satisfies(s -> {
                assertThat(s.orderId()).isEqualTo(orderId);
                assertThat(s.carrierCode()).isEqualTo(carrierCode);
            });

            assertThat(client.token(refreshForm(rotatedAway), DemoMall.CLIENT_SECRET).status()).isEqualTo(400);
            MallClient.Reply refreshed = client.token(refreshForm(refreshToken), DemoMall.CLIENT_SECRET);
            assertThat(refreshed.status()).isEqualTo(200);
            client.useToken(refreshed.json().get("access_token").asText());
            assertThat(client.createProduct("MB-MASK-01", "시트 마스크", 3_000)).isEqualTo(productNo + 1);
            assertThat(mall.placeOrder("MB-MASK-01", 1)).endsWith("-0000002");
        }
    }

    @Test
    void tokensKeepTheExpiriesTheyWereIssuedWith() {
        String expired;
        try (DemoMallServer first = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(first, MALL);
            expired = client.login().get("access_token").asText();
            first.mall(MALL).expireAccessTokens();
        }

        try (DemoMallServer second = DemoMallServer.start(settings())) {
            MallClient client = new MallClient(second, MALL);
            client.useToken(expired);

            assertThat(client.get("products").json().at("/error/message").asText())
                    .isEqualTo("access_token time expired.");
        }
    }

    @Test
    void automaticOrdersGoOnOverTheRestoredProducts() throws InterruptedException {
        DemoMallSettings ticking = settings().withOrderInterval(Duration.ofMillis(50));
        List<String> before;
        try (DemoMallServer first = DemoMallServer.start(ticking)) {
            MallClient client = new MallClient(first, MALL);
            client.login();
            client.createProduct("MB-SERUM-01", "비타민 세럼", 25_000);
            before = orderIds(first.mall(MALL), 1);
        }

        try (DemoMallServer second = DemoMallServer.start(ticking)) {
            MallClient client = new MallClient(second, MALL);
            client.login();
            List<String> after = orderIds(second.mall(MALL), before.size() + 2);

            assertThat(after).startsWith(before.toArray(String[]::new));
            Set<String> unique = new HashSet<>(after);
            assertThat(unique).hasSameSizeAs(after);
            assertThat(client.get("orders/" + after.get(after.size() - 1) + "/items").json()
                    .findValuesAsText("custom_product_code")).contains("MB-SERUM-01");
        }
    }

    /** Waits until the mall has at least {@code atLeast} orders; their ids, oldest first. */
    private static List<String> orderIds(DemoMallState mall, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<String> ids;
            synchronized (mall.dataLock()) {
                ids = mall.orders().all().stream().map(o -> o.orderId).toList();
            }
            if (ids.size() >= atLeast || System.nanoTime() > deadline) {
                assertThat(ids).hasSizeGreaterThanOrEqualTo(atLeast);
                return ids;
            }
            Thread.sleep(20);
        }
    }
}
