package io.ultralink.text.wiki.internal;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of the current element from a non-coalescing StAX reader, piece by piece, keeping at most
 * {@code maxBytes} of it: a text whose UTF-8 form is longer is read past without being held and reported as
 * too large. A text that arrives in one piece (the common case) is taken as the parser's own string, with no
 * copy. Used by one thread.
 */
final class BoundedElementText {

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final long maxBytes;
    private char[] buffer = new char[0];
    private int length;
    private long chars;

    /** @param maxBytes the longest text kept, in UTF-8 bytes */
    BoundedElementText(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the current element's text up to its end tag.
     *
     * @param xml a reader positioned on a start tag
     * @return the text, or null when it is longer than the bound
     * @throws XMLStreamException on malformed XML or a child element
     */
    String read(XMLStreamReader xml) throws XMLStreamException {
        String single = null;
        length = 0;
        chars = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int n = xml.getTextLength();
                    chars += n;
                    if (chars > maxBytes) {
                        single = null;
                        length = 0;
                    } else if (chars == n) {
                        single = xml.getText();
                    } else {
                        if (single != null) {
                            append(single);
                            single = null;
                        }
                        append(xml.getTextCharacters(), xml.getTextStart(), n);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return finish(single);
                }
                case XMLStreamConstants.START_ELEMENT -> throw new XMLStreamException("text expected, found <"
                        + xml.getLocalName() + ">", xml.getLocation());
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("dump ends inside an element",
                        xml.getLocation());
                default -> {
                    // comments and processing instructions hold no text
                }
            }
        }
    }

    /** The length in characters of the text last read, counted in full when it was too large. */
    long chars() {
        return chars;
    }

    private String finish(String single) {
        if (chars > maxBytes) {
            return null;
        }
        String text = single != null ? single : length == 0 ? "" : new String(buffer, 0, length);
        if (chars * 3 > maxBytes && utf8Length(text) > maxBytes) {
            return null;
        }
        return text;
    }

    private void append(String s) {
        ensure(s.length());
        s.getChars(0, s.length(), buffer, length);
        length += s.length();
    }

    private void append(char[] source, int from, int n) {
        ensure(n);
        System.arraycopy(source, from, buffer, length, n);
        length += n;
    }

    private void ensure(int more) {
        int needed = length + more;
        if (needed > buffer.length) {
            long grown = Math.max(Math.max(16L, buffer.length * 2L), needed);
            buffer = Arrays.copyOf(buffer, (int) Math.min(Math.min(grown, Math.max(needed, maxBytes)), MAX_ARRAY));
        }
    }

    /** The UTF-8 length of {@code s} (a lone surrogate counts as the three bytes of its replacement). */
    static long utf8Length(String s) {
        long bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
