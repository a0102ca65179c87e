package io.ultralink.source;

import io.ultralink.model.DataType;
import java.util.Locale;

/** The source datasets the language-agnostic pipeline reads, each with the data type it yields. */
public enum SourceFormat {
    /** ShareGPT chat: {@code {"id", "conversations":[{"from","value"}]}}, JSON array or JSONL. */
    SHAREGPT(DataType.CHAT_AGNOSTIC),
    /** MetaMathQA: {@code {"query", "response", "type"}}. */
    METAMATHQA(DataType.MATH),
    /** Magicoder OSS-Instruct: {@code {"problem", "solution"}}. */
    MAGICODER_OSS(DataType.CODE),
    /** Magicoder Evol-Instruct: {@code {"instruction", "response"}}. */
    MAGICODER_EVOL(DataType.CODE),
    /** HumanEval: {@code {"task_id", "prompt", "entry_point", "canonical_solution", "test"}}. */
    HUMANEVAL(DataType.CODE);

    private final DataType type;

    SourceFormat(DataType type) {
        this.type = type;
    }

    /** The data type this source yields. */
    public DataType dataType() {
        return type;
    }

    /** The short name used in stable ids and on the command line ({@code sharegpt}, {@code humaneval}). */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a name such as {@code sharegpt}, {@code metamathqa}, {@code magicoder-oss}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SourceFormat parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SourceFormat f : values()) {
            if (f.name().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown source format '" + name
                + "', expected one of sharegpt, metamathqa, magicoder-oss, magicoder-evol, humaneval");
    }
}
