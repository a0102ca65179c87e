package io.ultralink.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;

/**
 * Writes multistream dumps the way Wikimedia does: a header stream, then independent bzip2 streams of a few
 * whole pages each, then a footer stream, and an index of {@code offset:pageId:title} lines, itself bzip2.
 */
final class MultistreamDumps {

    private static final String[] TOPICS = {"harbour", "glacier", "orchard", "lighthouse", "canal", "meadow",
        "observatory", "vineyard", "monastery", "quarry", "archipelago", "marsh"};

    private MultistreamDumps() {
    }

    /** Writes {@code pages} English articles, {@code perStream} to a stream; returns the dump (index beside it). */
    static Path write(Path dir, int pages, int perStream) throws IOException {
        Path dump = dir.resolve("enwiki-20260101-pages-articles-multistream.xml.bz2");
        Path index = dir.resolve("enwiki-20260101-pages-articles-multistream-index.txt.bz2");
        List<String> indexLines = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(dump)) {
            long offset = stream(out, 0, "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\">\n"
                    + "  <siteinfo><sitename>Wikipedia</sitename><base>https://en.wikipedia.org/wiki/Main_Page</base>"
                    + "</siteinfo>\n");
            for (int first = 0; first < pages; first += perStream) {
                StringBuilder xml = new StringBuilder();
                for (int p = first; p < Math.min(pages, first + perStream); p++) {
                    long id = 1000 + p;
                    String title = title(p);
                    indexLines.add(offset + ":" + id + ":" + title);
                    xml.append(page(id, title, p));
                }
                offset = stream(out, offset, xml.toString());
            }
            stream(out, offset, "</mediawiki>\n");
        }
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(index))) {
            out.write((String.join("\n", indexLines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return dump;
    }

    private static long stream(OutputStream out, long offset, String xml) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream bz = new BZip2CompressorOutputStream(buffer)) {
            bz.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        buffer.writeTo(out);
        return offset + buffer.size();
    }

    private static String title(int p) {
        String topic = TOPICS[p % TOPICS.length];
        return Character.toUpperCase(topic.charAt(0)) + topic.substring(1) + " of Northvale " + (p + 1);
    }

    /** Page {@code p}: an article, except every seventh a redirect and every eleventh a talk page. */
    private static String page(long id, String title, int p) {
        int ns = p % 11 == 10 ? 1 : 0;
        String text = p % 7 == 6 ? "#REDIRECT [[" + title(0) + "]]" : article(title, p);
        return "  <page>\n    <title>" + title + "</title>\n    <ns>" + ns + "</ns>\n    <id>" + id + "</id>\n"
                + "    <revision>\n      <id>" + (50_000 + id) + "</id>\n"
                + "      <text xml:space=\"preserve\">" + escape(text) + "</text>\n    </revision>\n  </page>\n";
    }

    private static String article(String title, int p) {
        String topic = TOPICS[p % TOPICS.length];
        StringBuilder b = new StringBuilder();
        b.append("'''").append(title).append("''' is a ").append(topic).append(" in the [[Northvale]] valley, first ")
                .append("recorded in the year ").append(1200 + 7 * p).append(".\n\n== History ==\n");
        for (int s = 0; s < 6 + p % 5; s++) {
            b.append(String.format(Locale.ROOT, "In the %d century the %s was enlarged by the families of the "
                    + "valley, who kept careful ledgers of every harvest, every repair and every dispute about "
                    + "water rights; sentence %d of article %d adds that travellers praised its %s. ",
                    13 + s % 5, topic, s, p, s % 2 == 0 ? "quiet paths" : "old stone walls"));
        }
        b.append("\n\n== Today ==\nVisitors reach the ").append(topic).append(" by a road built in ")
                .append(1900 + p).append(", and a small museum shows the ledgers {{citation needed}}.\n");
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
