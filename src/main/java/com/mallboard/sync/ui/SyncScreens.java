package com.mallboard.sync.ui;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.sync.MallConnector;
import com.mallboard.sync.MallService;
import com.mallboard.sync.SyncService;
import java.util.concurrent.Executor;

/**
 * The mall-sync screens of one main window, sharing one {@link SyncRunner}: the malls screen, the job log and the
 * sync panel. Built once per window (the window is rebuilt on a language switch); a finished sync refreshes both
 * tables.
 */
public final class SyncScreens {
    public static final String STYLESHEET = "/css/sync.css";

    private final SyncRunner runner;
    private final MallsViewModel mallsModel;
    private final JobLogViewModel jobLogModel;
    private final MallEditorDialog editor;
    private final Messages messages;

    /**
     * @param connector the platform sign-in behind "Connect"; null until one exists (the button stays disabled)
     * @param uiThread  where progress from the sync threads is shown: {@code Platform::runLater} in the app
     */
    public SyncScreens(MallService malls, SyncService sync, MallConnector connector, TaskExecutor executor,
            Executor uiThread, Messages messages, Formats formats) {
        this.messages = messages;
        this.runner = new SyncRunner(sync, executor, uiThread, messages);
        this.mallsModel = new MallsViewModel(malls, runner, executor, messages, formats);
        this.mallsModel.connectorProperty().set(connector);
        this.jobLogModel = new JobLogViewModel(malls, executor, messages, formats);
        this.editor = new MallEditorDialog(malls, executor, messages);
        runner.addFinishedListener(jobLogModel::load);
    }

    public MallsView mallsView() {
        return new MallsView(mallsModel, editor, messages);
    }

    public JobLogView jobLogView() {
        return new JobLogView(jobLogModel, messages);
    }

    public SyncPanel syncPanel() {
        return new SyncPanel(runner, messages);
    }

    public SyncRunner runner() {
        return runner;
    }

    public MallsViewModel mallsModel() {
        return mallsModel;
    }

    public JobLogViewModel jobLogModel() {
        return jobLogModel;
    }
}
