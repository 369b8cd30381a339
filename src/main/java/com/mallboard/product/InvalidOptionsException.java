package com.mallboard.product;

import java.util.List;

/** Options that cannot be saved; each message key names one problem (blank name, duplicate SKU, ...). */
public class InvalidOptionsException extends RuntimeException {
    private final List<String> messageKeys;

    public InvalidOptionsException(List<String> messageKeys) {
        super("Invalid options: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
