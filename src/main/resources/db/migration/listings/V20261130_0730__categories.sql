CREATE TABLE listings_category (
    id                UUID          NOT NULL PRIMARY KEY,
    parent_id         UUID          REFERENCES listings_category (id),
    slug              VARCHAR(80)   NOT NULL,
    name              VARCHAR(80)   NOT NULL,
    name_de           VARCHAR(80)   NOT NULL,
    listing_type      VARCHAR(16)   NOT NULL,
    requires_approval BOOLEAN       NOT NULL DEFAULT FALSE,
    attributes        VARCHAR(8000) NOT NULL,
    position          INT           NOT NULL DEFAULT 0,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX listings_category_slug_uk ON listings_category (slug);
CREATE INDEX listings_category_parent_ix ON listings_category (parent_id);
