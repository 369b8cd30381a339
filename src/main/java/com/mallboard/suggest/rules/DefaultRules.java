package com.mallboard.suggest.rules;

import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.PLANNING;
import static com.mallboard.product.Stage.SHIPMENT;
import static com.mallboard.product.Stage.SOURCING;

import java.util.List;
import java.util.Set;

/**
 * The rule pack a beauty-commerce team starts with (issue 5): Korean titles first, English beside them. Seeded once
 * by {@link SuggestionRuleService#seedDefaults()}; after that the rules are the manager's to edit.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static List<SuggestionRule> beautyCommerce() {
        return List.of(
                rule("functional-cosmetic-mfds-review", "기능성 화장품 심사", "Functional-cosmetic review",
                        RuleTrigger.at(Set.of(PLANNING), "functional-cosmetic"),
                        action("식약처 기능성 화장품 심사 신청", "Submit functional-cosmetic review to MFDS",
                                "미백·주름·자외선 차단 표시를 하려면 출시 전에 식약처 심사(또는 보고)가 필요합니다.",
                                "Whitening, wrinkle or UV claims need an MFDS review (or report) before launch.",
                                DueDate.fromNow(14), Priority.HIGH, true)),
                rule("sunscreen-spf-test-report", "선크림 시험 성적서", "Sunscreen test report",
                        RuleTrigger.at(Set.of(SOURCING), "sunscreen"),
                        action("SPF/PA 시험 성적서 발주", "Order SPF/PA test report",
                                "SPF·PA 수치를 표시하려면 공인 시험기관의 성적서가 있어야 합니다.",
                                "Printing SPF and PA values requires a test report from an accredited lab.",
                                DueDate.fromNow(10), Priority.HIGH, true)),
                rule("liquid-leak-proof-packaging", "액상 제품 포장", "Liquid packaging",
                        RuleTrigger.at(Set.of(LABELING), "liquid"),
                        action("누액 방지 포장 점검", "Leak-proof packaging check",
                                "펌프·캡을 잠그고 실링과 지퍼백 포장을 확인합니다.",
                                "Lock pumps and caps; check the seal and the zip bag.",
                                DueDate.fromNow(3), Priority.MEDIUM, false)),
                rule("fragile-label", "깨지기 쉬운 상품", "Fragile item",
                        RuleTrigger.at(Set.of(LABELING, SHIPMENT), "fragile"),
                        action("취급주의(FRAGILE) 라벨 출력", "Print FRAGILE label", "", "",
                                DueDate.fromNow(2), Priority.MEDIUM, false)),
                rule("cold-chain-courier", "냉장 배송", "Cold chain",
                        RuleTrigger.at(Set.of(SHIPMENT), "cold-chain"),
                        action("냉장 택배 예약", "Book refrigerated courier",
                                "냉장 차량과 아이스팩 포장이 가능한 택배사를 출고일에 맞춰 예약합니다.",
                                "Book a courier with refrigerated vans and ice-pack packing for the ship date.",
                                DueDate.fromNow(2), Priority.HIGH, true)),
                rule("gift-set-composition-label", "선물 세트 구성 표시", "Gift-set composition",
                        RuleTrigger.at(Set.of(LABELING), "gift-set"),
                        action("세트 구성 표시 라벨", "Set-composition label",
                                "세트에 든 제품마다 용량과 전성분을 표시합니다.",
                                "List each item in the set with its capacity and ingredients.",
                                DueDate.fromNow(5), Priority.MEDIUM, true)),
                rule("limited-time-sale-end", "한정 판매", "Limited-time sale",
                        RuleTrigger.at(Set.of(PLANNING), "limited-time"),
                        action("판매 종료일과 재입고 알림 설정", "Set sale end date and restock alert", "", "",
                                DueDate.beforeLaunch(7), Priority.MEDIUM, false)),
                rule("labeling-assign-gtin", "EAN-13 바코드 없음", "No EAN-13 barcode",
                        RuleTrigger.at(Set.of(LABELING)).withConditions(FieldCondition.barcodeNotEan13()),
                        action("GTIN(EAN-13) 바코드 부여", "Assign GTIN",
                                "GS1 코리아에서 받은 코드로 13자리 EAN-13 바코드를 입력합니다.",
                                "Enter a 13-digit EAN-13 from the company's GS1 Korea number range.",
                                DueDate.fromNow(3), Priority.HIGH, true)));
    }

    private static SuggestionRule rule(String code, String nameKo, String nameEn, RuleTrigger when, RuleAction then) {
        return new SuggestionRule(null, code, LocalizedText.of(nameKo, nameEn), true, when, then);
    }

    private static RuleAction action(String titleKo, String titleEn, String descriptionKo, String descriptionEn,
            DueDate due, Priority priority, boolean requiredByGate) {
        return new RuleAction(LocalizedText.of(titleKo, titleEn), LocalizedText.of(descriptionKo, descriptionEn), due,
                priority, requiredByGate);
    }
}
