package io.ultralink.testing.agnostic;

import io.ultralink.error.TransientLlmException;
import io.ultralink.filter.CultureCriterion;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One model double for the whole language-agnostic pipeline: culture-filter calls (stage
 * {@code culture-filter}) get a valid JSON verdict that matches {@link CultureCriterion#PLACES} when
 * the conversation mentions one of the given place words; translation calls get
 * {@link FakeTranslatorModel}'s fake translation passed through an adversary; a translation request
 * containing {@code failWord} throws a {@link TransientLlmException}.
 */
public final class FakeAgnosticModel extends ScriptedChatModel {

    /** A model whose judge flags {@code placeWords} and whose translator applies {@code adversary}. */
    public FakeAgnosticModel(Set<String> placeWords, UnaryOperator<String> adversary, String failWord) {
        super(request -> answer(request, placeWords, adversary, failWord));
    }

    /** A well-behaved model that flags the given place words. */
    public FakeAgnosticModel(Set<String> placeWords) {
        this(placeWords, UnaryOperator.identity(), null);
    }

    private static ChatResponse answer(ChatRequest request, Set<String> places, UnaryOperator<String> adversary,
            String failWord) {
        String text = lastUser(request);
        if (request.stage().filter("culture-filter"::equals).isPresent()) {
            boolean place = places.stream().anyMatch(text::contains);
            StringBuilder sb = new StringBuilder("{");
            for (CultureCriterion c : CultureCriterion.values()) {
                boolean match = c == CultureCriterion.PLACES && place;
                sb.append(sb.length() > 1 ? "," : "").append('"').append(c.name().toLowerCase(Locale.ROOT))
                        .append("\":{\"match\":").append(match).append(",\"reason\":\"")
                        .append(match ? "names a city" : "none").append("\"}");
            }
            return ok(sb.append('}').toString());
        }
        var quality = FakeQuality.answer(request);
        if (quality.isPresent()) {
            return quality.get();
        }
        if (failWord != null && text.contains(failWord)) {
            throw new TransientLlmException("backend unavailable");
        }
        return ok(adversary.apply(FakeTranslatorModel.translate(text)));
    }
}
