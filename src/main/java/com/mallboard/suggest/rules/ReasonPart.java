package com.mallboard.suggest.rules;

import java.util.List;

/** One thing that made a rule fire ("tag sunscreen", "barcode missing"), as a bundle key with its arguments. */
public record ReasonPart(String key, List<Object> args) {

    public ReasonPart {
        args = List.copyOf(args);
    }

    public static ReasonPart of(String key, Object... args) {
        return new ReasonPart(key, List.of(args));
    }
}
