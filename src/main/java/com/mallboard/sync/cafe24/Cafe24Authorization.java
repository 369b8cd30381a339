package com.mallboard.sync.cafe24;

import com.mallboard.sync.Mall;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.TokenSet;
import com.mallboard.sync.cafe24.LoopbackRedirectListener.CallbackResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Connecting one Cafe24 mall with OAuth: the user approves Mallboard on the mall's authorize page, the mall redirects
 * to our {@link LoopbackRedirectListener} with a one-minute code, and the code is exchanged for tokens that are saved
 * through {@link MallSecrets}. A random {@code state} ties the redirect to this attempt; an answer with another state
 * is refused before any exchange. When the redirect cannot reach the listener the user pastes the address instead
 * ({@link #completeFromPastedUrl}). One instance is one connection attempt; close it when the dialog closes.
 */
public final class Cafe24Authorization implements AutoCloseable {
    /** What Mallboard does at a mall: list and edit products, read orders, register shipments, read couriers. */
    public static final String SCOPES =
            "mall.read_product,mall.write_product,mall.read_order,mall.write_order,mall.read_shipping";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Mall mall;
    private final MallSecrets secrets;
    private final HttpClient http;
    private final Cafe24TokenEndpoint tokenEndpoint;
    private final CompletableFuture<TokenSet> result = new CompletableFuture<>();
    private final String state = OAuthState.random();
    private LoopbackRedirectListener listener;

    public Cafe24Authorization(Mall mall, MallSecrets secrets, HttpClient http) {
        this.mall = mall;
        this.secrets = secrets;
        this.http = http;
        this.tokenEndpoint = new Cafe24TokenEndpoint(Cafe24GatewayFactory.apiBase(mall), http, mall.clientId(),
                TIMEOUT);
    }

    /** Starts the redirect listener (once) and returns the mall's authorize page for this attempt. */
    public synchronized URI start() {
        if (listener == null) {
            try {
                listener = LoopbackRedirectListener.start(this::onRedirect);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not open a local port for the mall's answer", e);
            }
        }
        return URI.create(Cafe24GatewayFactory.apiBase(mall) + "/api/v2/oauth/authorize"
                + Query.path("").with("response_type", "code").with("client_id", mall.clientId())
                        .with("state", state).with("redirect_uri", listener.redirectUri()).with("scope", SCOPES));
    }

    public void openInBrowser(BrowserLauncher browser) {
        browser.open(start());
    }

    /** Waits for the browser's redirect (or a pasted address) to finish the connection. */
    public TokenSet awaitConnected(Duration timeout) {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AuthorizationFailedException("The mall did not answer in time; connect again, or paste the "
                    + "address the browser ended on", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new AuthorizationFailedException("Connecting failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthorizationFailedException("Connecting was interrupted", e);
        }
    }

    /** The fallback when the redirect never reached us: the user pastes the address the browser ended on. */
    public TokenSet completeFromPastedUrl(String pasted) {
        URI uri;
        try {
            uri = URI.create(pasted == null ? "" : pasted.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationFailedException("That is not a web address; copy the whole address from the "
                    + "browser's address bar");
        }
        Map<String, String> parameters = LoopbackRedirectListener.parameters(uri.getRawQuery());
        if (!parameters.containsKey("code") && !parameters.containsKey("error")) {
            throw new AuthorizationFailedException("The address has no authorization code; approve Mallboard at "
                    + "the mall first, then copy the whole address the browser ends on");
        }
        complete(parameters);
        return awaitConnected(TIMEOUT);
    }

    /**
     * Connects without a browser: fetches the authorize page ourselves and follows its redirect by hand. Works where
     * the mall approves without asking a person, as the built-in demo mall does.
     */
    public TokenSet connectWithoutBrowser() {
        URI authorize = start();
        HttpResponse<Void> response;
        try {
            response = http.send(HttpRequest.newBuilder(authorize).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new AuthorizationFailedException("Could not reach the mall's authorize page", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthorizationFailedException("Connecting was interrupted", e);
        }
        if (result.isDone()) {
            return awaitConnected(TIMEOUT); // the HTTP client followed the redirect to our listener itself
        }
        String location = response.headers().firstValue("Location").orElseThrow(() ->
                new AuthorizationFailedException("The mall wants a person to approve Mallboard (HTTP "
                        + response.statusCode() + "); connect in the browser instead"));
        complete(LoopbackRedirectListener.parameters(authorize.resolve(location).getRawQuery()));
        return awaitConnected(TIMEOUT);
    }

    public synchronized URI redirectUri() {
        start();
        return listener.redirectUri();
    }

    private CallbackResult onRedirect(Map<String, String> parameters) {
        try {
            complete(parameters);
            awaitConnected(TIMEOUT);
            return CallbackResult.success();
        } catch (RuntimeException e) {
            return CallbackResult.failure(e.getMessage());
        }
    }

    /**
     * Checks one redirect and, if it is ours, trades its code for tokens. A foreign state is refused without ending
     * the attempt: the real redirect may still come.
     */
    private synchronized void complete(Map<String, String> parameters) {
        if (result.isDone()) {
            return;
        }
        if (!state.equals(parameters.get("state"))) {
            throw new AuthorizationFailedException("This answer does not belong to the current connection attempt; "
                    + "start connecting again");
        }
        if (parameters.containsKey("error")) {
            fail(new AuthorizationFailedException("The mall did not grant access: "
                    + parameters.getOrDefault("error_description", parameters.get("error"))));
            return;
        }
        String code = parameters.get("code");
        if (code == null || code.isBlank()) {
            fail(new AuthorizationFailedException("The mall's answer has no authorization code"));
            return;
        }
        try {
            String clientSecret = secrets.clientSecret(mall).orElseThrow(() -> new AuthorizationFailedException(
                    "Enter the app's client secret before connecting"));
            TokenSet tokens = tokenEndpoint.exchangeCode(code, listener.redirectUri(), clientSecret);
            secrets.saveTokens(mall, tokens);
            result.complete(tokens);
        } catch (MallCallException | AuthorizationFailedException e) {
            fail(e instanceof AuthorizationFailedException failed ? failed
                    : new AuthorizationFailedException("The mall did not accept the authorization: " + e.getMessage(), e));
        }
    }

    private void fail(AuthorizationFailedException failure) {
        result.completeExceptionally(failure);
        throw failure;
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
