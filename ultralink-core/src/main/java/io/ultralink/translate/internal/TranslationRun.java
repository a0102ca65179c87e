package io.ultralink.translate.internal;

import io.ultralink.language.LanguageDetector;
import io.ultralink.language.LanguagePack;
import io.ultralink.llm.ChatModel;
import io.ultralink.llm.ChatRequest;
import io.ultralink.llm.ChatResponse;
import io.ultralink.llm.TokenUsage;
import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.Message;
import io.ultralink.source.SourceMetadata;
import io.ultralink.translate.Check;
import io.ultralink.translate.CheckResult;
import io.ultralink.translate.TranslationResult;
import io.ultralink.translate.TranslatorSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Translates one conversation chunk by chunk, verifying every answer. Not thread-safe; one per call. Not API. */
public final class TranslationRun {

    private final ChatModel model;
    private final LanguagePack pack;
    private final LanguageDetector detector;
    private final TranslatorSettings settings;
    private final Conversation source;
    private final boolean python;
    private final List<String> protectedNames;
    private final CheckLedger ledger = new CheckLedger();
    private final List<String[]> context = new ArrayList<>();
    private final StringBuilder allProse = new StringBuilder();
    private TokenUsage usage = TokenUsage.ZERO;
    private int attempts;
    private int nextToken;
    private final Adequacy adequacy;
    private final Map<String, Double> scores = new LinkedHashMap<>();

    /** Prepares the run; {@code adequacy} checks the meaning of every chunk whose structure passed. */
    public TranslationRun(ChatModel model, LanguagePack pack, LanguageDetector detector, TranslatorSettings settings,
            Conversation source, Adequacy adequacy) {
        this.model = model;
        this.adequacy = adequacy;
        this.pack = pack;
        this.detector = detector;
        this.settings = settings;
        this.source = source;
        this.python = SourceMetadata.FORMAT_PYTHON.equals(source.metadata().get(SourceMetadata.CONTENT_FORMAT));
        List<String> names = new ArrayList<>();
        if (python) {
            source.messages().forEach(m -> names.addAll(PythonSource.definedNames(m.content())));
            Optional.ofNullable(source.metadata().get(SourceMetadata.ENTRY_POINT)).ifPresent(names::add);
        }
        this.protectedNames = List.copyOf(new java.util.LinkedHashSet<>(names));
    }

    /** Runs the translation and reports every check. */
    public TranslationResult run() {
        List<Message> out = new ArrayList<>();
        for (int i = 0; i < source.messages().size(); i++) {
            Message m = source.messages().get(i);
            Optional<String> translated = translateMessage(m, i);
            if (translated.isEmpty()) {
                return result(Optional.empty());
            }
            out.add(new Message(m.role(), translated.get()));
        }
        Conversation translation = source.withMessages(out);
        if (!settings.forecast()) {
            finalChecks(translation);
        }
        return result(ledger.allPassed() ? Optional.of(translation) : Optional.empty());
    }

    private TranslationResult result(Optional<Conversation> translation) {
        List<CheckResult> checks = ledger.results();
        if (translation.isEmpty() && checks.stream().allMatch(CheckResult::passed)) {
            checks.add(CheckResult.fail(Check.COMPLETE, "translation stopped"));
        }
        return new TranslationResult(source.id(), pack.code(), translation, checks, attempts, usage, scores);
    }

