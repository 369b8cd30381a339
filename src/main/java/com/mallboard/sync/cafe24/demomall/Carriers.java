package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The couriers a demo mall lists under {@code GET /carriers}. Real malls each have their own codes (public code
 * tables disagree), so each demo mall shifts its codes by its id: a client that hard-codes a table fails here too.
 */
final class Carriers {

    /** One courier as the mall lists it. */
    record Carrier(int carrierId, String code, String name, String trackUrl, String contact, String homepage) {
    }

    private static final String[][] COURIERS = {
        {"CJ대한통운", "https://trace.cjlogistics.com/next/tracking.html?wblNo=", "1588-1255", "https://www.cjlogistics.com"},
        {"우체국택배", "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=", "1588-1300",
            "https://service.epost.go.kr"},
        {"한진택배", "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnum=", "1588-0011",
            "https://www.hanjin.com"},
        {"롯데택배", "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=", "1588-2121",
            "https://www.lotteglogis.com"},
        {"로젠택배", "https://www.ilogen.com/web/personal/trace/", "1588-9988", "https://www.ilogen.com"},
        {"경동택배", "https://kdexp.com/service/delivery/etc/delivery.do?barcode=", "1899-5368", "https://kdexp.com"},
        {"CU 편의점택배", "https://www.cupost.co.kr/postbox/delivery/localResult.cupost?invoice_no=", "1577-1287",
            "https://www.cupost.co.kr"},
        {"GS Postbox 택배", "https://www.cvsnet.co.kr/invoice/tracking.do?invoice_no=", "1577-1287",
            "https://www.cvsnet.co.kr"},
    };

    private final List<Carrier> carriers;

    Carriers(String mallId) {
        int shift = Math.floorMod(mallId.hashCode(), 7);
        List<Carrier> list = new ArrayList<>();
        for (int i = 0; i < COURIERS.length; i++) {
            String[] courier = COURIERS[i];
            String code = String.format("%04d", 2 + i * 3 + shift);
            list.add(new Carrier(i + 1, code, courier[0], courier[1], courier[2], courier[3]));
        }
        this.carriers = List.copyOf(list);
    }

    Optional<Carrier> byCode(String code) {
        return carriers.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    List<Carrier> all() {
        return carriers;
    }

    ArrayNode json() {
        ArrayNode array = Json.array();
        for (Carrier carrier : carriers) {
            ObjectNode json = array.addObject();
            json.put("shop_no", 1);
            json.put("carrier_id", carrier.carrierId());
            json.put("shipping_carrier_code", carrier.code());
            json.put("shipping_carrier", carrier.name());
            json.put("track_shipment_url", carrier.trackUrl());
            json.put("shipping_type", "A");
            json.put("contact", carrier.contact());
            json.put("homepage_url", carrier.homepage());
            json.put("default_shipping_fee", Json.money(MallOrder.SHIPPING_FEE));
            json.put("is_selected", Json.flag(carrier.carrierId() == 1));
        }
        return array;
    }
}
