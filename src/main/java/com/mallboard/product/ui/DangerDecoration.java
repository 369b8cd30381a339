package com.mallboard.product.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Marks an invalid control the theme's way (AtlantaFX's red "danger" outline) with the message as its tooltip,
 * instead of ControlsFX's overlay icons, which sit on top of the text and clash with the theme.
 */
public final class DangerDecoration implements ValidationDecoration {
    private static final String OWN_TOOLTIP = "mallboard-validation-tooltip";

    @Override
    public void removeDecorations(Control target) {
        target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        if (target.getTooltip() != null && OWN_TOOLTIP.equals(target.getTooltip().getId())) {
            target.setTooltip(null);
        }
    }

    @Override
    public void applyValidationDecoration(ValidationMessage message) {
        if (message.getSeverity() != Severity.ERROR) {
            return;
        }
        Control target = message.getTarget();
        target.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        Tooltip tooltip = new Tooltip(message.getText());
        tooltip.setId(OWN_TOOLTIP);
        target.setTooltip(tooltip);
    }

    @Override
    public void applyRequiredDecoration(Control target) {
        // Required fields carry a "*" in their label; no extra mark on the control.
    }
}
