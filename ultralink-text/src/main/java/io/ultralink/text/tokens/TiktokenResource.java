package io.ultralink.text.tokens;

import com.knuddels.jtokkit.Encodings;
import io.ultralink.error.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/** The {@code .tiktoken} rank files that jtokkit ships: one base64 token and its rank per line. */
final class TiktokenResource {

    private TiktokenResource() {
    }

    /** Reads the ranks of the named encoding (e.g. {@code cl100k_base}) into a {@link RankTable}. */
    static RankTable read(String encodingName) {
        String resource = "/com/knuddels/jtokkit/" + encodingName + ".tiktoken";
        try (InputStream in = Encodings.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("jtokkit resource " + resource + " not found");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            byte[] all = new byte[1 << 20];
            int[] offsets = new int[1 << 17];
            int[] ranks = new int[1 << 17];
            int count = 0;
            int length = 0;
            Base64.Decoder decoder = Base64.getDecoder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int space = line.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                byte[] token = decoder.decode(line.substring(0, space));
                if (count + 2 > offsets.length) {
                    offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    ranks = Arrays.copyOf(ranks, ranks.length * 2);
                }
                while (length + token.length > all.length) {
                    all = Arrays.copyOf(all, all.length * 2);
                }
                System.arraycopy(token, 0, all, length, token.length);
                offsets[count] = length;
                ranks[count] = Integer.parseInt(line.substring(space + 1).strip());
                length += token.length;
                count++;
                offsets[count] = length;
            }
            return new RankTable(all, offsets, ranks, count);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read jtokkit resource " + resource + ": " + e, e);
        }
    }
}
