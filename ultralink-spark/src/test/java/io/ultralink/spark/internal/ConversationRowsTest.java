package io.ultralink.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ultralink.model.Conversation;
import io.ultralink.model.DataType;
import io.ultralink.model.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationRowsTest {

    private static final Conversation MATH = new Conversation("metamath:7", DataType.MATH,
            List.of(Message.user("What is 2 plus 3?"), Message.assistant("5")),
            Map.of("source", "metamath.jsonl", "line", "7", "type", "GSM_AnsAug", "alpha", "a", "zeta", "z",
                    "middle", "m"));

    @Test
    void toJson_metadataByKey_soTheInputDigestIsTheSameInEveryJvm() {
        // Map.copyOf iterates in an order salted per JVM: only a sorted text gives every run the same digest
        assertThat(ConversationRows.toJson(MATH)).isEqualTo("{\"id\":\"metamath:7\",\"type\":\"MATH\",\"messages\":["
                + "{\"role\":\"USER\",\"content\":\"What is 2 plus 3?\"},{\"role\":\"ASSISTANT\",\"content\":\"5\"}],"
                + "\"metadata\":{\"alpha\":\"a\",\"line\":\"7\",\"middle\":\"m\",\"source\":\"metamath.jsonl\","
                + "\"type\":\"GSM_AnsAug\",\"zeta\":\"z\"}}");
        assertThat(ConversationRows.inputDigest(MATH)).isEqualTo(io.ultralink.run.Fingerprint.sha256(
                ConversationRows.toJson(MATH)).substring(0, 16));
    }

    @Test
    void fromJson_givesTheConversationBack() {
        assertThat(ConversationRows.fromJson(ConversationRows.toJson(MATH))).isEqualTo(MATH);
    }
}
