package com.mallboard.sync.cafe24.demomall;

/** Invented but plausible Korean shoppers, addresses and delivery notes for generated orders. */
final class KoreanSamples {

    static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"};
    static final String[] GIVEN_NAMES = {"서연", "민준", "지우", "하은", "도윤", "수아", "예준", "지민", "서현", "주원",
        "하린", "시우", "유진", "지호", "채원", "은우", "다은", "현우", "소율", "민서"};
    static final String[] MEMBER_PREFIXES = {"glowy", "skinlog", "dewy", "mintcat", "peachy", "haneul", "sora", "bom"};
    static final String[] EMAIL_DOMAINS = {"naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net"};

    /** Zipcode and road address; the detail (apartment, unit) is added separately. */
    static final String[][] ADDRESSES = {
        {"06236", "서울특별시 강남구 테헤란로 152"},
        {"04524", "서울특별시 중구 세종대로 110"},
        {"03925", "서울특별시 마포구 월드컵북로 396"},
        {"05551", "서울특별시 송파구 올림픽로 300"},
        {"13494", "경기도 성남시 분당구 판교역로 166"},
        {"16499", "경기도 수원시 영통구 광교중앙로 140"},
        {"10881", "경기도 파주시 회동길 145"},
        {"48058", "부산광역시 해운대구 센텀중앙로 79"},
        {"41940", "대구광역시 중구 공평로 88"},
        {"21999", "인천광역시 연수구 컨벤시아대로 165"},
        {"61945", "광주광역시 서구 내방로 111"},
        {"35242", "대전광역시 서구 둔산로 100"},
        {"63122", "제주특별자치도 제주시 문연로 6"},
    };
    static final String[] ADDRESS_DETAILS = {"101동 1203호", "205동 801호", "3층", "B동 402호", "1층 카페 옆",
        "12동 304호", "오피스텔 1507호", ""};
    static final String[] SHIPPING_MESSAGES = {"", "", "부재 시 문 앞에 놓아주세요.", "배송 전 연락 바랍니다.",
        "경비실에 맡겨주세요.", "택배함에 넣어주세요.", "파손 주의 부탁드립니다.", "공동현관 비밀번호 #1234",
        "선물 포장 부탁드려요."};

    /** Things a mall sells that never came from Mallboard's catalogue, so order lines whose code is unknown. */
    static final String[][] MALL_ONLY_ITEMS = {
        {"GIFT-BOX-01", "선물 포장 박스", "2000"},
        {"SAMPLE-KIT-03", "베스트셀러 미니 샘플 키트", "5900"},
        {"", "쇼핑백 (대)", "500"},
    };

    private KoreanSamples() {
    }
}
