package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductService;
import com.mallboard.report.ReportExport;
import com.mallboard.report.ReportFilter;
import com.mallboard.report.ReportRequest;
import com.mallboard.report.orders.OrdersSheet;
import com.mallboard.sync.OrderService;
import com.mallboard.sync.PersonalData;
import com.mallboard.sync.StoredOrder;
import com.mallboard.team.NotAllowedException;
import com.mallboard.team.Role;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles enforced by the team server (issue 8): each person logs in with their own account to a store the owner
 * migrated, and the server, not the screens, refuses what their roles do not allow. Checked through the app's own
 * repositories and services, and with plain SQL.
 */
@Tag("postgresql")
class RolesOnServerTest {
    private static final String NOT_ALLOWED = "42501";
    private static final Messages ENGLISH = new Messages(Messages.ENGLISH);
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    static Path folder;
    private static Database owner;
    private static ServerLogins logins;

    @BeforeAll
    static void ownerMigratesAndFillsTheStore() {
        owner = TestDatabases.open(folder.resolve("owner"));
        String url = owner.server().orElseThrow().url();
        String database = url.substring(url.lastIndexOf('/') + 1);
        TestDatabases.admin(database,
                "INSERT INTO product (sku, name, stage_entered_at, created_at, updated_at)"
                        + " VALUES ('SUN-1', '선크림', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
                "INSERT INTO mall (platform, mall_id, display_name, api_version, created_at)"
                        + " VALUES ('CAFE24', 'shop1', '숍 1', '2025-06-01', '2026-11-01T00:00:00Z')",
                "INSERT INTO mall_order (mall_ref, order_id, ordered_at, paid, payment_amount, buyer_name, receiver_name,"
                        + " receiver_cellphone, receiver_address1, fetched_at) SELECT id, 'O-1', '2026-11-20T01:00:00Z', 1,"
                        + " 15000, '김민지', '김민지', '010-1234-5678', '서울특별시 강남구 테헤란로 1', '2026-11-20T02:00:00Z'"
                        + " FROM mall WHERE mall_id = 'shop1'",
                "INSERT INTO mall_order_item (order_ref, item_code, product_name, quantity, price, product_id)"
                        + " SELECT o.id, 'I-1', '선크림', 1, 15000, p.id FROM mall_order o, product p"
                        + " WHERE o.order_id = 'O-1' AND p.sku = 'SUN-1'",
                "INSERT INTO report_export_log (at, who, file, sheets)"
                        + " VALUES ('2026-11-21T00:00:00Z', 'boss', '/tmp/orders.xlsx', 'orders')");
        logins = new ServerLogins(database, folder);
    }

    @AfterAll
    static void dropThePeople() {
        logins.close();
    }

