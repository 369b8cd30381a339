package com.mallboard.sync;

/**
 * This drain's claim on a mall ran out (the desktop slept, or lost the server longer than the lease) and another
 * desktop took the mall over. The drain stops before its next call; the job it was on stays pending with its attempt
 * counted, so whoever runs it next reads the mall first.
 */
public final class OutboxClaimLostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutboxClaimLostException(String mallId) {
        super("another desktop took over the sync of mall " + mallId);
    }
}