    private Optional<String> translateMessage(Message message, int index) {
        String where = "message " + index + ": ";
        if (python) {
            return translateSource(PythonSource.split(message.content()), protectedNames, FencedCode.Kind.PYTHON, where);
        }
        Optional<String> fenced = translateFencedComments(message.content(), index);
        if (fenced.isEmpty()) {
            return fenced;
        }
        List<String> code = new ArrayList<>();
        Optional<String> content = translateUnfencedComments(fenced.get(), index, code);
        if (content.isEmpty()) {
            return content;
        }
        List<java.util.regex.Pattern> patterns = new ArrayList<>(Masker.STANDARD.subList(0, 1));
        code.forEach(c -> patterns.add(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(c))));
        patterns.addAll(Masker.STANDARD.subList(1, Masker.STANDARD.size()));
        MaskedText masked = Masker.mask(content.get(), patterns, List.of(), nextToken);
        nextToken += masked.spans().size();
        StringBuilder sb = new StringBuilder();
        for (Piece piece : Chunker.chunk(masked.text(), settings.chunkTokens(), settings.tokenCounter())) {
            if (!piece.translatable() || TextChecks.letters(TextChecks.prose(piece.text())) == 0) {
                sb.append(masked.restore(piece.text()));
                continue;
            }
            Optional<String> done = translateChunk(piece.text(), masked, where, null);
            if (done.isEmpty()) {
                return Optional.empty();
            }
            sb.append(piece.layout(masked.restore(done.get())));
        }
        return Optional.of(sb.toString());
    }

    /**
     * {@code content} with the comments of its recognised fenced code blocks translated; blocks of other
     * languages stay verbatim, noted under {@link Check#CODE_UNCHANGED}.
     */
    private Optional<String> translateFencedComments(String content, int index) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        List<FencedCode.Block> blocks = FencedCode.find(content);
        for (int k = 0; k < blocks.size(); k++) {
            FencedCode.Block block = blocks.get(k);
            String where = "message " + index + ", fenced block " + (k + 1) + ": ";
            Optional<String> why = block.notTranslated();
            if (why.isPresent()) {
                ledger.note(Check.CODE_UNCHANGED, where + why.get() + ", copied verbatim");
                continue;
            }
            Optional<String> body = translateSource(block.pieces(), block.definedNames(), block.kind(), where);
            if (body.isEmpty()) {
                return body;
            }
            int bodyStart = content.indexOf('\n', block.start()) + 1;
            sb.append(content, last, bodyStart).append(body.get());
            last = bodyStart + block.body().length();
        }
        return Optional.of(sb.append(content.substring(last)).toString());
    }

    /**
     * {@code content} with the comments of its unfenced code translated; the finished code runs are added to
     * {@code code}, to be masked whole like fenced blocks.
     */
    private Optional<String> translateUnfencedComments(String content, int index, List<String> code) {
        StringBuilder sb = new StringBuilder();
        int last = 0;
        List<UnfencedCode.Region> regions = UnfencedCode.find(content);
        for (int k = 0; k < regions.size(); k++) {
            UnfencedCode.Region region = regions.get(k);
            String where = "message " + index + ", unfenced code " + (k + 1) + ": ";
            List<Piece> pieces = region.pieces(content);
            Optional<String> body = region.kind() == FencedCode.Kind.UNKNOWN ? Optional.of(region.text(content))
                    : translateSource(pieces, region.kind() == FencedCode.Kind.PYTHON
                            ? PythonSource.definedNames(region.text(content)) : List.of(), region.kind(), where);
            if (body.isEmpty()) {
                return body;
            }
            sb.append(content, last, region.start()).append(body.get());
            code.add(body.get());
            last = region.end();
        }
        return Optional.of(sb.append(content.substring(last)).toString());
    }

    /** Source code with the prose of its pieces translated, names and code-like spans masked. */
    private Optional<String> translateSource(List<Piece> pieces, List<String> names, FencedCode.Kind kind,
            String where) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : pieces) {
            if (!piece.translatable()) {
                sb.append(piece.text());
                continue;
            }
            MaskedText owner = Masker.mask(piece.text(), concat(Masker.STANDARD, Masker.CODE_PROSE), names, nextToken);
            nextToken += owner.spans().size();
            if (TextChecks.letters(TextChecks.prose(owner.text())) == 0) {
                sb.append(piece.layout(piece.text()));
                continue;
            }
            Optional<String> done = translateChunk(owner.text(), owner, where, kind);
            if (done.isEmpty()) {
                return Optional.empty();
            }
            sb.append(piece.layout(owner.restore(done.get())));
        }
        return Optional.of(sb.toString());
    }

    /** Translates one chunk; {@code kind} is the language of the source code it comes from, or null for prose. */
    private Optional<String> translateChunk(String masked, MaskedText owner, String where, FencedCode.Kind kind) {
        Map<Check, Optional<String>> last = null;
        Map<String, Double> lastScores = Map.of();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            ChatResponse response = model.chat(request(masked, attempt));
            attempts++;
            usage = usage.plus(response.usage());
            String output = response.text().strip();
            Map<Check, Optional<String>> checks = verify(masked, output, owner, response, kind);
            if (settings.forecast()) {
                checks.replaceAll((c, f) -> Optional.empty());
            }
            last = checks;
            Map<String, Double> chunkScores = Map.of();
            lastScores = Map.of();
            if (checks.values().stream().allMatch(Optional::isEmpty) && adequacy.enabled()) {
                if (TextChecks.letters(TextChecks.prose(masked)) >= settings.minLetters()) {
                    Adequacy.Assessment a = adequacy.assess(masked, output, source.id());
                    usage = usage.plus(a.usage());
                    a.checks().forEach((c, f) -> checks.put(c, settings.forecast() ? Optional.empty() : f));
                    chunkScores = a.scores();
                    lastScores = chunkScores;
                } else {
                    ledger.skipped(adequacy.firstCheck(), "skipped: chunks under " + settings.minLetters() + " letters");
                }
            }
            if (checks.values().stream().allMatch(Optional::isEmpty)) {
                chunkScores.forEach((k, v) -> scores.merge(k, v, Math::min));
                checks.forEach((c, f) -> ledger.record(c, f, where));
                context.add(new String[] {masked, output});
                allProse.append(TextChecks.prose(output)).append('\n');
                return Optional.of(output);
            }
        }
        last.forEach((c, f) -> ledger.record(c, f.map(d -> d + " (after " + settings.maxAttempts() + " attempts)"),
                where));
        scores.clear();
        scores.putAll(lastScores);
        return Optional.empty();
    }

    private Map<Check, Optional<String>> verify(String masked, String output, MaskedText owner, ChatResponse response,
            FencedCode.Kind kind) {
        Map<Check, Optional<String>> checks = new LinkedHashMap<>();
        checks.put(Check.COMPLETE, response.finishReason().isComplete() ? Optional.empty()
                : Optional.of("model stopped with " + response.finishReason()));
        checks.put(Check.MASKS_PRESERVED, MaskedText.tokenProblem(masked, output));
        checks.put(Check.TRANSLATED_NOT_ANSWERED, TextChecks.answeredProblem(masked, output));
        checks.put(Check.LENGTH_RATIO, TextChecks.ratioProblem(masked, output, settings.minLengthRatio(),
                settings.maxLengthRatio(), settings.minRatioBytes()));
        String prose = TextChecks.prose(output);
        if (TextChecks.letters(prose) >= settings.minLetters()) {
            checks.put(Check.TARGET_LANGUAGE, detector.isLanguage(prose, pack) ? Optional.empty()
                    : Optional.of("not " + pack.name() + ": " + detector.detect(prose).describe(pack.code())));
        }
        if (source.type() == DataType.MATH) {
            checks.put(Check.FINAL_ANSWER_PRESERVED, mathProblem(owner.restore(masked), owner.restore(output)));
        }
        if (source.type() == DataType.CODE || kind != null) {
            checks.put(Check.CODE_UNCHANGED, codeInProse(output, owner.restore(output), kind));
        }
        return checks;
    }

    private Optional<String> mathProblem(String sourceText, String translated) {
        Optional<FinalAnswers.Answer> answer = FinalAnswers.find(sourceText);
        if (answer.isPresent()) {
            Optional<String> p = FinalAnswers.problem(answer.get(), translated);
            if (p.isPresent()) {
                return p;
            }
        }
        List<String> want = FinalAnswers.digitRuns(sourceText);
        List<String> got = FinalAnswers.digitRuns(translated);
        return want.equals(got) ? Optional.empty() : Optional.of("numbers changed: " + want + " became " + got);
    }

    /** Code the model wrote itself: a fence in its own words, or code lines in a translated comment. */
    private Optional<String> codeInProse(String modelOutput, String output, FencedCode.Kind kind) {
        if (modelOutput.contains("```") || modelOutput.contains("~~~")) {
            return Optional.of("translation added a code fence");
        }
        if (kind == FencedCode.Kind.C_LIKE && (output.contains("/*") || output.contains("*/"))) {
            return Optional.of("translated comment opens or closes a comment");
        }
        if (kind == FencedCode.Kind.PYTHON) {
            for (String line : output.split("\n")) {
                String t = line.strip();
                if (t.startsWith(">>>") || t.startsWith("def ") || t.contains("\"\"\"") || t.contains("'''")
                        || !t.isEmpty() && PythonSource.looksLikeCode(t)) {
                    return Optional.of("translated prose contains code: '" + t + "'");
                }
            }
        }
        return Optional.empty();
    }

    private void finalChecks(Conversation translation) {
        boolean fenced = !python && source.messages().stream().anyMatch(m -> !FencedCode.find(m.content()).isEmpty());
        boolean unfenced = !python && source.messages().stream().anyMatch(m -> !UnfencedCode.find(m.content()).isEmpty());
        if (source.type() == DataType.CODE || fenced || unfenced) {
            for (int i = 0; i < source.messages().size(); i++) {
                String src = source.messages().get(i).content();
                String out = translation.messages().get(i).content();
                Optional<String> problem = CodeComparison.problem(src, out, python,
                        source.metadata().get(SourceMetadata.ENTRY_POINT));
                if (problem.isEmpty() && !python) {
                    problem = UnfencedCode.problem(src, out);
                }
                ledger.record(Check.CODE_UNCHANGED, problem, "message " + i + ": ");
            }
        }
        if (source.type() == DataType.MATH) {
            String src = source.messages().get(source.messages().size() - 1).content();
            String out = translation.messages().get(translation.messages().size() - 1).content();
            ledger.record(Check.FINAL_ANSWER_PRESERVED, FinalAnswers.find(src)
                    .flatMap(a -> FinalAnswers.problem(a, out)), "conversation: ");
        }
        String prose = allProse.toString().strip();
        if (TextChecks.letters(prose) >= settings.minLetters()) {
            ledger.record(Check.TARGET_LANGUAGE, detector.isLanguage(prose, pack) ? Optional.empty()
                    : Optional.of("not " + pack.name() + ": " + detector.detect(prose).describe(pack.code())), "conversation: ");
        } else {
            ledger.skipped(Check.TARGET_LANGUAGE, "skipped: too little text to identify");
        }
    }

    private ChatRequest request(String masked, int attempt) {
        ChatRequest.Builder b = ChatRequest.builder().addMessage(Message.system(pack.translationInstructions()));
        int from = Math.max(0, context.size() - settings.contextPairs());
        for (String[] pair : context.subList(from, context.size())) {
            b.addMessage(Message.user(pair[0])).addMessage(Message.assistant(pair[1]));
        }
        b.addMessage(Message.user(masked)).stage("translate").promptVersion(pack.promptVersion())
                .temperature(attempt == 1 ? 0.0 : settings.retryTemperature());
        return b.build();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
