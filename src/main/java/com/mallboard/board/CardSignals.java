package com.mallboard.board;

import com.mallboard.suggest.risk.LaunchRisk;

/** A card's flags computed with the board: its launch risk and how many suggestions are open on it. */
public record CardSignals(LaunchRisk launchRisk, int openSuggestions) {
    public static final CardSignals NONE = new CardSignals(LaunchRisk.NONE, 0);

    public CardSignals {
        launchRisk = launchRisk == null ? LaunchRisk.NONE : launchRisk;
    }

    public boolean atRisk() {
        return launchRisk.atRisk();
    }
}
