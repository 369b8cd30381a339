package com.mallboard.sync;

/** Who an order goes to. Personal data: never logged, masked in reports unless a user chooses otherwise. */
public record Receiver(
        String name,
        String phone,
        String cellphone,
        String zipcode,
        String address1,
        String address2,
        String shippingMessage) {
}
