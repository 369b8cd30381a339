package com.mallboard.app;

import com.mallboard.backup.ui.BackupSection;
import com.mallboard.backup.ui.BackupSectionModel;
import com.mallboard.common.DataReopener;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.SettingsSection;
import com.mallboard.report.ui.FileOpener;
import com.mallboard.settings.DataFolderMove;
import com.mallboard.settings.UserPreferences;
import com.mallboard.settings.ui.BoardSection;
import com.mallboard.settings.ui.DataFolderSection;
import com.mallboard.settings.ui.DataFolderViewModel;
import com.mallboard.settings.ui.GeneralSection;
import com.mallboard.settings.ui.PrivacySection;
import com.mallboard.settings.ui.SettingsView;
import com.mallboard.settings.ui.TeamServerSection;
import com.mallboard.settings.ui.TeamServerViewModel;
import com.mallboard.settings.ui.WarehouseLocationsViewModel;
import com.mallboard.settings.ui.WarehouseSection;
import com.mallboard.store.ServerCopy;
import com.mallboard.store.SqliteDatabaseFiles;
import com.mallboard.sync.ui.RetentionBar;
import com.mallboard.team.TeamPasswords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Builds the settings screen from every feature's section; a feature's new section is one more line here. */
final class SettingsScreen {
    private SettingsScreen() {
    }

    /** @param more sections other features contribute (backups), shown after the built-in ones */
    static SettingsView build(AppContext context, UserPreferences preferences, TaskExecutor executor, Messages messages,
            Consumer<Locale> switchLanguage, DataReopener reopener, FileDialogs files, List<SettingsSection> more) {
        List<SettingsSection> sections = new ArrayList<>();
        sections.add(new GeneralSection(preferences, switchLanguage, executor, messages));
        sections.add(new DataFolderSection(new DataFolderViewModel(new DataFolderMove(new SqliteDatabaseFiles(),
                preferences), context.database().file().getParent(), reopener, executor, messages), files, messages));
        sections.add(new TeamServerSection(new TeamServerViewModel(new TeamServerViewModel.Current(
                context.database().file().getParent(), context.database().file(), context.database().server()),
                new ServerCopy(), new TeamPasswords(context.credentials()), reopener, executor, messages), messages));
        sections.add(new PrivacySection(new RetentionBar(context.retention(), executor, messages, () -> { }), messages));
        sections.add(new BoardSection(context.boardSettings(), executor, messages));
        sections.add(new WarehouseSection(new WarehouseLocationsViewModel(context.warehouseLocations(), executor,
                messages), messages));
        sections.add(new BackupSection(new BackupSectionModel(context.backups(), context.backupSettings(), reopener,
                executor, messages, FileOpener.desktop()::open)));
        sections.addAll(more);
        return new SettingsView(sections, messages);
    }
}
