package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a listing's status reads and looks, the same on board cards and in the product editor's malls tab: a word, a
 * colour (style class), an icon and the problem in words (for an incomplete listing, the missing fields' labels).
 */
public final class ListingStatusText {
    private static final int SHORT_NAME_LENGTH = 6;

    private final Messages messages;

    public ListingStatusText(Messages messages) {
        this.messages = messages;
    }

    public String status(ListingStatus status) {
        return messages.get(status.messageKey());
    }

    /** What the user should know beyond the status word; empty when nothing. */
    public String problem(ListingStatus status, String problem) {
        return switch (status) {
            case INCOMPLETE -> messages.get("listing.problem.incomplete", fieldLabels(problem));
            case FAILED -> problem == null || problem.isBlank() ? messages.get("listing.problem.failed") : problem;
            case DRIFT -> messages.get("listing.problem.drift");
            case PENDING -> messages.get("listing.problem.pending");
            case SYNCED -> "";
        };
    }

    /** "PRICE,CATEGORY" as the sync engine records it, as "목표 판매가, 카테고리". */
    public String fieldLabels(String fieldNames) {
        if (fieldNames == null || fieldNames.isBlank()) {
            return "";
        }
        return Arrays.stream(fieldNames.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(this::fieldLabel).collect(Collectors.joining(", "));
    }

    private String fieldLabel(String name) {
        try {
            return messages.get(ProductField.valueOf(name).messageKey());
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    /** The chip's tooltip: mall, status and, when there is one, the problem. */
    public String tooltip(ListingChip chip) {
        String problem = problem(chip.status(), chip.problem());
        return problem.isEmpty() ? messages.get("listing.chip.tooltip", chip.mallName(), status(chip.status()))
                : messages.get("listing.chip.tooltip.problem", chip.mallName(), status(chip.status()), problem);
    }

    /** {@code listing-synced}, {@code listing-failed}, …: the colour of chips and status badges. */
    public static String styleClass(ListingStatus status) {
        return "listing-" + lower(status);
    }

    public static String iconLiteral(ListingStatus status) {
        return switch (status) {
            case SYNCED -> "mdi2c-check-circle";
            case PENDING -> "mdi2c-clock-outline";
            case FAILED -> "mdi2a-alert-circle";
            case INCOMPLETE -> "mdi2a-alert-outline";
            case DRIFT -> "mdi2s-swap-horizontal";
        };
    }

    /** The mall's name as a chip shows it: its first word, at most six characters ("글로우몰 공식" → "글로우몰"). */
    public static String shortName(String mallName) {
        String first = mallName == null ? "" : mallName.strip().split("\\s+")[0];
        int end = first.offsetByCodePoints(0, Math.min(SHORT_NAME_LENGTH, first.codePointCount(0, first.length())));
        return first.substring(0, end);
    }

    private static String lower(ListingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
