package io.ultralink.llm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ultralink.error.InvalidRequestException;
import io.ultralink.error.LlmException;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.model.Message;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ChatModelContractTest} for HTTP backends: starts a loopback {@link MockWebServer} before
 * the model is created and stops it after each test. Every HTTP backend refuses redirects and bounds
 * and scrubs error bodies.
 */
public abstract class HttpChatModelContractTest extends ChatModelContractTest {

    /** The server the model under test talks to. */
    protected MockWebServer server;

    /** Creates the model talking to {@code server}. */
    protected abstract ChatModel createModel(MockWebServer server) throws Exception;

    @Override
    protected final ChatModel createModel() throws Exception {
        server = new MockWebServer();
        server.start();
        return createModel(server);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Whether the backend sees the {@code Location} of a redirect and names its host (adapters may not). */
    protected boolean namesRedirectTarget() {
        return true;
    }

    @Test
    void chat_redirectToAnotherLoopbackPort_isNotFollowedAndNamesTheTarget() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            elsewhere.enqueue(Replies.openAi("stolen"));
            server.enqueue(new MockResponse.Builder().code(307)
                    .addHeader("Location", elsewhere.url("/v1/chat/completions").toString()).build());

            assertThatThrownBy(() -> model.chat(ChatRequest.builder().addMessage(Message.user("Hi")).build()))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("307")
                    .hasMessageContaining("not followed")
                    .satisfies(e -> {
                        if (namesRedirectTarget()) {
                            assertThat(e.getMessage()).contains(elsewhere.url("/").host() + ":" + elsewhere.getPort());
                        }
                    });
            assertThat(elsewhere.getRequestCount()).isZero();
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void chat_hugeErrorBodyEchoingSecrets_isBoundedAndScrubbed() {
        String echo = secret().orElse("no-key") + " Authorization: Bearer leaked-bearer-value https://u:leaked-pw@h/x?token=leaked-token ";
        server.enqueue(Replies.json(400, "{\"error\":{\"message\":\"" + echo.repeat(2000) + "\"}}"));

        assertThatThrownBy(() -> model.chat(ChatRequest.builder().addMessage(Message.user("Hi")).build()))
                .isInstanceOf(LlmException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(600).doesNotContain("leaked-bearer-value", "leaked-pw",
                            "leaked-token");
                    secret().ifPresent(s -> assertThat(e.getMessage()).doesNotContain(s));
                });
    }
}
