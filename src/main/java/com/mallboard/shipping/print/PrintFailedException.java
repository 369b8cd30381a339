package com.mallboard.shipping.print;

/** Printing could not start or stopped; {@code messageKey} says why in the user's words, {@code detail} may be empty. */
public final class PrintFailedException extends Exception {
    private final String messageKey;
    private final String detail;

    public PrintFailedException(String messageKey, String detail, Throwable cause) {
        super(messageKey + (detail == null || detail.isEmpty() ? "" : ": " + detail), cause);
        this.messageKey = messageKey;
        this.detail = detail == null ? "" : detail;
    }

    public String messageKey() {
        return messageKey;
    }

    public String detail() {
        return detail;
    }
}
