package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.error.LlmException;
import io.ultralink.format.RecordFormat;
import io.ultralink.language.LanguagePacks;
import io.ultralink.mix.ReleaseFiles;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.Role;
import io.ultralink.model.SftRecord;
import io.ultralink.translate.CheckResult;
import io.ultralink.translate.TranslationResult;
import io.ultralink.translate.Translator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Translates one selected item into one language and writes the record or the failure. Not API. */
public final class TranslateTask {

    /** Metadata key listing the checks a translation passed. */
    public static final String CHECKS = "checks";
    /** Prefix of the metadata keys holding the meaning scores ({@code quality.chrf}, {@code quality.adequacy}, ...). */
    public static final String SCORE_PREFIX = "quality.";

    private final Translator translator;
    private final OutputFiles out;
    private final RunCounters counters;
    private final String modelName;
    private final long seed;
    private final LanguagePacks packs;
    private final RecordFormat format;

    /** Shares everything one stage's tasks need. */
    public TranslateTask(Translator translator, OutputFiles out, RunCounters counters, String modelName, long seed,
            LanguagePacks packs, RecordFormat format) {
        this.translator = translator;
        this.out = out;
        this.counters = counters;
        this.modelName = modelName;
        this.seed = seed;
        this.packs = packs;
        this.format = format;
    }

    /**
     * Handles item {@code number} of {@code lang}'s selection. An item that cannot become a record
     * (for example a conversation that does not end with an answer) is rejected as
     * {@code INVALID_RECORD} instead of stopping the run.
     */
    public void translate(Conversation source, LanguageCode lang, DataType type, long number) {
        try {
            translateOrReject(source, lang, type, number);
        } catch (IllegalArgumentException e) {
            counters.failedCheck("INVALID_RECORD");
            counters.translation(lang, false);
            out.failure("translate", source.id(), lang, type, "rejected", List.of("INVALID_RECORD: " + e.getMessage()));
        }
    }

    private void translateOrReject(Conversation source, LanguageCode lang, DataType type, long number) {
        if (lang.isEnglish()) {
            out.write(record(source, lang, type, number, "source"));
            counters.translation(lang, true);
            return;
        }
        TranslationResult r;
        try {
            r = translator.translate(source, lang);
        } catch (LlmException e) {
            counters.add("translationErrors", 1);
            out.failure("translate", source.id(), lang, type, "error", List.of(String.valueOf(e.getMessage())));
            return;
        }
        counters.translationUsage(r.usage());
        if (r.accepted()) {
            String checks = r.checks().stream().map(c -> c.check().name()).collect(Collectors.joining(","));
            SftRecord rec = record(r.translation().get(), lang, type, number, checks);
            Map<String, String> meta = new LinkedHashMap<>(rec.metadata());
            r.scores().forEach((k, v) -> meta.put(SCORE_PREFIX + k, score(v)));
            out.write(new SftRecord(rec.id(), rec.language(), rec.type(), rec.messages(), meta));
            counters.translation(lang, true);
        } else {
            List<String> reasons = r.failures().stream().map(c -> c.check().name() + ": " + c.detail()).toList();
            r.failures().stream().map(CheckResult::check).distinct().forEach(c -> counters.failedCheck(c.name()));
            Map<String, Boolean> ran = new LinkedHashMap<>();
            r.checks().forEach(c -> ran.put(c.check().name(), c.passed()));
            out.failure("translate", source.id(), lang, type, "rejected", reasons, r.scores(), ran);
            counters.translation(lang, false);
        }
    }

    private static String score(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private SftRecord record(Conversation c, LanguageCode lang, DataType type, long number, String checks) {
        List<Message> messages = c.messages();
        if (format == RecordFormat.ULTRALINK && messages.get(0).role() == Role.SYSTEM) {
            messages = messages.subList(1, messages.size());
        }
        Map<String, String> meta = new LinkedHashMap<>(c.metadata());
        meta.put(MetadataKeys.SOURCE_ID, c.id());
        meta.put(MetadataKeys.MODEL, lang.isEnglish() ? "none" : modelName);
        packs.find(lang).ifPresent(p -> meta.put(MetadataKeys.PROMPT_VERSION, p.promptVersion()));
        meta.put(MetadataKeys.SEED, Long.toString(seed));
        meta.put(CHECKS, checks);
        return new SftRecord(ReleaseFiles.recordId(lang, type, number), lang, type, messages, meta);
    }
}
