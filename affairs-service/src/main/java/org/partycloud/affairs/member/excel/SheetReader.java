package org.partycloud.affairs.member.excel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.partycloud.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded {@code .xlsx} as rows of text by template column, streaming (POI's SAX
 * event API), so a file's size in memory is bounded by the row limit rather than by the workbook. The upload is
 * opened from a temporary file through POI's {@code ZipSecureFile} with its zip-bomb limits as they are. The first
 * non-empty row is the header; columns are found by their header, so their order does not matter. Dates come as
 * {@code yyyy-MM-dd} whatever the cell's display format.
 */
final class SheetReader {

    /** More data rows than this are refused: an import is a file a person prepared, not a database dump. */
    static final int MAX_ROWS = 10_000;

    private SheetReader() {
    }

    /** A data row: its number as Excel shows it and its non-blank cells by column. */
    record SheetRow(int number, Map<MemberColumn, String> cells) {

        String get(MemberColumn column) {
            return cells.get(column);
        }
    }

    static List<SheetRow> read(InputStream upload) throws IOException {
        Path file = Files.createTempFile("member-import-", ".xlsx");
        try {
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(file) == 0) {
                throw ProblemException.unprocessable("member-import-empty", "文件是空的，没有任何数据。The file is empty.");
            }
            requireOoxml(file.toFile());
            return readWorkbook(file.toFile());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void requireOoxml(File file) throws IOException {
        FileMagic magic = FileMagic.valueOf(file);
        if (magic == FileMagic.OLE2) {
            throw notXlsx("这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入。Old .xls files are not supported; save as .xlsx.");
        }
        if (magic != FileMagic.OOXML) {
            throw notXlsx("文件不是 Excel .xlsx 表格（可能是改了扩展名的其他文件）。The file is not an .xlsx spreadsheet.");
        }
    }

    private static List<SheetRow> readWorkbook(File file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw empty();
            }
            Collector collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.finish();
        } catch (ProblemException e) {
            throw e;
        } catch (OpenXML4JException | SAXException e) {
            throw unreadable(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured", e);
        } catch (IOException e) {
            if (isZipBomb(e)) {
                throw tooLargeUnpacked();
            }
            throw unreadable(e);
        } catch (RuntimeException e) {
            // NotOfficeXmlFileException, POIXMLException and the like: a zip, but not a workbook
            if (isZipBomb(e)) {
                throw tooLargeUnpacked();
            }
            throw unreadable(e);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException notXlsx(String detail) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "member-import-not-xlsx",
                "不是 .xlsx 文件 Not an .xlsx file", detail);
    }

    private static ProblemException unreadable(Exception e) {
        return notXlsx("文件无法作为 Excel .xlsx 表格读取，可能已损坏。The file cannot be read as an .xlsx spreadsheet.");
    }

    private static ProblemException tooLargeUnpacked() {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "member-import-too-large",
                "文件过大 File too large", "文件解压后过大（疑似压缩炸弹），已拒绝。The file expands to too much data.");
    }

    private static ProblemException empty() {
        return ProblemException.unprocessable("member-import-empty",
                "表格中没有数据行：请在模板表头下方逐行填写党员信息。The sheet has no data rows.");
    }

    /** Gathers the header and the data rows, stopping past {@link #MAX_ROWS}. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Map<Integer, MemberColumn> columns = new HashMap<>();
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<Integer, String> current;
        private boolean headerSeen;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (value != null && !value.isBlank()) {
                current.put(new CellReference(reference).getCol() & 0xffff, value.strip());
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (current.isEmpty()) {
                return;
            }
            if (!headerSeen) {
                header(current);
                return;
            }
            Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
            current.forEach((index, value) -> {
                MemberColumn column = columns.get(index);
                if (column != null) {
                    cells.put(column, value);
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "member-import-too-many-rows",
                        "行数过多 Too many rows", "一次最多导入 " + MAX_ROWS + " 行，请拆分文件后分批导入。At most " + MAX_ROWS
                        + " rows per file.").with("maxRows", MAX_ROWS);
            }
            rows.add(new SheetRow(rowNum + 1, cells));
        }

        private void header(Map<Integer, String> cells) {
            headerSeen = true;
            cells.forEach((index, text) -> MemberColumn.byHeader(text).ifPresent(c -> columns.putIfAbsent(index, c)));
            List<String> missing = java.util.Arrays.stream(MemberColumn.values())
                    .filter(c -> c.required() && !columns.containsValue(c)).map(MemberColumn::header).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.unprocessable("member-import-template-mismatch",
                        "表头与导入模板不符，缺少列：" + String.join("、", missing) + "。请下载模板后按模板填写。"
                        + "The header row lacks required template columns.").with("missingColumns", missing);
            }
        }

        List<SheetRow> finish() {
            if (rows.isEmpty()) {
                throw empty();
            }
            return rows;
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
        }
    }

    /**
     * Renders date cells as ISO dates whatever their display format, and whole numbers without grouping or
     * exponent where a double holds them exactly (a long ID number typed as a number does not survive: the
     * importer says so).
     */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
