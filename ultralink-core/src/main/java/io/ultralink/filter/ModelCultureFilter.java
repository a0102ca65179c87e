package io.ultralink.filter;

import io.ultralink.error.LlmException;
import io.ultralink.filter.internal.CulturePrompt;
import io.ultralink.language.LanguagePack;
import io.ultralink.language.LanguagePacks;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.ResponseFormat;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Conversation;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.run.Fingerprint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A {@link CultureFilter} that asks a {@link ChatModel} (paper Fig. 9). The model must answer with a
 * JSON object holding one {@code {"match": boolean, "reason": string}} per criterion; the answer is
 * parsed strictly, a malformed or truncated answer is asked again, and after {@code maxAttempts} the
 * judgement fails with an {@link LlmException} (never a silent keep or drop). Configured
 * {@link CulturePreCheck}s run first and are counted. A conversation is kept only when no criterion
 * matched, as in the reference. The judge's instructions come from the language pack of the
 * conversations' language ({@link Builder#sourcePack}, English by default), written natively in it.
 * Thread-safe.
 *
 * <pre>{@code
 * CultureFilter filter = ModelCultureFilter.builder(model)
 *         .preChecks(List.of(CulturePreCheck.containsUrl(), CulturePreCheck.longerThan(20_000)))
 *         .build();
 * }</pre>
 */
public final class ModelCultureFilter implements CultureFilter {

    private final ChatModel model;
    private final List<CultureCriterion> criteria;
    private final List<CulturePreCheck> preChecks;
    private final int maxAttempts;
    private final String instructions;
    private final String promptVersion;
    private final ResponseFormat format;
    private final Map<String, AtomicLong> preCheckDrops = new ConcurrentHashMap<>();
    private final AtomicLong modelCalls = new AtomicLong();
    private final AtomicReference<TokenUsage> usage = new AtomicReference<>(TokenUsage.ZERO);

    private ModelCultureFilter(Builder b) {
        this.model = b.model;
        this.criteria = List.copyOf(b.criteria);
        this.preChecks = List.copyOf(b.preChecks);
        this.maxAttempts = b.maxAttempts;
        this.instructions = CulturePrompt.instructions(b.pack, criteria);
        this.promptVersion = CulturePrompt.version(b.pack);
        this.format = ResponseFormat.jsonSchema("culture_verdict", CulturePrompt.schema(criteria));
    }

    /** A builder over {@code model}. */
    public static Builder builder(ChatModel model) {
        return new Builder(model);
    }

    /**
     * {@inheritDoc}
     *
     * @throws LlmException when the model's answer stays malformed after every attempt, or a call fails
     */
    @Override
    public CultureVerdict judge(Conversation conversation) {
        Objects.requireNonNull(conversation, "conversation");
        for (CulturePreCheck check : preChecks) {
            Optional<String> why = check.reject(conversation);
            if (why.isPresent()) {
                preCheckDrops.computeIfAbsent(check.name(), k -> new AtomicLong()).incrementAndGet();
                return new CultureVerdict(conversation.id(), false, Map.of(), check.name() + ": " + why.get(),
                        CultureVerdict.DecidedBy.PRECHECK);
            }
        }
        ChatRequest request = ChatRequest.builder().addMessage(Message.system(instructions))
                .addMessage(Message.user(CulturePrompt.userMessage(conversation))).responseFormat(format)
                .temperature(0.0).stage("culture-filter").promptVersion(promptVersion).build();
        List<String> problems = new ArrayList<>();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            ChatResponse response = model.chat(request);
            modelCalls.incrementAndGet();
            usage.accumulateAndGet(response.usage(), TokenUsage::plus);
            if (!response.finishReason().isComplete()) {
                problems.add("attempt " + attempt + ": truncated (" + response.finishReason() + ")");
                continue;
            }
            try {
                Map<CultureCriterion, String> matched = CulturePrompt.parse(response.text(), criteria);
                String reason = matched.isEmpty() ? "no criterion matched"
                        : matched.keySet().stream().map(CulturePrompt::key).collect(Collectors.joining(", "));
                return new CultureVerdict(conversation.id(), matched.isEmpty(), matched, reason,
                        CultureVerdict.DecidedBy.MODEL);
            } catch (IllegalArgumentException e) {
                problems.add("attempt " + attempt + ": " + e.getMessage());
            }
        }
        throw new LlmException("culture judge gave no valid verdict for " + conversation.id() + ": "
                + String.join("; ", problems));
    }

    /**
     * {@inheritDoc} Here: the model's identity, the prompt version and a digest of the instructions
     * and answer schema, the criteria and the pre-checks in order.
     */
    @Override
    public Fingerprint fingerprint() {
        return Fingerprint.builder()
                .put("model", model.identity())
                .put("prompt", promptVersion + "#" + Fingerprint.sha256(instructions + "\n" + format).substring(0, 16))
                .put("criteria", criteria)
                .put("preChecks", preChecks.stream().map(CulturePreCheck::name).toList())
                .build();
    }

    /** Drops per pre-check name so far. */
    public Map<String, Long> preCheckDrops() {
        return preCheckDrops.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /** Model calls so far (retries included). */
    public long modelCalls() {
        return modelCalls.get();
    }

    /** Tokens spent so far. */
    public TokenUsage usage() {
        return usage.get();
    }

    /** Configures a {@link ModelCultureFilter}. */
    public static final class Builder {
        private final ChatModel model;
        private final List<CultureCriterion> criteria = new ArrayList<>(EnumSet.allOf(CultureCriterion.class));
        private final List<CulturePreCheck> preChecks = new ArrayList<>();
        private int maxAttempts = 3;
        private LanguagePack pack;

        private Builder(ChatModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        /** The criteria put to the model (default: all, code/maths formulas included as in the reference). */
        public Builder criteria(java.util.Collection<CultureCriterion> value) {
            criteria.clear();
            criteria.addAll(EnumSet.copyOf(value));
            return this;
        }

        /** Pre-checks run before the model, in order (default: none). */
        public Builder preChecks(List<CulturePreCheck> value) {
            preChecks.clear();
            preChecks.addAll(value);
            return this;
        }

        /** Model attempts before a malformed answer becomes an error (default 3). */
        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        /**
         * The pack of the language the judged conversations are written in; its {@code cultureFilter}
         * field words the judge's instructions (default: the built-in English pack, the paper's sources).
         */
        public Builder sourcePack(LanguagePack value) {
            pack = Objects.requireNonNull(value, "sourcePack");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws io.ultralink.error.ConfigurationException when the source pack has no {@code cultureFilter}
         */
        public ModelCultureFilter build() {
            if (pack == null) {
                pack = LanguagePacks.builder().addBuiltIn().build().get(LanguageCode.EN);
            }
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("criteria must not be empty");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
            }
            return new ModelCultureFilter(this);
        }
    }
}
