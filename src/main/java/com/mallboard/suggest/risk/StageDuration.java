package com.mallboard.suggest.risk;

/**
 * How many days a stage typically takes. {@code visits} is how many products' stays it was learned from;
 * {@code fromDefaults} says the history was too thin and {@code days} is the documented default instead.
 */
public record StageDuration(int days, int visits, boolean fromDefaults) {
}
