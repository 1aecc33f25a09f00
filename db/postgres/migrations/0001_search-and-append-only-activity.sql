-- Customer search: trigram indexes over company name and primary domain, so a case-insensitive substring search
-- (ILIKE '%wing%') never scans the whole table; the Activity log's customer-name filter gets the same.
-- What SQLite does with its FTS5 table customer_search and the triggers that keep it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "customers_company_name_trgm_idx" ON "customers" USING gin ("company_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_primary_domain_trgm_idx" ON "customers" USING gin ("primary_domain" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "activity_entries_customer_name_trgm_idx" ON "activity_entries" USING gin ("customer_name" gin_trgm_ops);--> statement-breakpoint
-- Activity entries are an audit trail: append-only, whatever code runs against the database.
CREATE FUNCTION "activity_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'activity entries are append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "activity_entries_no_update" BEFORE UPDATE ON "activity_entries"
  FOR EACH ROW EXECUTE FUNCTION "activity_entries_append_only"();--> statement-breakpoint
CREATE TRIGGER "activity_entries_no_delete" BEFORE DELETE ON "activity_entries"
  FOR EACH ROW EXECUTE FUNCTION "activity_entries_append_only"();
