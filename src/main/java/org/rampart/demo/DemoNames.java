package org.rampart.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Plausible two-syllable place names in pinyin and Chinese characters. */
final class DemoNames {

    private static final String[][] SYLLABLES = {
        {"Qing", "青"}, {"Shan", "山"}, {"Bai", "白"}, {"He", "河"}, {"Dong", "东"}, {"Xi", "西"}, {"Nan", "南"},
        {"Bei", "北"}, {"Hu", "湖"}, {"Lin", "林"}, {"Feng", "丰"}, {"An", "安"}, {"Ping", "平"}, {"Yang", "阳"},
        {"Jiang", "江"}, {"Shui", "水"}, {"Yun", "云"}, {"Hua", "华"}, {"Tai", "泰"}, {"Kang", "康"}, {"Ning", "宁"},
        {"Yuan", "源"}, {"Chang", "昌"}, {"Long", "龙"}, {"Shi", "石"}, {"Quan", "泉"}, {"Xin", "新"}, {"Fu", "福"},
        {"Jin", "金"}, {"Gu", "谷"}, {"Ling", "岭"}, {"Sha", "沙"}, {"Tian", "田"}, {"Lu", "鹿"}, {"Mei", "梅"},
        {"Song", "松"}, {"Zhu", "竹"}, {"Hong", "红"}, {"Lian", "莲"}, {"Qiao", "桥"}, {"Guang", "光"}, {"Ming", "明"},
        {"Rui", "瑞"}, {"Xing", "兴"}, {"Sheng", "盛"}, {"Tong", "通"}, {"Da", "大"}, {"Xiao", "小"}, {"Yu", "玉"},
        {"Cui", "翠"}, {"Zhang", "樟"}, {"Liu", "柳"}, {"Tao", "桃"}, {"Yan", "岩"}, {"Po", "坡"}, {"Wan", "湾"}
    };

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** A fresh name pair {pinyin, hanzi}, unique within this generator's scope of use. */
    String[] next() {
        for (int attempt = 0; attempt < 200; attempt++) {
            String[] a = SYLLABLES[random.nextInt(SYLLABLES.length)];
            String[] b = SYLLABLES[random.nextInt(SYLLABLES.length)];
            if (a == b) {
                continue;
            }
            String en = a[0] + b[0].toLowerCase();
            if (used.add(en)) {
                return new String[] {en, a[1] + b[1]};
            }
        }
        String[] a = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String[] b = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String[] c = SYLLABLES[random.nextInt(SYLLABLES.length)];
        String en = a[0] + b[0].toLowerCase() + c[0].toLowerCase();
        used.add(en);
        return new String[] {en, a[1] + b[1] + c[1]};
    }

    void reset() {
        used.clear();
    }
}
