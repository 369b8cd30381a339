package com.mallboard.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLocationsTest {
    @TempDir
    Path folder;

    private TestStore store;
    private WarehouseLocations locations;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        locations = new WarehouseLocations(store.settings());
    }

    @Test
    void aSavedListComesBackInItsWalkingOrderWithSurroundingSpacesGone() {
        locations.save(List.of(" B-02-01", "A-01-03 ", "A-01-01"));

        assertThat(new WarehouseLocations(store.settings()).all()).containsExactly("B-02-01", "A-01-03", "A-01-01");
    }

    @Test
    void aListWithBlanksRepeatsOrOverlongCodesIsRefusedWithEveryProblemAndNothingIsSaved() {
        locations.save(List.of("A-01"));

        assertThatThrownBy(() -> locations.save(List.of("A-01", " ", "a-01", "X".repeat(41), "B\t01")))
                .isInstanceOf(InvalidLocationsException.class)
                .satisfies(e -> assertThat(((InvalidLocationsException) e).problems())
                        .extracting(LocationProblem::index, LocationProblem::messageKey)
                        .containsExactly(tuple(1, "warehouse.location.blank"), tuple(2, "warehouse.location.duplicate"),
                                tuple(3, "warehouse.location.too.long"), tuple(4, "warehouse.location.control")));
        assertThat(locations.all()).containsExactly("A-01");
    }

    @Test
    void aCodeOfExactlyTheLongestLengthIsFineAndTooManyCodesAreNot() {
        assertThat(WarehouseLocations.problems(List.of("X".repeat(WarehouseLocations.MAX_LENGTH)))).isEmpty();
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= WarehouseLocations.MAX_COUNT; i++) {
            many.add("L-" + i);
        }
        assertThat(WarehouseLocations.problems(many)).extracting(LocationProblem::messageKey)
                .containsExactly("warehouse.location.too.many");
    }

    @Test
    void pastedLinesBecomeCodesWithoutEmptyLinesOrSpaces() {
        assertThat(WarehouseLocations.fromPastedLines("A-01-01\r\n  A-01-02  \n\n\tB-01-01\n"))
                .containsExactly("A-01-01", "A-01-02", "B-01-01");
        assertThat(WarehouseLocations.fromPastedLines(" \n ")).isEmpty();
    }

    @Test
    void theWalkingOrderTakesListedLocationsInTheirPlaceAndTheOthersAfterByText() {
        List<String> shelves = new ArrayList<>(List.of("A-01-01", "Z-99", "C-03", "B-02", "a-02-01"));

        shelves.sort(WarehouseLocations.walkOrder(List.of("B-02", "A-02-01", "Z-99")));

        assertThat(shelves).containsExactly("B-02", "a-02-01", "Z-99", "A-01-01", "C-03");
    }
}
