package io.ultralink.llm.openai;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.contract.HttpChatModelContractTest;
import io.ultralink.llm.contract.Replies;
import java.util.Optional;
import mockwebserver3.MockWebServer;

class OpenAiChatModelContractTest extends HttpChatModelContractTest {

    @Override
    protected ChatModel createModel(MockWebServer server) {
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
}
