package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The products of one demo mall in product-number order; callers hold the mall's data lock. */
final class ProductCatalog {

    private final TreeMap<Long, MallProduct> products = new TreeMap<>();
    private long lastProductNo;

    /** A new product with the next number and one empty default variant; the caller fills it in. */
    MallProduct create() {
        MallProduct product = new MallProduct(++lastProductNo, Instant.now());
        products.put(product.productNo, product);
        return product;
    }

    /** Puts back products from the state file; numbering goes on after the highest number ever given. */
    void restore(List<MallProduct> saved, long savedLastProductNo) {
        for (MallProduct product : saved) {
            if (product.productNo < 1 || products.putIfAbsent(product.productNo, product) != null) {
                throw new SavedStateException("saved product_no " + product.productNo + " is invalid or repeated");
            }
            lastProductNo = Math.max(lastProductNo, product.productNo);
        }
        lastProductNo = Math.max(lastProductNo, savedLastProductNo);
    }

    long lastProductNo() {
        return lastProductNo;
    }

    Optional<MallProduct> find(long productNo) {
        return Optional.ofNullable(products.get(productNo));
    }

    MallProduct require(long productNo) {
        return find(productNo).orElseThrow(() -> ApiException.notFound("No product with product_no " + productNo + "."));
    }

    Optional<MallProduct> findByCustomCode(String customProductCode) {
        return products.values().stream().filter(p -> p.customProductCode.equals(customProductCode)).findFirst();
    }

    List<MallProduct> all() {
        return new ArrayList<>(products.values());
    }

    void delete(long productNo) {
        if (products.remove(productNo) == null) {
            throw ApiException.notFound("No product with product_no " + productNo + ".");
        }
    }
}
