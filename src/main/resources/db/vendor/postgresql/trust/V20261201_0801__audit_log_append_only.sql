-- PostgreSQL only: the audit log refuses UPDATE and DELETE.
CREATE FUNCTION trust_audit_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trust_audit_log_append_only BEFORE UPDATE OR DELETE ON trust_audit_log
    FOR EACH ROW EXECUTE FUNCTION trust_audit_refuse_change();
