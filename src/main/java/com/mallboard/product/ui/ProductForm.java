package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import com.mallboard.product.FieldProblem;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.ProductValidator;
import com.mallboard.product.Tags;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The product's fields as the user is typing them, checked on every keystroke with the same
 * {@link ProductValidator} the service uses. Numbers stay text until they are read, so a half-typed value is never
 * lost; a problem the service reported (a duplicate SKU) stays on its field until that field is edited.
 */
public final class ProductForm {
    private static final Set<ProductField> WON = Set.of(ProductField.PRICE, ProductField.COST);
    private static final Set<ProductField> QUANTITY = Set.of(ProductField.ORDER_QUANTITY, ProductField.SHIPPED_QUANTITY,
            ProductField.STOCK);

    private final Messages messages;
    private final Map<ProductField, StringProperty> texts = new EnumMap<>(ProductField.class);
    private final Map<ProductField, ReadOnlyStringWrapper> problems = new EnumMap<>(ProductField.class);
    private final Map<ProductField, String> reported = new EnumMap<>(ProductField.class);
    private final ObjectProperty<LocalDate> launchDate = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty pendingTag = new SimpleStringProperty("");
    /** The warehouse's location codes, in walking order, offered while a location is typed. */
    private final ObservableList<String> knownLocations = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** What the fields held when the product was loaded (or the form was new), to tell unsaved edits. */
    private List<Object> loaded = List.of();

    public ProductForm(Messages messages) {
        this.messages = messages;
        for (ProductField field : ProductField.values()) {
            problems.put(field, new ReadOnlyStringWrapper());
            if (field != ProductField.LAUNCH_DATE) {
                StringProperty text = new SimpleStringProperty("");
                text.addListener((obs, old, now) -> edited(field));
                texts.put(field, text);
            }
        }
        launchDate.addListener((obs, old, now) -> edited(ProductField.LAUNCH_DATE));
        recheck();
        loaded = contents();
    }

    /** Text fields; every field except {@link ProductField#LAUNCH_DATE}, which is {@link #launchDateProperty()}. */
    public static List<ProductField> textFields() {
        return Arrays.stream(ProductField.values()).filter(f -> f != ProductField.LAUNCH_DATE).toList();
    }

    public StringProperty text(ProductField field) {
        StringProperty text = texts.get(field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is not a text field; use launchDateProperty()");
        }
        return text;
    }

