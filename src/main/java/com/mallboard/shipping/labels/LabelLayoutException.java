package com.mallboard.shipping.labels;

import java.util.List;

/** Label sizes, margins or a start position that cannot work; carries the message key the screen shows. */
public final class LabelLayoutException extends IllegalArgumentException {
    private final String messageKey;
    private final transient List<Object> arguments;

    LabelLayoutException(String messageKey, String englishText, Object... arguments) {
        super(englishText);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
