package com.mallboard.sync;

/** A courier as a mall lists it; {@code code} is what the mall's shipment endpoint expects. */
public record Carrier(String code, String name) {
}
