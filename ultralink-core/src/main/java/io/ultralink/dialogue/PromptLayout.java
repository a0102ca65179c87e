package io.ultralink.dialogue;

/**
 * The order of the parts of every dialogue prompt.
 *
 * <p>Every call about a segment carries the same document; what differs is the instruction (first
 * question, answer, in-depth or expansive follow-up) and the history. Servers with prefix caching
 * (vLLM, llama.cpp, OpenAI) reuse the computation of a prompt's longest prefix already seen, so the
 * order decides how much of each prompt is reused. Measured on the shared en/fr/es/ru/zh minidumps
 * (segments of at least 1,000 tokens, answers of 290 tokens), the share of prompt tokens that repeat
 * a prefix already sent for the same segment is 74–78% with {@link #CACHE_FRIENDLY} and 44–51% with
 * {@link #PAPER} (with the data preamble as system message; {@code PrefixReuse} in the core tests);
 * hence the default. Before the preamble, when the document was the system message, the embedded
 * llama.cpp backend with prompt caching on, on the first 6 segments (150–299 tokens) of the English
 * minidump with the tiny {@code stories260K} model, reported 63.2% of prompt tokens cached with
 * {@link #CACHE_FRIENDLY} (21,539 of 34,061 over 24 calls) and 33.6% with {@link #PAPER} (15,565 of
 * 46,259 over 33 calls); {@code MeasurePromptCache} in {@code ultralink-examples}.
 */
public enum PromptLayout {
    /**
     * The paper's order (Fig. 4): a system message with the pack's data preamble, the instruction and
     * its principles, then a user message with the delimited document and the dialogue so far. Calls of
     * the same segment share a prefix only when they use the same instruction.
     */
    PAPER,
    /**
     * The pack's data preamble as the system message (the same for every call), then a user message
     * that opens with the delimited document, followed by the dialogue so far and the instruction last.
     * Each call repeats the previous call's preamble, document and history as its prefix, so a prefix
     * cache reuses nearly all of it. The untrusted document is never in the system message.
     */
    CACHE_FRIENDLY
}
