package com.mallboard.common.ui;

import javafx.scene.Node;

/**
 * One part of the settings screen (general, board, warehouse, privacy, backups, ...). Features contribute their own
 * section; the composition root lists them, so the settings screen depends on none of them.
 */
public interface SettingsSection {

    /** Stable id, e.g. {@code "backups"}; the section's node gets the id {@code id() + "Section"} for tests. */
    String id();

    /** Message key of the section's title. */
    String titleKey();

    /** The section's controls; built once, the first time the settings screen shows it. */
    Node content();

    /** Called each time the settings screen is shown, to read the current values again (off the FX thread). */
    default void reload() {
    }
}
