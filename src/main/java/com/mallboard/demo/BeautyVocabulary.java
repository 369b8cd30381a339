package com.mallboard.demo;

import java.util.List;

/**
 * The words demo and benchmark products are made of: K-beauty categories, brands, creators and OEM makers. The
 * brands, creators and makers are invented; the product lines, label lines and prices follow what Korean malls sell.
 */
final class BeautyVocabulary {

    /** A product category with the lines sold in it and what its products usually cost and carry. */
    record Category(String code, String name, List<String> lines, List<String> capacities, long minPriceWon,
            long maxPriceWon, List<String> tags, List<String> optionalTags, String ingredients) {
    }

    /** A brand, the company responsible for selling it, and its GS1 Korea company number (after the 880 prefix). */
    record Brand(String name, String responsibleSeller, String gs1Company) {
    }

    /** A creator the company launches products with; the handle becomes the {@code influencer:} tag. */
    record Influencer(String name, String handle) {
    }

    static final List<Category> CATEGORIES = List.of(
            new Category("SUN", "선크림",
                    List.of("톤업 선크림 SPF50+ PA++++", "수분 선세럼 SPF50+ PA++++", "무기자차 마일드 선크림 SPF50+ PA+++",
                            "워터리 선에센스 SPF50+ PA++++", "노세범 선크림 SPF50+ PA++++"),
                    List.of("50ml", "60ml", "70ml"), 16_000, 29_000,
                    List.of("sunscreen", "spf50", "functional-cosmetic"), List.of("vegan", "limited-time"),
                    "정제수, 호모살레이트, 에칠헥실살리실레이트, 부틸렌글라이콜, 징크옥사이드, 나이아신아마이드, 병풀추출물"),
            new Category("TON", "토너",
                    List.of("약산성 어성초 진정 토너", "히알루론산 수분 토너", "쌀 브라이트닝 토너", "PHA 각질 결 토너",
                            "자작나무 수분 스킨"),
                    List.of("200ml", "300ml", "500ml"), 14_000, 26_000,
                    List.of("liquid"), List.of("vegan", "gift-set"),
                    "정제수, 어성초추출물, 글리세린, 부틸렌글라이콜, 판테놀, 소듐하이알루로네이트, 알란토인"),
            new Category("SER", "세럼",
                    List.of("비타민C 잡티 세럼", "나이아신아마이드 10% 미백 세럼", "레티놀 0.1% 탄력 세럼", "판테놀 장벽 세럼",
                            "펩타이드 리프팅 세럼"),
                    List.of("30ml", "50ml"), 22_000, 42_000,
                    List.of("liquid"), List.of("functional-cosmetic", "fragile", "vegan"),
                    "정제수, 나이아신아마이드, 프로판다이올, 글리세린, 아스코빅애시드, 아데노신, 토코페롤"),
            new Category("AMP", "앰플",
                    List.of("병풀 시카 앰플", "프로폴리스 광채 앰플", "갈락토미세스 발효 앰플", "어성초 77% 진정 앰플",
                            "콜라겐 탄력 앰플"),
                    List.of("30ml", "50ml", "100ml"), 24_000, 48_000,
                    List.of("liquid", "fragile"), List.of("cold-chain", "functional-cosmetic", "vegan"),
                    "병풀추출물, 부틸렌글라이콜, 정제수, 프로폴리스추출물, 갈락토미세스발효여과물, 판테놀, 마데카소사이드"),
            new Category("CRM", "크림",
                    List.of("세라마이드 장벽 크림", "판테놀 시카 수분 크림", "녹차 수분 젤크림", "레티놀 나이트 크림",
                            "마데카 진정 크림"),
                    List.of("50ml", "80ml", "100ml"), 21_000, 45_000,
                    List.of(), List.of("functional-cosmetic", "vegan", "cold-chain"),
                    "정제수, 글리세린, 세라마이드엔피, 스쿠알란, 판테놀, 녹차추출물, 카보머, 아데노신"),
            new Category("CLN", "클렌저",
                    List.of("약산성 젤 클렌저", "쌀겨 클렌징 오일", "녹두 클렌징 폼", "딥 클린 클렌징 밤", "저자극 클렌징 워터"),
                    List.of("100ml", "150ml", "200ml"), 11_000, 24_000,
                    List.of(), List.of("liquid", "vegan", "gift-set"),
                    "정제수, 코코-베타인, 소듐코코일글리시네이트, 글리세린, 녹두추출물, 쌀겨오일, 시트릭애씨드"),
            new Category("MSK", "마스크팩",
                    List.of("진정 시카 시트 마스크", "수분 히알루론 마스크", "모공 타이트닝 시트 마스크", "콜라겐 하이드로겔 마스크"),
                    List.of("10매", "5매", "30매"), 12_000, 29_000,
                    List.of(), List.of("gift-set", "limited-time", "cold-chain"),
                    "정제수, 글리세린, 부틸렌글라이콜, 병풀추출물, 소듐하이알루로네이트, 하이드롤라이즈드콜라겐, 알란토인"),
            new Category("LIP", "립",
                    List.of("글로이 워터 립 틴트", "벨벳 블러 립 틴트", "컬러 립밤", "플럼핑 립 글로스", "세미매트 립스틱"),
                    List.of("3.5g", "4g", "4.5g"), 11_000, 19_000,
                    List.of(), List.of("vegan", "limited-time"),
                    "다이아이소스테아릴말레이트, 폴리부텐, 합성왁스, 시어버터, 토코페롤, 적색202호, 황색4호"),
            new Category("CSH", "쿠션",
                    List.of("커버 글로우 쿠션 SPF50+ PA+++", "세미매트 롱웨어 쿠션 SPF50+ PA+++", "톤업 수분 쿠션 SPF50+ PA+++"),
                    List.of("15g (리필 포함)", "14g x 2"), 26_000, 39_000,
                    List.of("spf50", "functional-cosmetic"), List.of("fragile", "limited-time", "gift-set"),
                    "정제수, 사이클로펜타실록세인, 티타늄디옥사이드, 에칠헥실메톡시신나메이트, 나이아신아마이드, 징크옥사이드"));

