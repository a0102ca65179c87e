package io.ultralink.pipeline.specific.internal;

import io.ultralink.dialogue.DocumentBlock;
import io.ultralink.language.LanguagePack;
import io.ultralink.model.DataType;
import io.ultralink.model.Dialogue;
import io.ultralink.model.MetadataKeys;
import io.ultralink.model.RecordId;
import io.ultralink.model.Segment;
import io.ultralink.model.SftRecord;
import io.ultralink.model.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a generated dialogue into the released record shape. Not API. */
public final class SpecificRecords {

    private SpecificRecords() {
    }

    /**
     * The record {@code {lang}_chat_specific_{n}}: the first question becomes the pack's document
     * prefix, the delimited segment and the question; metadata holds the segment's provenance plus
     * {@code extra} (model, prompt version, seed ...).
     */
    public static SftRecord record(Segment segment, LanguagePack pack, long n, Dialogue dialogue,
            Map<String, String> extra) {
        List<Turn> turns = new ArrayList<>(dialogue.turns());
        Turn first = turns.get(0);
        turns.set(0, new Turn(DocumentBlock.firstQuestion(pack.documentPrefix(), segment.text(), first.question()),
                first.answer()));
        Map<String, String> meta = new HashMap<>(extra);
        meta.put(MetadataKeys.SOURCE_ID, segment.id());
        meta.put(MetadataKeys.PAGE_ID, Long.toString(segment.source().pageId()));
        meta.put(MetadataKeys.REVISION_ID, Long.toString(segment.source().revisionId()));
        meta.put(MetadataKeys.TITLE, segment.source().title());
        meta.put(MetadataKeys.URL, segment.source().url());
        meta.put(MetadataKeys.SEGMENT_INDEX, Integer.toString(segment.index()));
        String id = new RecordId(pack.code(), DataType.CHAT_SPECIFIC, n).toString();
        return SftRecord.ofTurns(id, pack.code(), DataType.CHAT_SPECIFIC, turns, meta);
    }
}
