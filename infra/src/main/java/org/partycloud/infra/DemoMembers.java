package org.partycloud.infra;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo tenants' members: realistic Chinese names, valid ID-card numbers (GB 11643 check digit, birth date and
 * gender encoded as the real ones are), party dates in the order the rules demand, most full members and a few
 * probationary ones. The same tenant always gets the same people (the random source is seeded with its key), so a
 * re-run of the seeding finds them by name and creates nothing twice.
 */
final class DemoMembers {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
    private static final String[] MALE = {"伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "斌", "鹏", "辉", "建国",
        "志强", "海涛", "国栋", "文博", "浩然", "俊杰", "宇航", "晨阳", "建华", "永刚", "立新", "学军", "振宇", "德明"};
    private static final String[] FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰", "婷婷",
        "雪梅", "晓燕", "欣怡", "梓涵", "诗琪", "雨桐", "佳怡", "红梅", "慧敏", "丽华", "春燕", "文静", "海燕"};
    /** Area codes (first six digits) and the native places they stand for. */
    private static final String[][] AREAS = {{"110101", "北京市东城区"}, {"310104", "上海市徐汇区"},
        {"440106", "广东省广州市"}, {"320102", "江苏省南京市"}, {"510107", "四川省成都市"}, {"330106", "浙江省杭州市"},
        {"420106", "湖北省武汉市"}, {"610113", "陕西省西安市"}, {"370102", "山东省济南市"}, {"410105", "河南省郑州市"}};
    private static final String[] EDUCATION = {"master", "bachelor", "bachelor", "bachelor", "junior_college",
        "junior_college", "doctorate", "secondary_vocational", "high_school"};
    private static final String[] JOBS = {"工程师", "会计", "办公室主任", "项目经理", "统计员", "科员", "技术员",
        "人力资源专员", "销售经理", "副处长", "研究员", "行政助理"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private DemoMembers() {
    }

    /** The body of {@code POST /api/affairs/members} (the organisation id is added by the caller). */
    record Person(String name, Map<String, Object> fields) {
    }

    static List<Person> of(String tenantKey, int count, LocalDate today) {
        return of(tenantKey, count, today, Map.of());
    }

    /**
     * @param fixed people whose names are given (by their index in the list: name and whether a man), e.g. the
     *        archive entries of demo logins
     */
    static List<Person> of(String tenantKey, int count, LocalDate today, Map<Integer, Map.Entry<String, Boolean>> fixed) {
        Random random = new Random(tenantKey.hashCode());
        // Given names are reserved first, so that no generated person takes one of them.
        Set<String> names = new LinkedHashSet<>();
        fixed.values().forEach(given -> names.add(given.getKey()));
        List<Person> people = new ArrayList<>();
        int sequence = 10;
        while (people.size() < count) {
            boolean male = random.nextInt(100) < 58;
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + (male ? MALE[random.nextInt(MALE.length)] : FEMALE[random.nextInt(FEMALE.length)]);
            Map.Entry<String, Boolean> given = fixed.get(people.size());
            if (given != null) {
                name = given.getKey();
                male = given.getValue();
            } else if (!names.add(name)) {
                continue;
            }
            String[] area = AREAS[random.nextInt(AREAS.length)];
            LocalDate birth = LocalDate.of(1962 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
            sequence += 1 + random.nextInt(7);
            String id = idNumber(area[0], birth, sequence % 1000, male);
            boolean probationary = people.size() % 7 == 3;
            LocalDate probationaryDate = probationary
                    ? today.minusDays(30 + random.nextInt(300))
                    : birth.plusYears(23 + random.nextInt(Math.max(1, Math.min(25, today.getYear() - birth.getYear() - 24))))
                            .plusDays(random.nextInt(200));
            if (!probationary && probationaryDate.isAfter(today.minusYears(2))) {
                probationaryDate = today.minusYears(2).minusDays(random.nextInt(300));
            }
            LocalDate activist = probationaryDate.minusMonths(12 + random.nextInt(8));
            LocalDate application = activist.minusMonths(6 + random.nextInt(10));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", name);
            fields.put("ethnicity", random.nextInt(10) == 0 ? "回族" : "汉族");
            fields.put("idNumber", id);
            fields.put("nativePlace", area[1]);
            fields.put("education", EDUCATION[random.nextInt(EDUCATION.length)]);
            fields.put("job", JOBS[random.nextInt(JOBS.length)]);
            fields.put("phone", "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
            fields.put("applicationDate", application.toString());
            fields.put("activistDate", activist.toString());
            fields.put("probationaryDate", probationaryDate.toString());
            if (probationary) {
                fields.put("category", "probationary");
            } else {
                fields.put("category", "full");
                fields.put("fullMembershipDate", probationaryDate.plusYears(1).toString());
            }
            people.add(new Person(name, fields));
        }
        return people;
    }

    /** An 18-character number: area, birth date, sequence (odd for men), GB 11643 check character. */
    static String idNumber(String area, LocalDate birth, int sequence, boolean male) {
        int seq = sequence - sequence % 2 + (male ? 1 : 0);
        if (seq > 999) {
            seq -= 2;
        }
        String body = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
