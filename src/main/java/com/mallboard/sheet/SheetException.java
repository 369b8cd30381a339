package com.mallboard.sheet;

import java.util.List;

/** A file that cannot be read as a table; {@code messageKey} (with {@code args}) tells the user why. */
public class SheetException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public SheetException(String messageKey, Throwable cause, Object... args) {
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
