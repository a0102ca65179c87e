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

    @Test
    void count_threadAlternatingEncodings_keepsEachEncodingsScratch() {
        var registry = Encodings.newLazyEncodingRegistry();
        Encoding cl100k = registry.getEncoding(EncodingType.CL100K_BASE);
        Encoding o200k = registry.getEncoding(EncodingType.O200K_BASE);
        ChunkCounter first = new ChunkCounter(RankTable.load("cl100k_base"), () -> cl100k, Cl100kPieces::pieceEnd);
        ChunkCounter second = new ChunkCounter(RankTable.load("o200k_base"), () -> o200k, O200kPieces::pieceEnd);
        String prose = "Die Brücke über den Fluss wurde 1904 eröffnet; she's been repainted twice since.";

        ChunkCounter.Scratch firstScratch = first.scratch();
        ChunkCounter.Scratch secondScratch = second.scratch();
        assertThat(firstScratch).isNotSameAs(secondScratch);
        for (int i = 0; i < 3; i++) {
            assertThat(first.count(prose, 0, prose.length())).isEqualTo(cl100k.countTokensOrdinary(prose));
            assertThat(second.count(prose, 0, prose.length())).isEqualTo(o200k.countTokensOrdinary(prose));
        }
        assertThat(first.scratch()).isSameAs(firstScratch);
        assertThat(second.scratch()).isSameAs(secondScratch);
    }
}
