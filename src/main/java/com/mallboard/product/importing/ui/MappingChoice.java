package com.mallboard.product.importing.ui;

import com.mallboard.product.importing.ColumnTarget;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One sheet column in the mapping step: its header, the first row's value, and what the user imports it as. */
public final class MappingChoice {
    private final String header;
    private final String sample;
    private final ObjectProperty<ColumnTarget> target;

    MappingChoice(String header, String sample, ColumnTarget target) {
        this.header = header;
        this.sample = sample;
        this.target = new SimpleObjectProperty<>(target);
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<ColumnTarget> targetProperty() {
        return target;
    }
}
