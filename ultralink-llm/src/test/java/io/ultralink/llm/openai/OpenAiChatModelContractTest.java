package io.ultralink.llm.openai;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatModelContractTest;
import io.ultralink.llm.Replies;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

class OpenAiChatModelContractTest extends ChatModelContractTest {

    private MockWebServer server;

    @Override
    protected ChatModel createModel() throws Exception {
        server = new MockWebServer();
        server.start();
        return OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey("sk-contract-secret")
                .modelName("test-model").build();
    }

    @Override
    protected void expectAnswer(String text) {
        server.enqueue(Replies.openAi(text));
    }

    @Override
    protected Optional<String> secret() {
        return Optional.of("sk-contract-secret");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
