package com.mallboard.report.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import com.mallboard.report.FilterChoices;
import com.mallboard.report.FilterChoices.MallChoice;
import com.mallboard.report.ReportCatalogue;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportSheet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the manager picks before exporting: the views, the period and the filters. The views and filters (and the
 * quick period, if one was used) are remembered in the settings, so next month's report is one click.
 */
public final class ExportChoices {
    static final String SHEETS = "report.export.sheets";
    static final String PERIOD = "report.export.period";
    static final String BRAND = "report.export.brand";
    static final String INFLUENCER = "report.export.influencer";
    static final String TAG = "report.export.tag";
    static final String MALL = "report.export.mall";

    private final SettingsRepository settings;
    private final Supplier<LocalDate> today;
    private final ObservableList<SheetChoice> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty brand = new SimpleStringProperty();
    private final StringProperty influencer = new SimpleStringProperty();
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<MallChoice> mall = new SimpleObjectProperty<>();
    private final ObservableList<String> brands = FXCollections.observableArrayList();
    private final ObservableList<String> influencers = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<MallChoice> malls = FXCollections.observableArrayList();
    private QuickPeriod quickPeriod;
    private Long rememberedMall;
    private boolean settingPeriod;

    ExportChoices(ReportCatalogue catalogue, SettingsRepository settings, Messages messages,
            Supplier<LocalDate> today) {
        this.settings = settings;
        this.today = today;
        for (ReportSheet sheet : catalogue.sheets()) {
            sheets.add(new SheetChoice(sheet, messages.get(sheet.titleKey())));
        }
        from.addListener((obs, old, now) -> forgetQuickPeriodUnlessItSet());
        to.addListener((obs, old, now) -> forgetQuickPeriodUnlessItSet());
    }

    private void forgetQuickPeriodUnlessItSet() {
        if (!settingPeriod) {
            quickPeriod = null;
        }
    }

    /** Sets both dates from a quick choice ("this month", …). */
    public void choosePeriod(QuickPeriod period) {
        settingPeriod = true;
        from.set(period.from(today.get()));
        to.set(period.to(today.get()));
        settingPeriod = false;
        quickPeriod = period;
    }

    /** Back to "any brand, influencer, tag and mall". */
    public void clearFilters() {
        brand.set(null);
        influencer.set(null);
        tag.set(null);
        mall.set(null);
    }

    /** The last export's choices; every view is ticked on a first run. */
    void restore() {
        settings.get(SHEETS).ifPresent(saved -> {
            List<String> ids = Arrays.asList(saved.split(","));
            sheets.forEach(choice -> choice.chosenProperty().set(ids.contains(choice.id())));
        });
        choosePeriod(settings.get(PERIOD).flatMap(ExportChoices::quickPeriod).orElse(QuickPeriod.ALL));
        brand.set(saved(BRAND).orElse(null));
        influencer.set(saved(INFLUENCER).orElse(null));
        tag.set(saved(TAG).orElse(null));
        rememberedMall = saved(MALL).filter(text -> text.matches("\\d+")).map(Long::valueOf).orElse(null);
    }

    void remember() {
        settings.put(SHEETS, String.join(",", chosenSheets().stream().map(ReportSheet::id).toList()));
        settings.put(PERIOD, quickPeriod == null ? "" : quickPeriod.name());
        settings.put(BRAND, orEmpty(brand.get()));
        settings.put(INFLUENCER, orEmpty(influencer.get()));
        settings.put(TAG, orEmpty(tag.get()));
        settings.put(MALL, mall.get() == null ? "" : Long.toString(mall.get().id()));
        rememberedMall = mall.get() == null ? null : mall.get().id();
    }

    /** The values found in the products and the malls; a remembered mall is chosen again if it still exists. */
    void offer(FilterChoices found) {
        brands.setAll(found.brands());
        influencers.setAll(found.influencers());
        tags.setAll(found.tags());
        malls.setAll(found.malls());
        if (mall.get() == null && rememberedMall != null) {
            found.malls().stream().filter(m -> m.id() == rememberedMall).findFirst().ifPresent(mall::set);
        }
    }

    List<ReportSheet> chosenSheets() {
        return sheets.stream().filter(choice -> choice.chosenProperty().get()).map(SheetChoice::sheet).toList();
    }

    boolean periodValid() {
        return from.get() == null || to.get() == null || !to.get().isBefore(from.get());
    }

    ReportFilter filter() {
        return new ReportFilter(brand.get(), influencer.get(), tag.get(), mall.get() == null ? null : mall.get().id());
    }

    private Optional<String> saved(String key) {
        return settings.get(key).filter(text -> !text.isBlank());
    }

    private static Optional<QuickPeriod> quickPeriod(String name) {
        return Arrays.stream(QuickPeriod.values()).filter(p -> p.name().equals(name)).findFirst();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public ObservableList<SheetChoice> sheets() {
        return sheets;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty brandProperty() {
        return brand;
    }

    public StringProperty influencerProperty() {
        return influencer;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<MallChoice> mallProperty() {
        return mall;
    }

    public ObservableList<String> brands() {
        return brands;
    }

    public ObservableList<String> influencers() {
        return influencers;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<MallChoice> malls() {
        return malls;
    }
}
