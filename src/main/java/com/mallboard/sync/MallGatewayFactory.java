package com.mallboard.sync;

/** Opens a gateway for a mall; the composition root registers one factory per {@link Platform}. */
public interface MallGatewayFactory {

    MallGateway open(Mall mall);
}
