-- issue 9: moderation removes a single message; both participants then see "removed by a moderator" instead of its
-- text and image. The text stays stored so an appeal can restore it (erasure and retention still remove it).
ALTER TABLE messaging_messages ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
