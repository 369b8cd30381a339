package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.util.List;

/**
 * What beauty-commerce teams tend to do per tag, for the history generator: the tag, the stage, the action (with
 * the spellings people type for it) and how often it is actually done. {@code "*"} applies to every product; a tag
 * ending in {@code ":"} applies to every tag with that prefix. {@code korean} is the title a Korean team types, used
 * for the demo's history.
 */
record Playbook(String tag, Stage stage, double probability, String korean, List<String> spellings) {
    static final List<Playbook> BEAUTY = List.of(
            new Playbook("*", Stage.PLANNING, 0.55, "경쟁 제품 가격 조사",
                    List.of("Competitor price check", "competitor price check")),
            new Playbook("*", Stage.SOURCING, 0.5, "공급사 견적 요청",
                    List.of("Request supplier quote", "Request supplier quote.")),
            new Playbook("*", Stage.LABELING, 0.5, "제품 사진 촬영",
                    List.of("Shoot product photos", "shoot product photos")),
            new Playbook("*", Stage.SHIPMENT, 0.45, "창고 입고 등록",
                    List.of("Register stock in warehouse")),
            new Playbook("functional-cosmetic", Stage.PLANNING, 0.9, "식약처 기능성 화장품 심사 신청",
                    List.of("Submit functional-cosmetic review to MFDS", "Submit functional cosmetic review to MFDS")),
            new Playbook("sunscreen", Stage.SOURCING, 0.9, "SPF/PA 시험 성적서 발주",
                    List.of("Order SPF/PA test report", "order SPF / PA test report", "Order SPF-PA test report")),
            new Playbook("spf50", Stage.LABELING, 0.7, "SPF50+ 표시 문구 검토",
                    List.of("Check SPF50+ claim wording")),
            new Playbook("liquid", Stage.LABELING, 0.85, "누액 방지 포장 점검",
                    List.of("Leak-proof packaging check", "Leak proof packaging check")),
            new Playbook("liquid", Stage.SHIPMENT, 0.6, "액상 제품 지퍼백 포장",
                    List.of("Bag liquids before boxing")),
            new Playbook("fragile", Stage.LABELING, 0.85, "취급주의(FRAGILE) 라벨 출력",
                    List.of("Print FRAGILE label", "print fragile label")),
            new Playbook("fragile", Stage.SHIPMENT, 0.7, "깨지기 쉬운 상품 이중 포장",
                    List.of("Double-box fragile items")),
            new Playbook("cold-chain", Stage.SOURCING, 0.75, "창고 냉장 보관 확인",
                    List.of("Confirm cold storage at warehouse")),
            new Playbook("cold-chain", Stage.SHIPMENT, 0.9, "냉장 택배 예약",
                    List.of("Book refrigerated courier")),
            new Playbook("gift-set", Stage.SOURCING, 0.7, "선물 상자 발주",
                    List.of("Order gift boxes")),
            new Playbook("gift-set", Stage.LABELING, 0.85, "세트 구성 표시 라벨",
                    List.of("Set-composition label", "Set composition label")),
            new Playbook("limited-time", Stage.PLANNING, 0.8, "판매 종료일 설정",
                    List.of("Set sale end date")),
            new Playbook("limited-time", Stage.SHIPMENT, 0.65, "재입고 알림 설정",
                    List.of("Set restock alert")),
            new Playbook("vegan", Stage.SOURCING, 0.8, "비건 인증서 수령",
                    List.of("Collect vegan certificate")),
            new Playbook("perfume", Stage.LABELING, 0.8, "인화성 물품 표시",
                    List.of("Flammable goods notice")),
            new Playbook("mask-pack", Stage.SOURCING, 0.6, "박스당 시트 매수 확인",
                    List.of("Check sheet count per box")),
            new Playbook("lip", Stage.LABELING, 0.6, "호수별 발색 사진",
                    List.of("Shade swatch photos")),
            new Playbook("influencer:", Stage.PLANNING, 0.8, "인플루언서 샘플 발송",
                    List.of("Send samples to influencer")),
            new Playbook("influencer:", Stage.SHIPMENT, 0.6, "인플루언서에게 배송 조회 링크 공유",
                    List.of("Share tracking link with influencer")),
            new Playbook("campaign:", Stage.PLANNING, 0.75, "캠페인 배너 구좌 예약",
                    List.of("Book campaign banner slot")));

    boolean appliesTo(String productTag) {
        return tag.endsWith(":") ? productTag.startsWith(tag) : tag.equals(productTag);
    }
}
