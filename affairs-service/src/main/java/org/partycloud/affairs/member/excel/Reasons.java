package org.partycloud.affairs.member.excel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the archive's rule messages (the API's English, shared with {@code POST /api/affairs/members}) into Chinese
 * for the import report. The rules stay in one place; only their wording is translated here. A message without a
 * translation is shown as it is, so a new rule is never hidden.
 */
final class Reasons {

    private static final Map<Pattern, Function<Matcher, String>> TRANSLATIONS = new LinkedHashMap<>();

    static {
        exact("must not be blank", "必填");
        exact("must not be null", "必填");
        exact("must be 18 characters: 17 digits and a digit or X", "应为 18 位：17 位数字加 1 位数字或 X");
        exact("check digit does not match (GB 11643)", "校验位错误（GB 11643），请核对号码");
        exact("contains an impossible birth date", "号码中的出生日期不存在");
        exact("must not be in the future", "不能晚于今天");
        exact("a probationary member has none until converted", "预备党员转正前不应填写转正日期");
        rule("does not match the ID-card number, which says (.+)",
                m -> "与公民身份号码不符（号码显示为 " + word(m.group(1)) + "）");
        rule("must not be before (\\w+) \\((.+)\\)",
                m -> "不能早于" + header(m.group(1)) + "（" + m.group(2) + "）");
        rule("must be after (\\w+) \\((.+)\\)", m -> "应晚于" + header(m.group(1)) + "（" + m.group(2) + "）");
    }

    private Reasons() {
    }

    private static void exact(String english, String chinese) {
        TRANSLATIONS.put(Pattern.compile(Pattern.quote(english)), m -> chinese);
    }

    private static void rule(String regex, Function<Matcher, String> chinese) {
        TRANSLATIONS.put(Pattern.compile(regex), chinese);
    }

    static String chinese(String message) {
        for (Map.Entry<Pattern, Function<Matcher, String>> t : TRANSLATIONS.entrySet()) {
            Matcher matcher = t.getKey().matcher(message);
            if (matcher.matches()) {
                return t.getValue().apply(matcher);
            }
        }
        return message;
    }

    /** Whether a translation exists (the tests hold every rule of the create path to it). */
    static boolean known(String message) {
        return TRANSLATIONS.keySet().stream().anyMatch(p -> p.matcher(message).matches());
    }

    private static String header(String field) {
        return MemberColumn.byField(field).map(MemberColumn::header).orElse(field);
    }

    private static String word(String code) {
        return switch (code) {
            case "male" -> "男";
            case "female" -> "女";
            default -> code;
        };
    }
}
