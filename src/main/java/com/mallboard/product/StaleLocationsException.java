package com.mallboard.product;

/** Someone else changed the warehouse's location list after the caller read it; nothing was saved. */
public class StaleLocationsException extends RuntimeException {

    public StaleLocationsException() {
        super("The warehouse locations were changed by someone else");
    }
}
