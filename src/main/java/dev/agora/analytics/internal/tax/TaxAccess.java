package dev.agora.analytics.internal.tax;

import dev.agora.identity.Member;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read which tax figures: a seller their own statements, operators and finance staff everyone's (each such
 * read is audited). Anyone else is refused, and the refusal says nothing about whether figures exist.
 */
@Component
public class TaxAccess {

    private final TaxReports reports;
    private final AuditLog audit;
    private final Clock clock;

    TaxAccess(TaxReports reports, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SellerYear> statement(Member me, UUID sellerId, int year) {
        checkYear(year);
        boolean own = me.id().value().equals(sellerId);
        if (!own && !isFinance(me)) {
            throw new AccessDeniedException("Another seller's tax statement");
        }
        if (!own) {
            audit.record(AuditEntry.Draft.of(me.id(), "tax.statement.viewed", "account:" + sellerId,
                    "Tax statement " + year + " read by staff"));
        }
        return reports.statement(sellerId, year);
    }

    public List<SellerYear> year(Member me, int year, boolean flaggedOnly, String format) {
        checkYear(year);
        if (!isFinance(me)) {
            throw new AccessDeniedException("Tax reports are for operators and finance staff");
        }
        if (!"page".equals(format)) {
            audit.record(AuditEntry.Draft.of(me.id(), "tax.report.exported", "tax:" + year,
                    "Tax report " + year + " exported as " + format));
        }
        return reports.year(year, flaggedOnly);
    }

    public static boolean isFinance(Member me) {
        return me.role() == Role.OPERATOR || me.role() == Role.FINANCE;
    }

    public int currentYear() {
        return clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    public Instant now() {
        return clock.instant();
    }

    private void checkYear(int year) {
        int current = currentYear();
        if (year < 2000 || year > current) {
            throw InvalidInputException.of("year", "analytics.tax.year.invalid",
                    "Choose a year between 2000 and " + current);
        }
    }
}
