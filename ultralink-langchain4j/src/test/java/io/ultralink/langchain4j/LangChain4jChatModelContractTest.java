package io.ultralink.langchain4j;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.contract.HttpChatModelContractTest;
import io.ultralink.llm.contract.Replies;
import java.util.Optional;
import mockwebserver3.MockWebServer;

/** The SDK's contract, met by the adapter around LangChain4j's real OpenAI provider on a loopback server. */
class LangChain4jChatModelContractTest extends HttpChatModelContractTest {

    static final String KEY = "sk-langchain4j-contract-secret";

    @Override
    protected ChatModel createModel(MockWebServer server) {
        return LangChain4jChatModel.of(openAi(server));
    }

    static OpenAiChatModel openAi(MockWebServer server) {
        return OpenAiChatModel.builder().baseUrl(server.url("/v1").toString()).apiKey(KEY).modelName("gpt-test")
                .maxRetries(0).build();
    }

    @Override
    protected void expectAnswer(String text) {
        server.enqueue(Replies.openAi(text));
    }

    /** LangChain4j reports a redirect's status only, without its {@code Location}. */
    @Override
    protected boolean namesRedirectTarget() {
        return false;
    }

    @Override
    protected Optional<String> secret() {
        return Optional.of(KEY);
    }
}
