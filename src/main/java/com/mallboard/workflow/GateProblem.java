package com.mallboard.workflow;

import com.mallboard.common.MessageText;
import com.mallboard.product.ProductField;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a product may not move on yet, as a message key. For a field's problem the message's first argument is the
 * field's label and the rest are {@code args}; a problem that is not about a field ({@code field} null, e.g. required
 * actions still open) has just {@code args}.
 */
public record GateProblem(ProductField field, String messageKey, List<String> args) {

    public GateProblem {
        args = List.copyOf(args);
    }

    public static GateProblem missing(ProductField field) {
        return new GateProblem(field, "gate.missing", List.of());
    }

    /** Checklist actions the gate requires that are not done: "필수 작업 미완료: 시험 성적서 발주". */
    public static GateProblem openRequiredActions(List<String> titles) {
        return new GateProblem(null, "gate.required.actions.open", List.of(String.join(", ", titles)));
    }

    public boolean isAboutField() {
        return field != null;
    }

    /** The problem as a message worded where it is read: a field's label is its first argument. */
    public MessageText text() {
        List<Object> all = new ArrayList<>();
        if (isAboutField()) {
            all.add(MessageText.of(field.messageKey()));
        }
        all.addAll(args);
        return new MessageText(messageKey, all);
    }
}
