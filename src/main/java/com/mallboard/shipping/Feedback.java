package com.mallboard.shipping;

/** How loudly the packing screen answers a scan: a short beep, a warning tone, or an unmistakable alarm. */
public enum Feedback {
    /** Nothing happened (an empty scan). */
    NONE,
    OK,
    WARNING,
    ERROR
}
