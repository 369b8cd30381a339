package com.mallboard.store;

import static com.mallboard.store.generated.Tables.PRODUCT;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;

/**
 * Reads many products straight from the result set of the jOOQ-built query. Skipping the intermediate
 * {@code ProductRecord} per row takes about a fifth off loading a 50,000-product board; single products still go
 * through {@link ProductMapper}.
 */
final class ProductRows {
    private ProductRows() {
    }

    static List<Product> read(DSLContext dsl, Condition condition, Map<Integer, Set<String>> tagsById) {
        List<Product> products = new ArrayList<>();
        try (ResultSet rs = dsl.selectFrom(PRODUCT).where(condition).orderBy(PRODUCT.ID).fetchResultSet()) {
            while (rs.next()) {
                int id = rs.getInt(column(PRODUCT.ID));
                products.add(new Product(id, details(rs), Stage.valueOf(rs.getString(column(PRODUCT.STAGE))),
                        tagsById.getOrDefault(id, Set.of()), rs.getInt(column(PRODUCT.IS_DEMO)) != 0,
                        instant(rs, PRODUCT.STAGE_ENTERED_AT), instant(rs, PRODUCT.CREATED_AT),
                        instant(rs, PRODUCT.UPDATED_AT), instant(rs, PRODUCT.DELETED_AT),
                        rs.getInt(column(PRODUCT.VERSION))));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read products: " + e.getMessage(), e);
        }
        return products;
    }

    private static ProductDetails details(ResultSet rs) throws SQLException {
        return ProductDetails.builder()
                .sku(text(rs, PRODUCT.SKU))
                .name(text(rs, PRODUCT.NAME))
                .brand(text(rs, PRODUCT.BRAND))
                .influencer(text(rs, PRODUCT.INFLUENCER))
                .category(text(rs, PRODUCT.CATEGORY))
                .launchDate(ProductMapper.date(text(rs, PRODUCT.LAUNCH_DATE)))
                .priceWon(number(rs, PRODUCT.PRICE_WON))
                .costWon(number(rs, PRODUCT.COST_WON))
                .supplier(text(rs, PRODUCT.SUPPLIER))
                .orderQuantity(integer(rs, PRODUCT.ORDER_QUANTITY))
                .shippedQuantity(integer(rs, PRODUCT.SHIPPED_QUANTITY))
                .stock(integer(rs, PRODUCT.STOCK))
                .barcode(text(rs, PRODUCT.BARCODE))
                .location(text(rs, PRODUCT.LOCATION))
                .capacity(text(rs, PRODUCT.CAPACITY))
                .manufacturer(text(rs, PRODUCT.MANUFACTURER))
                .responsibleSeller(text(rs, PRODUCT.RESPONSIBLE_SELLER))
                .usagePeriod(text(rs, PRODUCT.USAGE_PERIOD))
                .ingredients(text(rs, PRODUCT.INGREDIENTS))
                .notes(text(rs, PRODUCT.NOTES))
                .build();
    }

    /** JDBC column index of a generated field, so the mapping follows the migrations without names typed twice. */
    private static int column(Field<?> field) {
        return PRODUCT.indexOf(field) + 1;
    }

    private static String text(ResultSet rs, Field<String> field) throws SQLException {
        return rs.getString(column(field));
    }

    private static java.time.Instant instant(ResultSet rs, Field<String> field) throws SQLException {
        return StoredTimes.instant(rs.getString(column(field)));
    }

    private static Long number(ResultSet rs, Field<Long> field) throws SQLException {
        long value = rs.getLong(column(field));
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, Field<Integer> field) throws SQLException {
        int value = rs.getInt(column(field));
        return rs.wasNull() ? null : value;
    }
}
