package com.mallboard.common;

import java.util.List;

/**
 * A message named by its key, given as an argument of another message so that it is worded in the reader's language
 * when that message is ("B열: 라벨링 단계로 시작하려면 브랜드 없음"): code without a {@link Messages} (an import's cell
 * problem) can still name a field or a stage. With {@code key} null it is its {@code args} joined by "; ".
 */
public record MessageText(String key, List<Object> args) {

    public MessageText {
        args = List.copyOf(args);
    }

    public static MessageText of(String key, Object... args) {
        return new MessageText(key, List.of(args));
    }

    /** Several messages read as one, separated by "; ". */
    public static MessageText joined(List<MessageText> parts) {
        return new MessageText(null, List.copyOf(parts));
    }
}
