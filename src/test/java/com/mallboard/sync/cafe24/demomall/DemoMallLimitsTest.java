package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoMallLimitsTest {

    @Test
    void aBurstOverTheBucketGets429sAndTheHeaderCounts() {
        try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(5, 0.5))) {
            MallClient client = new MallClient(server, "demo");
            client.login();

            List<MallClient.Reply> burst = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                burst.add(client.get("products"));
            }

            assertThat(burst).extracting(MallClient.Reply::status).containsExactly(200, 200, 200, 200, 200, 429, 429, 429);
            assertThat(burst).extracting(r -> r.header("X-Api-Call-Limit"))
                    .containsExactly("1/5", "2/5", "3/5", "4/5", "5/5", "5/5", "5/5", "5/5");
            assertThat(burst.get(0).header("X-Cafe24-Call-Usage")).isEqualTo("20.00");
            assertThat(burst.get(0).header("X-Cafe24-Time-Usage")).isNotNull();
            assertThat(burst.get(0).header("X-Cafe24-Call-Remain")).isNull();
            assertThat(burst.get(6).header("X-Cafe24-Call-Remain")).isEqualTo("2");
            assertThat(burst.get(6).json().at("/error/code").asInt()).isEqualTo(429);
            DemoMallState mall = server.mall("demo");
            assertThat(mall.tooManyRequestsCount()).isEqualTo(3);
            assertThat(mall.requestCount()).isEqualTo(8);
        }
    }

    @Test
    void refusedWritesAreNotExecutedAndTheBucketDrains() throws InterruptedException {
        try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(2, 4))) {
            MallClient client = new MallClient(server, "demo");
            client.login();
            client.get("products");
            client.get("products");

            MallClient.Reply refused = client.post("products",
                    "{\"shop_no\":1,\"request\":{\"product_name\":\"앰플\",\"price\":1000}}");
            Thread.sleep(600);
            MallClient.Reply afterDrain = client.get("products");

            assertThat(refused.status()).isEqualTo(429);
            assertThat(server.mall("demo").products()).isEmpty();
            assertThat(server.mall("demo").writeCount()).isZero();
            assertThat(afterDrain.status()).isEqualTo(200);
            assertThat(afterDrain.header("X-Api-Call-Limit")).isEqualTo("1/2");
        }
    }

    @Test
    void countersReset() {
        try (DemoMallServer server = DemoMallServer.start(DemoMallSettings.defaults())) {
            MallClient client = new MallClient(server, "demo");
            client.login();
            client.createProduct("MB-1", "토너", 1000);
            DemoMallState mall = server.mall("demo");
            assertThat(mall.writeCount()).isEqualTo(1);

            mall.resetCounters();

            assertThat(mall.requestCount()).isZero();
            assertThat(mall.writeCount()).isZero();
            assertThat(mall.tooManyRequestsCount()).isZero();
        }
    }
}
