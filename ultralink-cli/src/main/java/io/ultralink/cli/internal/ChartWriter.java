package io.ultralink.cli.internal;

import io.ultralink.error.UltraLinkException;
import io.ultralink.model.DataType;
import io.ultralink.model.LanguageCode;
import io.ultralink.stats.DatasetCard;
import io.ultralink.stats.DatasetStatistics;
import io.ultralink.stats.LengthHistogram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Writes the dataset charts as PNG with XChart (run headless). Not API. */
public final class ChartWriter {

    /** Question and answer length distributions per language (the paper's Fig. 13). */
    public static final String LENGTHS = "token-lengths.png";
    /** Records per language and type. */
    public static final String COMPOSITION = "composition.png";
    /** Distributions of the translation meaning scores per language. */
    public static final String SCORES = "quality-scores.png";

    private ChartWriter() {
    }

    /**
     * Writes both charts into a folder.
     *
     * @param stats the statistics
     * @param folder the dataset folder
     * @return the charts, for the card
     */
    public static List<DatasetCard.Chart> write(DatasetStatistics stats, Path folder) {
        System.setProperty("java.awt.headless", "true");
        try {
            XYChart questions = lengths("Question length (tokens)", stats.questionLengths());
            XYChart answers = lengths("Answer length (tokens)", stats.answerLengths());
            BitmapEncoder.saveBitmap(List.of(questions, answers), 1, 2, folder.resolve(LENGTHS).toString(),
                    BitmapEncoder.BitmapFormat.PNG);
            BitmapEncoder.saveBitmap(composition(stats), folder.resolve(COMPOSITION).toString(),
                    BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UltraLinkException("cannot write charts into " + folder + ": " + e.getMessage(), e);
        }
        return List.of(new DatasetCard.Chart(LENGTHS, "Question and answer lengths per language"),
                new DatasetCard.Chart(COMPOSITION, "Records per language and type"));
    }

    /**
     * Writes the chrF and judge-adequacy distributions per language, when the report holds any score.
     *
     * @param quality the translation check report
     * @param folder the dataset folder
     * @return the chart, or empty when there is no score to draw
     */
    public static java.util.Optional<DatasetCard.Chart> writeScores(io.ultralink.stats.QualityReport quality, Path folder) {
        Map<String, List<Double>> chrf = quality.scoresByLanguage("chrf");
        Map<String, List<Double>> adequacy = quality.scoresByLanguage("adequacy");
        if (chrf.values().stream().allMatch(List::isEmpty) && adequacy.values().stream().allMatch(List::isEmpty)) {
            return java.util.Optional.empty();
        }
        System.setProperty("java.awt.headless", "true");
        CategoryChart c = histogram("Back-translation chrF", "chrF (bins of 10)", chrf, 10, 0, 100);
        CategoryChart a = histogram("Judge adequacy", "adequacy (1-5)", adequacy, 1, 1, 5);
        try {
            BitmapEncoder.saveBitmap(List.of(c, a), 1, 2, folder.resolve(SCORES).toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UltraLinkException("cannot write charts into " + folder + ": " + e.getMessage(), e);
        }
        return java.util.Optional.of(new DatasetCard.Chart(SCORES, "Translation meaning scores per language"));
    }

    private static CategoryChart histogram(String title, String axis, Map<String, List<Double>> byLanguage, int width,
            int min, int max) {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(420).title(title).xAxisTitle(axis)
                .yAxisTitle("items (lowest chunk score)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<String> bins = new ArrayList<>();
        for (int v = min; v <= max; v += width) {
            bins.add(width == 1 || v + width > max ? Integer.toString(v) : v + "-" + (v + width - 1));
        }
        for (Map.Entry<String, List<Double>> e : byLanguage.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            long[] counts = new long[bins.size()];
            for (double v : e.getValue()) {
                counts[(int) Math.max(0, Math.min(bins.size() - 1, Math.floor((v - min) / width)))]++;
            }
            List<Long> y = new ArrayList<>();
            for (long n : counts) {
                y.add(n);
            }
            chart.addSeries(e.getKey(), bins, y);
        }
        if (chart.getSeriesMap().isEmpty()) {
            List<Long> zeros = new ArrayList<>();
            bins.forEach(b -> zeros.add(0L));
            chart.addSeries("no data", bins, zeros);
        }
        return chart;
    }

    private static XYChart lengths(String title, Map<LanguageCode, LengthHistogram> byLanguage) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title)
                .xAxisTitle("tokens").yAxisTitle("share of turns (%)").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        int last = 0;
        for (LengthHistogram h : byLanguage.values()) {
            last = Math.max(last, h.lastUsedBucket());
        }
        for (Map.Entry<LanguageCode, LengthHistogram> e : byLanguage.entrySet()) {
            LengthHistogram h = e.getValue();
            if (h.total() == 0) {
                continue;
            }
            long[] counts = h.counts();
            List<Integer> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i <= last + 1 && i < counts.length; i++) {
                x.add(i * h.width() + h.width() / 2);
                y.add(100.0 * counts[i] / h.total());
            }
            chart.addSeries(e.getKey().code(), x, y).setMarker(SeriesMarkers.NONE);
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries("no data", List.of(0), List.of(0.0)).setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    private static CategoryChart composition(DatasetStatistics stats) {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(420).title("Records per language and type")
                .xAxisTitle("language").yAxisTitle("records").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        List<String> languages = new ArrayList<>();
        stats.languages().forEach(l -> languages.add(l.code()));
        if (languages.isEmpty()) {
            languages.add("none");
        }
        for (DataType type : DataType.values()) {
            List<Long> counts = new ArrayList<>();
            for (String lang : languages) {
                counts.add(lang.equals("none") ? 0 : stats.row(LanguageCode.of(lang), type).dialogues());
            }
            chart.addSeries(type.fileToken(), languages, counts);
        }
        return chart;
    }
}
