package io.ultralink.translate;

/** The verifications a {@link Translator} can run on a translation. */
public enum Check {
    /** Every masked span (code, LaTeX, URL, placeholder) came back exactly once and unchanged. */
    MASKS_PRESERVED,
    /** The output is in the target language. */
    TARGET_LANGUAGE,
    /** Output length is within a sane ratio of the input length. */
    LENGTH_RATIO,
    /** The model translated rather than answered or commented. */
    TRANSLATED_NOT_ANSWERED,
    /** A maths item's final answer keeps the same number. */
    FINAL_ANSWER_PRESERVED,
    /** Code lines, signatures, identifiers and the entry point are byte-identical. */
    CODE_UNCHANGED,
    /** The model stopped on its own (not truncated). */
    COMPLETE,
    /** The back-translation into the source language stays close to the source (chrF at or above the pack's minimum). */
    BACK_TRANSLATION,
    /** An LLM judge rated adequacy and fluency at or above the pack's minimums. */
    ADEQUACY_JUDGE
}
