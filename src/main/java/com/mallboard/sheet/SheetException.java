package com.mallboard.sheet;

import com.mallboard.common.ExplainedException;

/** A file that cannot be read as a table; {@code messageKey} (with {@code args}) tells the user why. */
public class SheetException extends ExplainedException {

    public SheetException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
