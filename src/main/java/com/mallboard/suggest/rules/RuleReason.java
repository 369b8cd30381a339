package com.mallboard.suggest.rules;

import java.util.List;

/**
 * Why a rule suggested an action: the rule's name and the tags, conditions and stage that fired, as a bundle key
 * with arguments ({@code args} = rule name, the parts' text joined) plus the parts themselves, and the same
 * sentence ready to show ("규칙 ‘선크림 시험 성적서’: 태그 sunscreen, 소싱 단계").
 */
public record RuleReason(String key, List<Object> args, List<ReasonPart> parts, String text) {

    public RuleReason {
        args = List.copyOf(args);
        parts = List.copyOf(parts);
    }
}
