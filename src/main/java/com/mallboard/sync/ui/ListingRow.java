package com.mallboard.sync.ui;

import com.mallboard.product.ui.NumberText;
import com.mallboard.sync.Listing;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.Mall;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One mall in the product editor's malls tab: whether the product is listed there, the overrides as typed, and the
 * listing's status as last stored. A row is saved only when it changed.
 */
public final class ListingRow {
    /** Prices above this are typing mistakes (a hundred million won). */
    static final long MAX_PRICE = 100_000_000L;

    private final Mall mall;
    private final Listing listing;
    private final BooleanProperty listed = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final BooleanProperty display = new SimpleBooleanProperty(true);
    private final BooleanProperty selling = new SimpleBooleanProperty(true);

    /** {@code listing} is null when the product is not listed on {@code mall}. */
    public ListingRow(Mall mall, Listing listing) {
        this.mall = mall;
        this.listing = listing;
        ListingOverrides o = listing == null ? ListingOverrides.NONE : listing.overrides();
        listed.set(listing != null);
        name.set(o.name() == null ? "" : o.name());
        price.set(o.priceWon() == null ? "" : NumberText.format(o.priceWon()));
        display.set(o.display());
        selling.set(o.selling());
    }

    public Mall mall() {
        return mall;
    }

    /** The stored listing; null while the product is not listed on this mall. */
    public Listing listing() {
        return listing;
    }

    public ListingStatus status() {
        return listing == null ? null : listing.status();
    }

    public Instant syncedAt() {
        return listing == null ? null : listing.syncedAt();
    }

    /** Whether the typed price is empty (the master's) or a whole number of won. */
    public boolean priceValid() {
        String text = price.get();
        if (NumberText.isBlank(text)) {
            return true;
        }
        Long won = NumberText.parse(text, MAX_PRICE);
        return won != null && won > 0;
    }

    /** The overrides as typed; call only when {@link #priceValid()}. */
    public ListingOverrides overrides() {
        Long won = NumberText.isBlank(price.get()) ? null : NumberText.parse(price.get(), MAX_PRICE);
        return new ListingOverrides(name.get(), won, display.get(), selling.get());
    }

    /** Newly ticked, or listed with different overrides than stored. */
    public boolean changed() {
        if (!listed.get()) {
            return false;
        }
        return listing == null || !priceValid() || !Objects.equals(overrides(), listing.overrides());
    }

    public BooleanProperty listedProperty() {
        return listed;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public BooleanProperty displayProperty() {
        return display;
    }

    public BooleanProperty sellingProperty() {
        return selling;
    }
}
