package com.mallboard.team.ui;

import com.mallboard.common.Messages;
import com.mallboard.team.Role;
import com.mallboard.team.TeamRoles;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the main window says about the person's roles on a team server: their roles in the status bar, and above a
 * screen whose changes need a role they lack, a line saying so. The server refuses those changes whatever the screen
 * shows; the line only tells the person before they try. On the local file everyone holds every role: nothing shows.
 */
public final class RoleNotices {
    /** The screens (by their navigation button's id) whose changes need a role, and which role. */
    private static final Map<String, Role> CHANGES_NEED = Map.of(
            "boardTab", Role.MERCHANDISER,
            "rulesTab", Role.MERCHANDISER,
            "mallsTab", Role.MANAGER,
            "ordersTab", Role.WAREHOUSE,
            "sheetsTab", Role.WAREHOUSE,
            "packingTab", Role.WAREHOUSE);

    private final TeamRoles roles;
    private final boolean teamMode;
    private final Messages messages;

    public RoleNotices(TeamRoles roles, boolean teamMode, Messages messages) {
        this.roles = roles;
        this.teamMode = teamMode;
        this.messages = messages;
    }

    /** "Roles: warehouse, manager" on a team server; an empty, unmanaged label on the local file. */
    public Label statusBadge() {
        Label badge = new Label();
        badge.setId("teamRoles");
        if (teamMode) {
            String held = roles.held().stream().map(role -> messages.get(role.messageKey()))
                    .collect(Collectors.joining(", "));
            badge.setText(held.isEmpty() ? messages.get("team.roles.none") : messages.get("team.roles.status", held));
        }
        badge.setVisible(teamMode);
        badge.setManaged(teamMode);
        return badge;
    }

    /** {@code content} as it is, or below a line naming the role its changes need when the person lacks it. */
    public Node screen(String screenId, Node content) {
        Role needed = CHANGES_NEED.get(screenId);
        if (needed == null || roles.has(needed)) {
            return content;
        }
        String key = "ordersTab".equals(screenId) ? "team.screen.orders.masked" : "team.screen.readonly";
        Label notice = new Label(messages.get(key, messages.get(needed.messageKey())));
        notice.setId("roleNotice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.getStyleClass().add("role-notice");
        notice.setStyle("-fx-padding: 6 12; -fx-background-color: -color-warning-subtle;");
        VBox.setVgrow(content, Priority.ALWAYS);
        return new VBox(notice, content);
    }
}
