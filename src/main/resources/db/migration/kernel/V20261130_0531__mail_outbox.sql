-- Mails kept instead of delivered when no SMTP host is configured (the embedded default); shown at /dev/outbox.
CREATE TABLE kernel_mail_outbox (
    id         UUID          NOT NULL PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    text_body  VARCHAR(20000) NOT NULL,
    html_body  VARCHAR(60000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kernel_mail_outbox_created_idx ON kernel_mail_outbox (created_at);
