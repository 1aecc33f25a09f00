-- Customer search: a full-text index over company name and primary domain, kept in step with
-- the customers table by triggers, so a search never scans the whole table.
CREATE VIRTUAL TABLE `customer_search` USING fts5(
  company_name, primary_domain, content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);--> statement-breakpoint
INSERT INTO `customer_search`(rowid, company_name, primary_domain) SELECT id, company_name, primary_domain FROM `customers`;--> statement-breakpoint
CREATE TRIGGER `customers_search_insert` AFTER INSERT ON `customers` BEGIN
  INSERT INTO `customer_search`(rowid, company_name, primary_domain) VALUES (new.id, new.company_name, new.primary_domain);
END;--> statement-breakpoint
CREATE TRIGGER `customers_search_delete` AFTER DELETE ON `customers` BEGIN
  INSERT INTO `customer_search`(`customer_search`, rowid, company_name, primary_domain) VALUES ('delete', old.id, old.company_name, old.primary_domain);
END;--> statement-breakpoint
CREATE TRIGGER `customers_search_update` AFTER UPDATE OF company_name, primary_domain ON `customers` BEGIN
  INSERT INTO `customer_search`(`customer_search`, rowid, company_name, primary_domain) VALUES ('delete', old.id, old.company_name, old.primary_domain);
  INSERT INTO `customer_search`(rowid, company_name, primary_domain) VALUES (new.id, new.company_name, new.primary_domain);
END;--> statement-breakpoint
-- Activity entries are an audit trail: append-only, whatever code runs against the database.
CREATE TRIGGER `activity_entries_no_update` BEFORE UPDATE ON `activity_entries` BEGIN
  SELECT RAISE(ABORT, 'activity entries are append-only');
END;--> statement-breakpoint
CREATE TRIGGER `activity_entries_no_delete` BEFORE DELETE ON `activity_entries` BEGIN
  SELECT RAISE(ABORT, 'activity entries are append-only');
END;
