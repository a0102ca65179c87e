package io.ultralink.llm.usage;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Objects;

/**
 * Labels the calls of one stage for the {@link UsageLedger}: the returned model fills in the
 * request's stage and language where the caller left them unset, then calls {@code model}. Each
 * stage (and each language of a stage) gets its own labelled view of the shared model, so concurrent
 * stages never overwrite each other's labels.
 */
public final class UsageLabels {

    private UsageLabels() {
    }

    /**
     * @param model the shared model (metering, caps and cache inside)
     * @param stage the stage for requests that name none
     * @param language the language for requests that name none, or null to leave it
     * @return the labelled view; closing it does nothing (the shared model stays open)
     */
    public static ChatModel label(ChatModel model, String stage, String language) {
        return new Labelled(Objects.requireNonNull(model, "model"), Objects.requireNonNull(stage, "stage"), language);
    }

    private static final class Labelled implements ChatModel {
        private final ChatModel delegate;
        private final String stage;
        private final String language;

        Labelled(ChatModel delegate, String stage, String language) {
            this.delegate = delegate;
            this.stage = stage;
            this.language = language;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            ChatRequest.Builder b = null;
            if (request.stage().isEmpty()) {
                b = request.toBuilder().stage(stage);
            }
            if (language != null && request.language().isEmpty()) {
                b = (b == null ? request.toBuilder() : b).language(language);
            }
            return delegate.chat(b == null ? request : b.build());
        }

        @Override
        public String modelName() {
            return delegate.modelName();
        }

        @Override
        public String identity() {
            return delegate.identity();
        }

        @Override
        public String toString() {
            return "Labelled[" + stage + ", " + language + ", " + delegate + "]";
        }
    }
}
