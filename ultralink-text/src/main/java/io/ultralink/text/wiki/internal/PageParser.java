package io.ultralink.text.wiki.internal;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import io.ultralink.text.wiki.WikiPage;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls {@link WikiPage}s out of MediaWiki export XML with StAX (Woodstox, chosen explicitly: about three times
 * the JDK parser's speed on dumps), one page in memory at a time. Text arrives in pieces of at most about
 * {@value #TEXT_PIECE} characters (or the bound, when smaller) rather than whole, so that a page whose title or text
 * is longer than the bound is read past without being held and returned {@linkplain WikiPage#tooLarge() too large},
 * with no text. Nearly every article fits in one piece, which is taken as it is, without a copy.
 */
public final class PageParser implements AutoCloseable {

    /** The smallest piece of text the parser hands out before a text ends; longer texts come in pieces. */
    static final int TEXT_PIECE = 1 << 20;

    private static final XMLInputFactory FACTORY = createFactory(TEXT_PIECE);

    private final XMLStreamReader xml;
    private final BoundedElementText bounded;
    private long pageId;
    private long revisionId;
    private String title;
    private int namespace;
    private boolean redirect;
    private String text;
    private boolean tooLarge;

    /**
     * Starts parsing {@code in} (UTF-8 XML).
     *
     * @param maxTextBytes pages whose title or text is longer than this, in UTF-8 bytes, are returned without
     *     text and marked too large
     */
    public PageParser(InputStream in, long maxTextBytes) throws XMLStreamException {
        if (maxTextBytes < 1) {
            throw new IllegalArgumentException("maxTextBytes must be >= 1, was " + maxTextBytes);
        }
        XMLInputFactory factory = maxTextBytes >= TEXT_PIECE ? FACTORY : createFactory((int) maxTextBytes);
        this.xml = factory.createXMLStreamReader(in, "UTF-8");
        this.bounded = new BoundedElementText(maxTextBytes);
    }

    private static XMLInputFactory createFactory(int textPiece) {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(WstxInputProperties.P_MIN_TEXT_SEGMENT, textPiece);
        return f;
    }

    /** The line of the XML the parser is at. */
    public int line() {
        return xml.getLocation().getLineNumber();
    }

    /** Returns the next page, or null at the end of the dump. */
    public WikiPage next() throws XMLStreamException {
        try {
            return readPage();
        } catch (WstxLazyException e) {
            // text is parsed when first accessed, so its errors surface there, unchecked
            throw (XMLStreamException) e.getCause();
        }
    }

    private WikiPage readPage() throws XMLStreamException {
        boolean inPage = false;
        boolean inRevision = false;
        boolean inContributor = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "page" -> {
                        inPage = true;
                        pageId = -1;
                        revisionId = -1;
                        title = "";
                        namespace = 0;
                        redirect = false;
                        text = "";
                        tooLarge = false;
                    }
                    case "title" -> title = inPage ? bounded(title) : title;
                    case "ns" -> namespace = inPage ? parseInt(xml.getElementText()) : namespace;
                    case "id" -> {
                        if (inContributor || !inPage) {
                            break;
                        }
                        if (inRevision && revisionId < 0) {
                            revisionId = parseLong(xml.getElementText());
                        } else if (!inRevision && pageId < 0) {
                            pageId = parseLong(xml.getElementText());
                        }
                    }
                    case "redirect" -> redirect = inPage || redirect;
                    case "revision" -> {
                        inRevision = true;
                        revisionId = -1;
                    }
                    case "contributor" -> inContributor = true;
                    case "text" -> text = inRevision ? bounded(text) : text;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "contributor" -> inContributor = false;
                    case "revision" -> inRevision = false;
                    case "page" -> {
                        if (pageId <= 0) {
                            throw new XMLStreamException("page '" + title + "' has no positive <id>",
                                    xml.getLocation());
                        }
                        return new WikiPage(pageId, Math.max(0, revisionId), title, namespace, redirect,
                                tooLarge ? "" : text, tooLarge);
                    }
                    default -> {
                    }
                }
            }
        }
        if (inPage) {
            throw new XMLStreamException("dump ends inside page '" + title + "'", xml.getLocation());
        }
        return null;
    }

    /** The current element's text, or {@code otherwise} when it is over the bound (the page is then too large). */
    private String bounded(String otherwise) throws XMLStreamException {
        String read = bounded.read(xml);
        if (read == null) {
            tooLarge = true;
            return otherwise;
        }
        return read;
    }

    private int parseInt(String s) throws XMLStreamException {
        return (int) parseLong(s);
    }

    private long parseLong(String s) throws XMLStreamException {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new XMLStreamException("not a number: '" + s + "'", xml.getLocation());
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
