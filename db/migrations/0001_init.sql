-- chartdesk schema, version 1. Forward-only: never edit a migration that has shipped;
-- add a new numbered file instead. Every table is STRICT; foreign keys are enforced.

CREATE TABLE locations (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('file_room', 'clinic', 'ward', 'department', 'other')),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE patients (
  id          INTEGER PRIMARY KEY,
  mrn         TEXT NOT NULL UNIQUE,
  family_name TEXT NOT NULL,
  given_name  TEXT NOT NULL,
  birth_date  TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- filing key in terminal-digit order ("56|34|000012"), kept by the data layer
  td_key      TEXT NOT NULL
) STRICT;
CREATE INDEX patients_by_td_key ON patients (td_key);

CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  badge         TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  department    TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('staff', 'clerk', 'supervisor')),
  pin_hash      TEXT,
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_pins   INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER
) STRICT;

-- One row per physical folder (volume). state/custodian/out_since/due_at mirror the log and
-- change in the same transaction as the movement that causes them.
CREATE TABLE charts (
  id               INTEGER PRIMARY KEY,
  barcode          TEXT NOT NULL UNIQUE,
  patient_id       INTEGER NOT NULL REFERENCES patients (id),
  volume           INTEGER NOT NULL DEFAULT 1 CHECK (volume >= 1),
  home_location_id INTEGER NOT NULL REFERENCES locations (id),
  state            TEXT NOT NULL DEFAULT 'in' CHECK (state IN ('in', 'out')),
  custodian_kind   TEXT CHECK (custodian_kind IN ('staff', 'location')),
  custodian_id     INTEGER,
  out_since        INTEGER,
  due_at           INTEGER,
  missing_since    INTEGER,
  found_pending    INTEGER NOT NULL DEFAULT 0 CHECK (found_pending IN (0, 1)),
  last_seq         INTEGER,
  UNIQUE (patient_id, volume),
  CHECK ((state = 'in') = (custodian_kind IS NULL))
) STRICT;
CREATE INDEX charts_out_by_custodian ON charts (custodian_kind, custodian_id, out_since)
  WHERE state = 'out';
CREATE INDEX charts_out_by_due ON charts (due_at) WHERE state = 'out';
CREATE INDEX charts_missing ON charts (missing_since) WHERE missing_since IS NOT NULL;
CREATE INDEX charts_by_home ON charts (home_location_id);

-- Every code the counter can scan, in one namespace: a code means exactly one thing.
CREATE TABLE codes (
  code    TEXT PRIMARY KEY,
  kind    TEXT NOT NULL CHECK (kind IN ('chart', 'staff', 'location')),
  ref_id  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER charts_code_insert AFTER INSERT ON charts BEGIN
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.barcode, 'chart', NEW.id);
END;
CREATE TRIGGER charts_code_update AFTER UPDATE OF barcode ON charts BEGIN
  DELETE FROM codes WHERE code = OLD.barcode;
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.barcode, 'chart', NEW.id);
END;
CREATE TRIGGER staff_code_insert AFTER INSERT ON staff BEGIN
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.badge, 'staff', NEW.id);
END;
CREATE TRIGGER staff_code_update AFTER UPDATE OF badge ON staff BEGIN
  DELETE FROM codes WHERE code = OLD.badge;
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.badge, 'staff', NEW.id);
END;
CREATE TRIGGER locations_code_insert AFTER INSERT ON locations BEGIN
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.code, 'location', NEW.id);
END;
CREATE TRIGGER locations_code_update AFTER UPDATE OF code ON locations BEGIN
  DELETE FROM codes WHERE code = OLD.code;
  INSERT INTO codes (code, kind, ref_id) VALUES (NEW.code, 'location', NEW.id);
END;

-- The chart log. Append-only: triggers refuse UPDATE and DELETE. Each row carries the hash
-- of the row before it, so any edit behind chartdesk's back breaks the chain at that row.
CREATE TABLE movements (
  seq          INTEGER PRIMARY KEY,
  occurred_at  INTEGER NOT NULL,
  action       TEXT NOT NULL CHECK (action IN (
                 'check_out', 'return', 'transfer', 'undo', 'mark_missing', 'found',
                 'found_approved', 'home_change', 'volume_added')),
  chart_id     INTEGER NOT NULL REFERENCES charts (id),
  from_kind    TEXT CHECK (from_kind IN ('staff', 'location')),
  from_id      INTEGER,
  to_kind      TEXT CHECK (to_kind IN ('staff', 'location')),
  to_id        INTEGER,
  operator_id  INTEGER REFERENCES staff (id),
  counter      TEXT NOT NULL,
  due_at       INTEGER,
  source       TEXT NOT NULL CHECK (source IN ('hid', 'wedge', 'keyboard', 'cli', 'workspace', 'system')),
  symbology    TEXT,
  note         TEXT,
  undoes_seq   INTEGER REFERENCES movements (seq),
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL UNIQUE
) STRICT;
CREATE INDEX movements_by_chart ON movements (chart_id, seq);
CREATE INDEX movements_by_time ON movements (occurred_at);

