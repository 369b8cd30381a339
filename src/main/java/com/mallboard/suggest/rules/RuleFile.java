package com.mallboard.suggest.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable rule file: pretty-printed JSON with a header naming the format and its version, then the rules in
 * order. Reading checks the whole file and either returns every rule or throws with every problem, so a bad file
 * imports nothing.
 */
public final class RuleFile {
    public static final String FORMAT = "mallboard-suggestion-rules";
    public static final int VERSION = 1;

    private RuleFile() {
    }

    public static String write(List<SuggestionRule> rules) {
        ObjectNode root = RuleJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode array = root.putArray("rules");
        rules.forEach(rule -> array.add(RuleJson.write(rule)));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return RuleJson.MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree built in memory always writes", e);
        }
    }

    public static List<SuggestionRule> read(String content) throws RuleImportException {
        JsonNode root;
        try {
            root = RuleJson.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleImportException(List.of(RuleProblem.of("suggest.rules.file.malformed", line)));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))
                || !root.path("rules").isArray()) {
            throw new RuleImportException(List.of(RuleProblem.of("suggest.rules.file.not.rules")));
        }
        if (!root.path("version").isInt() || root.path("version").intValue() != VERSION) {
            throw new RuleImportException(List.of(RuleProblem.of("suggest.rules.file.version",
                    root.path("version").asText("?"), String.valueOf(VERSION))));
        }
        return readRules(root.path("rules"));
    }

    private static List<SuggestionRule> readRules(JsonNode array) throws RuleImportException {
        List<SuggestionRule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Integer> positionByCode = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            int position = i + 1;
            JsonNode node = array.get(i);
            String code = node.path("code").isTextual() ? node.path("code").textValue() : null;
            List<RuleProblem> found = new ArrayList<>();
            RuleJson.read(node, found).ifPresent(rules::add);
            if (code != null && positionByCode.putIfAbsent(code, position) != null) {
                found.add(RuleProblem.of("suggest.rules.invalid.code.duplicate", code));
            }
            found.forEach(p -> problems.add(p.at(position, code)));
        }
        if (!problems.isEmpty()) {
            throw new RuleImportException(problems);
        }
        return rules;
    }
}
