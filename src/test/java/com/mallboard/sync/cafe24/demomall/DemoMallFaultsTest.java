package com.mallboard.sync.cafe24.demomall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemoMallFaultsTest {

    @RegisterExtension
    static final DemoMallExtension demo = new DemoMallExtension();

    @Test
    void tooManyRequestsStormStopsByItself() {
        MallClient client = demo.loggedIn("fault-429");
        DemoMallState mall = demo.mall("fault-429");
        mall.faults().tooManyRequests(2);

        MallClient.Reply first = client.get("products");
        MallClient.Reply second = client.get("products");
        MallClient.Reply third = client.get("products");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("X-Api-Call-Limit")).isEqualTo("1000/1000");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(mall.tooManyRequestsCount()).isEqualTo(2);
    }

    @Test
    void serverErrorsComeWithTheErrorEnvelope() {
        MallClient client = demo.loggedIn("fault-5xx");
        demo.mall("fault-5xx").faults().serverErrors(1, 503);

        MallClient.Reply failed = client.get("products");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().at("/error/code").asInt()).isEqualTo(503);
        assertThat(client.get("products").status()).isEqualTo(200);
    }

    @Test
    void slowResponsesWaitThenAnswer() {
        MallClient client = demo.loggedIn("fault-slow");
        demo.mall("fault-slow").faults().slowResponses(1, Duration.ofMillis(300));

        long start = System.nanoTime();
        MallClient.Reply slow = client.get("products");
        long slowMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.status()).isEqualTo(200);
        assertThat(slowMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void malformedJsonIsCutOffButTheCallRan() {
        MallClient client = demo.loggedIn("fault-json");
        DemoMallState mall = demo.mall("fault-json");
        mall.faults().malformedJson(1);

        MallClient.Reply broken = client.post("products",
                "{\"shop_no\":1,\"request\":{\"product_name\":\"클렌저\",\"price\":1000}}");

        assertThat(broken.status()).isEqualTo(201);
        assertThat(broken.json()).isNull();
        assertThat(broken.raw().body()).startsWith("{");
        assertThat(mall.products()).hasSize(1);
        assertThat(client.get("products").json()).isNotNull();
    }

    @Test
    void droppedConnectionsAnswerNothingAndRunNothing() throws Exception {
        MallClient client = demo.loggedIn("fault-drop");
        DemoMallState mall = demo.mall("fault-drop");
        mall.faults().dropConnections(1);
        // A POST, because Java's HttpClient quietly retries a GET once when a reused connection dies.
        HttpRequest create = client.admin("products").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_no\":1,\"request\":{\"product_name\":\"팩\",\"price\":1}}"))
                .build();

        assertThatThrownBy(() -> client.sendRaw(create)).isInstanceOf(IOException.class);
        assertThat(mall.products()).isEmpty();
        assertThat(client.sendRaw(create).statusCode()).isEqualTo(201);
    }

    @Test
    void usageExhaustedSaysHowLongToWait() {
        MallClient client = demo.loggedIn("fault-usage");
        demo.mall("fault-usage").faults().usageExhausted(1, 7);

        MallClient.Reply blocked = client.get("products");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Double.parseDouble(blocked.header("X-Cafe24-Call-Usage"))).isGreaterThan(100);
        assertThat(blocked.header("X-Cafe24-Call-Remain")).isEqualTo("7");
        assertThat(client.get("products").header("X-Cafe24-Call-Remain")).isNull();
    }

    @Test
    void clearTurnsEverySwitchOffAndOAuthIsNeverFaulted() {
        MallClient client = demo.client("fault-clear");
        Faults faults = demo.mall("fault-clear").faults();
        faults.tooManyRequests(5);
        faults.serverErrors(5, 500);
        faults.dropConnections(5);

        client.login();
        faults.clear();

        assertThat(client.get("products").status()).isEqualTo(200);
    }
}
