package com.mallboard.suggest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LaunchRiskTextTest {
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 4);
    private static final List<StagePart> LEARNED = List.of(new StagePart(Stage.SOURCING, 11, false),
            new StagePart(Stage.LABELING, 7, false));

    private final LaunchRiskText korean = new LaunchRiskText(new Messages(Locale.KOREAN));
    private final LaunchRiskText english = new LaunchRiskText(new Messages(Locale.ENGLISH));

    @Test
    void anAtRiskLaunchSaysTheDaysLeftTheDaysNeededAndWhereTheyGo() {
        LaunchRisk risk = new LaunchRisk(RiskStatus.AT_RISK, DEADLINE, false, 9, LEARNED);

        assertThat(korean.explain(risk)).isEqualTo("출시까지 9일, 남은 단계에 약 18일 필요 (소싱 11일 + 라벨링 7일)");
        assertThat(english.explain(risk)).isEqualTo("needs ~18 days more, launch in 9 (Sourcing 11 d + Labeling 7 d)");
    }

    @Test
    void aCampaignDeadlineIsNamedAsTheCampaign() {
        LaunchRisk risk = new LaunchRisk(RiskStatus.AT_RISK, DEADLINE, true, 2,
                List.of(new StagePart(Stage.LABELING, 5, false)));

        assertThat(korean.explain(risk)).isEqualTo("캠페인까지 2일, 남은 단계에 약 5일 필요 (라벨링 5일)");
        assertThat(english.explain(risk)).isEqualTo("needs ~5 days more, campaign in 2 (Labeling 5 d)");
    }

    @Test
    void defaultDurationsAreMarkedAndExplained() {
        LaunchRisk risk = new LaunchRisk(RiskStatus.AT_RISK, DEADLINE, false, 9,
                List.of(new StagePart(Stage.SOURCING, 12, true), new StagePart(Stage.LABELING, 7, false)));

        assertThat(korean.explain(risk)).isEqualTo("출시까지 9일, 남은 단계에 약 19일 필요 (소싱 12일* + 라벨링 7일)\n"
                + "* 이력이 적은 단계(상품 5개 미만)는 기본 기간으로 계산했습니다.");
        assertThat(english.explain(risk)).endsWith("(Sourcing 12 d* + Labeling 7 d)\n"
                + "* too little history (fewer than 5 products): default duration.");
    }

    @Test
    void lateAndNothingToSay() {
        assertThat(korean.explain(new LaunchRisk(RiskStatus.LATE, DEADLINE, false, -3, LEARNED)))
                .isEqualTo("출시일이 3일 지났습니다");
        assertThat(english.explain(new LaunchRisk(RiskStatus.LATE, DEADLINE, true, -1, LEARNED)))
                .isEqualTo("campaign date passed 1 day ago");
        assertThat(korean.explain(LaunchRisk.NONE)).isEmpty();
    }
}
