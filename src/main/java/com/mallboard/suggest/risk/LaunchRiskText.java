package com.mallboard.suggest.risk;

import com.mallboard.common.Messages;
import java.util.stream.Collectors;

/**
 * The sentence behind a risk flag: "출시까지 9일, 남은 단계에 약 18일 필요 (소싱 11일 + 라벨링 7일)", with the stages
 * whose duration is a default (too little history) marked and said so.
 */
public final class LaunchRiskText {
    private final Messages messages;

    public LaunchRiskText(Messages messages) {
        this.messages = messages;
    }

    /** Empty for a product with nothing to warn about. */
    public String explain(LaunchRisk risk) {
        return switch (risk.status()) {
            case NONE -> "";
            case LATE -> messages.get(risk.campaign() ? "risk.late.campaign" : "risk.late", -risk.daysLeft());
            case AT_RISK, ON_TRACK -> estimate(risk);
        };
    }

    private String estimate(LaunchRisk risk) {
        String parts = risk.parts().stream()
                .map(part -> messages.get(part.fromDefaults() ? "risk.part.default" : "risk.part",
                        messages.get(part.stage().messageKey()), part.days()))
                .collect(Collectors.joining(" + "));
        String key = (risk.atRisk() ? "risk.explain" : "risk.fits") + (risk.campaign() ? ".campaign" : "");
        String sentence = messages.get(key, risk.daysLeft(), risk.daysNeeded(), parts);
        return risk.usesDefaults() ? sentence + "\n" + messages.get("risk.defaults", StageDurations.MIN_VISITS)
                : sentence;
    }
}
