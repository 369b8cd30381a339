package com.mallboard.sync;

/** The same mall (platform, mall id, shop) was added twice. */
public class DuplicateMallException extends RuntimeException {

    public DuplicateMallException(String mallId) {
        super("mall already added: " + mallId);
    }
}
