package com.mallboard.sync.cafe24.demomall;

/** The one OAuth client the demo mall knows. The secret is public on purpose: the demo mall guards nothing. */
public final class DemoMall {

    public static final String CLIENT_ID = "mallboard-demo";
    public static final String CLIENT_SECRET = "demo-secret";

    /** The mall that plain {@code /api/v2/...} requests (without {@code /malls/{id}}) go to. */
    static final String DEFAULT_MALL_ID = "demo";

    private DemoMall() {
    }
}
