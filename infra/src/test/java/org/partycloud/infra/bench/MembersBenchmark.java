package org.partycloud.infra.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.partycloud.infra.BenchAccess;
import org.partycloud.infra.Platform;
import org.partycloud.platform.testsupport.KeycloakTestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Member archive benchmark (infra/bench/README.md). Not a test: run it by hand.
 * <ol>
 * <li>one tenant, an organisation tree through the API (a committee, 10 general branches, 5 branches each);</li>
 * <li>imports two .xlsx files of 5,000 members each through {@code POST /api/affairs/members/import} (the same
 * validation, encryption, pinyin, history, audit and feed as a single create) and reports each wall time;</li>
 * <li>reports affairs-service's resident memory after the imports;</li>
 * <li>reads the list page filtered by a general branch's subtree (500 members below it), by the whole tree and by
 * pinyin initials, 300 times each at the service, and reports p50/p95/max.</li>
 * </ol>
 */
public final class MembersBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TENANT = "bmembers";
    private static final String[] HEADERS = {"姓名", "性别", "民族", "出生日期", "公民身份号码", "籍贯", "学历", "工作岗位",
            "联系电话", "地址", "所在组织(组织编码)", "人员类别", "申请入党日期", "确定积极分子日期", "入党日期(预备)", "转正日期"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁";
    private static final String GIVEN = "伟强磊军勇杰涛明超斌芳娜敏静丽艳娟霞婷玉兰建国志华红梅秀英";

    public static void main(String[] args) throws Exception {
        int perFile = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        Path root = Path.of(System.getProperty("partycloud.root", ".")).toAbsolutePath().normalize();
        try (Platform platform = Platform.start(new Platform.Settings(root, root.resolve("infra/target/bench-logs"), 0,
                null, keycloak.issuerUri(), Map.of(), List.of("-Xmx768m")))) {
            BenchAccess api = new BenchAccess(platform, keycloak);
            api.register(TENANT, LocalDate.now());
            api.awaitActive(TENANT, Duration.ofSeconds(120));
            String token = api.tenantAdminToken(TENANT);
            String affairs = platform.url("affairs") + "/api/affairs";
            awaitServed(api, token, affairs);

            String rootId = create(api, token, affairs, null, "中共基准集团委员会", "committee", "R");
            List<String> generalBranches = new ArrayList<>();
            for (int g = 1; g <= 10; g++) {
                String general = create(api, token, affairs, rootId, "第" + g + "党总支", "general_branch", "G" + g);
                generalBranches.add(general);
                for (int b = 1; b <= 5; b++) {
                    create(api, token, affairs, general, "第" + g + "-" + b + "党支部", "branch", "B" + g + "-" + b);
                }
            }

            List<Long> imports = new ArrayList<>();
            for (int file = 0; file < 2; file++) {
                byte[] xlsx = workbook(file * perFile, perFile);
                Instant start = Instant.now();
                var answer = api.postFile(token, TENANT, affairs + "/members/import", "members-" + file + ".xlsx", xlsx,
                        Map.of("mode", "all"));
                imports.add(Duration.between(start, Instant.now()).toMillis());
                if (answer.getKey() != 200) {
                    throw new IllegalStateException("Import " + file + ": " + answer.getKey() + " " + answer.getValue());
                }
                System.out.printf("import %d: %s%n", file, answer.getValue().length() > 200
                        ? answer.getValue().substring(0, 200) : answer.getValue());
            }
            long rss = rssKb(platform.pids().entrySet().stream().filter(e -> e.getKey().startsWith("affairs"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("affairs-service is not running: "
                            + platform.pids())).getValue());

            String members = affairs + "/members?size=20&page=0";
            List<Long> subtree = timed(api, token, members + "&orgId=" + generalBranches.get(3), 2L * perFile / 10);
            List<Long> whole = timed(api, token, members + "&orgId=" + rootId, 2 * perFile);
            List<Long> pinyin = timed(api, token, members + "&q=wj", -1);

            System.out.printf("%nMachine: %d cores, JVM %s, services on %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), BenchAccess.serviceJdk());
            System.out.printf("import of %d rows: %s ms%n", perFile, imports);
            System.out.printf("affairs-service resident memory after the imports: %d MiB%n", rss / 1024);
            ProvisioningBenchmark.report("list, subtree of a general branch (" + 2 * perFile / 10 + " members), page of 20", subtree);
            ProvisioningBenchmark.report("list, whole tree (" + 2 * perFile + " members), page of 20", whole);
            ProvisioningBenchmark.report("list, pinyin initials q=wj, page of 20", pinyin);
        }
    }

    private static void awaitServed(BenchAccess api, String token, String affairs) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (api.get(token, TENANT, affairs + "/organizations").getKey() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("affairs-service does not serve " + TENANT);
            }
            Thread.sleep(200);
        }
    }

    private static String create(BenchAccess api, String token, String affairs, String parent, String name, String type,
            String code) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("name", name, "type", type, "code", code));
        if (parent != null) {
            body.put("parentId", parent);
        }
        var answer = api.post(token, TENANT, affairs + "/organizations", body);
        if (answer.getKey() != 201) {
            throw new IllegalStateException("Organisation " + code + ": " + answer);
        }
        return JSON.readTree(answer.getValue()).path("id").asString();
    }

    /** Rows from {@code first}: valid, distinct ID numbers; spread over the 50 branches; one in 7 probationary. */
    private static byte[] workbook(int first, int rows) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("党员信息");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int i = 0; i < rows; i++) {
                int n = first + i;
                boolean male = n % 5 < 3;
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14_000);
                String id = BenchAccess.idNumber("110101", birth, 10 + 2 * (n / 14_000), male);
                boolean probationary = n % 7 == 3;
                LocalDate probationaryDate = probationary ? LocalDate.now().minusDays(30 + n % 300)
                        : birth.plusYears(25).plusDays(n % 300);
                String[] values = {
                        "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt((n / 7) % GIVEN.length())
                                + (n % 3 == 0 ? "" : String.valueOf(GIVEN.charAt((n / 11) % GIVEN.length()))),
                        male ? "男" : "女", n % 12 == 0 ? "回族" : "汉族", birth.toString(), id, "北京市东城区",
                        n % 2 == 0 ? "本科" : "硕士", "工程师", "138" + String.format("%08d", n), "示范路 " + n + " 号",
                        "B" + (1 + n % 10) + "-" + (1 + (n / 10) % 5), probationary ? "预备党员" : "正式党员",
                        probationaryDate.minusMonths(20).toString(), probationaryDate.minusMonths(12).toString(),
                        probationaryDate.toString(), probationary ? "" : probationaryDate.plusYears(1).toString()};
                var row = sheet.createRow(i + 1);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** 30 warm-up and 300 measured sequential reads; checks the total when one is expected. */
    private static List<Long> timed(BenchAccess api, String token, String url, long expectedTotal) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 330; i++) {
            long start = System.nanoTime();
            var answer = api.get(token, TENANT, url);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (answer.getKey() != 200) {
                throw new IllegalStateException(url + ": " + answer);
            }
            if (i == 0 && expectedTotal >= 0) {
                long total = JSON.readTree(answer.getValue()).path("total").asLong();
                if (total != expectedTotal) {
                    throw new IllegalStateException(url + " answered a total of " + total + ", expected " + expectedTotal);
                }
            }
            if (i >= 30) {
                millis.add(elapsed);
            }
        }
        return millis;
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
