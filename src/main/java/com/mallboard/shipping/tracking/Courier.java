package com.mallboard.shipping.tracking;

import com.mallboard.sheet.SheetTable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five couriers whose exports Mallboard knows. A mall lists its couriers under its own codes and names
 * ("CJ대한통운", "대한통운", "CJ택배"), so a courier is matched to a mall's carrier by the names it goes by.
 */
public enum Courier {
    CJ("CJ대한통운", "대한통운", "CJ택배", "CJ"),
    LOTTE("롯데택배", "롯데글로벌로지스", "롯데", "lotte"),
    HANJIN("한진택배", "한진", "hanjin"),
    EPOST("우체국택배", "우체국", "우편", "epost"),
    LOGEN("로젠택배", "로젠", "logen");

    private final String displayName;
    private final List<String> names;

    Courier(String displayName, String... otherNames) {
        this.displayName = displayName;
        this.names = List.copyOf(Arrays.asList(otherNames));
    }

    /** The name Korean couriers and malls use ("CJ대한통운"); the same in both languages. */
    public String displayName() {
        return displayName;
    }

    /** Whether a mall's carrier (or a courier column's text) names this courier. */
    public boolean matches(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String text = SheetTable.comparable(name);
        return text.contains(SheetTable.comparable(displayName))
                || names.stream().anyMatch(n -> text.contains(SheetTable.comparable(n)));
    }

    /** The courier a piece of text names, if exactly one does. */
    public static Optional<Courier> named(String name) {
        List<Courier> found = Arrays.stream(values()).filter(c -> c.matches(name)).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
