package io.ultralink.mix;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.model.Message;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.SftRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Planted exact and near duplicates are removed; distinct records, even on one topic, are kept. */
class DeduplicatorTest {

    static final String[][] DISTINCT = {
        {"How do I reverse a list in Python?", "Use slicing with a step of minus one, or call the reverse method to change it in place."},
        {"How do I sort a dictionary by value?", "Pass the items to sorted with a key function that returns the second element of each pair."},
        {"What does the yield keyword do?", "It turns a function into a generator that produces values lazily, one each time it is resumed."},
        {"How can I read a file line by line?", "Open it in a with block and iterate over the file object; each iteration gives one line."},
        {"Why is my recursive function so slow?", "It recomputes the same subproblems; memoise the results, for example with functools.lru_cache."},
        {"How do I reverse a string in Python?", "Slice it with a step of minus one: the result is a new string with the characters in reverse order."}};

    static SftRecord record(String id, LanguageCode lang, DataType type, String q, String a, String source) {
        return new SftRecord(id, lang, type, List.of(Message.user(q), Message.assistant(a)),
                source == null ? Map.of() : Map.of(MetadataKeys.SOURCE_ID, source));
    }

    static List<SftRecord> distinct(LanguageCode lang, DataType type) {
        List<SftRecord> out = new ArrayList<>();
        for (int i = 0; i < DISTINCT.length; i++) {
            out.add(record(lang.code() + "_d" + i, lang, type, DISTINCT[i][0], DISTINCT[i][1], "src-" + i));
        }
        return out;
    }

    @Test
    void deduplicate_removesPlantedExactAndNearDuplicates_keepsDistinct() {
        List<SftRecord> records = new ArrayList<>(distinct(LanguageCode.EN, DataType.CHAT_AGNOSTIC));
        records.add(record("exact", LanguageCode.EN, DataType.CHAT_AGNOSTIC, "how do I reverse a LIST in python",
                "Use slicing with a step of minus one -- or call the reverse method to change it in place!", "src-x1"));
        records.add(record("near", LanguageCode.EN, DataType.CHAT_AGNOSTIC, "How do I sort a dictionary by its value?",
                "Pass the items to sorted with a key function that returns the second element of every pair.", "src-x2"));
        Deduplicator.Result r = Deduplicator.create().deduplicate(records);
        assertThat(r.kept()).extracting(SftRecord::id).containsExactly("en_d0", "en_d1", "en_d2", "en_d3", "en_d4", "en_d5");
        assertThat(r.removed(Deduplicator.Reason.EXACT)).isEqualTo(1);
        assertThat(r.removed(Deduplicator.Reason.NEAR)).isEqualTo(1);
        assertThat(r.removed()).containsEntry("en_chat_agnostic", Map.of(Deduplicator.Reason.EXACT, 1L,
                Deduplicator.Reason.NEAR, 1L));
    }

    @Test
    void deduplicate_sameTextInAnotherLanguageOrType_isKept() {
        List<SftRecord> records = new ArrayList<>(distinct(LanguageCode.EN, DataType.CHAT_AGNOSTIC));
        records.addAll(distinct(LanguageCode.EN, DataType.CODE));
        records.addAll(distinct(LanguageCode.FR, DataType.CHAT_AGNOSTIC));
        assertThat(Deduplicator.create().deduplicate(records).kept()).hasSize(18);
    }

    @Test
    void deduplicate_translationsOfOneSource_onePerLanguage() {
        List<SftRecord> records = List.of(
                record("fr_math_0", LanguageCode.FR, DataType.MATH, "Combien font 2 et 3 ?", "Cela fait 5.", "metamath-7"),
                record("fr_math_1", LanguageCode.FR, DataType.MATH, "Que donne 2 plus 3 ?", "La somme est 5.", "metamath-7"),
                record("es_math_0", LanguageCode.ES, DataType.MATH, "¿Cuánto es 2 más 3?", "Son 5.", "metamath-7"));
        Deduplicator.Result r = Deduplicator.create().deduplicate(records);
        assertThat(r.kept()).extracting(SftRecord::id).containsExactly("fr_math_0", "es_math_0");
        assertThat(r.removed(Deduplicator.Reason.SAME_SOURCE)).isEqualTo(1);
    }

    @Test
    void deduplicate_manyNearCopiesOfOneRecord_allFound() {
        List<SftRecord> records = new ArrayList<>(distinct(LanguageCode.ZH, DataType.MATH));
        String base = "小明有 12 个苹果，他给了朋友 5 个，又买了 8 个。请问他现在一共有多少个苹果？答案是 15 个。";
        records.add(record("zh_base", LanguageCode.ZH, DataType.MATH, base, "15", "m-base"));
        for (int i = 0; i < 20; i++) {
            records.add(record("zh_copy" + i, LanguageCode.ZH, DataType.MATH, base.replace("朋友", i % 2 == 0 ? "同学" : "邻居")
                    + (i % 3 == 0 ? "" : "谢谢！"), "15", "m-copy" + i));
        }
        Deduplicator.Result r = Deduplicator.create().deduplicate(records);
        assertThat(r.kept()).extracting(SftRecord::id).contains("zh_base").doesNotContain("zh_copy0", "zh_copy1", "zh_copy5");
        assertThat(r.kept()).hasSize(7);
    }
}
