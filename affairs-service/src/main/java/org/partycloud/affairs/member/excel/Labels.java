package org.partycloud.affairs.member.excel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partycloud.affairs.member.Education;
import org.partycloud.affairs.member.Gender;
import org.partycloud.affairs.member.MemberCategory;
import org.partycloud.affairs.member.MemberStatus;

/** The Chinese words spreadsheets use for the archive's choices; a cell may hold the word or the API's code. */
final class Labels {

    static final Map<Gender, String> GENDER = labels(Gender.class, "男", "女");
    static final Map<Education, String> EDUCATION = labels(Education.class,
            "博士", "硕士", "本科", "大专", "中专", "高中", "初中及以下");
    static final Map<MemberCategory, String> CATEGORY = labels(MemberCategory.class, "正式党员", "预备党员");
    static final Map<MemberStatus, String> STATUS = labels(MemberStatus.class,
            "正常", "流动", "失联", "停止党籍", "延长预备期", "取消预备资格", "出党", "去世");

    private Labels() {
    }

    @SafeVarargs
    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... words) {
        E[] constants = type.getEnumConstants();
        if (constants.length != words.length) {
            throw new IllegalStateException("Every " + type.getSimpleName() + " needs exactly one Chinese label");
        }
        Map<E, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < constants.length; i++) {
            labels.put(constants[i], words[i]);
        }
        return labels;
    }

    /** The constant whose label or lower-case code the cell holds. */
    static <E extends Enum<E>> Optional<E> parse(Map<E, String> labels, String cell) {
        String text = cell.strip();
        return labels.entrySet().stream()
                .filter(e -> e.getValue().equals(text) || e.getKey().name().toLowerCase(Locale.ROOT)
                        .equals(text.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst();
    }

    static <E extends Enum<E>> String label(Map<E, String> labels, E value) {
        return value == null ? null : labels.get(value);
    }

    static List<String> words(Map<?, String> labels) {
        return List.copyOf(labels.values());
    }

    static String choices(Map<?, String> labels) {
        return String.join("、", labels.values());
    }

    static <E extends Enum<E>> boolean isChoice(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equalsIgnoreCase(code));
    }
}
