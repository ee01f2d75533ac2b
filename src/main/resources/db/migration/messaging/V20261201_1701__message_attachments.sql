-- An image attached to a message (through the photo pipeline); the files live in BlobStorage under
-- messages/<conversation>/<attachment>-{large,small}.jpg and are served to the two participants only.
ALTER TABLE messaging_messages ADD COLUMN attachment_id UUID;
