package com.mallboard.product;

/** Where a checklist action came from: typed by a person, or accepted from a suggestion. */
public enum ActionSource {
    MANUAL, RULE, LEARNED
}
