package com.mallboard.sync;

/**
 * A mall refused a call or could not be reached, after the gateway's own retries. {@code retryable} tells the
 * outbox whether trying again later can help (a 5xx or a timeout) or whether a person must act (a 4xx: the mall's
 * message says what is wrong). {@code status} is the HTTP status, or 0 when no response came back.
 */
public class MallCallException extends RuntimeException {
    private final int status;
    private final String mallCode;
    private final boolean retryable;

    public MallCallException(int status, String mallCode, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.mallCode = mallCode;
        this.retryable = retryable;
    }

    public MallCallException(int status, String mallCode, String message, boolean retryable) {
        this(status, mallCode, message, retryable, null);
    }

    public int status() {
        return status;
    }

    public String mallCode() {
        return mallCode;
    }

    public boolean retryable() {
        return retryable;
    }

    /** One line for the job log: the status, the mall's code and its message. */
    public String summary() {
        String where = status == 0 ? "no response" : "HTTP " + status;
        return where + (mallCode == null || mallCode.equals(Integer.toString(status)) ? "" : " " + mallCode) + ": "
                + getMessage();
    }
}
