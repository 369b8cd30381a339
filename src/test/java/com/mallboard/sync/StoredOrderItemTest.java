package com.mallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredOrderItemTest {

    private static StoredOrderItem withOption(String optionValue) {
        return new StoredOrderItem("1", "CUSH", "쿠션", optionValue, 1, 30_000, "N20", null, null, 3L, null);
    }

    @Test
    void theOptionNameDropsTheGroupCafe24WritesInFront() {
        assertThat(withOption("옵션=21호").optionName()).isEqualTo("21호");
        assertThat(withOption(" 21호 ").optionName()).isEqualTo("21호");
    }

    @Test
    void severalGroupsStayWholeAndNoOptionIsNull() {
        assertThat(withOption("색상=블랙, 용량=50ml").optionName()).isEqualTo("색상=블랙, 용량=50ml");
        assertThat(withOption(null).optionName()).isNull();
        assertThat(withOption(" ").optionName()).isNull();
    }
}
