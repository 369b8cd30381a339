package com.mallboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.Swimlanes;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductValidator;
import com.mallboard.product.Stage;
import com.mallboard.workflow.GateProblem;
import com.mallboard.workflow.StageGates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible text exists in Korean and English, and every pattern can be shown. */
class MessagesBundleTest {
    private static final String ENGLISH = "i18n/messages_en.properties";
    private static final String KOREAN = "i18n/messages_ko.properties";
    /** A single quote that is not doubled: MessageFormat swallows it ("can't" shows as "cant"). */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
        return properties;
    }

    private static Set<String> missingFrom(Properties bundle, Set<String> keys) {
        Set<String> missing = new TreeSet<>(keys);
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    @Test
    void everyEnglishKeyHasAKoreanTextAndViceVersa() {
        Properties english = load(ENGLISH);
        Properties korean = load(KOREAN);

        assertThat(missingFrom(korean, english.stringPropertyNames())).as("keys missing in " + KOREAN).isEmpty();
        assertThat(missingFrom(english, korean.stringPropertyNames())).as("keys missing in " + ENGLISH).isEmpty();
    }

    @Test
    void noTextIsEmpty() {
        for (String resource : List.of(ENGLISH, KOREAN)) {
            Properties bundle = load(resource);
            Set<String> empty = new TreeSet<>();
            bundle.stringPropertyNames().stream().filter(key -> bundle.getProperty(key).isBlank()).forEach(empty::add);
            assertThat(empty).as("keys with an empty text in " + resource).isEmpty();
        }
    }

    @Test
    void everyStageFieldAndSwimlaneHasALabel() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(Stage.values()).map(Stage::messageKey).forEach(keys::add);
        Arrays.stream(ProductField.values()).map(ProductField::messageKey).forEach(keys::add);
        Arrays.stream(Swimlanes.values()).map(Swimlanes::messageKey).forEach(keys::add);

        for (String resource : List.of(ENGLISH, KOREAN)) {
            assertThat(missingFrom(load(resource), keys)).as("labels missing in " + resource).isEmpty();
        }
    }

    @Test
    void everyGateAndValidationProblemHasAText() {
        Set<String> keys = new TreeSet<>();
        Product empty = new Product(1, ProductDetails.builder().sku("BAD SKU").priceWon(-1L).barcode("123").build(),
                Stage.PLANNING, Set.of(), false, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, null, 1);
        StageGates gates = StageGates.defaults();
        ChecklistProgress openRequired = new ChecklistProgress(0, 1, 0,
                Map.of(Stage.PLANNING, List.of("MFDS review")));
        Arrays.stream(Stage.values()).flatMap(stage -> gates.problemsLeaving(stage, empty, openRequired).stream())
                .map(GateProblem::messageKey).forEach(keys::add);
        ProductValidator.problems(empty.details()).forEach(problem -> keys.add(problem.messageKey()));
        ProductValidator.problems(ProductDetails.of(null, null)).forEach(problem -> keys.add(problem.messageKey()));
        assertThat(keys).contains("gate.missing", "gate.barcode.invalid", "gate.not.all.shipped", "gate.required.actions.open",
                "validation.required", "validation.sku.format", "validation.not.negative", "validation.barcode.ean13");

        for (String resource : List.of(ENGLISH, KOREAN)) {
            assertThat(missingFrom(load(resource), keys)).as("problem texts missing in " + resource).isEmpty();
        }
    }

    @Test
    void everyPatternParsesAndKeepsItsApostrophes() {
        List<String> broken = new ArrayList<>();
        Stream.of(ENGLISH, KOREAN).forEach(resource -> {
            Properties bundle = load(resource);
            Locale locale = resource.equals(ENGLISH) ? Locale.ENGLISH : Locale.KOREAN;
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                try {
                    MessageFormat format = new MessageFormat(pattern, locale);
                    format.format(sampleArguments(format));
                } catch (IllegalArgumentException e) {
                    broken.add(resource + " " + key + ": " + e.getMessage());
                    continue;
                }
                if (pattern.contains("{") && LONE_QUOTE.matcher(pattern).find()) {
                    broken.add(resource + " " + key + ": write ' as '' in a pattern with arguments");
                }
            }
        });

        assertThat(broken).isEmpty();
    }

    /** An argument of the right kind for each placeholder: numbers for {0,number} and {0,choice}, text otherwise. */
    private static Object[] sampleArguments(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat) {
                arguments[i] = 2;
            } else if (formats[i] instanceof DateFormat) {
                arguments[i] = new Date(0);
            } else {
                arguments[i] = "text " + i;
            }
        }
        return arguments;
    }

    @Test
    void theAppReadsKoreanTextAsUtf8() {
        Messages korean = new Messages(Locale.KOREA);

        assertThat(korean.get(Stage.PLANNING.messageKey())).isEqualTo(load(KOREAN).getProperty("stage.planning"));
        assertThat(korean.get(Stage.PLANNING.messageKey())).matches(".*\\p{IsHangul}.*");
        assertThat(new Messages(Locale.US).get(Stage.PLANNING.messageKey())).isEqualTo("Planning");
        assertThat(korean.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void gateMessagesPutTheFieldLabelFirst() {
        Messages english = new Messages(Locale.ENGLISH);

        assertThat(english.get("gate.not.all.shipped", english.get("field.shipped.quantity"), "400", "1000"))
                .contains("400").contains("1000");
        assertThat(english.get("gate.missing", english.get("field.supplier"))).contains(english.get("field.supplier"));
    }
}
