package com.mallboard.sync.cafe24;

import static com.mallboard.sync.cafe24.FakeCafe24.json;
import static com.mallboard.sync.cafe24.FakeCafe24.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.sync.MallCallException;
import com.mallboard.sync.RemoteShipment;
import com.mallboard.sync.ShipmentRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cafe24RetryTest extends FakeCafe24Test {
    private static final String PRODUCT = Cafe24Samples.productAnswer(5, "SKU-001");

    @Test
    void aNearlyFullBucketMakesTheNextCallWaitOnTheSleeperNotTheWallClock() {
        server.on("GET", "/admin/products/5", json(200, PRODUCT, "X-Api-Call-Limit", "39/40"));
        Cafe24Gateway gateway = mall.gateway();

        gateway.fetchProduct(5);
        gateway.fetchProduct(5);

        assertThat(mall.time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void tooManyRequestsWaitsAsTheMallSaysAndDoesNotUseUpRetries() {
        server.on("GET", "/admin/products/5",
                json(429, Cafe24Samples.error(429, "too many"), "X-Api-Call-Limit", "40/40",
                        "X-Cafe24-Call-Usage", "120.5", "X-Cafe24-Call-Remain", "3"),
                json(429, Cafe24Samples.error(429, "too many"), "X-Cafe24-Time-Remain", "4"),
                ok(PRODUCT));
        Cafe24Settings oneAttempt = TestMall.fastSettings()
                .withRetry(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)));

        assertThat(mall.gateway(oneAttempt).fetchProduct(5)).isPresent();

        assertThat(server.requests()).hasSize(3);
        assertThat(mall.time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void endlessTooManyRequestsEndsInARetryableFailure() {
        server.on("GET", "/admin/products/5", json(429, Cafe24Samples.error(429, "too many"), "X-Api-Call-Limit",
                "40/40"));

        MallCallException failure = catchThrowableOfType(MallCallException.class,
                () -> mall.gateway().fetchProduct(5));

        assertThat(failure.status()).isEqualTo(429);
        assertThat(failure.retryable()).isTrue();
        assertThat(server.requests()).hasSize(6);
    }

    @Test
    void aServerErrorIsRetriedAfterABackoff() {
        server.on("GET", "/admin/products/5", json(503, Cafe24Samples.error(503, "down")), ok(PRODUCT));

        assertThat(mall.gateway().fetchProduct(5)).isPresent();

        assertThat(server.requests()).hasSize(2);
        assertThat(mall.time.sleeps()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(5), Duration.ofMillis(10)));
    }

    @Test
    void aClientErrorIsNotRetriedAndCarriesTheMallsMessage() {
        server.on("PUT", "/admin/products/5", json(422, Cafe24Samples.error(422, "price must be positive")));

        MallCallException failure = catchThrowableOfType(MallCallException.class,
                () -> mall.gateway().updateProduct(5, Cafe24Samples.listing()));

        assertThat(failure.status()).isEqualTo(422);
        assertThat(failure.mallCode()).isEqualTo("422");
        assertThat(failure.getMessage()).isEqualTo("price must be positive");
        assertThat(failure.retryable()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorsUntilTheBudgetIsSpentEndInARetryableFailure() {
        server.on("GET", "/admin/products/5", json(500, Cafe24Samples.error(500, "boom")));

        MallCallException failure = catchThrowableOfType(MallCallException.class,
                () -> mall.gateway().fetchProduct(5));

        assertThat(failure.status()).isEqualTo(500);
        assertThat(failure.retryable()).isTrue();
        assertThat(server.requests()).hasSize(5);
        assertThat(mall.time.sleeps()).hasSize(4).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(
                Duration.ofMillis(80)));
    }

    @Test
    void aMalformedAnswerToAReadIsReadAgain() {
        server.on("GET", "/admin/products/5", ok("{\"product\": {\"product_no\": 5,"), ok(PRODUCT));

        assertThat(mall.gateway().fetchProduct(5)).isPresent();

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        server.on("GET", "/admin/products/5", FakeCafe24.drop(), ok(PRODUCT));

        assertThat(mall.gateway().fetchProduct(5)).isPresent();

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aCreateWhoseAnswerTimedOutIsFoundInsteadOfSentAgain() {
        server.on("POST", "/admin/products", FakeCafe24.slow(Duration.ofMillis(1500), ok(PRODUCT)))
                .on("GET", "/admin/products", ok(Cafe24Samples.productsAnswer(Cafe24Samples.product(5, "SKU-001"))))
                .on("PUT", "/admin/products/5/variants/P000005A000A/inventories", ok("{\"inventory\":{}}"));

        assertThat(mall.gateway().createProduct(Cafe24Samples.listing()).productNo()).isEqualTo(5);

        assertThat(server.requests("POST", "/admin/products")).hasSize(1);
        assertThat(mall.time.sleeps()).as("a timed-out write gets a full timeout to land before we look")
                .contains(Duration.ofMillis(500));
    }

    @Test
    void aCreateThatFailedWithoutEffectIsSentAgain() {
        server.on("POST", "/admin/products", json(502, "<html>bad gateway</html>"), ok(PRODUCT))
                .on("GET", "/admin/products", ok(Cafe24Samples.productsAnswer()))
                .on("PUT", "/admin/products/5/variants/P000005A000A/inventories", ok("{\"inventory\":{}}"));

        assertThat(mall.gateway().createProduct(Cafe24Samples.listing()).productNo()).isEqualTo(5);

        assertThat(server.requests("POST", "/admin/products")).hasSize(2);
        assertThat(server.requests("GET", "/admin/products")).hasSize(1);
    }

    @Test
    void aShipmentWhoseAnswerWasLostIsFoundByItsTrackingNumber() {
        String orderId = "20250601-0000001";
        String path = "/admin/orders/" + orderId + "/shipments";
        server.on("POST", path, FakeCafe24.drop())
                .on("GET", path, ok("{\"shipments\":[" + Cafe24Samples.shipment(orderId, "TRACK-1") + "]}"));

        RemoteShipment shipment = mall.gateway().createShipment(new ShipmentRequest(orderId,
                List.of(orderId + "-01"), "TRACK-1", "0006"));

        assertThat(shipment.trackingNo()).isEqualTo("TRACK-1");
        assertThat(server.requests("POST", path)).hasSize(1);
    }
}
