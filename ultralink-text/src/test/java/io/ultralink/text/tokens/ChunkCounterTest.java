package io.ultralink.text.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChunkCounterTest {

    @Test
    void count_loadsJtokkitOnlyForTheFirstChunkItCannotDecide() {
        Encoding jtokkit = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
        AtomicInteger loads = new AtomicInteger();
        ChunkCounter counter = new ChunkCounter(RankTable.load("cl100k_base"), () -> {
            loads.incrementAndGet();
            return jtokkit;
        }, Cl100kPieces::pieceEnd);

        String prose = "The museum, founded in 1892, holds 3.5 million objects; it's open daily.";
        assertThat(counter.count(prose, 0, prose.length())).isEqualTo(jtokkit.countTokensOrdinary(prose));
        assertThat(loads).hasValue(0);

        String tabs = "a\t\tb  c\u00a0d";
        for (int i = 0; i < 3; i++) {
            assertThat(counter.count(tabs, 0, tabs.length())).isEqualTo(jtokkit.countTokensOrdinary(tabs));
        }
        assertThat(loads).hasValue(1);
    }
}
