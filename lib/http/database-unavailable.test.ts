import { describe, expect, it } from "vitest";
import { databaseUnavailableAnswer } from "./database-unavailable";

describe("the answer when the database cannot be reached", () => {
  it("is the API's one error shape under /api, in English whoever asks", () => {
    const answer = databaseUnavailableAnswer("/api/v1/customers?size=5", "fr-FR");
    expect(answer.status).toBe(503);
    expect(answer.headers).toMatchObject({ "Retry-After": "5", "Content-Type": "application/json" });
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: "database_unavailable",
      message: "The database is unavailable for a moment. Try again after Retry-After seconds.",
    });
  });

  it("is a page in the browser's language, with a link back to the same address", () => {
    const answer = databaseUnavailableAnswer("/customers?q=wing", "fr;q=0.9, de");
    expect(answer.headers).toMatchObject({ "Content-Language": "fr-FR", "Content-Type": "text/html; charset=utf-8" });
    expect(answer.body).toContain('<html lang="fr-FR">');
    expect(answer.body).toContain('<a href="/customers?q=wing">Réessayer</a>');
    expect(databaseUnavailableAnswer("/", undefined).body).toContain("<title>Partner Console can't reach its database");
  });

  it("never lets the address write markup into the page", () => {
    const answer = databaseUnavailableAnswer('/customers?q="><script>alert(1)</script>', "en");
    expect(answer.body).not.toContain("<script>");
    expect(answer.body).toContain('href="/customers?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
