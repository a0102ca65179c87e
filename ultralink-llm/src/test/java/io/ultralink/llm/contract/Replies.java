package io.ultralink.llm.contract;

import mockwebserver3.MockResponse;

/** Canned provider answers for MockWebServer tests. */
public final class Replies {

    private Replies() {
    }

    /** An OpenAI chat-completions answer body. */
    public static String openAiBody(String text, String finishReason, long prompt, long cached, long completion) {
        String content = text == null ? "null" : quote(text);
        return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"test-model-0125\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" + content + "},"
                + "\"finish_reason\":\"" + finishReason + "\"}],"
                + "\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
                + ",\"total_tokens\":" + (prompt + completion)
                + ",\"prompt_tokens_details\":{\"cached_tokens\":" + cached + "}}}";
    }

    /** A 200 answer with an OpenAI body. */
    public static MockResponse openAi(String text) {
        return json(200, openAiBody(text, "stop", 12, 0, 5));
    }

    /** An answer with a JSON body and status {@code code}. */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** An Anthropic Messages answer body. */
    public static String anthropicBody(String text, String stopReason, long input, long cacheRead, long output) {
        return "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\","
                + "\"content\":[{\"type\":\"text\",\"text\":" + quote(text) + "}],"
                + "\"stop_reason\":\"" + stopReason + "\",\"stop_sequence\":null,"
                + "\"usage\":{\"input_tokens\":" + input + ",\"cache_creation_input_tokens\":0,"
                + "\"cache_read_input_tokens\":" + cacheRead + ",\"output_tokens\":" + output + "}}";
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
