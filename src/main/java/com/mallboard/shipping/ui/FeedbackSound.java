package com.mallboard.shipping.ui;

import com.mallboard.shipping.Feedback;

/** Makes the bench heard: the packer's eyes are on the parcel, not the screen. Must return at once. */
@FunctionalInterface
public interface FeedbackSound {
    /** For machines and tests that stay silent. */
    FeedbackSound SILENT = feedback -> { };

    void play(Feedback feedback);
}
