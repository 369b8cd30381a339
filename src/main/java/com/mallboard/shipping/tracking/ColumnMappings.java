package com.mallboard.shipping.tracking;

import com.mallboard.common.SettingsRepository;
import com.mallboard.sheet.SheetTable;

/** The columns the user last confirmed for each courier, kept in the data folder's settings. */
public final class ColumnMappings {
    private static final String KEY = "trackingImport.columns.";

    private final SettingsRepository settings;

    public ColumnMappings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The remembered columns when this file has them all, else the courier's preset guess. */
    public ColumnMapping forFile(Courier courier, SheetTable table) {
        return remembered(courier).filter(m -> m.fits(table))
                .orElseGet(() -> CourierLayout.of(courier).guessMapping(table));
    }

    public java.util.Optional<ColumnMapping> remembered(Courier courier) {
        return settings.get(KEY + courier.name()).map(ColumnMapping::decode).filter(ColumnMapping::complete);
    }

    public void remember(Courier courier, ColumnMapping mapping) {
        settings.put(KEY + courier.name(), mapping.encode());
    }
}
