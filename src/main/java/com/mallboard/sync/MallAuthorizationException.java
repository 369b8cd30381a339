package com.mallboard.sync;

/** The mall no longer accepts our tokens (refresh failed or none stored): a person must connect the mall again. */
public class MallAuthorizationException extends MallCallException {

    public MallAuthorizationException(String message, Throwable cause) {
        super(401, "unauthorized", message, false, cause);
    }
}
