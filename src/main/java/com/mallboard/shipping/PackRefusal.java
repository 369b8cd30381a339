package com.mallboard.shipping;

/** Why an order cannot be packed; {@code messageKey} takes the order id as {0}. */
public record PackRefusal(Reason reason, String orderId) {

    public enum Reason {
        CANCELED("pack.refused.canceled"),
        ALREADY_PACKED("pack.refused.packed"),
        UNMATCHED_LINES("pack.refused.unmatched"),
        NOT_FOUND("pack.refused.not.found"),
        AMBIGUOUS("pack.refused.ambiguous");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public String messageKey() {
        return reason.messageKey;
    }
}
