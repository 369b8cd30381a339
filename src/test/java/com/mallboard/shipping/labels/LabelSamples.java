package com.mallboard.shipping.labels;

import com.mallboard.product.Gtin;
import com.mallboard.product.ProductDetails;

/** Korean cosmetic products as the label tests need them. */
public final class LabelSamples {
    public static final String TONER_EAN = Gtin.ean13("880123456789");
    public static final String LONG_INGREDIENTS = "정제수, 부틸렌글라이콜, 글리세린, 나이아신아마이드, 1,2-헥산다이올, "
            + "판테놀, 소듐하이알루로네이트, 병풀추출물, 녹차추출물, 알란토인, 카보머, 트로메타민, 잔탄검, "
            + "다이소듐이디티에이, 에틸헥실글리세린, 아데노신, 세라마이드엔피, 콜레스테롤, 스쿠알란, 토코페롤, "
            + "하이드로제네이티드레시틴, 베타인, 알로에베라잎추출물, 마데카소사이드, 아시아티코사이드, 향료, "
            + "시트릭애씨드, 소듐시트레이트, 폴리글리세릴-10라우레이트, 프로판다이올, 카프릴릴글라이콜, 마지막성분";

    private LabelSamples() {
    }

    /** A toner with a valid EAN-13 and every mandatory line. */
    public static ProductDetails toner() {
        return ProductDetails.builder().sku("TONER-200").name("수분 진정 토너").barcode(TONER_EAN).capacity("200ml")
                .manufacturer("코스맥스(주)").responsibleSeller("(주)뷰티랩").usagePeriod("제조일로부터 36개월")
                .ingredients("정제수, 부틸렌글라이콜, 나이아신아마이드").build();
    }

    /** A cushion without a barcode and without usage period or ingredients. */
    public static ProductDetails cushion() {
        return ProductDetails.builder().sku("CUSHION-21").name("커버 쿠션 21호").capacity("15g")
                .manufacturer("한국콜마(주)").responsibleSeller("(주)뷰티랩").build();
    }
}
