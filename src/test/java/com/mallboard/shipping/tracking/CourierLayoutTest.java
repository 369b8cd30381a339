package com.mallboard.shipping.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.sheet.SampleSheets;
import com.mallboard.sheet.Sheet;
import com.mallboard.sheet.SheetReader;
import com.mallboard.sheet.SheetTable;
import com.mallboard.shipping.tracking.CourierFiles.Parcel;
import com.mallboard.sync.Carrier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each courier's export is recognised by its headers, and its columns are found. */
class CourierLayoutTest {
    @TempDir
    Path folder;

    private SheetTable read(Path file) {
        return SheetReader.read(file).table(Sheet.FIRST_ROW);
    }

    @ParameterizedTest
    @EnumSource(Courier.class)
    void eachCouriersExportIsRecognisedAndItsColumnsFound(Courier courier) {
        Path file = CourierFiles.write(folder, "export", courier,
                List.of(new Parcel("20261125-0000001", "688012345678")));
        SheetTable table = read(file);

        assertThat(CourierLayout.guessCourier(table, "export")).contains(courier);
        ColumnMapping mapping = CourierLayout.of(courier).guessMapping(table);
        assertThat(mapping.trackingColumn()).isEqualTo(CourierFiles.trackingHeader(courier));
        assertThat(mapping.orderColumn()).isEqualTo(CourierFiles.orderHeader(courier));
        assertThat(mapping.itemColumn()).isEmpty();
        assertThat(mapping.fits(table)).isTrue();
        assertThat(table.rows().get(0).cell(table.columnOf(mapping.trackingColumn()))).isEqualTo("688012345678");
    }

    @Test
    void headersEveryCourierUsesGuessNothingUnlessTheFileNameNamesTheCourier() {
        Path file = SampleSheets.cp949Csv(folder.resolve("export.csv"), List.of(List.of("운송장번호", "주문번호", "수량"),
                List.of("688012345678", "20261125-0000001", "1")));
        SheetTable table = read(file);

        assertThat(CourierLayout.guessCourier(table, "export.csv")).isEmpty();
        assertThat(CourierLayout.guessCourier(table, "롯데택배_출고_1125.csv")).contains(Courier.LOTTE);
        assertThat(CourierLayout.of(Courier.LOTTE).guessMapping(table))
                .isEqualTo(new ColumnMapping("주문번호", "운송장번호", "", ""));
    }

    @Test
    void aPresetFallsBackToOtherCouriersHeaderNames() {
        Path file = CourierFiles.write(folder, "logen", Courier.LOGEN, List.of(new Parcel("20261125-0000001", "1")));

        ColumnMapping asCj = CourierLayout.of(Courier.CJ).guessMapping(read(file));

        assertThat(asCj.trackingColumn()).isEqualTo("송장번호");
        assertThat(asCj.orderColumn()).isEqualTo("주문번호");
    }

    @Test
    void couriersAreMatchedToAMallsCarriersByTheNamesTheyGoBy() {
        List<Carrier> mall = List.of(new Carrier("0002", "CJ대한통운"), new Carrier("0005", "우체국택배"),
                new Carrier("0008", "한진택배"), new Carrier("0011", "롯데택배"), new Carrier("0014", "로젠택배"),
                new Carrier("0020", "CU 편의점택배"));

        for (Courier courier : Courier.values()) {
            assertThat(mall.stream().filter(c -> courier.matches(c.name()))).extracting(Carrier::name)
                    .containsExactly(courier.displayName());
        }
        assertThat(Courier.named("대한통운")).contains(Courier.CJ);
        assertThat(Courier.named("롯데글로벌로지스")).contains(Courier.LOTTE);
        assertThat(Courier.named("경동택배")).isEmpty();
    }
}
