package com.mallboard.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductMergeTest {
    private static final Instant OPENED = Instant.parse("2026-11-26T01:00:00Z");
    private static final Instant THEIR_SAVE = Instant.parse("2026-11-26T01:05:00Z");

    private final Product base = product(ProductDetails.builder().sku("TOR-SUN-50").name("다이브인 선크림")
            .priceWon(28_000L).stock(40).supplier("코스맥스").notes("샘플 요청").build(), Set.of("sunscreen"), OPENED, 3);

    @Test
    void aFieldOnlyTheyChangedIsTakenFromTheirsWithoutAsking() {
        Product theirs = product(base.details().toBuilder().stock(55).build(), base.tags(), THEIR_SAVE, 4);

        ProductMerge merge = ProductMerge.of(base, theirs, base.details().toBuilder().name("다이브인 선크림 50ml").build(),
                base.tags(), List.of());

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.theirsOnly()).extracting(ProductMerge.Field::name).containsExactly("STOCK");
        assertThat(merge.mineOnly()).extracting(ProductMerge.Field::name).containsExactly("NAME");
        ProductMerge.Resolved resolved = merge.resolve(Set.of());
        assertThat(resolved.details().stock()).isEqualTo(55);
        assertThat(resolved.details().name()).isEqualTo("다이브인 선크림 50ml");
        assertThat(resolved.details().supplier()).isEqualTo("코스맥스");
    }

    @Test
    void aFieldBothChangedDifferentlyIsAChoiceThatKeepsMineUnlessTheirsIsPicked() {
        Product theirs = product(base.details().toBuilder().priceWon(26_000L).notes("샘플 도착").build(),
                base.tags(), THEIR_SAVE, 4);
        ProductDetails mine = base.details().toBuilder().priceWon(29_000L).notes("샘플 반려").build();
        List<ActivityEntry> log = List.of(
                new ActivityEntry(1, "PRICE", "28000", "27000", OPENED.minusSeconds(600), "sora"),
                new ActivityEntry(1, "PRICE", "28000", "26000", THEIR_SAVE, "jisoo"));

        ProductMerge merge = ProductMerge.of(base, theirs, mine, base.tags(), log);

        assertThat(merge.conflicts()).extracting(ProductMerge.Field::name).containsExactly("PRICE", "NOTES");
        ProductMerge.Field price = merge.conflicts().get(0);
        assertThat(price.theirs()).isEqualTo(26_000L);
        assertThat(price.mine()).isEqualTo(29_000L);
        assertThat(price.author()).isEqualTo(new ProductMerge.Author("jisoo", THEIR_SAVE));
        assertThat(merge.conflicts().get(1).author()).isEqualTo(new ProductMerge.Author(null, THEIR_SAVE));

        assertThat(merge.resolve(Set.of()).details().priceWon()).isEqualTo(29_000L);
        ProductMerge.Resolved picked = merge.resolve(Set.of("PRICE"));
        assertThat(picked.details().priceWon()).isEqualTo(26_000L);
        assertThat(picked.details().notes()).isEqualTo("샘플 반려");
    }

    @Test
    void theSameChangeOnBothSidesAsksNothing() {
        Product theirs = product(base.details().toBuilder().stock(0).build(), base.tags(), THEIR_SAVE, 4);

        ProductMerge merge = ProductMerge.of(base, theirs, base.details().toBuilder().stock(0).build(), base.tags(),
                List.of());

        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.theirsOnly()).isEmpty();
        assertThat(merge.resolve(Set.of()).details().stock()).isZero();
    }

    @Test
    void tagsAreOneFieldComparedAsASet() {
        Product theirs = product(base.details(), Set.of("sunscreen", "gift-set"), THEIR_SAVE, 4);

        ProductMerge sameTagsInAnotherOrder = ProductMerge.of(base, theirs, base.details(),
                Set.of("Sunscreen"), List.of());
        assertThat(sameTagsInAnotherOrder.theirsOnly()).extracting(ProductMerge.Field::name).containsExactly("TAGS");
        assertThat(sameTagsInAnotherOrder.resolve(Set.of()).tags()).containsExactly("gift-set", "sunscreen");

        ProductMerge bothTagged = ProductMerge.of(base, theirs, base.details(), Set.of("sunscreen", "liquid"),
                List.of());
        assertThat(bothTagged.conflicts()).extracting(ProductMerge.Field::name).containsExactly("TAGS");
        assertThat(bothTagged.resolve(Set.of()).tags()).containsExactly("liquid", "sunscreen");
        assertThat(bothTagged.resolve(Set.of("TAGS")).tags()).containsExactly("gift-set", "sunscreen");
    }

    @Test
    void aFieldClearedByThemAndChangedByMeIsAConflictNotALostEdit() {
        Product theirs = product(base.details().toBuilder().supplier(null).build(), base.tags(), THEIR_SAVE, 4);

        ProductMerge merge = ProductMerge.of(base, theirs, base.details().toBuilder().supplier("한국콜마").build(),
                base.tags(), List.of());

        assertThat(merge.conflicts()).extracting(ProductMerge.Field::theirs).containsExactly((Object) null);
        assertThat(merge.resolve(Set.of()).details().supplier()).isEqualTo("한국콜마");
        assertThat(merge.resolve(Set.of("SUPPLIER")).details().supplier()).isNull();
    }

    @Test
    void aChecklistTheyChangedIsReportedAsTheirsAndLeavesTheDetailsAlone() {
        Product theirs = product(base.details(), base.tags(), THEIR_SAVE, 4);

        ProductMerge merge = ProductMerge.of(base, theirs, base.details().toBuilder().stock(41).build(), base.tags(),
                List.of()).withChecklist("☐ SPF 시험 성적서", "✓ SPF 시험 성적서",
                List.of(new ActivityEntry(1, "CHECKLIST", null, "SPF 시험 성적서", THEIR_SAVE, "jisoo")));

        assertThat(merge.theirsOnly()).extracting(ProductMerge.Field::name).containsExactly("CHECKLIST");
        assertThat(merge.theirsOnly().get(0).author().who()).isEqualTo("jisoo");
        assertThat(merge.resolve(Set.of()).details().stock()).isEqualTo(41);
        assertThat(ProductMerge.of(base, theirs, base.details(), base.tags(), List.of())
                .withChecklist("☐ a", "☐ a", List.of()).theirsOnly()).isEmpty();
    }

    private static Product product(ProductDetails details, Set<String> tags, Instant updatedAt, int version) {
        return new Product(1, details, Stage.SOURCING, tags, false, OPENED, OPENED, updatedAt, null, version);
    }
}
