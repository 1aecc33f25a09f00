-- Customer search that does not slow down with the customer count (decision record 005, issue 23).
--
-- The word index gets prefix indexes for words of 1 to 3 characters: a short search ("c", "ce") is then one term of
-- the index, read lazily, instead of every word starting with it merged into one list before the first match comes
-- out (at 100,000 customers, counting up to the cap for "c" went from 3.4 ms to 0.1 ms). Its triggers name the
-- table and keep working once it is made again.
DROP TABLE `customer_search`;--> statement-breakpoint
CREATE VIRTUAL TABLE `customer_search` USING fts5(
  company_name, primary_domain, content='customers', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
  prefix='1 2 3'
);--> statement-breakpoint
INSERT INTO `customer_search`(`customer_search`) VALUES ('rebuild');--> statement-breakpoint
-- A substring index over company names, for "customers whose name contains the text" (the Activity log's customer
-- filter): the trigram tokenizer indexes every run of 3 characters, ignoring case, so a text of 3 characters or more
-- is found without reading every customer. Kept in step with the customers by triggers, as customer_search is.
CREATE VIRTUAL TABLE `customer_name_search` USING fts5(
  company_name, content='customers', content_rowid='id', tokenize='trigram'
);--> statement-breakpoint
INSERT INTO `customer_name_search`(`customer_name_search`) VALUES ('rebuild');--> statement-breakpoint
CREATE TRIGGER `customers_name_search_insert` AFTER INSERT ON `customers` BEGIN
  INSERT INTO `customer_name_search`(rowid, company_name) VALUES (new.id, new.company_name);
END;--> statement-breakpoint
CREATE TRIGGER `customers_name_search_delete` AFTER DELETE ON `customers` BEGIN
  INSERT INTO `customer_name_search`(`customer_name_search`, rowid, company_name) VALUES ('delete', old.id, old.company_name);
END;--> statement-breakpoint
CREATE TRIGGER `customers_name_search_update` AFTER UPDATE OF company_name ON `customers` BEGIN
  INSERT INTO `customer_name_search`(`customer_name_search`, rowid, company_name) VALUES ('delete', old.id, old.company_name);
  INSERT INTO `customer_name_search`(rowid, company_name) VALUES (new.id, new.company_name);
END;
