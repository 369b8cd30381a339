package com.mallboard.suggest.ui.rules;

import com.mallboard.suggest.rules.ConditionType;
import com.mallboard.suggest.rules.FieldCondition;
import com.mallboard.suggest.rules.RuleField;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One field condition while it is edited. The days and the field are kept whatever the type, so switching the type
 * back and forth loses nothing; only the one the type uses goes into the rule.
 */
public final class ConditionRow {
    static final int DEFAULT_DAYS = 14;

    private final ObjectProperty<ConditionType> type = new SimpleObjectProperty<>(ConditionType.LAUNCH_WITHIN_DAYS);
    private final ObjectProperty<Integer> days = new SimpleObjectProperty<>(DEFAULT_DAYS);
    private final ObjectProperty<RuleField> field = new SimpleObjectProperty<>();

    static ConditionRow of(FieldCondition condition) {
        ConditionRow row = new ConditionRow();
        row.type.set(condition.type());
        if (condition.days() != null) {
            row.days.set(condition.days());
        }
        row.field.set(condition.field());
        return row;
    }

    FieldCondition condition() {
        ConditionType chosen = type.get();
        return new FieldCondition(chosen, chosen == ConditionType.LAUNCH_WITHIN_DAYS ? days.get() : null,
                chosen == ConditionType.FIELD_EMPTY ? field.get() : null);
    }

    public ObjectProperty<ConditionType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> daysProperty() {
        return days;
    }

    public ObjectProperty<RuleField> fieldProperty() {
        return field;
    }
}