    @Test
    void theServerSaysWhichRolesEachPersonHoldsAndRefusesAnAccountWithNone() {
        assertThat(ServerRoles.of(logins.connect(logins.person(Role.WAREHOUSE))).held())
                .containsExactly(Role.WAREHOUSE);
        assertThat(ServerRoles.of(logins.connect(logins.person(Role.MERCHANDISER, Role.MANAGER))).held())
                .containsExactlyInAnyOrder(Role.MERCHANDISER, Role.MANAGER);
        String nobody = logins.person();
        assertThatThrownBy(() -> logins.connect(nobody)).isInstanceOfSatisfying(ServerRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(ServerRefusedException.Reason.NOT_ALLOWED));
        assertThat(ServerRoles.of(owner).held()).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void warehouseCannotAddOrEditProductsAndNothingChanges() {
        String warehouse = logins.person(Role.WAREHOUSE);
        ProductService products = products(logins.connect(warehouse));
        Product sunscreen = products.active().get(0);

        assertThatThrownBy(() -> products.create(ProductDetails.of("NEW-1", "새 토너"), Set.of()))
                .isInstanceOfSatisfying(NotAllowedException.class, refused -> assertNeeds(refused, Role.MERCHANDISER));
        assertThatThrownBy(() -> products.update(sunscreen, ProductDetails.of("SUN-1", "바뀐 이름"), Set.of()))
                .isInstanceOf(NotAllowedException.class);

        assertThat(products(owner).active()).extracting(Product::name).containsExactly("선크림");
        assertThat(logins.answer(warehouse, "UPDATE product SET name = 'x'")).isEqualTo(NOT_ALLOWED);
        assertThat(logins.answer(warehouse, "INSERT INTO product (sku, name, stage_entered_at, created_at, updated_at)"
                + " VALUES ('RAW-1', 'x', 'a', 'a', 'a')")).isEqualTo(NOT_ALLOWED);
    }

    @Test
    void warehouseCannotReadTheExportLogNorTheManagersSettings() {
        String warehouse = logins.person(Role.WAREHOUSE);
        Database store = logins.connect(warehouse);

        assertThatThrownBy(() -> new JooqExportLog(store.dsl()).recent(10))
                .isInstanceOfSatisfying(NotAllowedException.class, refused -> assertNeeds(refused, Role.MANAGER));
        assertThat(logins.answer(warehouse, "SELECT * FROM report_export_log")).isEqualTo(NOT_ALLOWED);
        assertThat(logins.answer(warehouse, "UPDATE mall SET display_name = 'x'")).isEqualTo(NOT_ALLOWED);
        JooqSettingsRepository settings = new JooqSettingsRepository(store.dsl());
        assertThatThrownBy(() -> settings.put("privacy.retention.days", "1")).isInstanceOf(NotAllowedException.class);
        settings.put("packing.courier.mall.1", "CJ");
        assertThat(new JooqSettingsRepository(owner.dsl()).get("packing.courier.mall.1")).contains("CJ");
    }

    @Test
    void warehouseReadsReceiversInFull() {
        JooqOrderRepository orders = new JooqOrderRepository(logins.connect(logins.person(Role.WAREHOUSE)).dsl(), true);

        StoredOrder order = orders.findByOrderId("O-1").get(0);
        assertThat(order.receiver().name()).isEqualTo("김민지");
        assertThat(order.receiver().cellphone()).isEqualTo("010-1234-5678");
    }

    @Test
    void merchandiserCannotReadReceiversAndReadsOrdersMaskedWithoutError() {
        String merchandiser = logins.person(Role.MERCHANDISER);
        Database store = logins.connect(merchandiser);

        assertThat(logins.answer(merchandiser, "SELECT receiver_name FROM mall_order")).isEqualTo(NOT_ALLOWED);
        assertThat(logins.answer(merchandiser, "SELECT * FROM mall_order")).isEqualTo(NOT_ALLOWED);
        assertThat(logins.answer(merchandiser, "SELECT order_id, payment_amount FROM mall_order")).isEqualTo("ok");
        StoredOrder order = new JooqOrderRepository(store.dsl(), false).findByOrderId("O-1").get(0);
        assertThat(order.orderId()).isEqualTo("O-1");
        assertThat(order.items()).hasSize(1);
        assertThat(order.receiver().name()).isNull();
        assertThat(PersonalData.name(order.receiver(), false)).isEmpty();
        assertThat(new JooqOrderRepository(store.dsl(), false).openOrders()).hasSize(1);
        // Even an app that forgot the role would get nothing: the server refuses the columns.
        assertThatThrownBy(() -> new JooqOrderRepository(store.dsl(), true).recent(5))
                .isInstanceOfSatisfying(NotAllowedException.class, refused -> assertNeeds(refused, Role.WAREHOUSE));
        assertThat(products(store).create(ProductDetails.of("TON-2", "토너"), Set.of()).sku()).isEqualTo("TON-2");
    }

    @Test
    void managerExportsReportsAndChangesSettingsButNotWithReceiversData() throws Exception {
        Database store = logins.connect(logins.person(Role.MANAGER));
        new JooqSettingsRepository(store.dsl()).put("privacy.retention.days", "30");
        ReportExport export = new ReportExport(new JooqExportLog(store.dsl()), CLOCK, "boss");
        OrdersSheet orders = ordersSheet(store, false);

        int logged = export.recentPersonalDataExports(100).size();
        Path masked = folder.resolve("masked.xlsx");
        export.export(masked, List.of(orders), request(false), step -> { }, () -> false);
        assertThat(masked).isNotEmptyFile();
        Path withReceivers = folder.resolve("receivers.xlsx");
        assertThatThrownBy(() -> export.export(withReceivers, List.of(orders), request(true), step -> { }, () -> false))
                .isInstanceOfSatisfying(NotAllowedException.class, refused -> assertNeeds(refused, Role.WAREHOUSE));
        assertThat(withReceivers).doesNotExist();
        assertThat(export.recentPersonalDataExports(100)).hasSize(logged);
        assertThatThrownBy(() -> products(store).create(ProductDetails.of("MGR-1", "x"), Set.of()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aManagerWhoIsAlsoWarehouseExportsReceiversAndTheExportIsLogged() throws Exception {
        Database store = logins.connect(logins.person(Role.MANAGER, Role.WAREHOUSE));
        ReportExport export = new ReportExport(new JooqExportLog(store.dsl()), CLOCK, "boss");
        int before = export.recentPersonalDataExports(100).size();

        Path file = folder.resolve("full.xlsx");
        export.export(file, List.of(ordersSheet(store, true)), request(true), step -> { }, () -> false);

        assertThat(file).isNotEmptyFile();
        assertThat(export.recentPersonalDataExports(100)).hasSize(before + 1);
    }

    /** A later migration's table without grants would be refused to everyone; this catches it. */
    @Test
    void everyTableIsReadableBySomeRole() {
        List<?> ungranted = owner.dsl().fetchValues("select c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'"
                + " and not (has_table_privilege('mallboard_merchandiser', c.oid, 'SELECT')"
                + " or has_table_privilege('mallboard_warehouse', c.oid, 'SELECT')"
                + " or has_table_privilege('mallboard_manager', c.oid, 'SELECT'))");
        assertThat(ungranted).isEmpty();
    }

    private static void assertNeeds(NotAllowedException refused, Role role) {
        assertThat(refused.needed()).contains(role);
        assertThat(ENGLISH.get(refused.messageKey(), refused.args())).contains(ENGLISH.get(role.messageKey()))
                .contains("Nothing was changed");
    }

    private static ProductService products(Database store) {
        return new ProductService(new JooqProductRepository(store.dsl(), CLOCK),
                new JooqChecklistRepository(store.dsl(), CLOCK), CLOCK, "tester");
    }

    private static OrdersSheet ordersSheet(Database store, boolean readsPersonalData) {
        OrderService orders = new OrderService(new JooqOrderRepository(store.dsl(), readsPersonalData),
                new JooqMallRepository(store.dsl(), CLOCK), CLOCK, "tester");
        return new OrdersSheet(orders, products(store), CLOCK);
    }

    private static ReportRequest request(boolean personalData) {
        return new ReportRequest(ENGLISH, null, null, ReportFilter.NONE, personalData);
    }
}
