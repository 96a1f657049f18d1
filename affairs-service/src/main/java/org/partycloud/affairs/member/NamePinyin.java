package org.partycloud.affairs.member;

import java.util.Locale;
import java.util.Map;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin of a name, stored with the member so that {@code zsf} finds 张三丰 with a plain index lookup.
 * pinyin4j knows every reading of a character but not which one a name uses: its first (most common) reading
 * is taken, except for the first character, which is read as a surname where surnames differ from the common
 * reading (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou, 查 Zha, …). A polyphonic character inside a given name can
 * still come out wrong; that is the known limit. Letters and digits pass through in lower case; other
 * characters (·, spaces, emoji) are dropped.
 */
final class NamePinyin {

    /** Surname readings that differ from the character's first reading in pinyin4j's table. */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(
            Map.entry('单', "shan"), Map.entry('曾', "zeng"), Map.entry('解', "xie"), Map.entry('仇', "qiu"),
            Map.entry('区', "ou"), Map.entry('查', "zha"), Map.entry('朴', "piao"), Map.entry('盖', "ge"),
            Map.entry('覃', "qin"), Map.entry('繁', "po"), Map.entry('员', "yun"), Map.entry('乐', "yue"),
            Map.entry('缪', "miao"), Map.entry('翟', "zhai"), Map.entry('长', "chang"),
            Map.entry('沈', "shen"), Map.entry('柏', "bai"), Map.entry('褚', "chu"), Map.entry('燕', "yan"),
            Map.entry('宿', "su"), Map.entry('任', "ren"), Map.entry('华', "hua"), Map.entry('纪', "ji"),
            Map.entry('种', "chong"), Map.entry('秘', "bi"), Map.entry('万', "wan"), Map.entry('洗', "xian"),
            Map.entry('冼', "xian"), Map.entry('召', "shao"), Map.entry('折', "she"));

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private final String initials;
    private final String full;

    private NamePinyin(String initials, String full) {
        this.initials = initials;
        this.full = full;
    }

    static NamePinyin of(String name) {
        StringBuilder initials = new StringBuilder();
        StringBuilder full = new StringBuilder();
        int index = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            String syllable = syllable(cp, index++ == 0);
            if (!syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
                full.append(syllable);
            }
        }
        return new NamePinyin(initials.toString(), full.toString());
    }

    private static String syllable(int cp, boolean surnamePosition) {
        if (cp < 128) {
            return Character.isLetterOrDigit(cp) ? String.valueOf((char) cp).toLowerCase(Locale.ROOT) : "";
        }
        if (!Character.isBmpCodePoint(cp)) {
            return "";
        }
        char c = (char) cp;
        if (surnamePosition && SURNAMES.containsKey(c)) {
            return SURNAMES.get(c);
        }
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? "" : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("lower case, no tone and v for ü is a valid format", e);
        }
    }

    /** One letter per syllable: 张三丰 → zsf. */
    String initials() {
        return initials;
    }

    /** All syllables run together: 张三丰 → zhangsanfeng. */
    String full() {
        return full;
    }
}
