package io.ultralink.text.segment;

import java.util.Random;

/** Seeded pseudo-prose built from our own sentence parts, for segmentation tests. */
public final class TextFixtures {

    private static final String[] EN_SUBJECTS = {"The old bridge", "A small village", "The river", "Dr. Allen",
        "The museum of 1892", "Every winter the harbour", "The council"};
    private static final String[] EN_VERBS = {"carried", "welcomed", "measured", "recorded", "lost", "rebuilt"};
    private static final String[] EN_OBJECTS = {"3.5 tonnes of grain", "hundreds of travellers", "its first map",
        "a quiet market, e.g. on Sundays", "the eastern wall", "stories of the valley"};
    private static final String[] ZH_PARTS = {"这座古桥", "小村庄", "河流", "博物馆", "每年冬天港口", "议会",
        "运来了粮食", "迎接了旅客", "绘制了第一张地图", "重建了东墙", "记录了山谷的故事"};

    private TextFixtures() {
    }

    /** English prose of about {@code sentences} sentences in paragraphs, deterministic for a seed. */
    public static String english(long seed, int sentences) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(pick(r, EN_SUBJECTS)).append(' ').append(pick(r, EN_VERBS)).append(' ')
                    .append(pick(r, EN_OBJECTS)).append(r.nextInt(5) == 0 ? "!" : ".");
            sb.append(r.nextInt(9) == 0 ? "\n\n" : " ");
        }
        return sb.toString().strip();
    }

    /** Chinese prose of about {@code sentences} sentences, deterministic for a seed. */
    public static String chinese(long seed, int sentences) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            sb.append(pick(r, ZH_PARTS)).append('，').append(pick(r, ZH_PARTS)).append(pick(r, ZH_PARTS))
                    .append(r.nextInt(4) == 0 ? "！" : "。");
            if (r.nextInt(10) == 0) {
                sb.append('\n');
            }
        }
        return sb.toString().strip();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
