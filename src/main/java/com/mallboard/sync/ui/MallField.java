package com.mallboard.sync.ui;

import com.mallboard.sync.MallValidator;

/** The mall editor's checked fields, each with the validator's message key for its problem. */
public enum MallField {
    NAME(MallValidator.NAME),
    MALL_ID(MallValidator.MALL_ID),
    SHOP_NO(MallValidator.SHOP_NO),
    API_VERSION(MallValidator.API_VERSION),
    BASE_URL(MallValidator.BASE_URL);

    private final String problemKey;

    MallField(String problemKey) {
        this.problemKey = problemKey;
    }

    public String problemKey() {
        return problemKey;
    }

    /** The field a validator message key is about; null for a key of no field. */
    public static MallField withProblem(String key) {
        for (MallField field : values()) {
            if (field.problemKey.equals(key)) {
                return field;
            }
        }
        return null;
    }
}
