package com.mallboard.board;

import com.mallboard.product.Stage;
import java.util.List;
import java.util.Map;

/** The first cards of each column, and how many cards each column really has. */
public record BoardPreview(List<BoardCard> cards, Map<Stage, Integer> countsByStage) {

    public BoardPreview {
        cards = List.copyOf(cards);
        countsByStage = Map.copyOf(countsByStage);
    }
}
