package io.ultralink.pipeline.agnostic.internal;

import io.ultralink.error.LlmException;
import io.ultralink.error.RunStoppedException;
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
    private final AgnosticWork work;
    private final RunCounters counters;
    private final String modelName;
    private final long seed;
    private final LanguagePacks packs;
    private final RecordFormat format;

    /** Shares everything one stage's tasks need. */
    public TranslateTask(Translator translator, OutputFiles out, AgnosticWork work, RunCounters counters,
            String modelName, long seed, LanguagePacks packs, RecordFormat format) {
        this.translator = translator;
        this.out = out;
        this.work = work;
        this.counters = counters;
        this.modelName = modelName;
        this.seed = seed;
        this.packs = packs;
        this.format = format;
    }

    /**
     * Handles item {@code number} of {@code lang}'s selection. An item that cannot become a record
     * (for example a conversation that does not end with an answer) is rejected as
     * {@code INVALID_RECORD} instead of stopping the run. A model failure is recorded only when
     * {@code last}; otherwise the item is left for the second pass.
     *
     * @return false when a model failure left the item for another try
     */
    public boolean translate(Conversation source, LanguageCode lang, DataType type, long number, boolean last) {
        try {
            return translateOrReject(source, lang, type, number, last);
        } catch (IllegalArgumentException e) {
            reject(source, lang, type, List.of("INVALID_RECORD: " + e.getMessage()), List.of("INVALID_RECORD"), Map.of(),
                    Map.of());
            return true;
        }
    }

    private boolean translateOrReject(Conversation source, LanguageCode lang, DataType type, long number,
            boolean last) {
        if (lang.isEnglish()) {
            write(source, record(source, lang, type, number, "source"), "source");
            return true;
        }
        TranslationResult r;
        try {
            r = translator.translate(source, lang);
        } catch (RunStoppedException e) {
            throw e;
        } catch (LlmException e) {
            if (!last) {
                return false;
            }
            counters.add("translationErrors", 1);
            List<String> reasons = List.of(String.valueOf(e.getMessage()));
            out.failure("translate", source.id(), lang, type, "error", reasons);
            work.failed(source, lang, type, reasons);
            return true;
        }
        counters.translationUsage(r.usage());
        if (r.accepted()) {
            String checks = r.checks().stream().map(c -> c.check().name()).collect(Collectors.joining(","));
            SftRecord rec = record(r.translation().get(), lang, type, number, checks);
            Map<String, String> meta = new LinkedHashMap<>(rec.metadata());
            r.scores().forEach((k, v) -> meta.put(SCORE_PREFIX + k, score(v)));
            write(source, new SftRecord(rec.id(), rec.language(), rec.type(), rec.messages(), meta), checks);
        } else {
            List<String> reasons = r.failures().stream().map(c -> c.check().name() + ": " + c.detail()).toList();
            Map<String, Boolean> ran = new LinkedHashMap<>();
            r.checks().forEach(c -> ran.put(c.check().name(), c.passed()));
            reject(source, lang, type, reasons, r.failures().stream().map(c -> c.check().name()).distinct().toList(),
                    r.scores(), ran);
        }
        return true;
    }

    private void write(Conversation source, SftRecord record, String checks) {
        out.write(record);
        work.done(source, record.language(), record.type(), record.id(), checks);
        counters.translation(record.language(), true);
    }

    private void reject(Conversation source, LanguageCode lang, DataType type, List<String> reasons,
            List<String> checks, Map<String, Double> scores, Map<String, Boolean> ran) {
        checks.forEach(counters::failedCheck);
        out.failure("translate", source.id(), lang, type, "rejected", reasons, scores, ran);
        work.rejected(source, lang, type, reasons);
        counters.translation(lang, false);
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
