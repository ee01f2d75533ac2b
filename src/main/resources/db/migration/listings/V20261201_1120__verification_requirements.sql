-- operators' rules: publishing in a category (or its subcategories) or at a price above min_price (major units,
-- any currency) needs the named verification level
CREATE TABLE listings_verification_requirements (
    id UUID PRIMARY KEY,
    category_slug VARCHAR(80),
    min_price NUMERIC(19, 4),
    level VARCHAR(16) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_listings_requirement_scope CHECK (category_slug IS NOT NULL OR min_price IS NOT NULL)
);
