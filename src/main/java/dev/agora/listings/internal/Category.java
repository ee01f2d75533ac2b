package dev.agora.listings.internal;

import dev.agora.listings.AttributeDefinition;
import dev.agora.listings.CategoryDraft;
import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

@Entity
@Table(name = "listings_category")
class Category {

    private static final TypeReference<List<AttributeDefinition>> SCHEMA = new TypeReference<>() {};

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private @Nullable UUID parentId;

    private String slug;
    private String name;

    @Column(name = "name_de")
    private String nameDe;

    @Column(name = "name_fr")
    private String nameFr;

    @Column(name = "name_es")
    private String nameEs;

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_type")
    private ListingType listingType;

    @Column(name = "requires_approval")
    private boolean requiresApproval;

    private String attributes;
    private int position;

    @Version
    private @Nullable Long version;

    protected Category() {
        this.id = UUID.randomUUID();
        this.slug = "";
        this.name = "";
        this.nameDe = "";
        this.nameFr = "";
        this.nameEs = "";
        this.listingType = ListingType.ITEM;
        this.attributes = "[]";
    }

    Category(@Nullable UUID parentId, CategoryDraft draft) {
        this();
        describe(parentId, draft);
    }

    void describe(@Nullable UUID parentId, CategoryDraft draft) {
        this.parentId = parentId;
        this.slug = draft.slug();
        this.name = draft.name();
        this.nameDe = draft.nameDe();
        this.nameFr = draft.nameFr();
        this.nameEs = draft.nameEs();
        this.listingType = draft.listingType();
        this.requiresApproval = draft.requiresApproval();
        this.attributes = Json.write(draft.attributes());
        this.position = draft.position();
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    List<AttributeDefinition> schema() {
        return Json.read(attributes, SCHEMA);
    }

    CategoryView toView() {
        return new CategoryView(new CategoryId(id), parentId == null ? null : new CategoryId(parentId), slug, name,
                nameDe, nameFr == null ? "" : nameFr, nameEs == null ? "" : nameEs, listingType, requiresApproval, schema(), position);
    }
}
