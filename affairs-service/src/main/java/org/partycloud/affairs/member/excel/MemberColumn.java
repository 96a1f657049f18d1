package org.partycloud.affairs.member.excel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the import template, one per field of the create input ({@code MemberDetails}), in the
 * template's order, with the Chinese header the file carries and the API field name its errors use.
 */
enum MemberColumn {
    NAME("姓名", "name", Kind.TEXT, true),
    GENDER("性别", "gender", Kind.CHOICE, false),
    ETHNICITY("民族", "ethnicity", Kind.TEXT, false),
    BIRTH_DATE("出生日期", "birthDate", Kind.DATE, false),
    ID_NUMBER("公民身份号码", "idNumber", Kind.TEXT, true),
    NATIVE_PLACE("籍贯", "nativePlace", Kind.TEXT, false),
    EDUCATION("学历", "education", Kind.CHOICE, false),
    JOB("工作岗位", "job", Kind.TEXT, false),
    PHONE("联系电话", "phone", Kind.TEXT, false),
    ADDRESS("地址", "address", Kind.TEXT, false),
    ORGANIZATION("所在组织(组织编码)", "orgId", Kind.TEXT, true),
    CATEGORY("人员类别", "category", Kind.CHOICE, true),
    APPLICATION_DATE("申请入党日期", "applicationDate", Kind.DATE, false),
    ACTIVIST_DATE("确定积极分子日期", "activistDate", Kind.DATE, false),
    PROBATIONARY_DATE("入党日期(预备)", "probationaryDate", Kind.DATE, false),
    FULL_MEMBERSHIP_DATE("转正日期", "fullMembershipDate", Kind.DATE, false);

    enum Kind { TEXT, CHOICE, DATE }

    private static final Map<String, MemberColumn> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(c -> normalise(c.header), Function.identity()));
    private static final Map<String, MemberColumn> BY_FIELD = Arrays.stream(values())
            .collect(Collectors.toMap(c -> c.field, Function.identity()));

    private final String header;
    private final String field;
    private final Kind kind;
    private final boolean required;

    MemberColumn(String header, String field, Kind kind, boolean required) {
        this.header = header;
        this.field = field;
        this.kind = kind;
        this.required = required;
    }

    /** A header as people retype it: spaces, a required-star and full-width brackets do not matter. */
    static Optional<MemberColumn> byHeader(String text) {
        return Optional.ofNullable(BY_HEADER.get(normalise(text)));
    }

    static Optional<MemberColumn> byField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s*＊]", "").replace('（', '(').replace('）', ')')
                .toLowerCase(Locale.ROOT);
    }

    String header() {
        return header;
    }

    String field() {
        return field;
    }

    Kind kind() {
        return kind;
    }

    boolean required() {
        return required;
    }
}
