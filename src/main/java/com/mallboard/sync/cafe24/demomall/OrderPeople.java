package com.mallboard.sync.cafe24.demomall;

/** The buyer and the receiver of an order. Personal data, even if invented: the server never logs it. */
record OrderPeople(String memberId, String buyerName, String buyerEmail, String buyerCellphone, String receiverName,
        String receiverPhone, String receiverCellphone, String zipcode, String address1, String address2,
        String shippingMessage) {
}
