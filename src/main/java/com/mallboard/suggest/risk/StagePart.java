package com.mallboard.suggest.risk;

import com.mallboard.product.Stage;

/** The days one stage still needs in an estimate; {@code fromDefaults} when its history was too thin. */
public record StagePart(Stage stage, int days, boolean fromDefaults) {
}
