package com.mallboard.suggest.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * When an accepted suggestion is due: {@code days} after today, or {@code days} before the product's launch date.
 * A "before launch" due date of a product without a launch date falls back to {@code days} after today, so the
 * action is never left without a date.
 */
public record DueDate(Anchor anchor, int days) {

    public enum Anchor {
        FROM_NOW, BEFORE_LAUNCH;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Anchor> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(a -> a.code().equals(code)).findFirst();
        }
    }

    public static DueDate fromNow(int days) {
        return new DueDate(Anchor.FROM_NOW, days);
    }

    public static DueDate beforeLaunch(int days) {
        return new DueDate(Anchor.BEFORE_LAUNCH, days);
    }

    public LocalDate from(LocalDate today, LocalDate launchDate) {
        if (anchor == Anchor.BEFORE_LAUNCH && launchDate != null) {
            return launchDate.minusDays(days);
        }
        return today.plusDays(days);
    }
}
