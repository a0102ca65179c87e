package io.ultralink.translate;

import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.run.Fingerprint;
import java.util.List;

/**
 * Translates English conversations into a target language (paper §2.2.2, Fig. 10) and proves it.
 *
 * <p>Contract: the translation keeps the conversation's id, type, roles and message count; code,
 * LaTeX, URLs, numbers and identifiers are not altered; every check that ran is reported in the
 * result, and a translation is returned only when all of them passed. Which checks run depends on
 * the data type ({@link Check#FINAL_ANSWER_PRESERVED} for maths, {@link Check#CODE_UNCHANGED} for
 * code). Model failures that outlast retries are thrown, not hidden.
 */
public interface Translator {

    /** Translates {@code conversation} into {@code target}. */
    TranslationResult translate(Conversation conversation, LanguageCode target);

    /**
     * What determines this translator's results into {@code target} (model, instructions, checks and
     * their thresholds), for run journals: a translation is reused only under an equal fingerprint.
     * The default names the class.
     */
    default Fingerprint fingerprint(LanguageCode target) {
        return Fingerprint.builder().put("translator", Fingerprint.typeName(this)).put("target", target.code()).build();
    }

    /** Translates a single text as a one-message chat conversation. */
    default TranslationResult translateText(String id, String text, LanguageCode target) {
        return translate(Conversation.of(id, DataType.CHAT_AGNOSTIC, List.of(Message.user(text))), target);
    }
}
