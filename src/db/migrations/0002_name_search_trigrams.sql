-- Tolerant name search: when no name starts with what was typed, Cairn offers similar names
-- (misspellings, transliterations). pg_trgm is a trusted extension (PostgreSQL 13+), shipped with
-- Debian's postgresql package and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX children_full_name_trgm_idx ON children USING gin ((lower(first_name || ' ' || last_name)) gin_trgm_ops);
