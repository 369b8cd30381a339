package com.mallboard.suggest.ui.rules;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.converter.IntegerStringConverter;

/** A typed or stepped number of days (0 to 3650) bound to the form. */
final class DaysSpinner {
    static final int MAX_DAYS = 3650;

    private DaysSpinner() {
    }

    static Spinner<Integer> of(String id, ObjectProperty<Integer> days) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MAX_DAYS, days.get());
        factory.setConverter(new IntegerStringConverter() {
            @Override
            public Integer fromString(String typed) {
                // Not a number: the field shows the last good value again instead of failing.
                try {
                    return Math.max(0, Math.min(MAX_DAYS, Integer.parseInt(typed.strip())));
                } catch (NumberFormatException | NullPointerException e) {
                    return factory.getValue();
                }
            }
        });
        factory.valueProperty().bindBidirectional(days);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        // A typed number counts when the field is left, not only on Enter.
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.commitValue();
            }
        });
        return spinner;
    }
}
