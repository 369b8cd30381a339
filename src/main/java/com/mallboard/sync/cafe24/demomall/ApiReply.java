package com.mallboard.sync.cafe24.demomall;

import com.fasterxml.jackson.databind.JsonNode;

/** What an admin endpoint answers: a status and a JSON body. Headers are the gateway's business. */
record ApiReply(int status, JsonNode body) {

    static ApiReply ok(JsonNode body) {
        return new ApiReply(200, body);
    }

    static ApiReply created(JsonNode body) {
        return new ApiReply(201, body);
    }
}
