package dev.agora.admin.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.MemberAdministration;
import dev.agora.identity.MemberRecord;
import dev.agora.identity.MemberSuspensions;
import dev.agora.identity.Role;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change staff make to a member, each recorded in the audit log with its mandatory reason in the same
 * transaction: without a reason nothing changes. Roles are checked by the security configuration (StaffAreas).
 */
@Service
public class StaffActions {

    private final MemberAdministration members;
    private final MemberSuspensions suspensions;
    private final AuditLog audit;

    StaffActions(MemberAdministration members, MemberSuspensions suspensions, AuditLog audit) {
        this.members = members;
        this.suspensions = suspensions;
        this.audit = audit;
    }

    @Transactional
    public MemberRecord verifyEmail(Member staff, AccountId member, String reason) {
        record(staff, "member.verify-email", member, reason, "");
        return members.verifyEmail(member);
    }

    /** A suspension until staff reinstate the member, through identity's one suspension mechanism (issue 9). */
    @Transactional
    public MemberRecord suspend(Member staff, AccountId member, String reason) {
        notOneself(staff, member, "suspend");
        record(staff, "member.suspend", member, reason, "");
        suspensions.suspend(member, null, reason);
        return known(member);
    }

    /** Lifts any suspension, whether staff or moderation imposed it. */
    @Transactional
    public MemberRecord reinstate(Member staff, AccountId member, String reason) {
        record(staff, "member.reinstate", member, reason, "");
        suspensions.lift(member);
        return known(member);
    }

    @Transactional
    public MemberRecord changeRole(Member staff, AccountId member, String role, String reason) {
        Role newRole = parseRole(role);
        notOneself(staff, member, "role");
        MemberRecord before = known(member);
        record(staff, "member.role", member, reason, before.role() + " -> " + newRole);
        return members.changeRole(member, newRole);
    }

    @Transactional
    public void erase(Member staff, AccountId member, String reason) {
        notOneself(staff, member, "erase");
        record(staff, "member.erase", member, reason, "");
        members.erase(member);
    }

    static String subject(AccountId member) {
        return "member:" + member.value();
    }

    private void record(Member staff, String action, AccountId member, String reason, String details) {
        known(member);
        audit.record(new AuditEntry.Draft(staff.id(), action, subject(member), reason, details));
    }

    private MemberRecord known(AccountId member) {
        return members.find(member).orElseThrow(
                () -> InvalidInputException.of("member", "admin.member.unknown", "There is no such member"));
    }

    private static void notOneself(Member staff, AccountId member, String what) {
        if (staff.id().equals(member)) {
            throw InvalidInputException.of("member", "admin.member.self", "Staff cannot " + what + " their own account");
        }
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role", "admin.role.unknown", "Role must be one of MEMBER, OPERATOR, MODERATOR, SUPPORT, FINANCE");
        }
    }
}
