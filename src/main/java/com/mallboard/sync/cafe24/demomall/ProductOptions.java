package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code has_option}/{@code options} fields of a product create: one variant per combination of option values,
 * first option outermost, in the order given.
 */
final class ProductOptions {

    static final int MAX_VARIANTS = 1000;
    private static final int MAX_TEXT = 250;

    /** One option and its values: {@code 색상: [01 코랄, 02 로즈]}. */
    record Definition(String name, List<String> values) {
    }

    private ProductOptions() {
    }

    /**
     * The options a create request asks for, validated (422 on the first misfit); empty for a product without
     * options. Option entries take {@code option_name} (or {@code name}) and {@code option_value} (or {@code value}),
     * the values as objects with {@code option_text} or as plain strings.
     */
    static List<Definition> read(JsonNode request) {
        FieldReader fields = new FieldReader(request);
        Boolean hasOption = fields.has("has_option") ? fields.flag("has_option") : null;
        JsonNode options = request.get("options");
        boolean given = options != null && !options.isNull() && !(options.isArray() && options.isEmpty());
        if (Boolean.TRUE.equals(hasOption) && !given) {
            throw ApiException.unprocessable("options are required when has_option is T.");
        }
        if (Boolean.FALSE.equals(hasOption) && given) {
            throw ApiException.unprocessable("options must be left out when has_option is F.");
        }
        if (!given) {
            return List.of();
        }
        if (!options.isArray()) {
            throw ApiException.unprocessable("options must be an array of {option_name, option_value}.");
        }
        List<Definition> definitions = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long combinations = 1;
        for (JsonNode option : options) {
            Definition definition = definition(option);
            if (!names.add(definition.name())) {
                throw ApiException.unprocessable("option_name " + definition.name() + " is repeated.");
            }
            combinations *= definition.values().size();
            if (combinations > MAX_VARIANTS) {
                throw ApiException.unprocessable("options make more than " + MAX_VARIANTS + " variants.");
            }
            definitions.add(definition);
        }
        return definitions;
    }

    /** Replaces the product's default variant with one variant per combination; nothing to do without options. */
    static void apply(List<Definition> definitions, MallProduct product) {
        if (definitions.isEmpty()) {
            return;
        }
        List<List<MallVariant.Option>> combinations = List.of(List.of());
        for (Definition definition : definitions) {
            List<List<MallVariant.Option>> next = new ArrayList<>();
            for (List<MallVariant.Option> prefix : combinations) {
                for (String value : definition.values()) {
                    List<MallVariant.Option> combination = new ArrayList<>(prefix);
                    combination.add(new MallVariant.Option(definition.name(), value));
                    next.add(combination);
                }
            }
            combinations = next;
        }
        product.variants.clear();
        for (int i = 0; i < combinations.size(); i++) {
            product.variants.add(new MallVariant(MallProduct.variantCode(product.productCode, i), combinations.get(i)));
        }
    }

    private static Definition definition(JsonNode option) {
        if (!option.isObject()) {
            throw ApiException.unprocessable("options must be an array of {option_name, option_value}.");
        }
        String name = text(option.has("option_name") ? option.get("option_name") : option.get("name"), "option_name");
        JsonNode rawValues = option.has("option_value") ? option.get("option_value") : option.get("value");
        if (rawValues == null || !rawValues.isArray() || rawValues.isEmpty()) {
            throw ApiException.unprocessable("option_value of " + name + " must be a non-empty array.");
        }
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode raw : rawValues) {
            String value = text(raw.isObject() ? raw.get("option_text") : raw, "option_text");
            if (!values.add(value)) {
                throw ApiException.unprocessable("option_value " + value + " of " + name + " is repeated.");
            }
        }
        return new Definition(name, List.copyOf(values));
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.isValueNode() || node.isNull() || node.asText().isBlank()) {
            throw ApiException.unprocessable(field + " is required in every option.");
        }
        String value = node.asText().trim();
        if (value.length() > MAX_TEXT) {
            throw ApiException.unprocessable(field + " must be at most " + MAX_TEXT + " characters.");
        }
        return value;
    }
}
