package com.mallboard.sync;

/** Mall settings or a tracking number the mall would refuse; {@code messageKey} names the problem for the user. */
public class InvalidSyncInputException extends RuntimeException {
    private final String messageKey;

    public InvalidSyncInputException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
