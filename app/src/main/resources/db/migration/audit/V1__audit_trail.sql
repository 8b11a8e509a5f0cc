-- The audit trail: append-only, each row chained to the one before by an SM3 hash.

CREATE SEQUENCE audit_event_id;

CREATE TABLE audit_event (
    id              bigint         PRIMARY KEY,
    occurred_at     timestamptz    NOT NULL,
    actor           varchar(100)   NOT NULL,
    client_ip       varchar(64)    NOT NULL,
    event           varchar(50)    NOT NULL,
    event_name      varchar(50)    NOT NULL,
    object          varchar(300)   NOT NULL,
    success         boolean        NOT NULL,
    classification  varchar(20)    NOT NULL,
    detail          varchar(1000)  NOT NULL,
    previous_hash   char(64)       NOT NULL,
    hash            char(64)       NOT NULL
);

CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor);
CREATE INDEX audit_event_event ON audit_event (event);

CREATE FUNCTION refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除（%）', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
