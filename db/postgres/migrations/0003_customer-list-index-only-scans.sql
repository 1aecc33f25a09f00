-- The customer list reads its count and its pages from indexes alone, as SQLite reads both from its
-- (partner_id, company_name collate nocase, id) index. Measured at 100,000 customers: the count of a partner's
-- customers (every Customers page shows it) 7–9 ms by scanning the table, 3.5 ms from customers_partner_idx;
-- page 2,000 of the list 40 ms fetching every skipped customer's row, 4 ms from the index. (An index-only scan
-- trusts the table's visibility map for pages autovacuum has marked all-visible, and reads the others' rows.)
--
-- The name index also carries the company name: PostgreSQL cannot read lower(company_name) back out of the index, so
-- without the name in it an index-only scan is impossible. INCLUDE is PostgreSQL's alone, so db/postgres/schema.ts
-- keeps declaring the three key columns, the ones both engines share and the schema parity test compares.
DROP INDEX "customers_partner_name_idx";--> statement-breakpoint
CREATE INDEX "customers_partner_name_idx" ON "customers"
  USING btree ("partner_id", lower("company_name") COLLATE "C", "id") INCLUDE ("company_name");--> statement-breakpoint
-- For counting: equal keys are stored once, so 100,000 customers of one partner take 87 pages here, against the name
-- index's 1,059.
CREATE INDEX "customers_partner_idx" ON "customers" USING btree ("partner_id");
