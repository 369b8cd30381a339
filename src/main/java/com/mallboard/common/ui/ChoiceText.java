package com.mallboard.common.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box or a non-editable combo box names its items; nothing is ever typed into them. */
public final class ChoiceText {
    private ChoiceText() {
    }

    /** Shows each item as {@code text} says, and an empty choice as nothing. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return of(text, "");
    }

    /** Shows each item as {@code text} says, and an empty choice as {@code whenEmpty}. */
    public static <T> StringConverter<T> of(Function<T, String> text, String whenEmpty) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? whenEmpty : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
