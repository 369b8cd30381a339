package com.mallboard.demo;

import com.mallboard.product.ProductRepository;
import java.time.Clock;

/** Placeholder while the demo catalogue is being written in this session. */
public class DemoCatalogue {
    public DemoCatalogue(ProductRepository products, Clock clock, String currentUser) {
    }
}
