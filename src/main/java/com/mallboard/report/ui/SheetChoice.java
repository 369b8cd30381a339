package com.mallboard.report.ui;

import com.mallboard.report.ReportSheet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One view of the catalogue as the dialog lists it: its name in the user's language and whether it is ticked. */
public final class SheetChoice {
    private final ReportSheet sheet;
    private final String title;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    SheetChoice(ReportSheet sheet, String title) {
        this.sheet = sheet;
        this.title = title;
    }

    public ReportSheet sheet() {
        return sheet;
    }

    public String id() {
        return sheet.id();
    }

    public String title() {
        return title;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }
}
