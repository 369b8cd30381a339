package com.mallboard.shipping.tracking;

/** Why a row of a courier's file cannot be imported; each names its message (argument {0}: the detail). */
public enum RowProblem {
    MISSING_ORDER_ID("tracking.import.problem.missing.order"),
    MISSING_TRACKING("tracking.import.problem.missing.tracking"),
    BAD_TRACKING("tracking.import.problem.bad.tracking"),
    DUPLICATE_ROW("tracking.import.problem.duplicate"),
    CONFLICTING_ROWS("tracking.import.problem.conflicting"),
    UNKNOWN_ORDER("tracking.import.problem.unknown.order"),
    AMBIGUOUS_ORDER("tracking.import.problem.ambiguous"),
    CANCELED_ORDER("tracking.import.problem.canceled"),
    UNKNOWN_ITEM("tracking.import.problem.unknown.item"),
    ALREADY_SHIPPED("tracking.import.problem.shipped.same"),
    SHIPPED_OTHER_NUMBER("tracking.import.problem.shipped.other"),
    UNKNOWN_COURIER("tracking.import.problem.unknown.courier"),
    NO_CARRIERS("tracking.import.problem.no.carriers"),
    COURIER_NOT_OFFERED("tracking.import.problem.courier.not.offered");

    private final String messageKey;

    RowProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
