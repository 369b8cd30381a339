package com.mallboard.suggest.risk;

/** Where a product stands against its deadline. */
public enum RiskStatus {
    /** No deadline, or the product is already in shipment or done: nothing to warn about. */
    NONE,
    /** The remaining stages typically fit before the deadline. */
    ON_TRACK,
    /** The remaining stages typically take longer than the days left. */
    AT_RISK,
    /** The deadline has passed and the product has not reached shipment: the board already marks it overdue. */
    LATE
}
