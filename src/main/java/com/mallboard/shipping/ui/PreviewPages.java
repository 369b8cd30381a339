package com.mallboard.shipping.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.TaskExecutor;
import com.mallboard.shipping.print.PdfPages;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * The preview's pages, drawn in the background when a cell first shows them and kept for the last few only, so a
 * 1,000-page batch previews as fast as a one-page slip and in the same memory.
 */
final class PreviewPages implements AutoCloseable {
    static final double PAGE_WIDTH = 760;
    private static final int KEPT = 12;

    private final PdfPages pdf;
    private final byte[] bytes;
    private final TaskExecutor executor;
    private final Map<Integer, Image> drawn = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > KEPT;
        }
    };
    /** The cell each page is being drawn for; the latest cell to ask gets the picture. */
    private final Map<Integer, PageCell> waiting = new HashMap<>();
    private boolean closed;

    PreviewPages(PdfPages pdf, byte[] bytes, TaskExecutor executor) {
        this.pdf = pdf;
        this.bytes = bytes;
        this.executor = executor;
    }

    int count() {
        return pdf.count();
    }

    byte[] bytes() {
        return bytes;
    }

    ListCell<Integer> newCell() {
        return new PageCell();
    }

    private void request(int index, PageCell cell) {
        boolean alreadyDrawing = waiting.containsKey(index);
        waiting.put(index, cell);
        if (alreadyDrawing) {
            return;
        }
        double dpi = PAGE_WIDTH / pdf.widthInches(index);
        executor.execute(BackgroundTask.of("print.task.drawing", () -> closed ? null
                : SwingFXUtils.toFXImage(pdf.render(index, (float) dpi), null), image -> {
                    PageCell asker = waiting.remove(index);
                    if (image != null) {
                        drawn.put(index, image);
                        if (asker != null && asker.getItem() != null && asker.getItem() == index) {
                            asker.show(image);
                        }
                    }
                }, error -> waiting.remove(index)));
    }

    @Override
    public void close() {
        closed = true;
        pdf.close();
    }

    /** One page: a white sheet of the page's shape until its picture is drawn. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView picture = new ImageView();
        private final StackPane sheet = new StackPane(picture);

        PageCell() {
            sheet.getStyleClass().add("preview-page");
            sheet.setMaxWidth(PAGE_WIDTH);
            picture.setFitWidth(PAGE_WIDTH);
            picture.setPreserveRatio(true);
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null || closed) {
                setGraphic(null);
                return;
            }
            sheet.setPrefSize(PAGE_WIDTH, PAGE_WIDTH / pdf.aspectRatio(index));
            sheet.setMinHeight(PAGE_WIDTH / pdf.aspectRatio(index));
            Image image = drawn.get(index);
            picture.setImage(image);
            setGraphic(sheet);
            if (image == null) {
                request(index, this);
            }
        }

        void show(Image image) {
            picture.setImage(image);
        }
    }
}
