-- issue 8: a conversation per order beside the one per listing and buyer (pre-order questions).
-- about_listing is TRUE for listing conversations and NULL for order conversations: NULLs never collide in a
-- unique constraint (H2 and PostgreSQL alike), so (listing, buyer) stays unique among listing conversations
-- while a buyer may have one conversation per order of the same listing.
ALTER TABLE messaging_conversations ADD COLUMN order_id UUID;
ALTER TABLE messaging_conversations ADD COLUMN about_listing BOOLEAN;
UPDATE messaging_conversations SET about_listing = TRUE;
ALTER TABLE messaging_conversations DROP CONSTRAINT uq_messaging_conversation;
ALTER TABLE messaging_conversations ADD CONSTRAINT uq_messaging_listing_conversation UNIQUE (listing_id, buyer_id, about_listing);
ALTER TABLE messaging_conversations ADD CONSTRAINT uq_messaging_order_conversation UNIQUE (order_id);
ALTER TABLE messaging_conversations ADD CONSTRAINT ck_messaging_conversation_subject
    CHECK ((order_id IS NULL AND about_listing = TRUE) OR (order_id IS NOT NULL AND about_listing IS NULL));
