package com.mallboard.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductOption;
import com.mallboard.product.Stage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanCodesTest {

    @Test
    void scannerNoiseIsCleanedUp() {
        assertThat(ScanCodes.normalize("  gl-sun-50\r\n")).contains("GL-SUN-50");
        assertThat(ScanCodes.normalize("\u3000８８０１２３\u3000")).contains("880123");
        assertThat(ScanCodes.normalize("＃ＡＢ－１")).contains("#AB-1");
        assertThat(ScanCodes.normalize(" \t")).isEmpty();
        assertThat(ScanCodes.normalize(null)).isEmpty();
    }

    @Test
    void aTwelveDigitUpcIsTheSameProductAsItsEan13() {
        assertThat(ScanCodes.asEan13("012345678905")).isEqualTo("0012345678905");
        assertThat(ScanCodes.asEan13("8801234567893")).isEqualTo("8801234567893");
        assertThat(ScanCodes.asEan13("SKU-1")).isEqualTo("SKU-1");
    }

    @Test
    void orderIdsAreRecognised() {
        assertThat(ScanCodes.isOrderId("20260301-0000001")).isTrue();
        assertThat(ScanCodes.isOrderId("8801234567893")).isFalse();
        assertThat(ScanCodes.isOrderId("20260301-000001")).isFalse();
    }

    @Test
    void theCatalogueFindsProductsByBarcodeSkuAndOptionSku() {
        Product sunscreen = product(1, "GL-SUN-50", "0012345678905");
        Product cushion = product(2, "GL-CUSH", "8801234567893");
        CatalogCodes codes = CatalogCodes.of(List.of(sunscreen, cushion), id -> id == 2
                ? List.of(new ProductOption("21호", "GL-CUSH-21", 3), new ProductOption("23호", "GL-CUSH-23", 4))
                : List.of());

        assertThat(codes.resolve("0012345678905")).contains(new ScannedItem(1, null));
        assertThat(codes.resolve("012345678905")).contains(new ScannedItem(1, null));
        assertThat(codes.resolve("GL-SUN-50")).contains(new ScannedItem(1, null));
        assertThat(codes.resolve("8801234567893")).contains(new ScannedItem(2, null));
        assertThat(codes.resolve("GL-CUSH-23")).contains(new ScannedItem(2, "23호", "GL-CUSH-23"));
        assertThat(codes.resolve("GL-NOPE")).isEmpty();
        assertThat(codes.size()).isEqualTo(6);
    }

    private static Product product(long id, String sku, String barcode) {
        ProductDetails details = ProductDetails.of(sku, "상품 " + id).toBuilder().barcode(barcode).build();
        Instant at = Instant.parse("2026-03-01T00:00:00Z");
        return new Product(id, details, Stage.SHIPMENT, Set.of(), false, at, at, at, null, 1);
    }
}
