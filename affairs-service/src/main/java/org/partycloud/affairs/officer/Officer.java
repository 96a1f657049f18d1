package org.partycloud.affairs.officer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UuidGenerator;
import org.partycloud.platform.web.ProblemException;

/** A member serving an organisation in a position for a term. Serving until the term ends or it is ended early. */
@Entity
@Table(name = "officer")
class Officer {

    static final int DEFAULT_TERM_YEARS = 3;
    static final int LONGEST_TERM_YEARS = 5;

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private UUID orgId;

    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private OfficerPosition position;

    private LocalDate termStart;

    private LocalDate termEnd;

    private LocalDate endedOn;

    private String endReason;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Officer() {
    }

    static Officer appoint(UUID orgId, Appointment appointment, LocalDate today, Instant now) {
        LocalDate end = appointment.termEnd() == null ? appointment.termStart().plusYears(DEFAULT_TERM_YEARS)
                : appointment.termEnd();
        if (appointment.termStart().isAfter(today.plusYears(1))) {
            throw ProblemException.invalidField("termStart", "must not be more than a year ahead");
        }
        if (!end.isAfter(appointment.termStart())) {
            throw ProblemException.invalidField("termEnd", "must be after termStart");
        }
        if (end.isAfter(appointment.termStart().plusYears(LONGEST_TERM_YEARS))) {
            throw ProblemException.invalidField("termEnd", "a term lasts at most " + LONGEST_TERM_YEARS + " years");
        }
        Officer officer = new Officer();
        officer.orgId = orgId;
        officer.memberId = appointment.memberId();
        officer.position = appointment.position();
        officer.termStart = appointment.termStart();
        officer.termEnd = end;
        officer.createdAt = now;
        officer.updatedAt = now;
        return officer;
    }

    /** Ends the service before the term is over (resignation, transfer, re-election). */
    void end(TermEnd end, Instant now) {
        if (endedOn != null) {
            throw ProblemException.conflict("officer-term-already-ended", "This term ended on " + endedOn + ".")
                    .with("endedOn", endedOn.toString());
        }
        if (end.date().isBefore(termStart)) {
            throw ProblemException.invalidField("date", "must not be before the term started (" + termStart + ")");
        }
        endedOn = end.date();
        endReason = end.reason().strip();
        updatedAt = now;
    }

    boolean overlaps(LocalDate start, LocalDate end) {
        LocalDate until = endedOn == null ? termEnd : endedOn;
        return start.isBefore(until) && end.isAfter(termStart);
    }

    UUID id() {
        return id;
    }

    UUID orgId() {
        return orgId;
    }

    UUID memberId() {
        return memberId;
    }

    OfficerPosition position() {
        return position;
    }

    LocalDate termStart() {
        return termStart;
    }

    LocalDate termEnd() {
        return termEnd;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String endReason() {
        return endReason;
    }
}
