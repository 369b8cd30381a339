package com.mallboard.common;

import java.util.List;

/**
 * A failure the user is told about in their language: {@code messageKey} names the message in the bundles and
 * {@code args} fill it in. The exception's own message is the key, so logs stay free of personal data.
 */
public abstract class ExplainedException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> args;

    protected ExplainedException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
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
