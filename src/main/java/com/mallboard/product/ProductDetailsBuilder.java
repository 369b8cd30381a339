package com.mallboard.product;

import java.time.LocalDate;

/** Fluent builder for {@link ProductDetails}; records with twenty fields are unreadable positionally. */
public final class ProductDetailsBuilder {
    private String sku;
    private String name;
    private String brand;
    private String influencer;
    private String category;
    private LocalDate launchDate;
    private Long priceWon;
    private Long costWon;
    private String supplier;
    private Integer orderQuantity;
    private Integer shippedQuantity;
    private Integer stock;
    private String barcode;
    private String location;
    private String capacity;
    private String manufacturer;
    private String responsibleSeller;
    private String usagePeriod;
    private String ingredients;
    private String notes;

    ProductDetailsBuilder() {
    }

    ProductDetailsBuilder(ProductDetails d) {
        sku = d.sku();
        name = d.name();
        brand = d.brand();
        influencer = d.influencer();
        category = d.category();
        launchDate = d.launchDate();
        priceWon = d.priceWon();
        costWon = d.costWon();
        supplier = d.supplier();
        orderQuantity = d.orderQuantity();
        shippedQuantity = d.shippedQuantity();
        stock = d.stock();
        barcode = d.barcode();
        location = d.location();
        capacity = d.capacity();
        manufacturer = d.manufacturer();
        responsibleSeller = d.responsibleSeller();
        usagePeriod = d.usagePeriod();
        ingredients = d.ingredients();
        notes = d.notes();
    }

    public ProductDetailsBuilder sku(String value) {
        sku = value;
        return this;
    }

    public ProductDetailsBuilder name(String value) {
        name = value;
        return this;
    }

    public ProductDetailsBuilder brand(String value) {
        brand = value;
        return this;
    }

    public ProductDetailsBuilder influencer(String value) {
        influencer = value;
        return this;
    }

    public ProductDetailsBuilder category(String value) {
        category = value;
        return this;
    }

    public ProductDetailsBuilder launchDate(LocalDate value) {
        launchDate = value;
        return this;
    }

    public ProductDetailsBuilder priceWon(Long value) {
        priceWon = value;
        return this;
    }

    public ProductDetailsBuilder costWon(Long value) {
        costWon = value;
        return this;
    }

    public ProductDetailsBuilder supplier(String value) {
        supplier = value;
        return this;
    }

    public ProductDetailsBuilder orderQuantity(Integer value) {
        orderQuantity = value;
        return this;
    }

    public ProductDetailsBuilder shippedQuantity(Integer value) {
        shippedQuantity = value;
        return this;
    }

    public ProductDetailsBuilder stock(Integer value) {
        stock = value;
        return this;
    }

    public ProductDetailsBuilder barcode(String value) {
        barcode = value;
        return this;
    }

    public ProductDetailsBuilder location(String value) {
        location = value;
        return this;
    }

    public ProductDetailsBuilder capacity(String value) {
        capacity = value;
        return this;
    }

    public ProductDetailsBuilder manufacturer(String value) {
        manufacturer = value;
        return this;
    }

    public ProductDetailsBuilder responsibleSeller(String value) {
        responsibleSeller = value;
        return this;
    }

    public ProductDetailsBuilder usagePeriod(String value) {
        usagePeriod = value;
        return this;
    }

    public ProductDetailsBuilder ingredients(String value) {
        ingredients = value;
        return this;
    }

    public ProductDetailsBuilder notes(String value) {
        notes = value;
        return this;
    }

    public ProductDetails build() {
        return new ProductDetails(sku, name, brand, influencer, category, launchDate, priceWon, costWon, supplier,
                orderQuantity, shippedQuantity, stock, barcode, location, capacity, manufacturer, responsibleSeller, usagePeriod,
                ingredients, notes);
    }
}
