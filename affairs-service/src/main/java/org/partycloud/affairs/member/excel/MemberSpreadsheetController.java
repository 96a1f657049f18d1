package org.partycloud.affairs.member.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.member.MemberBatch;
import org.partycloud.affairs.member.MemberFilter;
import org.partycloud.affairs.member.MemberSearch;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationLabel;
import org.partycloud.platform.web.ProblemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Members as spreadsheets, for the tenant admin and officers (within the organisations they maintain); anyone
 * else is refused with 403, as for enrolling.
 * <ul>
 * <li>{@code GET /api/affairs/members/import/template} → the {@code .xlsx} template: Chinese headers, drop-down
 * lists of the choices, notes with an example, the caller's organisations with their codes</li>
 * <li>{@code POST /api/affairs/members/import} multipart {@code file}, {@code mode=all|validOnly} (default
 * {@code all}) → 200 {@code {rows, imported, rejected, errors:[{row, column, reason}]}}; a bad row with
 * {@code all} (or no valid row) → 422 problem with the same fields and nothing written; empty file or no data
 * rows → 422; over the size limit or more than {@value SheetReader#MAX_ROWS} rows → 413; not an {@code .xlsx} → 415</li>
 * <li>{@code GET /api/affairs/members/export} with the list's filters and {@code sort} → the {@code .xlsx} of
 * every member of the filtered list the caller may read, ID-card numbers masked; audited</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/affairs/members")
class MemberSpreadsheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberBatch batch;
    private final MemberImporter importer;
    private final OrganizationDirectory organizations;
    private final DataSize maxFileSize;
    private final Clock clock;

    MemberSpreadsheetController(MemberBatch batch, MemberImporter importer, OrganizationDirectory organizations,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize, Clock clock) {
        this.batch = batch;
        this.importer = importer;
        this.organizations = organizations;
        this.maxFileSize = maxFileSize;
        this.clock = clock;
    }

    @GetMapping("/import/template")
    void template(HttpServletResponse response) throws IOException {
        AccessScope scope = batch.maintainerScope();
        List<OrganizationLabel> placeable = organizations.labels().stream()
                .filter(org -> org.code() != null && !org.dissolved() && scope.maintains(org.id())).toList();
        attachment(response, "党员导入模板.xlsx", "member-import-template.xlsx");
        MemberSheets.template(placeable, response.getOutputStream());
    }

    @PostMapping("/import")
    ImportReport importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "all") String mode) throws IOException {
        ImportMode chosen = ImportMode.parse(mode);
        batch.maintainerScope();
        if (file.getSize() > maxFileSize.toBytes()) {
            throw tooLarge(maxFileSize);
        }
        List<SheetReader.SheetRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = SheetReader.read(in);
        }
        return importer.importRows(rows, chosen);
    }

    @GetMapping("/export")
    void export(@Valid MemberFilter filter, @RequestParam(required = false) String sort,
            HttpServletResponse response) throws IOException {
        MemberSearch search = filter.search();
        String described = filter.described();
        Map<UUID, OrganizationLabel> byId = organizations.labels().stream()
                .collect(Collectors.toMap(OrganizationLabel::id, Function.identity()));
        try (MemberSheets.Export sheet = new MemberSheets.Export(byId)) {
            batch.export(search, sort, described, sheet::add);
            String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
            attachment(response, "党员名单-" + day + ".xlsx", "members-" + day + ".xlsx");
            sheet.write(response.getOutputStream());
        }
    }

    /** A UTF-8 file name for browsers ({@code filename*}) with a plain ASCII one for older clients. */
    private static void attachment(HttpServletResponse response, String name, String asciiName) {
        response.setContentType(XLSX);
        String utf8 = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + asciiName + "\"; " + utf8.substring(utf8.indexOf("filename*=")));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static ProblemException tooLarge(DataSize limit) {
        return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "member-import-too-large", "文件过大 File too large",
                "文件超过 " + limit.toMegabytes() + " MB 上限，请拆分后分批导入。The file exceeds the "
                        + limit.toMegabytes() + " MB limit.").with("maxBytes", limit.toBytes());
    }
}
