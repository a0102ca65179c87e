package io.ultralink.llm.llamacpp;

import io.ultralink.llm.ChatModel;
import io.ultralink.llm.contract.ChatModelContractTest;

class LlamaCppChatModelContractTest extends ChatModelContractTest {

    @Override
    protected ChatModel createModel() {
        return LlamaCppChatModel.builder(TinyModel.pathOrSkip()).threads(1).build();
    }
}
