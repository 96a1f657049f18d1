package org.partycloud.affairs.member.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import org.partycloud.affairs.access.AccessScope;
import org.partycloud.affairs.audit.AuditLog;
import org.partycloud.affairs.member.MemberBatch;
import org.partycloud.affairs.member.MemberDetails;
import org.partycloud.affairs.organization.OrganizationDirectory;
import org.partycloud.affairs.organization.OrganizationDirectory.OrganizationLabel;
import org.partycloud.platform.web.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the rows of an import file into members, in one transaction: every row is read into the create input
 * ({@link MemberDetails}) and checked by the create endpoint's own rules (Bean Validation, then
 * {@link MemberBatch#check}); ID-card numbers repeated inside the file or already in the archive are found with
 * one keyed-hash lookup for the whole file. With mode {@code all} one bad row refuses the file (422, nothing
 * written); with {@code validOnly} the valid rows are written and the others reported.
 */
@Service
class MemberImporter {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private final MemberBatch batch;
    private final OrganizationDirectory organizations;
    private final Validator validator;
    private final AuditLog audit;

    MemberImporter(MemberBatch batch, OrganizationDirectory organizations, Validator validator, AuditLog audit) {
        this.batch = batch;
        this.organizations = organizations;
        this.validator = validator;
        this.audit = audit;
    }

    @Transactional
    ImportReport importRows(List<SheetReader.SheetRow> rows, ImportMode mode) {
        AccessScope scope = batch.maintainerScope();
        Map<String, UUID> placeable = organizations.labels().stream()
                .filter(org -> org.code() != null && !org.dissolved() && scope.maintains(org.id()))
                .collect(Collectors.toMap(OrganizationLabel::code, OrganizationLabel::id));
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (SheetReader.SheetRow row : rows) {
            candidates.add(check(row, placeable));
        }
        markDuplicates(candidates);

        List<Candidate> valid = candidates.stream().filter(Candidate::valid).toList();
        List<RowError> errors = candidates.stream().flatMap(c -> c.report().stream()).toList();
        int rejected = candidates.size() - valid.size();
        if (rejected > 0 && (mode == ImportMode.ALL || valid.isEmpty())) {
            String detail = mode == ImportMode.ALL
                    ? rejected + " 行数据有误，未导入任何数据。请按报告修改后重新导入，或选择“仅导入有效行”。"
                    : "没有可导入的有效行，未导入任何数据。";
            throw ProblemException.unprocessable("member-import-invalid", detail + " " + rejected + " of "
                            + candidates.size() + " rows are invalid; nothing was imported.")
                    .with("rows", candidates.size()).with("imported", 0).with("rejected", rejected)
                    .with("errors", errors);
        }
        batch.enrolAll(valid.stream().map(c -> c.checked).toList());
        audit.record("member.imported", "member", "import", "Imported " + valid.size() + " of " + candidates.size()
                + " rows of a spreadsheet (mode " + (mode == ImportMode.ALL ? "all" : "validOnly") + ", "
                + rejected + " rejected)");
        return new ImportReport(candidates.size(), valid.size(), rejected, errors);
    }

    private Candidate check(SheetReader.SheetRow row, Map<String, UUID> placeable) {
        Candidate candidate = new Candidate(row.number());
        Function<MemberColumn, LocalDate> date = column -> date(candidate, column, row.get(column));
        String orgCode = row.get(MemberColumn.ORGANIZATION);
        UUID orgId = orgCode == null ? null : placeable.get(orgCode);
        if (orgCode != null && orgId == null) {
            candidate.error(MemberColumn.ORGANIZATION, "没有编码为“" + orgCode + "”的组织，或它不在您的管理范围内（或已撤销）");
        }
        String idNumber = row.get(MemberColumn.ID_NUMBER);
        if (idNumber != null && idNumber.matches("^[0-9.]+[eE]\\+?[0-9]+$")) {
            candidate.error(MemberColumn.ID_NUMBER, "被 Excel 存成了数字，末几位已丢失；请把该列设为文本后重新输入号码");
        }
        MemberDetails details = new MemberDetails(orgId, row.get(MemberColumn.NAME),
                choice(candidate, MemberColumn.GENDER, row.get(MemberColumn.GENDER), Labels.GENDER),
                row.get(MemberColumn.ETHNICITY), date.apply(MemberColumn.BIRTH_DATE), idNumber,
                row.get(MemberColumn.NATIVE_PLACE),
                choice(candidate, MemberColumn.EDUCATION, row.get(MemberColumn.EDUCATION), Labels.EDUCATION),
                row.get(MemberColumn.JOB), row.get(MemberColumn.PHONE), row.get(MemberColumn.ADDRESS),
                date.apply(MemberColumn.APPLICATION_DATE), date.apply(MemberColumn.ACTIVIST_DATE),
                date.apply(MemberColumn.PROBATIONARY_DATE), date.apply(MemberColumn.FULL_MEMBERSHIP_DATE),
                choice(candidate, MemberColumn.CATEGORY, row.get(MemberColumn.CATEGORY), Labels.CATEGORY));
        for (ConstraintViolation<MemberDetails> violation : validator.validate(details)) {
            candidate.error(MemberColumn.byField(violation.getPropertyPath().toString()).orElse(null),
                    reason(violation));
        }
        MemberBatch.Checked checked = batch.check(details);
        checked.errors().forEach((field, message) ->
                candidate.error(MemberColumn.byField(field).orElse(null), Reasons.chinese(message)));
        candidate.checked = checked;
        return candidate;
    }

    /** Same ID-card number twice in the file (every such row named) or already in the archive. */
    private void markDuplicates(List<Candidate> candidates) {
        Map<String, List<Candidate>> byHash = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.checked.idNumberHash() != null) {
                byHash.computeIfAbsent(c.checked.idNumberHash(), h -> new ArrayList<>()).add(c);
            }
        }
        byHash.values().stream().filter(same -> same.size() > 1).forEach(same -> same.forEach(c -> c.duplicate(
                "与文件中第 " + same.stream().filter(o -> o != c).map(o -> String.valueOf(o.row))
                        .collect(Collectors.joining("、")) + " 行的公民身份号码重复")));
        Set<String> taken = batch.takenIdNumberHashes(byHash.keySet());
        taken.forEach(hash -> byHash.get(hash).forEach(c -> c.duplicate("档案中已有此公民身份号码的党员（含历史党员库）")));
    }

    private static LocalDate date(Candidate candidate, MemberColumn column, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(text);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                candidate.error(column, "日期不存在：" + text);
                return null;
            }
        }
        candidate.error(column, "日期格式应为 yyyy-MM-dd（如 2020-07-01），或使用 Excel 日期单元格；现为“" + text + "”");
        return null;
    }

    private static <E extends Enum<E>> E choice(Candidate candidate, MemberColumn column, String text,
            Map<E, String> labels) {
        if (text == null) {
            return null;
        }
        return Labels.parse(labels, text).orElseGet(() -> {
            candidate.error(column, "应为以下之一：" + Labels.choices(labels) + "；现为“" + text + "”");
            return null;
        });
    }

    private static String reason(ConstraintViolation<MemberDetails> violation) {
        Object annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size size) {
            return "最多 " + size.max() + " 个字符";
        }
        if (annotation instanceof jakarta.validation.constraints.Pattern) {
            return "只能包含数字、+、-、括号和空格";
        }
        if (annotation instanceof jakarta.validation.constraints.NotBlank
                || annotation instanceof jakarta.validation.constraints.NotNull) {
            return "必填";
        }
        return violation.getMessage();
    }

    /** One row on its way: its errors by column (the first per column counts), and the archive's check. */
    private static final class Candidate {

        private final int row;
        private final Map<MemberColumn, String> errors = new EnumMap<>(MemberColumn.class);
        private String rowError;
        private MemberBatch.Checked checked;

        Candidate(int row) {
            this.row = row;
        }

        void error(MemberColumn column, String reason) {
            if (column == null) {
                rowError = rowError == null ? reason : rowError;
            } else {
                errors.putIfAbsent(column, reason);
            }
        }

        /** A duplicate number is the number's problem even when the row has others. */
        void duplicate(String reason) {
            errors.merge(MemberColumn.ID_NUMBER, reason, (was, now) -> was.equals(now) ? was : was + "；" + now);
        }

        List<RowError> report() {
            List<RowError> report = new ArrayList<>();
            if (rowError != null) {
                report.add(new RowError(row, null, rowError));
            }
            errors.forEach((column, reason) -> report.add(new RowError(row, column.header(), reason)));
            return report;
        }

        boolean valid() {
            return errors.isEmpty() && rowError == null && checked.valid();
        }
    }
}
