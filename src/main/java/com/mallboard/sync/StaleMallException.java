package com.mallboard.sync;

/** Someone else changed the mall's settings after the caller read them; nothing was written. */
public class StaleMallException extends RuntimeException {
    private final long mallRef;

    public StaleMallException(long mallRef) {
        super("The settings of mall " + mallRef + " were changed by someone else");
        this.mallRef = mallRef;
    }

    public long mallRef() {
        return mallRef;
    }
}
