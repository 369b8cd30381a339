package com.mallboard.shipping.labels;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ProductDetails;
import com.mallboard.shipping.labels.LabelCode.Symbology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductLabelTest {

    @Test
    void aProductWithAValidEan13GetsItAndEveryMandatoryLineInOrder() {
        ProductLabel label = ProductLabel.of(LabelSamples.toner());

        assertThat(label.code()).isEqualTo(new LabelCode(Symbology.EAN_13, LabelSamples.TONER_EAN));
        assertThat(label.name()).isEqualTo("수분 진정 토너");
        assertThat(label.capacity()).isEqualTo("200ml");
        assertThat(label.lines()).extracting(LabelLine::kind).containsExactly(LabelLine.Kind.MANUFACTURER,
                LabelLine.Kind.RESPONSIBLE_SELLER, LabelLine.Kind.USAGE_PERIOD, LabelLine.Kind.INGREDIENTS);
        assertThat(label.lines().get(2).text()).isEqualTo("제조일로부터 36개월");
        assertThat(label.warnings()).isEmpty();
    }

    @Test
    void withoutABarcodeTheSkuIsPrintedAsCode128AndMissingLinesAreReported() {
        ProductLabel label = ProductLabel.of(LabelSamples.cushion());

        assertThat(label.code()).isEqualTo(new LabelCode(Symbology.CODE_128, "CUSHION-21"));
        assertThat(label.lines()).extracting(LabelLine::kind)
                .containsExactly(LabelLine.Kind.MANUFACTURER, LabelLine.Kind.RESPONSIBLE_SELLER);
        assertThat(label.warnings()).containsExactly(LabelWarning.MISSING_USAGE_PERIOD,
                LabelWarning.MISSING_INGREDIENTS);
    }

    @Test
    void aDraftWithOnlySkuAndNameMissesEveryMandatoryLine() {
        ProductLabel label = ProductLabel.of(ProductDetails.of("MASK-01", "시트 마스크"));

        assertThat(label.lines()).isEmpty();
        assertThat(label.warnings()).containsExactly(LabelWarning.MISSING_CAPACITY, LabelWarning.MISSING_MANUFACTURER,
                LabelWarning.MISSING_RESPONSIBLE_SELLER, LabelWarning.MISSING_USAGE_PERIOD,
                LabelWarning.MISSING_INGREDIENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8801234567890", "036000291453", "96385075", "12345", "880123456789X"})
    void aBarcodeWithAWrongCheckDigitOrNoGtinAtAllIsNotPrintedAsEan(String barcode) {
        ProductLabel label = ProductLabel.of(LabelSamples.toner().toBuilder().barcode(barcode).build());

        assertThat(label.code()).isEqualTo(new LabelCode(Symbology.CODE_128, "TONER-200"));
        assertThat(label.warnings()).containsExactly(LabelWarning.INVALID_GTIN);
        assertThat(label.barcode()).isEqualTo(barcode);
    }

    @Test
    void aUpcAIsPrintedAsItsEan13AndAnEan8AsEan8() {
        ProductLabel upc = ProductLabel.of(LabelSamples.toner().toBuilder().barcode("036000291452").build());
        ProductLabel ean8 = ProductLabel.of(LabelSamples.toner().toBuilder().barcode("96385074").build());

        assertThat(upc.code()).isEqualTo(new LabelCode(Symbology.EAN_13, "0036000291452"));
        assertThat(ean8.code()).isEqualTo(new LabelCode(Symbology.EAN_8, "96385074"));
        assertThat(upc.warnings()).isEmpty();
    }

    @Test
    void anSkuCode128CannotEncodeLeavesTheLabelWithoutABarcodeAndSaysSo() {
        ProductLabel label = ProductLabel.of(LabelSamples.cushion().toBuilder().sku("쿠션-21").barcode("1234").build());

        assertThat(label.code()).isNull();
        assertThat(label.warnings()).startsWith(LabelWarning.INVALID_GTIN, LabelWarning.NO_BARCODE);
    }

    @Test
    void aFitWarningIsAddedOnce() {
        ProductLabel label = ProductLabel.of(LabelSamples.toner());

        ProductLabel twice = label.withWarning(LabelWarning.INGREDIENTS_SHORTENED)
                .withWarning(LabelWarning.INGREDIENTS_SHORTENED);

        assertThat(twice.warnings()).containsExactly(LabelWarning.INGREDIENTS_SHORTENED);
        assertThat(label.warnings()).isEmpty();
    }
}
