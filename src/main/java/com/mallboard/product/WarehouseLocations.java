package com.mallboard.product;

import com.mallboard.common.SettingsRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The warehouse's location codes ({@code A-01-03}) in the order a picker walks past them. The product editor offers
 * them for a product's location, and pick lists walk the listed locations in this order, then any others by their
 * text. Kept in the data folder's settings, one code per line. Touches the database: call off the FX thread.
 */
public final class WarehouseLocations {
    public static final int MAX_LENGTH = 40;
    public static final int MAX_COUNT = 5000;
    static final String SETTING = "warehouse.locations";

    private final SettingsRepository settings;

    public WarehouseLocations(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The codes in walking order; empty until the warehouse lists some. */
    public List<String> all() {
        return settings.get(SETTING).map(WarehouseLocations::lines).orElse(List.of());
    }

    /** Saves {@code codes} (each stripped) as the list, or throws with every problem and saves nothing. */
    public List<String> save(List<String> codes) {
        List<String> stripped = checked(codes);
        settings.put(SETTING, String.join("\n", stripped));
        return stripped;
    }

    /**
     * A user's edit of the list as read ({@code before}): saved only if the stored list is still {@code before}, else
     * {@link StaleLocationsException} and nothing is saved, so two people adding shelves at once do not lose one.
     */
    public List<String> save(List<String> before, List<String> codes) {
        List<String> stripped = checked(codes);
        String expected = before.isEmpty() ? settings.get(SETTING).filter(String::isEmpty).orElse(null)
                : String.join("\n", before);
        if (!settings.replace(SETTING, expected, String.join("\n", stripped))) {
            throw new StaleLocationsException();
        }
        return stripped;
    }

    private static List<String> checked(List<String> codes) {
        List<String> stripped = codes.stream().map(c -> c == null ? "" : c.strip()).toList();
        List<LocationProblem> problems = problems(stripped);
        if (!problems.isEmpty()) {
            throw new InvalidLocationsException(problems);
        }
        return stripped;
    }

    /** What is wrong with a list of codes: blanks, codes too long or with control characters, repeats, too many. */
    public static List<LocationProblem> problems(List<String> codes) {
        List<LocationProblem> problems = new ArrayList<>();
        if (codes.size() > MAX_COUNT) {
            problems.add(new LocationProblem(MAX_COUNT, "", "warehouse.location.too.many"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).strip();
            String key = code.isEmpty() ? "warehouse.location.blank"
                    : code.length() > MAX_LENGTH ? "warehouse.location.too.long"
                    : code.chars().anyMatch(Character::isISOControl) ? "warehouse.location.control"
                    : !seen.add(folded(code)) ? "warehouse.location.duplicate" : null;
            if (key != null) {
                problems.add(new LocationProblem(i, code, key));
            }
        }
        return problems;
    }

    /** Codes pasted from a spreadsheet or a text: one per line, surrounding spaces and empty lines dropped. */
    public static List<String> fromPastedLines(String text) {
        return text == null ? List.of() : lines(text);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Locations in walking order: the listed ones by their place in {@code codes} (ignoring case and surrounding
     * spaces), then the others by their text, as before there was a list.
     */
    public static Comparator<String> walkOrder(List<String> codes) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            rank.putIfAbsent(folded(codes.get(i)), i);
        }
        return Comparator.<String>comparingInt(code -> rank.getOrDefault(folded(code), Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    private static String folded(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
