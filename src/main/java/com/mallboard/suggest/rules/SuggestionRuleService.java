package com.mallboard.suggest.rules;

import com.mallboard.common.SettingsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What the rule editor does: list, save, switch on and off, delete, import and export, and the first-use seed. */
public class SuggestionRuleService {
    /** Set once the default pack has been seeded, so rules the manager deleted do not come back. */
    static final String SEEDED_SETTING = "suggest.rules.seeded";

    private final RuleRepository repository;
    private final SettingsRepository settings;

    public SuggestionRuleService(RuleRepository repository, SettingsRepository settings) {
        this.repository = repository;
        this.settings = settings;
    }

    public List<SuggestionRule> rules() {
        return repository.all();
    }

    /** Validates and stores the rule; its code must not be used by another stored rule. */
    public SuggestionRule save(SuggestionRule rule) {
        List<RuleProblem> problems = new ArrayList<>(RuleValidator.problemsOf(rule));
        boolean codeTaken = repository.all().stream()
                .anyMatch(other -> other.code().equals(rule.code()) && !Objects.equals(other.id(), rule.id()));
        if (codeTaken) {
            problems.add(RuleProblem.of("suggest.rules.invalid.code.duplicate", rule.code()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return repository.save(rule);
    }

    public void setEnabled(long ruleId, boolean enabled) {
        repository.setEnabled(ruleId, enabled);
    }

    public void delete(long ruleId) {
        repository.delete(ruleId);
    }

    public String exportText() {
        return RuleFile.write(repository.all());
    }

    /** Replaces every stored rule with the file's rules; a file with any problem changes nothing. */
    public List<SuggestionRule> importText(String content) throws RuleImportException {
        return repository.replaceAll(RuleFile.read(content));
    }

    /** Writes the rule file (UTF-8); call off the FX thread. */
    public void exportTo(Path file) throws IOException {
        Files.writeString(file, exportText(), StandardCharsets.UTF_8);
    }

    /** Reads a rule file (UTF-8) and replaces every stored rule with it, or changes nothing; call off the FX thread. */
    public List<SuggestionRule> importFrom(Path file) throws IOException, RuleImportException {
        return importText(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Adds back the default rules whose code is not stored (deleted, or never seeded); rules the manager edited keep
     * their edits. Returns how many rules it added.
     */
    public int restoreDefaults() {
        Set<String> stored = repository.all().stream().map(SuggestionRule::code).collect(Collectors.toSet());
        int added = 0;
        for (SuggestionRule rule : DefaultRules.beautyCommerce()) {
            if (!stored.contains(rule.code())) {
                repository.save(rule);
                added++;
            }
        }
        return added;
    }

    /**
     * Adds the default beauty-commerce pack the first time rules are used; returns how many rules it added. Later
     * calls add nothing, and a stored rule with a default's code is left as the manager edited it.
     */
    public int seedDefaults() {
        if (settings.get(SEEDED_SETTING).isPresent()) {
            return 0;
        }
        int added = restoreDefaults();
        settings.put(SEEDED_SETTING, "1");
        return added;
    }
}
