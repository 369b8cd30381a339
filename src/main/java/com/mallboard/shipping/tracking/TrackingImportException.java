package com.mallboard.shipping.tracking;

import com.mallboard.common.ExplainedException;

/** An import that was not started (nothing stored); {@code messageKey} with {@code args} says why. */
public class TrackingImportException extends ExplainedException {

    public TrackingImportException(String messageKey, Object... args) {
        super(messageKey, null, args);
    }
}
