import Database from "better-sqlite3";
import pg from "pg";

/** The database the server under test uses, as playwright.config.ts hands it to e2e/serve.mjs. */
const suiteDatabase = process.env.E2E_DATABASE_URL ?? "data/e2e/partner-console.sqlite";

/**
 * Moves the time of the user's latest MFA back, as if it were done that many minutes ago: the server decides what is
 * recent by its own clock, so the test ages the record instead of waiting. Only the newest session is touched: the
 * other tests' saved sign-ins stay as they were.
 */
export async function ageLatestMfa(email: string, minutes: number): Promise<void> {
  const ms = minutes * 60_000;
  const latest = `select s.id_hash from sessions s join partner_users u on u.id = s.user_id
    where s.user_kind = 'partner_user' and u.email = $1 order by s.created_at desc limit 1`;
  if (/^postgres(ql)?:\/\//i.test(suiteDatabase)) {
    const client = new pg.Client({ connectionString: suiteDatabase });
    await client.connect();
    try {
      await client.query(
        `update sessions set mfa_at = mfa_at - make_interval(secs => $2::double precision / 1000) where id_hash = (${latest})`,
        [email, ms],
      );
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(suiteDatabase, { timeout: 5000 });
  try {
    db.prepare(`update sessions set mfa_at = mfa_at - ? where id_hash = (${latest.replace("$1", "?")})`).run(ms, email);
  } finally {
    db.close();
  }
}
