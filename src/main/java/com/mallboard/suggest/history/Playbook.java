package com.mallboard.suggest.history;

import com.mallboard.product.Stage;
import java.util.List;

/**
 * What beauty-commerce teams tend to do per tag, for the history generator: the tag, the stage, the action (with
 * the spellings people type for it) and how often it is actually done. {@code "*"} applies to every product; a tag
 * ending in {@code ":"} applies to every tag with that prefix.
 */
record Playbook(String tag, Stage stage, double probability, List<String> spellings) {
    static final List<Playbook> BEAUTY = List.of(
            new Playbook("*", Stage.PLANNING, 0.55, List.of("Competitor price check", "competitor price check")),
            new Playbook("*", Stage.SOURCING, 0.5, List.of("Request supplier quote", "Request supplier quote.")),
            new Playbook("*", Stage.LABELING, 0.5, List.of("Shoot product photos", "shoot product photos")),
            new Playbook("*", Stage.SHIPMENT, 0.45, List.of("Register stock in warehouse")),
            new Playbook("functional-cosmetic", Stage.PLANNING, 0.9,
                    List.of("Submit functional-cosmetic review to MFDS", "Submit functional cosmetic review to MFDS")),
            new Playbook("sunscreen", Stage.SOURCING, 0.9,
                    List.of("Order SPF/PA test report", "order SPF / PA test report", "Order SPF-PA test report")),
            new Playbook("spf50", Stage.LABELING, 0.7, List.of("Check SPF50+ claim wording")),
            new Playbook("liquid", Stage.LABELING, 0.85, List.of("Leak-proof packaging check", "Leak proof packaging check")),
            new Playbook("liquid", Stage.SHIPMENT, 0.6, List.of("Bag liquids before boxing")),
            new Playbook("fragile", Stage.LABELING, 0.85, List.of("Print FRAGILE label", "print fragile label")),
            new Playbook("fragile", Stage.SHIPMENT, 0.7, List.of("Double-box fragile items")),
            new Playbook("cold-chain", Stage.SOURCING, 0.75, List.of("Confirm cold storage at warehouse")),
            new Playbook("cold-chain", Stage.SHIPMENT, 0.9, List.of("Book refrigerated courier")),
            new Playbook("gift-set", Stage.SOURCING, 0.7, List.of("Order gift boxes")),
            new Playbook("gift-set", Stage.LABELING, 0.85, List.of("Set-composition label", "Set composition label")),
            new Playbook("limited-time", Stage.PLANNING, 0.8, List.of("Set sale end date")),
            new Playbook("limited-time", Stage.SHIPMENT, 0.65, List.of("Set restock alert")),
            new Playbook("vegan", Stage.SOURCING, 0.8, List.of("Collect vegan certificate")),
            new Playbook("perfume", Stage.LABELING, 0.8, List.of("Flammable goods notice")),
            new Playbook("mask-pack", Stage.SOURCING, 0.6, List.of("Check sheet count per box")),
            new Playbook("lip", Stage.LABELING, 0.6, List.of("Shade swatch photos")),
            new Playbook("influencer:", Stage.PLANNING, 0.8, List.of("Send samples to influencer")),
            new Playbook("influencer:", Stage.SHIPMENT, 0.6, List.of("Share tracking link with influencer")),
            new Playbook("campaign:", Stage.PLANNING, 0.75, List.of("Book campaign banner slot")));

    boolean appliesTo(String productTag) {
        return tag.endsWith(":") ? productTag.startsWith(tag) : tag.equals(productTag);
    }
}
