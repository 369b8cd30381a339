package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.MallAuthorizationException;
import com.mallboard.sync.MallCallException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One mall's admin API over HTTP, with the manners Cafe24 expects: paced to the leaky bucket, 429s waited out, 5xx,
 * timeouts, dropped connections and unreadable answers retried with backoff, a 401 answered by one token refresh.
 * What is left is a {@link MallCallException}. Tokens never appear in logs or messages.
 */
final class Cafe24Client {
    private static final Logger LOG = LoggerFactory.getLogger(Cafe24Client.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String adminBase;
    private final String apiVersion;
    private final HttpClient http;
    private final Cafe24Settings settings;
    private final RatePacer pacer;
    private final AccessTokens tokens;
    private final Sleeper sleeper;
    private final Random random = new Random();

    Cafe24Client(ClientParts parts, String apiVersion) {
        this.adminBase = parts.apiBase() + "/api/v2/admin";
        this.apiVersion = apiVersion;
        this.http = parts.http();
        this.settings = parts.settings();
        this.pacer = parts.pacer();
        this.tokens = parts.tokens();
        this.sleeper = parts.sleeper();
    }

    /** What a client is made of; the factory assembles it, tests may swap any part. */
    record ClientParts(URI apiBase, HttpClient http, Cafe24Settings settings, RatePacer pacer, AccessTokens tokens,
            Sleeper sleeper) {
    }

    JsonNode get(String path) {
        return execute("GET", path, null, Function.identity(), Optional::empty);
    }

    /** PUT is idempotent at Cafe24 (it sets values), so it is simply sent again when its outcome is unknown. */
    JsonNode put(String path, JsonNode body) {
        return execute("PUT", path, body, Function.identity(), Optional::empty);
    }

    /**
     * A POST that must not happen twice. When an attempt's outcome is unknown (no answer, a 5xx, an unreadable answer)
     * {@code findEarlier} looks for its effect before anything is sent again.
     */
    <T> T postOnce(String path, JsonNode body, Function<JsonNode, T> read, Supplier<Optional<T>> findEarlier) {
        return execute("POST", path, body, read, findEarlier);
    }

    private <T> T execute(String method, String path, JsonNode body, Function<JsonNode, T> read,
            Supplier<Optional<T>> findEarlier) {
        int failures = 0;
        int throttles = 0;
        boolean refreshed = false;
        String token = tokens.accessToken();
        while (true) {
            Outcome outcome = attempt(method, path, body, token);
            if (outcome.status() == 429) {
                throttles++;
                if (throttles > settings.maxThrottledRetries()) {
                    throw new MallCallException(429, "too_many_requests", "The mall kept refusing calls as too many ("
                            + method + " " + path + ")", true);
                }
                LOG.info("Cafe24 said too many requests for {} {}; waiting", method, withoutQuery(path));
                pacer.throttled(outcome.remain());
                continue;
            }
            if (outcome.status() == 401) {
                if (refreshed) {
                    throw new MallAuthorizationException("The mall rejected a freshly refreshed access token; "
                            + "connect the mall again", null);
                }
                refreshed = true;
                token = tokens.afterRejection(token);
                continue;
            }
            if (outcome.isClientError()) {
                throw new MallCallException(outcome.status(), MallErrors.code(outcome.body(), outcome.status()),
                        MallErrors.message(outcome.body()), false);
            }
            if (outcome.json() != null) {
                return read.apply(outcome.json());
            }
            failures++;
            waitBeforeRetry(method, path, failures, outcome);
            Optional<T> earlier = findEarlier.get();
            if (earlier.isPresent()) {
                LOG.info("Cafe24 {} {} had already taken effect; not sending it again", method, withoutQuery(path));
                return earlier.get();
            }
        }
    }

    private void waitBeforeRetry(String method, String path, int failures, Outcome outcome) {
        if (failures >= settings.retry().maxAttempts()) {
            throw new MallCallException(outcome.status(), outcome.failureCode(), "The mall did not answer " + method
                    + " " + path + " properly after " + failures + " attempts: " + outcome.failure(), true,
                    outcome.cause());
        }
        Duration delay = settings.retry().delayBefore(failures, random);
        if (!"GET".equals(method) && outcome.cause() instanceof HttpTimeoutException
                && delay.compareTo(settings.requestTimeout()) < 0) {
            // A write that timed out may still be running at the mall. Giving it as long again before looking for
            // its effect (or sending it again) keeps a late landing from creating a duplicate or undoing a newer write.
            delay = settings.requestTimeout();
        }
        LOG.info("Cafe24 {} {} failed ({}); retry {} in {} ms", method, withoutQuery(path), outcome.failure(), failures,
                delay.toMillis());
        sleep(delay);
    }

    private Outcome attempt(String method, String path, JsonNode body, String token) {
        try {
            pacer.awaitTurn();
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request(method, path, body, token),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Outcome.noAnswer(e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        observeBucket(response);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Outcome.answered(status, response.body(), parse(response.body()), Optional.empty());
        }
        return Outcome.answered(status, response.body(), null, remain(response));
    }

    private HttpRequest request(String method, String path, JsonNode body, String token) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(adminBase + path))
                .timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("X-Cafe24-Api-Version", apiVersion)
                .method(method, publisher)
                .build();
    }

    /**
     * The path for a log line: a query may name a receiver or product being looked for, and the mall's answers
     * (bodies) are never logged at all, only statuses.
     */
    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query) + "?…";
    }

    private void observeBucket(HttpResponse<?> response) {
        response.headers().firstValue("X-Api-Call-Limit").ifPresent(limit -> {
            String[] parts = limit.strip().split("/");
            try {
                if (parts.length == 2) {
                    pacer.observe(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException ignored) {
                LOG.debug("Unreadable X-Api-Call-Limit header; pacing on the last known value");
            }
        });
    }

    /** The longer of the two usage-limit waits, when the mall names one. */
    private static Optional<Duration> remain(HttpResponse<?> response) {
        double seconds = Math.max(header(response, "X-Cafe24-Call-Remain"), header(response, "X-Cafe24-Time-Remain"));
        return seconds > 0 ? Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000))) : Optional.empty();
    }

    private static double header(HttpResponse<?> response, String name) {
        try {
            return response.headers().firstValue(name).map(v -> Double.parseDouble(v.strip())).orElse(0.0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void sleep(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static MallCallException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new MallCallException(0, "interrupted", "Interrupted while talking to the mall", true, e);
    }
}
