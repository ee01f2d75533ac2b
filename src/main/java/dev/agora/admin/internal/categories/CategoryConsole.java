package dev.agora.admin.internal.categories;

import dev.agora.admin.internal.ConsoleErrors;
import dev.agora.identity.Member;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.trust.AuditEntry;
import dev.agora.trust.AuditLog;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators' changes to the category tree and attribute schemas, each recorded in the audit log with its
 * mandatory reason in the same transaction: without a reason, or when the listings module refuses the draft,
 * nothing changes and nothing is recorded.
 */
@Service
class CategoryConsole {

    private final CategoryManagement categories;
    private final AuditLog audit;

    CategoryConsole(CategoryManagement categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    CategoryView create(Member operator, CategoryDraft draft, String reason) {
        ConsoleErrors.requireReason(reason);
        CategoryView created = categories.createCategory(draft);
        audit.record(new AuditEntry.Draft(operator.id(), "category.create", "category:" + created.id(), reason.strip(),
                describe(created)));
        return created;
    }

    @Transactional
    CategoryView update(Member operator, String slug, CategoryDraft draft, String reason) {
        ConsoleErrors.requireReason(reason);
        CategoryView before = categories.findCategory(slug)
                .orElseThrow(() -> InvalidInputException.of("slug", "category.unknown", "no such category"));
        CategoryView after = categories.updateCategory(before.id(), draft);
        audit.record(new AuditEntry.Draft(operator.id(), "category.update", "category:" + after.id(), reason.strip(),
                "before: " + describe(before) + " | after: " + describe(after)));
        return after;
    }

    @Nullable String parentSlug(CategoryView category) {
        CategoryId parent = category.parentId();
        return parent == null ? null : categories.categories().stream().filter(c -> c.id().equals(parent))
                .map(CategoryView::slug).findFirst().orElse(null);
    }

    /** The category and its schema in one line, so the audit log shows what changed. */
    private static String describe(CategoryView c) {
        String schema = c.attributes().stream().map(CategoryConsole::describe).collect(Collectors.joining(", "));
        return c.slug() + " " + c.names() + " (" + c.listingType() + (c.requiresApproval() ? ", approval" : "") + ", position "
                + c.position() + ") [" + schema + "]";
    }

    private static String describe(AttributeDefinition a) {
        StringBuilder text = new StringBuilder(a.key()).append(':').append(a.kind());
        if (a.required()) {
            text.append('*');
        }
        if (!a.options().isEmpty()) {
            text.append(a.options());
        }
        if (a.min() != null || a.max() != null) {
            text.append(' ').append(a.min() == null ? "" : a.min().toPlainString()).append("..")
                    .append(a.max() == null ? "" : a.max().toPlainString());
        }
        if (a.unit() != null) {
            text.append(' ').append(a.unit());
        }
        if (!a.labels().isEmpty()) {
            text.append(' ').append(new java.util.TreeMap<>(a.labels()));
        }
        if (!a.optionNames().isEmpty()) {
            text.append(' ').append(new java.util.TreeMap<>(a.optionNames()));
        }
        return text.toString();
    }
}
