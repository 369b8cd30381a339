package com.mallboard.suggest.ui.rules;

import com.mallboard.suggest.rules.DueDate;
import java.util.Locale;

/** The due-date choice of the form: none, or N days counted from today or back from the launch date. */
public enum DueKind {
    NONE, FROM_NOW, BEFORE_LAUNCH;

    public String messageKey() {
        return "suggest.rules.editor.due." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static DueKind of(DueDate due) {
        if (due == null) {
            return NONE;
        }
        return due.anchor() == DueDate.Anchor.BEFORE_LAUNCH ? BEFORE_LAUNCH : FROM_NOW;
    }

    DueDate due(int days) {
        return switch (this) {
            case NONE -> null;
            case FROM_NOW -> DueDate.fromNow(days);
            case BEFORE_LAUNCH -> DueDate.beforeLaunch(days);
        };
    }
}
