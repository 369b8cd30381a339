package com.mallboard.suggest.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of field condition a rule can test; {@code code} is the name used in rule files and the database. */
public enum ConditionType {
    /** The launch date is set and at most {@code days} days away (or already past). */
    LAUNCH_WITHIN_DAYS,
    BARCODE_MISSING,
    /** There is no valid EAN-13: the barcode is missing, or entered but wrong. */
    BARCODE_NOT_EAN13,
    /** One of the {@link RuleField}s is empty. */
    FIELD_EMPTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ConditionType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
