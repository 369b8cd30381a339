package com.mallboard.shipping.tracking;

import java.util.List;

/** An import that was not started (nothing stored); {@code messageKey} with {@code args} says why. */
public class TrackingImportException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public TrackingImportException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
