package io.ultralink.llm.contract;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.Message;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ChatModel} owes its callers, whatever the backend. Extend it, create the
 * model in {@link #createModel()} and, for backends whose answers a test controls, queue one answer in
 * {@link #expectAnswer(String)} before each call.
 */
public abstract class ChatModelContractTest {

    /** The model under test, created before each test and closed after it. */
    protected ChatModel model;

    /** Creates the model under test. */
    protected abstract ChatModel createModel() throws Exception;

    /** Arranges that the next call answers {@code text} (HTTP backends enqueue a response); no-op by default. */
    protected void expectAnswer(String text) throws Exception {
    }

    /** The secret that must never appear in {@code toString()}, if the backend has one. */
    protected Optional<String> secret() {
        return Optional.empty();
    }

    /** A short request every backend can answer. */
    protected ChatRequest simpleRequest() {
        return ChatRequest.builder().addMessage(Message.system("You tell short stories."))
                .addMessage(Message.user("Once upon a time")).maxTokens(16).temperature(0.0).seed(7).build();
    }

    @BeforeEach
    void setUpModel() throws Exception {
        model = createModel();
    }

    @AfterEach
    void closeModel() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void chat_simpleRequest_returnsTextFinishReasonAndUsage() throws Exception {
        expectAnswer("Once there was a cat.");

        ChatResponse response = model.chat(simpleRequest());

        assertThat(response.text()).isNotBlank();
        assertThat(response.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(response.usage().promptTokens()).isPositive();
        assertThat(response.usage().completionTokens()).isPositive().isLessThanOrEqualTo(16);
        assertThat(response.modelName()).isNotBlank();
    }

    @Test
    void chatAsync_simpleRequest_completesWithAnswer() throws Exception {
        expectAnswer("A dog ran.");

        ChatResponse response = model.chatAsync(simpleRequest()).get(60, TimeUnit.SECONDS);

        assertThat(response.text()).isNotBlank();
    }

    @Test
    void chat_sequentialCalls_eachAnswered() throws Exception {
        for (String text : List.of("One.", "Two.")) {
            expectAnswer(text);
            assertThat(model.chat(simpleRequest()).text()).isNotBlank();
        }
    }

    @Test
    void modelName_isNotBlank() {
        assertThat(model.modelName()).isNotBlank();
    }

    @Test
    void toString_neverShowsSecret() {
        secret().ifPresent(s -> assertThat(model.toString()).doesNotContain(s));
        assertThat(model.toString()).isNotBlank();
    }
}
