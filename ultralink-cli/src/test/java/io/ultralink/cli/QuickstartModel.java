package io.ultralink.cli;

import io.ultralink.filter.CultureCriterion;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.FinishReason;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Message;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted model for the quickstart inputs: a real question, a distinct follow-up and an answer in the language of the
 * quickstart article in the prompt, a JSON culture verdict that flags the Thanksgiving chat, and an
 * untranslated echo for translation calls (which the translator's checks reject).
 */
final class QuickstartModel implements ChatModel {

    static final List<String[]> SCRIPTS = List.of(
            new String[] {"tide", "Why did tide mills spread along the Atlantic coast of Europe during the Middle Ages?",
                "Tide mills spread because the tide is perfectly predictable, so millers on flat coasts without strong "
                        + "rivers could grind grain every day, even in the driest summers.",
                "How did tide mills compare with river mills in the amount of grain they could grind?"},
            new String[] {"水车", "为什么水车在中国南方的农业中如此重要？",
                "因为南方河流众多，水流稳定，水车可以不依靠人力和畜力，日夜不停地把河水送到高处的农田里，大大提高了灌溉效率。",
                "与风车相比，水车在灌溉上有哪些优势和不足？"},
            new String[] {"едокол", "Почему ледоколы так важны для северных портов России?",
                "Потому что многие северные моря покрыты льдом большую часть года, и без ледоколов суда не смогли бы "
                        + "доставлять грузы в отдалённые посёлки и порты.",
                "Как изменилась работа ледоколов с появлением атомных силовых установок?"},
            new String[] {"phare", "Pourquoi les phares restent-ils utiles à l'époque de la navigation par satellite ?",
                "Les phares restent utiles parce que les appareils électroniques peuvent tomber en panne, et un signal "
                        + "lumineux visible de loin permet toujours aux marins de vérifier leur position.",
                "Comment les gardiens de phare vivaient-ils au quotidien sur les îles isolées ?"},
            new String[] {"acueducto", "¿Por qué los ingenieros romanos calculaban con tanto cuidado la pendiente de los acueductos?",
                "Porque el agua debía circular solo por gravedad, y una pendiente demasiado fuerte o demasiado débil "
                        + "habría provocado desbordamientos o estancamientos a lo largo del recorrido.",
                "¿Qué técnicas usaban los romanos para reparar los acueductos dañados?"});

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public ChatResponse chat(ChatRequest request) {
        calls.incrementAndGet();
        String stage = request.stage().orElse("");
        StringBuilder all = new StringBuilder();
        String lastUser = "";
        for (Message m : request.messages()) {
            all.append(m.content()).append('\n');
            if (m.role() == io.ultralink.model.Role.USER) {
                lastUser = m.content();
            }
        }
        if (stage.equals("culture-filter")) {
            boolean places = lastUser.contains("Thanksgiving") || lastUser.contains("Ohio");
            StringBuilder sb = new StringBuilder("{");
            for (CultureCriterion c : CultureCriterion.values()) {
                boolean match = c == CultureCriterion.PLACES && places;
                sb.append(sb.length() > 1 ? "," : "").append('"').append(c.name().toLowerCase(Locale.ROOT))
                        .append("\":{\"match\":").append(match).append(",\"reason\":\"")
                        .append(match ? "a US holiday and state" : "none").append("\"}");
            }
            return ok(sb.append('}').toString());
        }
        if (stage.startsWith("dialogue.")) {
            String text = all.toString().toLowerCase(Locale.ROOT);
            for (String[] s : SCRIPTS) {
                if (text.contains(s[0])) {
                    boolean followUp = all.toString().contains(s[1]);
                    return ok(stage.endsWith("question") ? (followUp ? s[3] : s[1]) : s[2]);
                }
            }
            throw new IllegalStateException("no script for prompt: " + text.substring(0, Math.min(200, text.length())));
        }
        return ok(lastUser);
    }

    private static ChatResponse ok(String text) {
        return new ChatResponse(text, FinishReason.STOP, new TokenUsage(100, 0, 20), "quickstart-script");
    }

    @Override
    public String modelName() {
        return "quickstart-script";
    }
}
