package com.mallboard.suggest.rules;

/**
 * One field test of a rule. {@code days} is used by {@link ConditionType#LAUNCH_WITHIN_DAYS} only, {@code field} by
 * {@link ConditionType#FIELD_EMPTY} only; the other is {@code null}.
 */
public record FieldCondition(ConditionType type, Integer days, RuleField field) {

    public static FieldCondition launchWithinDays(int days) {
        return new FieldCondition(ConditionType.LAUNCH_WITHIN_DAYS, days, null);
    }

    public static FieldCondition barcodeMissing() {
        return new FieldCondition(ConditionType.BARCODE_MISSING, null, null);
    }

    public static FieldCondition barcodeNotEan13() {
        return new FieldCondition(ConditionType.BARCODE_NOT_EAN13, null, null);
    }

    public static FieldCondition fieldEmpty(RuleField field) {
        return new FieldCondition(ConditionType.FIELD_EMPTY, null, field);
    }
}
