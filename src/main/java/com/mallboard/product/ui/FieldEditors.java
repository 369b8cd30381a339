package com.mallboard.product.ui;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * One control per product field, bound both ways to the {@link ProductForm}, with the form's live problems shown
 * through ControlsFX validation (red outline, tooltip) and as a line of text under the field.
 */
final class FieldEditors {
    private static final Set<ProductField> MULTI_LINE = Set.of(ProductField.NOTES, ProductField.INGREDIENTS);
    private static final Set<ProductField> REQUIRED = Set.of(ProductField.SKU, ProductField.NAME);

    private final ProductForm form;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<ProductField, Control> controls = new EnumMap<>(ProductField.class);

    FieldEditors(ProductForm form, Messages messages) {
        this.form = form;
        this.messages = messages;
        validation.setValidationDecorator(new DangerDecoration());
        for (ProductField field : ProductForm.textFields()) {
            TextInputControl input = MULTI_LINE.contains(field) ? textArea() : new TextField();
            input.textProperty().bindBidirectional(form.text(field));
            controls.put(field, input);
        }
        TextFields.bindAutoCompletion((TextField) controls.get(ProductField.LOCATION),
                request -> form.locationSuggestions(request.getUserText()));
        DatePicker launchDate = new DatePicker();
        isoDates(launchDate);
        launchDate.valueProperty().bindBidirectional(form.launchDateProperty());
        controls.put(ProductField.LAUNCH_DATE, launchDate);
        controls.forEach((field, control) -> {
            control.setId(controlId(field));
            control.setMaxWidth(Double.MAX_VALUE);
            validate(field, control);
        });
    }

    /** {@code #skuField}, {@code #orderQuantityField}, {@code #launchDatePicker}: the ids tests and the board use. */
    static String controlId(ProductField field) {
        StringBuilder id = new StringBuilder();
        for (String part : field.name().toLowerCase(Locale.ROOT).split("_")) {
            id.append(id.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return id + (field == ProductField.LAUNCH_DATE ? "Picker" : "Field");
    }

    /** Dates typed and shown as 2026-11-25, whatever the machine's locale. */
    static void isoDates(DatePicker picker) {
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        picker.setConverter(new LocalDateStringConverter(iso, iso));
        picker.setPromptText("YYYY-MM-DD");
    }

    Control control(ProductField field) {
        return controls.get(field);
    }

    ValidationSupport validation() {
        return validation;
    }

    /** The field's label above its control, and its problem (if any) below. */
    Node cell(ProductField field) {
        Control control = controls.get(field);
        String text = messages.get(field.messageKey()) + (REQUIRED.contains(field) ? " *" : "");
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        Label problem = new Label();
        problem.setId(control.getId() + "Problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        ReadOnlyStringProperty message = form.problem(field);
        problem.textProperty().bind(message);
        problem.visibleProperty().bind(message.isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox cell = new VBox(4, label, control, problem);
        cell.getStyleClass().add("field-cell");
        return cell;
    }

    private void validate(ProductField field, Control control) {
        ReadOnlyStringProperty message = form.problem(field);
        validation.registerValidator(control, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, message.get(), message.get() != null));
        // The form decides; revalidate when its verdict changes, not only when this control's value does.
        message.addListener((obs, old, now) -> validation.revalidate(control));
    }

    private static TextArea textArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        return area;
    }
}
