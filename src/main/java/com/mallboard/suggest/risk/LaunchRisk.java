package com.mallboard.suggest.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * A product's launch-risk estimate: its {@code deadline} (the launch date or an earlier campaign date,
 * {@code campaign} says which), the Seoul calendar days left until it, and the days the stages before launch still
 * typically need, stage by stage.
 */
public record LaunchRisk(RiskStatus status, LocalDate deadline, boolean campaign, long daysLeft,
        List<StagePart> parts) {
    public static final LaunchRisk NONE = new LaunchRisk(RiskStatus.NONE, null, false, 0, List.of());

    public LaunchRisk {
        parts = List.copyOf(parts);
    }

    public int daysNeeded() {
        return parts.stream().mapToInt(StagePart::days).sum();
    }

    public boolean atRisk() {
        return status == RiskStatus.AT_RISK;
    }

    /** Some stage's days are the default duration, not learned from history. */
    public boolean usesDefaults() {
        return parts.stream().anyMatch(StagePart::fromDefaults);
    }
}
