package com.mallboard.product.ui;

import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import java.util.function.Consumer;
import javafx.scene.control.Tab;

/**
 * A tab another feature adds to the product editor (the malls tab of mall sync), so the editor needs to know nothing
 * about that feature. Only stored products get extra tabs: a new product has nothing to list yet.
 */
@FunctionalInterface
public interface EditorTab {

    /** Builds the tab for {@code product}; called on the JavaFX thread when the editor opens. */
    Tab create(Product product);

    /**
     * As {@link #create(Product)}, for a tab that saves the product itself (the options tab sets its stock): it calls
     * {@code onProductChanged} with the stored product so the editor continues from that version.
     */
    default Tab create(Product product, Consumer<Product> onProductChanged) {
        return create(product);
    }

    /**
     * As {@link #create(Product, Consumer)}, for a tab that adds checklist actions (accepting a suggestion): it calls
     * {@code onActionAdded} with each added action so the editor's checklist shows it.
     */
    default Tab create(Product product, Consumer<Product> onProductChanged, Consumer<ChecklistAction> onActionAdded) {
        return create(product, onProductChanged);
    }
}
