package com.mallboard.sync.cafe24;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny web server on 127.0.0.1 at a free port that catches the mall's OAuth redirect at {@code /callback}, hands
 * its parameters to {@code handler} and tells the browser, in Korean and English, whether it worked. Loopback only:
 * nothing outside this machine can reach it.
 */
public final class LoopbackRedirectListener implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackRedirectListener(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** What the handler made of one redirect: success, or an error a person can read. */
    public record CallbackResult(boolean connected, String problem) {

        public static CallbackResult success() {
            return new CallbackResult(true, null);
        }

        public static CallbackResult failure(String problem) {
            return new CallbackResult(false, problem);
        }
    }

    public static LoopbackRedirectListener start(Function<Map<String, String>, CallbackResult> handler)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "oauth-redirect-listener");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/callback", exchange -> answer(exchange, handler));
        server.start();
        return new LoopbackRedirectListener(server, executor);
    }

    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    /** Parameters of a query string, decoded; a repeated name keeps its first value. */
    public static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, Function<Map<String, String>, CallbackResult> handler)
            throws IOException {
        try (exchange) {
            CallbackResult result;
            try {
                result = handler.apply(parameters(exchange.getRequestURI().getRawQuery()));
            } catch (RuntimeException e) {
                result = CallbackResult.failure(e.getMessage());
            }
            byte[] page = page(result).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(result.connected() ? 200 : 400, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        }
    }

    private static String page(CallbackResult result) {
        String message = result.connected()
                ? "<h1>쇼핑몰이 연결되었습니다</h1><p>이 창을 닫고 Mallboard로 돌아가세요.</p>"
                        + "<h1>Mall connected</h1><p>You can close this window and return to Mallboard.</p>"
                : "<h1>쇼핑몰을 연결하지 못했습니다</h1><p>Mallboard에서 다시 연결해 주세요.</p>"
                        + "<h1>Could not connect the mall</h1><p>Please start connecting again in Mallboard.</p>"
                        + "<p><small>" + escape(result.problem()) + "</small></p>";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Mallboard</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\">" + message + "</body></html>";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