CREATE TRIGGER movements_no_update BEFORE UPDATE ON movements BEGIN
  SELECT RAISE(ABORT, 'movements are append-only');
END;
CREATE TRIGGER movements_no_delete BEFORE DELETE ON movements BEGIN
  SELECT RAISE(ABORT, 'movements are append-only');
END;

CREATE TABLE requests (
  id            INTEGER PRIMARY KEY,
  chart_id      INTEGER NOT NULL REFERENCES charts (id),
  requester_id  INTEGER REFERENCES staff (id),
  location_id   INTEGER NOT NULL REFERENCES locations (id),
  needed_at     INTEGER NOT NULL,
  status        TEXT NOT NULL DEFAULT 'requested'
                CHECK (status IN ('requested', 'pulled', 'filled', 'cancelled', 'not_fillable')),
  reason        TEXT,
  source        TEXT NOT NULL DEFAULT 'workspace' CHECK (source IN ('workspace', 'appointments', 'cli')),
  created_at    INTEGER NOT NULL,
  created_by    INTEGER REFERENCES staff (id),
  pulled_at     INTEGER,
  filled_at     INTEGER,
  closed_at     INTEGER,
  UNIQUE (chart_id, location_id, needed_at)
) STRICT;
CREATE INDEX requests_open_by_chart ON requests (chart_id, needed_at)
  WHERE status IN ('requested', 'pulled');
CREATE INDEX requests_by_needed ON requests (needed_at, location_id);

CREATE TABLE loose_reports (
  id           INTEGER PRIMARY KEY,
  patient_id   INTEGER NOT NULL REFERENCES patients (id),
  description  TEXT NOT NULL,
  received_at  INTEGER NOT NULL,
  received_by  INTEGER REFERENCES staff (id),
  filed_at     INTEGER,
  filed_by     INTEGER REFERENCES staff (id)
) STRICT;
CREATE INDEX loose_reports_waiting ON loose_reports (patient_id) WHERE filed_at IS NULL;

-- Who looked at what: every clerk look-up of a patient or chart. Append-only.
CREATE TABLE access_log (
  id           INTEGER PRIMARY KEY,
  occurred_at  INTEGER NOT NULL,
  staff_id     INTEGER REFERENCES staff (id),
  counter      TEXT NOT NULL,
  action       TEXT NOT NULL,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('patient', 'chart', 'search', 'list', 'export')),
  subject      TEXT NOT NULL
) STRICT;
CREATE INDEX access_log_by_time ON access_log (occurred_at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN
  SELECT RAISE(ABORT, 'access_log is append-only');
END;

-- Security and fault events (PIN lockouts, refused scans for faults, approvals). Append-only.
CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  occurred_at  INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  staff_id     INTEGER REFERENCES staff (id),
  counter      TEXT NOT NULL,
  detail       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

-- Name search: FTS5 over folded family and given names, kept in step by triggers.
CREATE VIRTUAL TABLE patients_fts USING fts5 (
  family_name, given_name,
  content = 'patients', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients BEGIN
  INSERT INTO patients_fts (rowid, family_name, given_name)
  VALUES (NEW.id, NEW.family_name, NEW.given_name);
END;
CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients BEGIN
  INSERT INTO patients_fts (patients_fts, rowid, family_name, given_name)
  VALUES ('delete', OLD.id, OLD.family_name, OLD.given_name);
END;
CREATE TRIGGER patients_fts_update AFTER UPDATE OF family_name, given_name ON patients BEGIN
  INSERT INTO patients_fts (patients_fts, rowid, family_name, given_name)
  VALUES ('delete', OLD.id, OLD.family_name, OLD.given_name);
  INSERT INTO patients_fts (rowid, family_name, given_name)
  VALUES (NEW.id, NEW.family_name, NEW.given_name);
END;
