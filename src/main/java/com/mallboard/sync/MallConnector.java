package com.mallboard.sync;

/**
 * Connects a mall: the platform's sign-in and consent (for Cafe24, OAuth in the browser), ending with tokens in
 * {@link MallSecrets}. Blocking; the malls screen calls it off the UI thread. Until the composition root provides
 * one, the screen's "Connect" action stays disabled.
 */
public interface MallConnector {

    void connect(Mall mall);
}
