package com.mallboard.sync.cafe24.demomall;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One demo mall server for a test class, with a bucket large enough never to throttle, closed after the class.
 * Register it as {@code @RegisterExtension static final DemoMallExtension demo = new DemoMallExtension();}.
 */
final class DemoMallExtension implements BeforeAllCallback, AfterAllCallback {
    private DemoMallServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = DemoMallServer.start(DemoMallSettings.defaults().withBucket(1000, 1000));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    DemoMallState mall(String mallId) {
        return server.mall(mallId);
    }

    /** A client of {@code mallId} that has not logged in yet. */
    MallClient client(String mallId) {
        return new MallClient(server, mallId);
    }

    MallClient loggedIn(String mallId) {
        MallClient client = client(mallId);
        client.login();
        return client;
    }
}
