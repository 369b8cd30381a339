package com.mallboard.sync.cafe24;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;

/** A test against a fresh {@link FakeCafe24} and a {@link TestMall} connected to it; the server closes after each test. */
abstract class FakeCafe24Test {
    final FakeCafe24 server;
    final TestMall mall;

    FakeCafe24Test() {
        try {
            server = new FakeCafe24();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mall = new TestMall(server);
    }

    @AfterEach
    void closeServer() {
        server.close();
    }
}