    public ObjectProperty<LocalDate> launchDateProperty() {
        return launchDate;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<String> knownLocations() {
        return knownLocations;
    }

    /**
     * The known locations holding what was typed (ignoring case), in walking order; none for an exact match or empty
     * text. A code that is not listed can still be typed: a new shelf is not refused.
     */
    public List<String> locationSuggestions(String typed) {
        String text = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> found = knownLocations.stream()
                .filter(code -> code.toUpperCase(java.util.Locale.ROOT).contains(text)).limit(20).toList();
        return found.size() == 1 && found.get(0).equalsIgnoreCase(text) ? List.of() : found;
    }

    /** What is in the tag box but not yet a chip; saving adds it, so a tag is not lost for want of Enter. */
    public StringProperty pendingTagProperty() {
        return pendingTag;
    }

    /** The translated problem of a field, or null when the field is fine. */
    public ReadOnlyStringProperty problem(ProductField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    public void load(ProductDetails details, Set<String> productTags) {
        show(details, productTags);
        loaded = contents();
    }

    /** Puts these values in the fields (a merge after a conflict) without taking them as the saved state. */
    public void show(ProductDetails details, Set<String> productTags) {
        for (ProductField field : textFields()) {
            Object value = field.read(details);
            String text = value == null ? "" : isNumeric(field) ? NumberText.format((Number) value) : value.toString();
            texts.get(field).set(text);
        }
        launchDate.set(details.launchDate());
        tags.setAll(new TreeSet<>(productTags));
        pendingTag.set("");
        reported.clear();
        recheck();
    }

    /** True when anything was typed, picked or tagged since the form was loaded. */
    public boolean hasUnsavedChanges() {
        return !contents().equals(loaded);
    }

    private List<Object> contents() {
        List<Object> contents = new java.util.ArrayList<>();
        textFields().forEach(field -> contents.add(texts.get(field).get().strip()));
        contents.add(launchDate.get());
        contents.add(List.copyOf(tags));
        contents.add(pendingTag.get().strip());
        return contents;
    }

    /** Adds one tag, or several separated by commas; spelling is normalised as the service will store it. */
    public void addTag(String typed) {
        if (typed == null) {
            return;
        }
        for (String part : typed.split(",")) {
            if (!part.isBlank()) {
                String tag = Tags.normalise(part);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
    }

    public void removeTag(String tag) {
        tags.remove(tag);
    }

    /** Turns whatever is left in the tag box into a chip. */
    public void commitPendingTag() {
        addTag(pendingTag.get());
        pendingTag.set("");
    }

    public Set<String> tagSet() {
        return Tags.normalise(tags);
    }

    /** The details as typed; a number that does not parse is left out (the form is invalid then anyway). */
    public ProductDetails details() {
        return ProductDetails.builder()
                .sku(textOf(ProductField.SKU))
                .name(textOf(ProductField.NAME))
                .brand(textOf(ProductField.BRAND))
                .influencer(textOf(ProductField.INFLUENCER))
                .category(textOf(ProductField.CATEGORY))
                .launchDate(launchDate.get())
                .priceWon(NumberText.parse(textOf(ProductField.PRICE), Long.MAX_VALUE))
                .costWon(NumberText.parse(textOf(ProductField.COST), Long.MAX_VALUE))
                .supplier(textOf(ProductField.SUPPLIER))
                .orderQuantity(quantity(ProductField.ORDER_QUANTITY))
                .shippedQuantity(quantity(ProductField.SHIPPED_QUANTITY))
                .stock(quantity(ProductField.STOCK))
                .barcode(textOf(ProductField.BARCODE))
                .location(textOf(ProductField.LOCATION))
                .capacity(textOf(ProductField.CAPACITY))
                .manufacturer(textOf(ProductField.MANUFACTURER))
                .responsibleSeller(textOf(ProductField.RESPONSIBLE_SELLER))
                .usagePeriod(textOf(ProductField.USAGE_PERIOD))
                .ingredients(textOf(ProductField.INGREDIENTS))
                .notes(textOf(ProductField.NOTES))
                .build();
    }

    /** A problem the service found (a duplicate SKU, a rule the form did not know); cleared when the field is edited. */
    public void report(ProductField field, String message) {
        reported.put(field, message);
        recheck();
    }

    public void report(List<FieldProblem> found) {
        found.forEach(p -> reported.put(p.field(), messages.get(p.messageKey())));
        recheck();
    }

    private void edited(ProductField field) {
        reported.remove(field);
        recheck();
    }

    private void recheck() {
        Map<ProductField, String> found = new EnumMap<>(ProductField.class);
        for (ProductField field : ProductField.values()) {
            if (isNumeric(field) && !NumberText.isBlank(textOf(field)) && !NumberText.isNumber(textOf(field), max(field))) {
                found.put(field, messages.get("validation.number"));
            }
        }
        for (FieldProblem problem : ProductValidator.problems(details())) {
            found.putIfAbsent(problem.field(), messages.get(problem.messageKey()));
        }
        found.putAll(reported);
        problems.forEach((field, problem) -> problem.set(found.get(field)));
        valid.set(found.isEmpty());
    }

    private String textOf(ProductField field) {
        return texts.get(field).get();
    }

    private Integer quantity(ProductField field) {
        Long value = NumberText.parse(textOf(field), Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    private static boolean isNumeric(ProductField field) {
        return WON.contains(field) || QUANTITY.contains(field);
    }

    private static long max(ProductField field) {
        return QUANTITY.contains(field) ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }
}
