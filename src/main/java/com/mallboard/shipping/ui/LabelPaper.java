package com.mallboard.shipping.ui;

import java.util.Arrays;
import java.util.Optional;

/** The label papers the dialog offers. */
public enum LabelPaper {
    A4_3X8("labels.layout.a4"),
    THERMAL_50X30("labels.layout.thermal");

    private final String messageKey;

    LabelPaper(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    static Optional<LabelPaper> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
