package com.mallboard.shipping.ui;

import com.mallboard.common.SettingsRepository;
import com.mallboard.shipping.labels.LabelMargins;
import com.mallboard.shipping.labels.LabelSheet;
import java.util.Locale;

/** The label paper and sheet measurements last used, kept in the data folder's settings. Call off the FX thread. */
final class LabelSettings {
    private static final String PREFIX = "labels.";

    /** What the dialog remembers. Millimetres are the A4 sheet's; rolls have fixed sizes. */
    record Values(LabelPaper paper, double widthMm, double heightMm, LabelMargins margins) {
        static final Values DEFAULT = new Values(LabelPaper.A4_3X8, 70, 37, LabelMargins.A4_3X8);
    }

    private final SettingsRepository settings;

    LabelSettings(SettingsRepository settings) {
        this.settings = settings;
    }

    Values load() {
        Values d = Values.DEFAULT;
        LabelPaper paper = settings.get(PREFIX + "paper").flatMap(LabelPaper::parse).orElse(d.paper());
        LabelMargins margins = new LabelMargins(number("top", d.margins().topMm()), number("left", d.margins().leftMm()),
                number("columnGap", d.margins().columnGapMm()), number("rowGap", d.margins().rowGapMm()));
        Values values = new Values(paper, number("width", d.widthMm()), number("height", d.heightMm()), margins);
        try {
            LabelSheet.a4ThreeByEight(values.widthMm(), values.heightMm(), values.margins());
            return values;
        } catch (IllegalArgumentException e) {
            // Settings saved by hand or by an older version that no longer fit: start again from the defaults.
            return new Values(paper, d.widthMm(), d.heightMm(), d.margins());
        }
    }

    void save(Values values) {
        settings.put(PREFIX + "paper", values.paper().name());
        put("width", values.widthMm());
        put("height", values.heightMm());
        put("top", values.margins().topMm());
        put("left", values.margins().leftMm());
        put("columnGap", values.margins().columnGapMm());
        put("rowGap", values.margins().rowGapMm());
    }

    private double number(String key, double fallback) {
        try {
            return settings.get(PREFIX + "a4." + key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void put(String key, double mm) {
        settings.put(PREFIX + "a4." + key, String.format(Locale.ROOT, "%.1f", mm));
    }
}
