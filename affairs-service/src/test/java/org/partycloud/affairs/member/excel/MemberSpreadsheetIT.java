package org.partycloud.affairs.member.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partycloud.affairs.AffairsCallers;
import org.partycloud.affairs.member.Gender;
import org.partycloud.affairs.member.MemberFixtures;
import org.partycloud.platform.testsupport.ServiceIntegrationTest;
import org.partycloud.platform.testsupport.TestCallers;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The spreadsheet import and export through the HTTP layer, with files built by POI: after every refused import
 * the archive, its history and the change feed are exactly as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberSpreadsheetIT extends ServiceIntegrationTest {

    private static final String A = "memxlsa";
    private static final String B = "memxlsb";
    private static final String MEMBERS = "/api/affairs/members";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "籍贯", "学历",
            "工作岗位", "联系电话", "地址", "所在组织(组织编码)", "人员类别", "申请入党日期", "确定积极分子日期", "入党日期(预备)",
            "转正日期");

    private UUID committee;
    private UUID branch;

    @BeforeAll
    void tenantsWithOrganisations() throws Exception {
        tenants().freshActive(A, B);
        committee = organization(A, null, "中共示范集团委员会", "XLS-DW");
        branch = organization(A, committee, "第一党支部", "XLS-ZB1");
        organization(B, null, "乙方党委", "XLS-B");
    }

    @Test
    void importsAValidFileWithChineseAndEmojiNamesAndExcelOrTextDates() throws Exception {
        Counts before = counts();
        String first = MemberFixtures.idNumber(LocalDate.of(1985, 6, 15), Gender.MALE);
        String second = MemberFixtures.idNumber(LocalDate.of(1992, 2, 3), Gender.FEMALE);
        byte[] file = workbook(List.of(
                row("张三丰", first, "XLS-ZB1", "正式党员", LocalDate.of(2007, 7, 1), "2008-07-01"),
                row("李🌸梅", second, "XLS-ZB1", "probationary", "2025/6/1", null)));

        upload(file, "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(0))
                .andExpect(jsonPath("$.errors").isEmpty());

        assertThat(counts()).isEqualTo(before.plus(2));
        String list = mvc.perform(get(MEMBERS).param("q", "李🌸梅").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode item = json.readTree(list).get("items").get(0);
        assertThat(item.get("probationaryDate").asString()).isEqualTo("2025-06-01");
        assertThat(item.get("category").asString()).isEqualTo("probationary");
        assertThat(item.get("gender").asString()).isEqualTo("female");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member_history WHERE action = 'created' AND "
                + "member_id = ?::uuid", Integer.class, item.get("id").asString())).isEqualTo(1);
    }

    @Test
    void refusesTheWholeFileNamingEveryBadRowAndWritesNothing() throws Exception {
        String existing = MemberFixtures.idNumber(LocalDate.of(1980, 1, 1), Gender.MALE);
        enrol(existing);
        Counts before = counts();
        String twice = MemberFixtures.idNumber(LocalDate.of(1990, 5, 5), Gender.MALE);
        String valid = MemberFixtures.idNumber(LocalDate.of(1991, 5, 5), Gender.FEMALE);
        byte[] file = workbook(List.of(
                row("王五", "110105194912310021", "XLS-ZB1", "正式党员", null, null),
                row("赵六", MemberFixtures.idNumber(LocalDate.of(1988, 8, 8), Gender.MALE), "XLS-ZB1", "正式党员",
                        "2020-13-45", null),
                row("孙七", twice, "XLS-ZB1", "正式党员", null, null),
                row("周八", twice, "XLS-ZB1", "正式党员", null, null),
                row("吴九", existing, "XLS-ZB1", "正式党员", null, null),
                row("郑十", valid, "XLS-ZB1", "正式党员", null, null)));

        String body = upload(file, "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-invalid"))
                .andExpect(jsonPath("$.rows").value(6))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(5))
                .andReturn().getResponse().getContentAsString();

        Map<Integer, String> reasons = reasonsByRow(json.readTree(body).get("errors"));
        assertThat(reasons).containsOnlyKeys(2, 3, 4, 5, 6);
        assertThat(reasons.get(2)).contains("公民身份号码").contains("校验位错误");
        assertThat(reasons.get(3)).contains("入党日期(预备)").contains("日期不存在");
        assertThat(reasons.get(4)).contains("第 5 行").contains("重复");
        assertThat(reasons.get(5)).contains("第 4 行").contains("重复");
        assertThat(reasons.get(6)).contains("档案中已有");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importsOnlyTheValidRowsWhenAskedAndReportsTheOthers() throws Exception {
        Counts before = counts();
        String valid = MemberFixtures.idNumber(LocalDate.of(1993, 3, 3), Gender.MALE);
        byte[] file = workbook(List.of(
                row("钱一", "11010519491231002", "XLS-ZB1", "正式党员", null, null),
                row("钱二", valid, "XLS-ZB1", "正式党员", null, null),
                row("钱三", MemberFixtures.idNumber(LocalDate.of(1994, 4, 4), Gender.MALE), "NO-SUCH-ORG", "正式党员", null, null),
                row("钱四", MemberFixtures.idNumber(LocalDate.of(1995, 4, 4), Gender.MALE), "XLS-ZB1", "群众", null, null)));

        String body = upload(file, "validOnly", TestCallers.tenantAdmin(A))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(3))
                .andReturn().getResponse().getContentAsString();

        Map<Integer, String> reasons = reasonsByRow(json.readTree(body).get("errors"));
        assertThat(reasons).containsOnlyKeys(2, 4, 5);
        assertThat(reasons.get(4)).contains("所在组织(组织编码)");
        assertThat(reasons.get(5)).contains("人员类别").contains("正式党员、预备党员");
        assertThat(counts()).isEqualTo(before.plus(1));
        mvc.perform(get(MEMBERS).param("q", "钱二").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void refusesAnEmptyFileAndASheetWithoutDataRows() throws Exception {
        Counts before = counts();
        upload(new byte[0], "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-empty"));
        upload(workbook(List.of()), "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-empty"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesATextFileRenamedToXlsxAsUnsupported() throws Exception {
        Counts before = counts();
        upload("姓名,公民身份号码\n张三,110101198506150019\n".getBytes(StandardCharsets.UTF_8), "all",
                TestCallers.tenantAdmin(A))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-not-xlsx"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        Counts before = counts();
        upload(new byte[5 * 1024 * 1024 + 1], "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-too-large"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesAFileWithTooManyRows() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            rows.add(row("某" + i, "x", "XLS-ZB1", "正式党员", null, null));
        }
        upload(workbook(rows), "all", TestCallers.tenantAdmin(A))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:member-import-too-many-rows"));
    }

    @Test
    void offersATemplateWhoseHeaderIsTheCreateInputAndWhichImportsBackOnceFilledIn() throws Exception {
        byte[] template = mvc.perform(get(MEMBERS + "/import/template").with(TestCallers.tenantAdmin(A))
                        .header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(HEADERS);
            assertThat(data.getDataValidations()).hasSize(3);
            assertThat(workbook.getSheet("组织编码").getRow(2).getCell(0).getStringCellValue()).isEqualTo("XLS-ZB1");
            data.createRow(1).createCell(0).setCellValue("模板回填");
            data.getRow(1).createCell(4).setCellValue(MemberFixtures.idNumber(LocalDate.of(1970, 1, 1), Gender.MALE));
            data.getRow(1).createCell(10).setCellValue("XLS-DW");
            data.getRow(1).createCell(11).setCellValue("正式党员");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            upload(out.toByteArray(), "all", TestCallers.tenantAdmin(A))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.imported").value(1));
        }
    }

    @Test
    void refusesMembersAndCommitteeViewersAndKeepsOfficersToTheirSubtree() throws Exception {
        byte[] file = workbook(List.of(row("无权者", MemberFixtures.idNumber(LocalDate.of(1979, 9, 9), Gender.MALE), "XLS-ZB1",
                "正式党员", null, null)));
        upload(file, "all", TestCallers.member(A)).andExpect(status().isForbidden());
        upload(file, "all", AffairsCallers.committeeViewer(A)).andExpect(status().isForbidden());
        mvc.perform(get(MEMBERS + "/export").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isForbidden());
        mvc.perform(get(MEMBERS + "/import/template").with(TestCallers.member(A)).header("X-Tenant", A))
                .andExpect(status().isForbidden());

        String officer = "kc-xls-officer";
        mvc.perform(post("/api/affairs/role-assignments").with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(toJson(Map.of("userId", officer, "orgId", branch, "role", "officer"))))
                .andExpect(status().isCreated());
        Counts before = counts();
        byte[] intoCommittee = workbook(List.of(row("越权者", MemberFixtures.idNumber(LocalDate.of(1978, 8, 8), Gender.MALE),
                "XLS-DW", "正式党员", null, null)));
        String body = upload(intoCommittee, "all", AffairsCallers.login(A, officer))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(reasonsByRow(json.readTree(body).get("errors")).get(2)).contains("不在您的管理范围内");
        assertThat(counts()).isEqualTo(before);
        upload(file, "all", AffairsCallers.login(A, officer)).andExpect(status().isOk());
    }

    @Test
    void anotherTenantCanNeitherImportIntoNorExportFromThisTenant() throws Exception {
        enrol(MemberFixtures.idNumber(LocalDate.of(1966, 6, 6), Gender.MALE));
        Counts before = counts();
        byte[] file = workbook(List.of(row("外租户", MemberFixtures.idNumber(LocalDate.of(1977, 7, 7), Gender.MALE), "XLS-ZB1",
                "正式党员", null, null)));
        mvc.perform(multipart(MEMBERS + "/import").file(new MockMultipartFile("file", "m.xlsx", XLSX, file))
                        .with(TestCallers.tenantAdmin(B)).header("X-Tenant", A))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:partycloud:problem:tenant-not-member"));
        mvc.perform(get(MEMBERS + "/export").with(TestCallers.tenantAdmin(B)).header("X-Tenant", A))
                .andExpect(status().isForbidden());
        String body = mvc.perform(multipart(MEMBERS + "/import").file(new MockMultipartFile("file", "m.xlsx", XLSX, file))
                        .with(TestCallers.tenantAdmin(B)).header("X-Tenant", B))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(reasonsByRow(json.readTree(body).get("errors")).get(2)).contains("所在组织(组织编码)");
        assertThat(counts()).isEqualTo(before);
        byte[] exportOfB = mvc.perform(get(MEMBERS + "/export").with(TestCallers.tenantAdmin(B)).header("X-Tenant", B))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exportOfB))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void exportsTheFilteredListWithMaskedIdNumbersAndAuditsIt() throws Exception {
        String id = MemberFixtures.idNumber(LocalDate.of(1960, 1, 2), Gender.FEMALE);
        upload(workbook(List.of(row("导出测试", id, "XLS-ZB1", "正式党员", LocalDate.of(2001, 7, 1), null))), "all",
                TestCallers.tenantAdmin(A)).andExpect(status().isOk());

        byte[] file = mvc.perform(get(MEMBERS + "/export").param("q", "导出测试").param("orgId", committee.toString())
                        .with(TestCallers.tenantAdmin(A)).header("X-Tenant", A))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("公民身份号码");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("导出测试");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo(id.substring(0, 3) + "***********"
                    + id.substring(14));
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("XLS-ZB1");
            assertThat(sheet.getRow(1).getCell(15).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2001, 7, 1));
        }
        assertThat(jdbc.queryForObject("SELECT summary FROM t_" + A + ".audit_entry WHERE action = 'member.exported' "
                + "ORDER BY at DESC LIMIT 1", String.class)).contains("Exported 1 members").contains("q=导出测试");
    }

    // --- helpers

    private List<Object> row(String name, String idNumber, String orgCode, String category, Object probationary,
            Object fullMembership) {
        List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(HEADERS.size(), null));
        cells.set(0, name);
        cells.set(4, idNumber);
        cells.set(10, orgCode);
        cells.set(11, category);
        cells.set(14, probationary);
        cells.set(15, fullMembership);
        return cells;
    }

    private static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党员信息");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof LocalDate day) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private ResultActions upload(byte[] file, String mode, RequestPostProcessor caller) throws Exception {
        return mvc.perform(multipart(MEMBERS + "/import").file(new MockMultipartFile("file", "党员.xlsx", XLSX, file))
                .param("mode", mode).with(caller).header("X-Tenant", A));
    }

    private static Map<Integer, String> reasonsByRow(JsonNode errors) {
        Map<Integer, String> byRow = new java.util.TreeMap<>();
        errors.forEach(e -> byRow.merge(e.get("row").asInt(), e.get("column").asString() + "：" + e.get("reason")
                .asString(), (a, b) -> a + "；" + b));
        return byRow;
    }

    private void enrol(String idNumber) throws Exception {
        Object body = MemberFixtures.fullMember(branch);
        String text = toJson(body);
        Map<String, Object> map = json.readValue(text, Map.class);
        map.put("idNumber", idNumber);
        map.put("birthDate", null);
        map.put("gender", null);
        mvc.perform(post(MEMBERS).with(TestCallers.tenantAdmin(A)).header("X-Tenant", A)
                        .contentType(MediaType.APPLICATION_JSON).content(toJson(map)))
                .andExpect(status().isCreated());
    }

    private UUID organization(String tenant, UUID parent, String name, String code) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "type", parent == null ? "committee"
                : "branch", "code", code));
        if (parent != null) {
            body.put("parentId", parent);
        }
        String response = mvc.perform(post("/api/affairs/organizations").with(TestCallers.tenantAdmin(tenant))
                        .header("X-Tenant", tenant).contentType(MediaType.APPLICATION_JSON).content(toJson(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    private Counts counts() {
        return new Counts(
                jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM t_" + A + ".member_history", Long.class),
                jdbc.queryForObject("SELECT count(*) FROM platform.change_feed WHERE tenant_key = ? AND type = "
                        + "'member.changed'", Long.class, A));
    }

    private record Counts(long members, long history, long feed) {

        Counts plus(int n) {
            return new Counts(members + n, history + n, feed + n);
        }
    }
}
