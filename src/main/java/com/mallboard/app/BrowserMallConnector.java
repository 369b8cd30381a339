package com.mallboard.app;

import com.mallboard.common.Messages;
import com.mallboard.sync.Mall;
import com.mallboard.sync.MallConnector;
import com.mallboard.sync.MallSecrets;
import com.mallboard.sync.cafe24.AuthorizationFailedException;
import com.mallboard.sync.cafe24.Cafe24Authorization;
import com.mallboard.sync.cafe24.Cafe24GatewayFactory;
import com.mallboard.sync.ui.MallConnectWindow;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Connects a Cafe24 mall the way its owner expects: the mall's consent page opens in the system browser, and a
 * loopback listener catches the answer; a pasted address finishes it when the answer cannot reach the app. Blocks the
 * calling (background) thread until connected, cancelled or ten minutes have passed.
 */
final class BrowserMallConnector implements MallConnector {
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(300);

    private final MallSecrets secrets;
    private final Consumer<URI> browser;
    private final Messages messages;

    BrowserMallConnector(MallSecrets secrets, Consumer<URI> browser, Messages messages) {
        this.secrets = secrets;
        this.browser = browser;
        this.messages = messages;
    }

    @Override
    public void connect(Mall mall) {
        try (Cafe24Authorization authorization = new Cafe24Authorization(mall, secrets,
                Cafe24GatewayFactory.defaultHttpClient())) {
            URI address = authorization.start();
            AtomicBoolean cancelled = new AtomicBoolean();
            CompletableFuture<MallConnectWindow> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                MallConnectWindow window = new MallConnectWindow(mall.displayName(), address, messages, browser,
                        authorization::completeFromPastedUrl, () -> cancelled.set(true));
                window.show();
                browser.accept(address);
                shown.complete(window);
            });
            try {
                awaitAnswer(authorization, cancelled);
            } finally {
                shown.thenAccept(window -> Platform.runLater(window::close));
            }
        }
    }

    private static void awaitAnswer(Cafe24Authorization authorization, AtomicBoolean cancelled) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (true) {
            if (cancelled.get()) {
                throw new AuthorizationFailedException("Connecting was cancelled");
            }
            try {
                authorization.awaitConnected(POLL);
                return;
            } catch (AuthorizationFailedException e) {
                boolean stillWaiting = e.getCause() instanceof TimeoutException && System.nanoTime() < deadline;
                if (!stillWaiting) {
                    throw e;
                }
            }
        }
    }
}
