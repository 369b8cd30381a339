package com.mallboard.sync.cafe24.demomall;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The filters, order and window of a products list or count call, with Cafe24's limits. */
final class ProductQuery {

    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 5000;

    private ProductQuery() {
    }

    /** The products a list or count call selects, before limit and offset. */
    static Stream<MallProduct> select(ApiRequest request, List<MallProduct> products) {
        Stream<MallProduct> selected = products.stream().filter(filters(request));
        if (request.has("since_product_no")) {
            for (String exclusive : List.of("product_no", "sort", "order", "offset")) {
                if (request.has(exclusive)) {
                    throw ApiException.unprocessable("since_product_no cannot be used with " + exclusive + ".");
                }
            }
            long since = request.intParam("since_product_no", 0, 0, Integer.MAX_VALUE);
            return selected.filter(p -> p.productNo > since);
        }
        return selected.sorted(order(request));
    }

    /** One page of a list call: {@code limit} 1–100 (default 10), {@code offset} up to 5000. */
    static List<MallProduct> page(ApiRequest request, List<MallProduct> products) {
        int limit = request.intParam("limit", 10, 1, MAX_LIMIT);
        int offset = request.intParam("offset", 0, 0, MAX_OFFSET);
        return select(request, products).skip(offset).limit(limit).toList();
    }

    private static Predicate<MallProduct> filters(ApiRequest request) {
        Predicate<MallProduct> filter = p -> true;
        List<String> customCodes = request.listParam("custom_product_code");
        if (!customCodes.isEmpty()) {
            filter = filter.and(p -> customCodes.contains(p.customProductCode));
        }
        List<Long> numbers = request.listParam("product_no").stream().map(ProductQuery::productNo).toList();
        if (!numbers.isEmpty()) {
            filter = filter.and(p -> numbers.contains(p.productNo));
        }
        List<String> productCodes = request.listParam("product_code");
        if (!productCodes.isEmpty()) {
            filter = filter.and(p -> productCodes.contains(p.productCode));
        }
        String name = request.param("product_name");
        if (name != null) {
            filter = filter.and(p -> p.name.contains(name));
        }
        if (request.has("display")) {
            boolean display = flag(request, "display");
            filter = filter.and(p -> p.display == display);
        }
        if (request.has("selling")) {
            boolean selling = flag(request, "selling");
            filter = filter.and(p -> p.selling == selling);
        }
        return filter;
    }

    private static Comparator<MallProduct> order(ApiRequest request) {
        String sort = request.param("sort");
        Comparator<MallProduct> byNumber = Comparator.comparingLong(p -> p.productNo);
        Comparator<MallProduct> comparator;
        if (sort == null) {
            comparator = byNumber;
        } else {
            comparator = switch (sort) {
                case "created_date" -> Comparator.comparing((MallProduct p) -> p.createdDate).thenComparing(byNumber);
                case "updated_date" -> Comparator.comparing((MallProduct p) -> p.updatedDate).thenComparing(byNumber);
                case "product_name" -> Comparator.comparing((MallProduct p) -> p.name).thenComparing(byNumber);
                default -> throw ApiException.unprocessable("sort must be created_date, updated_date or product_name.");
            };
        }
        String order = request.param("order");
        if (order == null || order.equals("asc")) {
            return comparator;
        }
        if (order.equals("desc")) {
            return comparator.reversed();
        }
        throw ApiException.unprocessable("order must be asc or desc.");
    }

    static long productNo(String raw) {
        try {
            long number = Long.parseLong(raw);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ApiException.unprocessable("product_no must be a positive whole number, was " + raw + ".");
    }

    private static boolean flag(ApiRequest request, String name) {
        String value = request.param(name);
        if (value.equals("T") || value.equals("F")) {
            return value.equals("T");
        }
        throw ApiException.unprocessable(name + " must be T or F.");
    }
}