    static final List<Brand> BRANDS = List.of(
            new Brand("달빛랩", "(주)달빛랩코리아", "2417"),
            new Brand("숲결", "숲결코스메틱(주)", "3052"),
            new Brand("온새미로", "(주)온새미로뷰티", "1189"),
            new Brand("미나리스킨", "(주)그린미나리", "5530"),
            new Brand("청담글로우", "청담글로우(주)", "7261"),
            new Brand("하루온", "(주)하루온랩", "4408"),
            new Brand("새벽이슬", "(주)새벽이슬", "6614"),
            new Brand("결뷰티", "(주)결앤코", "8842"));

    static final List<Influencer> INFLUENCERS = List.of(
            new Influencer("윤슬", "yunseul.skin"),
            new Influencer("다온", "daon_beauty"),
            new Influencer("서아", "seoa.daily"),
            new Influencer("하루메이크업", "haru_makeup"),
            new Influencer("민지글로우", "minji.glow"),
            new Influencer("이든", "eden.skinlab"));

    /** Korean OEM/ODM makers; the maker is also the manufacturer printed on the label. */
    static final List<String> SUPPLIERS = List.of(
            "한빛코스메틱(주)", "(주)누리바이오랩", "청솔화장품(주)", "(주)코스모아", "대한뷰티텍(주)", "(주)에이치앤비코스",
            "오송바이오화장품(주)");

    static final List<String> CAMPAIGNS = List.of(
            "summer-suncare", "year-end-gift", "live-commerce", "mega-sale", "new-year-glow");

    static final List<String> USAGE_PERIODS = List.of(
            "제조일로부터 36개월 (개봉 후 12개월)", "제조일로부터 30개월 (개봉 후 12개월)", "제조일로부터 24개월 (개봉 후 6개월)");

    static final List<String> NOTES = List.of(
            "상세페이지 촬영 일정 확정 필요", "용기 샘플 2차 컨펌 대기", "기능성 심사 보고서 제출 완료",
            "인플루언서 공구 일정 협의 중", "단상자 디자인 수정본 대기", "해외몰 동시 오픈 검토",
            "OEM 최소 발주수량 3,000개", "전성분 최종본 OEM 회신 대기", "라이브 커머스 방송 편성",
            "재입고 문의 많음, 추가 발주 검토");

    static final String LIMITED_PREFIX = "[한정판] ";
    static final String GIFT_SET_SUFFIX = " 기획세트";

    private BeautyVocabulary() {
    }
}
