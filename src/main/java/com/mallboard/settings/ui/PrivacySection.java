package com.mallboard.settings.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.SettingsSection;
import com.mallboard.sync.ui.RetentionBar;
import javafx.scene.Node;

/**
 * How long receivers' personal data stays after delivery: the orders screen's {@link RetentionBar} (same service, same
 * checks, saved at once), with what it means written out.
 */
public final class PrivacySection implements SettingsSection {
    private final RetentionBar retention;
    private final Messages messages;

    public PrivacySection(RetentionBar retention, Messages messages) {
        this.retention = retention;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "privacy";
    }

    @Override
    public String titleKey() {
        return "settings.privacy";
    }

    @Override
    public Node content() {
        return SettingsParts.group(messages.get("settings.privacy.retention"), messages.get("privacy.retention.tooltip"),
                retention);
    }

    @Override
    public void reload() {
        retention.load();
    }
}
