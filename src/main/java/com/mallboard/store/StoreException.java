package com.mallboard.store;

/** The database could not be opened or used; the message is meant for the person at the screen. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
