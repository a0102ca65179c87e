package io.ultralink.stats;

import io.ultralink.format.internal.Json;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The YAML metadata block a dataset card starts with, in the keys the Hugging Face Hub reads from a
 * dataset's {@code README.md}: {@code pretty_name}, {@code license}, {@code language},
 * {@code task_categories}, {@code size_categories}, {@code tags} and {@code configs}, one config per
 * {@code {lang}_{type}.jsonl} file with records, each file the {@code train} split of its config, so
 * that the Hub's viewer shows every language and type on its own.
 */
final class HubFrontMatter {

    /** The Hub's size buckets, upper bounds exclusive, and their names. */
    private static final long[] SIZE_BOUNDS = {1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
        1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};
    private static final String[] SIZE_NAMES = {"n<1K", "1K<n<10K", "10K<n<100K", "100K<n<1M", "1M<n<10M",
        "10M<n<100M", "100M<n<1B", "1B<n<10B", "10B<n<100B", "100B<n<1T", "n>1T"};

    private HubFrontMatter() {
    }

    /** The front matter, from its opening {@code ---} line to its closing one and a blank line. */
    static String render(DatasetStatistics s, String title) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("pretty_name: ").append(quote(title)).append('\n');
        boolean wikipedia = s.rows().stream()
                .anyMatch(r -> r.type() == DataType.CHAT_SPECIFIC && r.dialogues() > 0);
        if (wikipedia) {
            y.append("license: cc-by-sa-4.0\n");
        } else {
            y.append("license: other\nlicense_name: licences-of-the-source-datasets\n");
        }
        List<String> languages = new ArrayList<>();
        for (TypeStatistics r : s.rows()) {
            if (r.dialogues() > 0 && !languages.contains(r.language().code())) {
                languages.add(r.language().code());
            }
        }
        list(y, "language", languages);
        list(y, "task_categories", List.of("text-generation", "question-answering"));
        list(y, "size_categories", List.of(sizeCategory(s.total().dialogues())));
        list(y, "tags", List.of("ultralink", "sft", "multilingual", "synthetic"));
        y.append("configs:\n");
        for (TypeStatistics r : s.rows()) {
            if (r.dialogues() == 0) {
                continue;
            }
            String name = configName(r.language(), r.type());
            y.append("- config_name: ").append(name).append('\n');
            y.append("  data_files:\n");
            y.append("  - split: train\n");
            y.append("    path: ").append(quote(name + ".jsonl")).append('\n');
        }
        return y.append("---\n\n").toString();
    }

    /** The config of one file: {@code {lang}_{type}}, the file's name without {@code .jsonl}. */
    static String configName(LanguageCode language, DataType type) {
        return language.code() + "_" + type.fileToken();
    }

    /** The Hub's size category of a dataset of {@code records} records. */
    static String sizeCategory(long records) {
        for (int i = 0; i < SIZE_BOUNDS.length; i++) {
            if (records < SIZE_BOUNDS[i]) {
                return SIZE_NAMES[i];
            }
        }
        return SIZE_NAMES[SIZE_NAMES.length - 1];
    }

    private static void list(StringBuilder y, String key, List<String> values) {
        y.append(key).append(":\n");
        for (String v : values) {
            y.append("- ").append(quote(v)).append('\n');
        }
    }

    /** A double-quoted scalar (JSON string syntax is valid YAML), so that {@code <}, {@code :} stay text. */
    private static String quote(String value) {
        return Json.MAPPER.writeValueAsString(value);
    }
}
