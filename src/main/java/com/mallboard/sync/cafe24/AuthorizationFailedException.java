package com.mallboard.sync.cafe24;

/** Connecting a mall did not work; the message says why in words a user can act on. Never carries codes or tokens. */
public class AuthorizationFailedException extends RuntimeException {

    public AuthorizationFailedException(String message) {
        super(message);
    }

    public AuthorizationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
