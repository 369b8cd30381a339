package com.mallboard.sync.credentials;

/** Secrets could not be read or written; the message says what a person can do about it. Never carries a secret. */
public class CredentialStoreException extends RuntimeException {

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
