package com.mallboard.suggest.history;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.util.List;

/**
 * Why a learned suggestion is shown: {@code didIt} of {@code similar} similar products (sharing {@code tags} with
 * this one) had the action in {@code stage}.
 */
public record Evidence(int didIt, int similar, List<String> tags, Stage stage) {
    public static final String MESSAGE_KEY = "suggest.learned.evidence";

    public Evidence {
        tags = List.copyOf(tags);
    }

    /** Arguments of {@link #MESSAGE_KEY}; the stage is given as its message key and rendered by {@link #text}. */
    public Object[] args() {
        return new Object[] {didIt, similar, String.join(", ", tags), stage.messageKey()};
    }

    public String text(Messages messages) {
        return messages.get(MESSAGE_KEY, didIt, similar, String.join(", ", tags), messages.get(stage.messageKey()));
    }
}
