package com.mallboard.suggest.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mallboard.product.Stage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One rule as JSON, both ways, in a fixed field order so exported files diff cleanly. Reading never throws on bad
 * content: it notes each problem (as bundle keys) and carries on, so a file reports all its mistakes at once.
 * Names in the file are lower-case with dashes ("sourcing", "launch-within-days", "before-launch").
 */
public final class RuleJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleJson() {
    }

    static ObjectNode write(SuggestionRule rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", rule.code());
        node.put("enabled", rule.enabled());
        node.set("name", text(rule.name()));
        node.set("when", writeTrigger(rule.trigger()));
        RuleAction action = rule.action();
        ObjectNode then = node.putObject("then");
        then.set("title", text(action.title()));
        then.set("description", text(action.description()));
        if (action.due() != null) {
            then.putObject("due").put("days", action.due().days()).put("from", action.due().anchor().code());
        }
        then.put("priority", action.priority().name().toLowerCase(Locale.ROOT));
        then.put("requiredByGate", action.requiredByGate());
        return node;
    }

    static ObjectNode writeTrigger(RuleTrigger when) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode stages = node.putArray("stages");
        when.stages().stream().sorted().forEach(s -> stages.add(s.name().toLowerCase(Locale.ROOT)));
        strings(node.putArray("allTags"), when.allTags());
        strings(node.putArray("anyTags"), when.anyTags());
        strings(node.putArray("noneTags"), when.noneTags());
        ArrayNode conditions = node.putArray("conditions");
        for (FieldCondition condition : when.conditions()) {
            ObjectNode c = conditions.addObject().put("type", condition.type().code());
            if (condition.days() != null) {
                c.put("days", condition.days());
            }
            if (condition.field() != null) {
                c.put("field", condition.field().code());
            }
        }
        return node;
    }

    /** The rule in {@code node}, or empty with the reasons added to {@code problems}. */
    static Optional<SuggestionRule> read(JsonNode node, List<RuleProblem> problems) {
        int before = problems.size();
        if (!node.isObject()) {
            problems.add(RuleProblem.of("suggest.rules.file.rule.not.object"));
            return Optional.empty();
        }
        RuleTrigger when = readTrigger(node.path("when"), problems);
        JsonNode then = node.path("then");
        LocalizedText title = readText(then.path("title"));
        DueDate due = then.hasNonNull("due") ? readDue(then.path("due"), problems) : null;
        Priority priority = readEnum(then.path("priority"), Priority.class, "suggest.rules.file.bad.priority", problems);
        RuleAction action = new RuleAction(title, readText(then.path("description")), due, priority,
                then.path("requiredByGate").asBoolean(false));
        SuggestionRule rule = new SuggestionRule(null, textOrNull(node.path("code")), readText(node.path("name")),
                node.path("enabled").asBoolean(true), when, action);
        problems.addAll(RuleValidator.problemsOf(rule));
        return problems.size() == before ? Optional.of(rule) : Optional.empty();
    }

    /** The trigger as compact JSON text, as the database keeps it. */
    public static String triggerText(RuleTrigger when) {
        return writeTrigger(when).toString();
    }

    /** A trigger read back from {@link #triggerText}; stored triggers were validated, so problems are not expected. */
    public static RuleTrigger triggerFromText(String json) {
        List<RuleProblem> problems = new ArrayList<>();
        try {
            RuleTrigger when = readTrigger(MAPPER.readTree(json), problems);
            if (problems.isEmpty()) {
                return when;
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored rule condition is not JSON: " + json, e);
        }
        throw new IllegalStateException("Stored rule condition is not valid: " + json + " " + problems);
    }

    static RuleTrigger readTrigger(JsonNode node, List<RuleProblem> problems) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (JsonNode stage : node.path("stages")) {
            Stage parsed = readEnum(stage, Stage.class, "suggest.rules.file.bad.stage", problems);
            if (parsed != null) {
                stages.add(parsed);
            }
        }
        List<FieldCondition> conditions = new ArrayList<>();
        for (JsonNode c : node.path("conditions")) {
            readCondition(c, problems).ifPresent(conditions::add);
        }
        return new RuleTrigger(stages, readStrings(node.path("allTags")), readStrings(node.path("anyTags")),
                readStrings(node.path("noneTags")), conditions);
    }

    private static Optional<FieldCondition> readCondition(JsonNode node, List<RuleProblem> problems) {
        String typeCode = textOrNull(node.path("type"));
        Optional<ConditionType> type = ConditionType.fromCode(typeCode);
        if (type.isEmpty()) {
            problems.add(RuleProblem.of("suggest.rules.invalid.condition", typeCode == null ? "" : typeCode));
            return Optional.empty();
        }
        Integer days = node.path("days").canConvertToInt() && node.path("days").isIntegralNumber()
                ? node.path("days").intValue() : null;
        String fieldCode = textOrNull(node.path("field"));
        RuleField field = null;
        if (fieldCode != null) {
            field = RuleField.fromCode(fieldCode).orElse(null);
            if (field == null) {
                problems.add(RuleProblem.of("suggest.rules.file.bad.field", fieldCode));
                return Optional.empty();
            }
        }
        return Optional.of(new FieldCondition(type.get(), days, field));
    }

    private static DueDate readDue(JsonNode node, List<RuleProblem> problems) {
        String from = textOrNull(node.path("from"));
        Optional<DueDate.Anchor> anchor = DueDate.Anchor.fromCode(from == null ? "from-now" : from);
        if (anchor.isEmpty() || !node.path("days").isIntegralNumber()) {
            problems.add(RuleProblem.of("suggest.rules.invalid.due"));
            return null;
        }
        return new DueDate(anchor.get(), node.path("days").intValue());
    }

    private static <E extends Enum<E>> E readEnum(JsonNode node, Class<E> type, String key, List<RuleProblem> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String code = node.asText("").toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        problems.add(RuleProblem.of(key, node.asText("")));
        return null;
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ko", text.ko());
        node.put("en", text.en());
        return node;
    }

    private static LocalizedText readText(JsonNode node) {
        if (node.isTextual()) {
            return LocalizedText.of(node.textValue(), null);
        }
        return LocalizedText.of(textOrNull(node.path("ko")), textOrNull(node.path("en")));
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        new TreeSet<>(values).forEach(array::add);
    }

    private static Set<String> readStrings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText("")));
        return values;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
