-- admin (issue 10): operator-edited content pages (terms, help, ...) in Markdown, shown at /p/{slug}
CREATE TABLE admin_content_page (
    slug       VARCHAR(60)    NOT NULL PRIMARY KEY,
    title      VARCHAR(120)   NOT NULL,
    body       VARCHAR(60000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID
);
INSERT INTO admin_content_page (slug, title, body, updated_at) VALUES
    ('terms', 'Terms of use', '## Terms of use

These are the placeholder terms of this marketplace. The operator edits them in the console under
*Configuration → Content pages*.

1. Be honest about what you sell and rent.
2. Pay and hand over through the platform, so buyer protection applies.
3. Be kind to each other.', CURRENT_TIMESTAMP),
    ('help', 'Help', '## Help

**Buying:** find something, pay at checkout; the money is held until you received the item.

**Selling:** list an item under *Sell*, answer questions in your inbox, hand over and get paid.

**Your data:** download everything we keep about you, or delete your account, under *Settings*.', CURRENT_TIMESTAMP),
    ('privacy', 'Privacy', '## Privacy

We keep what running the marketplace needs and nothing for advertising: no third-party trackers,
no analytics scripts, no advertising cookies. You can download your data or delete your account
under *Settings*. Ledger and tax records are kept for their legal retention period under a bare
account number.', CURRENT_TIMESTAMP);
