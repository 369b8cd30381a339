package com.mallboard.sync.cafe24;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real local HTTP server that answers like Cafe24 from a script: per method and path, a sequence of answers (the
 * last one repeats). Every request is recorded with its headers and body.
 */
final class FakeCafe24 implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    record Request(String method, String path, String query, String authorization, String apiVersion,
            String contentType, String body) {
    }

    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, Request request) throws IOException;
    }

    private static final class Route {
        final String method;
        final String path;
        final List<Answer> answers;
        int served;

        Route(String method, String path, List<Answer> answers) {
            this.method = method;
            this.path = path;
            this.answers = answers;
        }

        synchronized Answer next() {
            Answer answer = answers.get(Math.min(served, answers.size() - 1));
            served++;
            return answer;
        }
    }

    FakeCafe24() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/malls/testmall";
    }

    /** Answers for {@code method} at {@code path} (below /api/v2), in order; the last one repeats. */
    FakeCafe24 on(String method, String path, Answer... answers) {
        routes.add(0, new Route(method, path, List.of(answers)));
        return this;
    }

    List<Request> requests() {
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    List<Request> requests(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    static Answer json(int status, String body, String... headers) {
        return (exchange, request) -> send(exchange, status, body, headers);
    }

    static Answer ok(String body) {
        return json(200, body, "X-Api-Call-Limit", "1/40");
    }

    /** The connection closes without an answer. */
    static Answer drop() {
        return (exchange, request) -> {
            throw new IOException("dropped on purpose");
        };
    }

    static Answer slow(Duration delay, Answer then) {
        return (exchange, request) -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.answer(exchange, request);
        };
    }

    static void send(HttpExchange exchange, int status, String body, String... headers) throws IOException {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String fullPath = exchange.getRequestURI().getPath();
        String path = fullPath.replaceFirst("^/malls/testmall/api/v2", "");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Cafe24-Api-Version"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body);
        requests.add(request);
        for (Route route : routes) {
            if (route.method.equals(request.method()) && route.path.equals(path)) {
                try {
                    route.next().answer(exchange, request);
                } finally {
                    exchange.close();
                }
                return;
            }
        }
        send(exchange, 404, "{\"error\":{\"code\":404,\"message\":\"No route " + path + "\"}}");
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
