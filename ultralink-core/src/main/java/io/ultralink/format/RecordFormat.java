package io.ultralink.format;

import io.ultralink.format.internal.OpenAiMessagesCodec;
import io.ultralink.format.internal.RecordCodec;
import io.ultralink.format.internal.ShareGptCodec;
import io.ultralink.format.internal.UltraLinkCodec;

/** The JSONL dataset formats the SDK reads and writes. */
public enum RecordFormat {
    /**
     * The UltraLink release format: {@code {"id":"zh_chat_specific_191","data":[q1,a1,q2,a2,...]}}.
     * Language and type come from the id; metadata, when written, goes into an extra
     * {@code "metadata"} object.
     */
    ULTRALINK(new UltraLinkCodec()),
    /**
     * OpenAI chat fine-tuning format: {@code {"messages":[{"role":"user","content":"..."},...]}}; id and
     * metadata, when written, go into {@code "id"} and {@code "metadata"}.
     */
    OPENAI_MESSAGES(new OpenAiMessagesCodec()),
    /**
     * ShareGPT format: {@code {"id":"...","conversations":[{"from":"human","value":"..."},...]}};
     * metadata, when written, goes into {@code "metadata"}.
     */
    SHAREGPT(new ShareGptCodec());

    private final RecordCodec codec;

    RecordFormat(RecordCodec codec) {
        this.codec = codec;
    }

    RecordCodec codec() {
        return codec;
    }
}
