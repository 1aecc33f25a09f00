-- The customer search, as SQLite's FTS5 table does it: each word typed is the start of a word of the company name or
-- primary domain, ignoring case and accents ("cafe" finds "Café", "café" finds "Cafe"), looked up in a word index.
-- A word index replaces the trigram regular expressions of 0001: those had to run on every customer whose name holds
-- a one- or two-letter prefix, and taking the accents off every such name for each keystroke was several times
-- slower than SQLite at 100,000 customers.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;--> statement-breakpoint
-- unaccent() is only STABLE (its rules file could be edited), and an index expression must be IMMUTABLE. This one
-- names its dictionary and function by schema, so it gives the same answer whatever the search_path. Were the rules
-- ever edited, customers_search_words_idx would need a REINDEX.
CREATE FUNCTION public.immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
-- A customer's words: runs of letters and digits of the name and domain, without accents, in lower case (FTS5's
-- unicode61 tokenizer). Punctuation becomes a space first, so PostgreSQL's parser never keeps
-- "wingtiptoys.onmicrosoft.com" as one host name or "3.5" as one number.
CREATE FUNCTION public.customer_search_words(company_name text, primary_domain text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsvector('simple'::regconfig,
    regexp_replace(public.immutable_unaccent(company_name || ' ' || primary_domain), '[^[:alnum:]]+', ' ', 'g')) $$;--> statement-breakpoint
-- What was typed as a query: every word, cut into words the same way, must start one of the customer's words
-- ('wing':* & 'toys':*). Null when nothing is left to look for: a null query matches no one.
CREATE FUNCTION public.customer_search_query(typed text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsquery('simple'::regconfig, nullif(regexp_replace(
    trim(regexp_replace(public.immutable_unaccent(typed), '[^[:alnum:]]+', ' ', 'g')), ' +', ':* & ', 'g'), '') || ':*') $$;--> statement-breakpoint
CREATE INDEX "customers_search_words_idx" ON "customers"
  USING gin (public.customer_search_words("company_name", "primary_domain"));--> statement-breakpoint
-- Only the search read the domain's trigrams. The company name's stay: the Activity log's "customer name contains"
-- (ILIKE) uses them.
DROP INDEX "customers_primary_domain_trgm_idx";
