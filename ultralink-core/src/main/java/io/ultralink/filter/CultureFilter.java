package io.ultralink.filter;

import io.ultralink.model.Conversation;
import io.ultralink.run.Fingerprint;

/**
 * Decides whether an English conversation is tied to one culture (paper §2.2.1, Fig. 9) and must
 * therefore not be translated.
 *
 * <p>Contract: a conversation is kept only when no criterion matched. A model answer that cannot
 * be parsed is retried and then thrown as an {@link io.ultralink.error.LlmException}; it is never
 * silently turned into keep or drop. Only chat data is filtered; maths and code skip this stage.
 */
public interface CultureFilter {

    /** Judges one conversation. */
    CultureVerdict judge(Conversation conversation);

    /**
     * What determines this filter's verdicts (model, instructions, criteria, pre-checks), for run
     * journals: a verdict is reused only under an equal fingerprint. The default names the class.
     */
    default Fingerprint fingerprint() {
        return Fingerprint.builder().put("filter", Fingerprint.typeName(this)).build();
    }
}
