package com.mallboard.sync;

/** One value that differs between what we send and what the mall shows; {@code differs} false when they agree. */
public record DriftField(String field, String ours, String mall, boolean differs) {
}
