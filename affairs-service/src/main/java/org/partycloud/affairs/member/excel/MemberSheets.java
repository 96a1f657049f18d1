package org.partycloud.affairs.member.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partycloud.affairs.member.MemberView;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationLabel;

/** Writes the import template and the export of a member list as {@code .xlsx}, with Apache POI. */
final class MemberSheets {

    static final String DATA_SHEET = "党员信息";
    private static final int TEMPLATE_ROWS = SheetReader.MAX_ROWS + 1;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final List<String> EXPORT_HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "籍贯",
            "学历", "工作岗位", "联系电话", "地址", "所在组织(组织编码)", "所在组织名称", "人员类别", "申请入党日期",
            "确定积极分子日期", "入党日期(预备)", "转正日期", "党员状态", "状态起始日期");

    private MemberSheets() {
    }

    /**
     * The template: the data sheet with the header (required columns marked), text cells for numbers that must
     * stay text, date cells, and drop-down lists of the Chinese choices; a sheet of notes with an example; a sheet
     * of the organisations the caller may place members in, with their codes.
     */
    static void template(List<OrganizationLabel> organizations, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(DATA_SHEET);
            CellStyle header = headerStyle(workbook, false);
            CellStyle requiredHeader = headerStyle(workbook, true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            Row row = data.createRow(0);
            DataValidationHelper validations = data.getDataValidationHelper();
            for (MemberColumn column : MemberColumn.values()) {
                int index = column.ordinal();
                Cell cell = row.createCell(index);
                cell.setCellValue(column.header());
                cell.setCellStyle(column.required() ? requiredHeader : header);
                data.setColumnWidth(index, Math.max(12, column.header().length() * 2 + 4) * 256);
                data.setDefaultColumnStyle(index, column.kind() == MemberColumn.Kind.DATE ? date : text);
                List<String> choices = switch (column) {
                    case GENDER -> Labels.words(Labels.GENDER);
                    case EDUCATION -> Labels.words(Labels.EDUCATION);
                    case CATEGORY -> Labels.words(Labels.CATEGORY);
                    default -> null;
                };
                if (choices != null) {
                    DataValidation list = validations.createValidation(
                            validations.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(1, TEMPLATE_ROWS, index, index));
                    list.setShowErrorBox(true);
                    list.createErrorBox("请从列表中选择", "可选：" + String.join("、", choices));
                    data.addValidationData(list);
                }
            }
            data.setColumnWidth(MemberColumn.ID_NUMBER.ordinal(), 22 * 256);
            data.setColumnWidth(MemberColumn.ADDRESS.ordinal(), 30 * 256);
            data.createFreezePane(0, 1);
            notes(workbook, header);
            organizationSheet(workbook, header, organizations);
            workbook.write(out);
        }
    }

    private static void notes(Workbook workbook, CellStyle header) {
        Sheet notes = workbook.createSheet("填写说明");
        String[][] lines = {
                {"列", "是否必填", "说明", "示例"},
                {"姓名", "必填", "最多 50 个字符", "张三丰"},
                {"性别", "", "男、女；可不填，由公民身份号码得出，填写时须与号码一致", "男"},
                {"民族", "", "最多 20 个字符", "汉族"},
                {"出生日期", "", "可不填，由公民身份号码得出，填写时须与号码一致", "1985-06-15"},
                {"公民身份号码", "必填", "18 位，末位可为 X，按 GB 11643 校验；请保持为文本格式；不得与档案中（含历史党员库）或本文件其他行重复", "110101198506150019"},
                {"籍贯", "", "最多 100 个字符", "湖北省十堰市"},
                {"学历", "", Labels.choices(Labels.EDUCATION), "本科"},
                {"工作岗位", "", "最多 100 个字符", "工程师"},
                {"联系电话", "", "数字、+、-、括号和空格，最多 30 个字符", "138 0013 8000"},
                {"地址", "", "最多 200 个字符", "北京市海淀区中关村大街 1 号"},
                {"所在组织(组织编码)", "必填", "组织的编码，见“组织编码”表；只能是您管理范围内、未撤销的组织", "DW001"},
                {"人员类别", "必填", Labels.choices(Labels.CATEGORY), "正式党员"},
                {"申请入党日期", "", "日期依次不早于出生日期、申请入党日期……，且不晚于今天", "2005-03-01"},
                {"确定积极分子日期", "", "", "2006-03-01"},
                {"入党日期(预备)", "", "支部党员大会通过接收为预备党员的日期", "2007-07-01"},
                {"转正日期", "", "须晚于入党日期(预备)；预备党员不填", "2008-07-01"},
                {},
                {"日期可以是 Excel 日期单元格，或文本 yyyy-MM-dd（如 2020-07-01）。选择项可填中文，也可填接口代码（如 male、bachelor、full）。"},
                {"导入时逐行检查；有错误时返回每一行的行号、列和原因。选择“全部导入”时，只要有一行有误就不导入任何数据；选择“仅导入有效行”时只导入无误的行。"},
                {"每个文件最多 " + SheetReader.MAX_ROWS + " 行数据，文件不超过 5 MB。"}};
        for (int i = 0; i < lines.length; i++) {
            Row row = notes.createRow(i);
            for (int j = 0; j < lines[i].length; j++) {
                Cell cell = row.createCell(j);
                cell.setCellValue(lines[i][j]);
                if (i == 0) {
                    cell.setCellStyle(header);
                }
            }
        }
        notes.setColumnWidth(0, 22 * 256);
        notes.setColumnWidth(1, 10 * 256);
        notes.setColumnWidth(2, 70 * 256);
        notes.setColumnWidth(3, 24 * 256);
    }

    private static void organizationSheet(Workbook workbook, CellStyle header, List<OrganizationLabel> organizations) {
        Sheet sheet = workbook.createSheet("组织编码");
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue("组织编码");
        head.createCell(1).setCellValue("组织名称");
        head.getCell(0).setCellStyle(header);
        head.getCell(1).setCellStyle(header);
        int r = 1;
        for (OrganizationLabel org : organizations) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(org.code());
            row.createCell(1).setCellValue(org.name());
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static CellStyle headerStyle(Workbook workbook, boolean required) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        if (required) {
            font.setColor(IndexedColors.DARK_RED.getIndex());
        }
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /**
     * The export, streamed: SXSSF keeps a window of rows in memory and the rest in a temporary file, so a large
     * list does not fill the heap. Rows are added while the archive is read; the file is written afterwards.
     */
    static final class Export implements AutoCloseable {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final CellStyle date;
        private final Map<UUID, OrganizationLabel> organizations;
        private int next = 1;

        Export(Map<UUID, OrganizationLabel> organizations) {
            this.organizations = organizations;
            sheet = workbook.createSheet(DATA_SHEET);
            CellStyle header = headerStyle(workbook, false);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            Row head = sheet.createRow(0);
            for (int i = 0; i < EXPORT_HEADERS.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(EXPORT_HEADERS.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.setColumnWidth(4, 22 * 256);
            sheet.setColumnWidth(9, 30 * 256);
            sheet.setColumnWidth(11, 24 * 256);
            sheet.createFreezePane(0, 1);
        }

        void add(MemberView m) {
            Row row = sheet.createRow(next++);
            OrganizationLabel org = organizations.get(m.orgId());
            Object[] values = {m.name(), Labels.label(Labels.GENDER, m.gender()), m.ethnicity(), m.birthDate(),
                    m.idNumber(), m.nativePlace(), Labels.label(Labels.EDUCATION, m.education()), m.job(), m.phone(),
                    m.address(), org == null ? null : org.code(), org == null ? null : org.name(),
                    Labels.label(Labels.CATEGORY, m.category()), m.applicationDate(), m.activistDate(),
                    m.probationaryDate(), m.fullMembershipDate(), Labels.label(Labels.STATUS, m.status()),
                    m.statusSince()};
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof LocalDate day) {
                    Cell cell = row.createCell(i);
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (values[i] != null) {
                    row.createCell(i).setCellValue(values[i].toString());
                }
            }
        }

        void write(OutputStream out) throws IOException {
            workbook.write(out);
        }

        /** Closing removes SXSSF's temporary files. */
        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }
}
