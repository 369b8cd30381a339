package com.mallboard.sync.cafe24;

import java.net.URI;

/** Opens a web page in the user's browser; the UI implements it with JavaFX {@code HostServices}. */
@FunctionalInterface
public interface BrowserLauncher {

    void open(URI page);
}
