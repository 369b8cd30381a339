package com.mallboard.product.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own choice of field for some of a sheet's columns, by header text, taking precedence over the names
 * {@link ColumnMapping} knows. A header it does not mention is mapped as usual.
 */
public record ColumnOverrides(Map<String, ColumnTarget> byHeader) {
    public static final ColumnOverrides NONE = new ColumnOverrides(Map.of());
    private static final String PAIR = "\u001e";
    private static final String SEPARATOR = "\u001f";

    public ColumnOverrides {
        byHeader = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byHeader));
    }

    public Optional<ColumnTarget> target(String header) {
        return Optional.ofNullable(byHeader.get(header.strip()));
    }

    /** One line of text for the settings: header and target code per column. */
    String encode() {
        StringBuilder text = new StringBuilder();
        byHeader.forEach((header, target) -> {
            if (!text.isEmpty()) {
                text.append(PAIR);
            }
            text.append(header).append(SEPARATOR).append(target.code());
        });
        return text.toString();
    }

    /** The overrides {@link #encode} wrote; a damaged or outdated entry is dropped rather than guessed at. */
    static Optional<ColumnOverrides> decode(String text) {
        Map<String, ColumnTarget> byHeader = new LinkedHashMap<>();
        try {
            for (String pair : text.split(PAIR)) {
                String[] parts = pair.split(SEPARATOR, -1);
                if (parts.length != 2) {
                    return Optional.empty();
                }
                byHeader.put(parts[0], ColumnTarget.ofCode(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new ColumnOverrides(byHeader));
    }
}
