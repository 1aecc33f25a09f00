import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, ne, sql, type Placeholder } from "drizzle-orm";
import type { Db } from "@/db/client";
import { preparedQuery } from "@/db/prepared";
import { sessions } from "@/db/schema";
import type { MfaMethod } from "@/db/enums";
import type { UserRef } from "@/lib/access/actor";

/** How long a sign-in lasts, whatever happens in between: the working day of Partner Center's sessions. */
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;

// Only a hash is kept: a copy of the table is no list of cookies to replay.
const hashOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("base64url");

type Store = Pick<Db, "insert" | "select" | "update" | "delete">;

/**
 * Records a new session for a user who just signed in; answers the id the session cookie will carry. The second factor
 * shown with the sign-in, if one was: without it a partner user's session is only half signed in (lib/auth/mfa-rules.ts).
 */
export async function startSession(
  db: Store,
  user: UserRef,
  now = new Date(),
  mfaMethod: MfaMethod | null = null,
): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  // Sessions long over are of no further use: sweep them while a new one begins.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date(now.getTime() - sessionLifetimeMs)));
  await db.insert(sessions).values({
    idHash: hashOf(sessionId),
    userKind: user.kind,
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
    mfaMethod,
    mfaAt: mfaMethod ? now : null,
  });
  return sessionId;
}

/** The session's second factor was shown (again): how, and now. */
export async function recordSessionMfa(db: Store, sessionId: string, mfaMethod: MfaMethod, now = new Date()) {
  await db
    .update(sessions)
    .set({ mfaMethod, mfaAt: now })
    .where(and(eq(sessions.idHash, hashOf(sessionId)), isNull(sessions.endedAt)));
}

export type LiveSession = { mfaMethod: MfaMethod | null; mfaAt: Date | null };

const liveSessionQuery = (
  db: Pick<Db, "select">,
  idHash: string | Placeholder,
  userKind: UserRef["kind"] | Placeholder,
  userId: number | Placeholder,
  now: Date | Placeholder,
) =>
  db
    .select({ mfaMethod: sessions.mfaMethod, mfaAt: sessions.mfaAt })
    .from(sessions)
    .where(
      and(
        eq(sessions.idHash, idHash),
        eq(sessions.userKind, userKind),
        eq(sessions.userId, userId),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .limit(1);

/** The session, if it is this user's, not signed out, and not past its lifetime: with how far its MFA went. */
export async function liveSession(
  db: Pick<Db, "select">,
  sessionId: string,
  user: UserRef,
  now = new Date(),
): Promise<LiveSession | null> {
  const [live] = await liveSessionQuery(db, hashOf(sessionId), user.kind, user.id, now);
  return live ?? null;
}

const preparedLiveSession = preparedQuery("live_session", (db) =>
  liveSessionQuery(
    db,
    sql.placeholder("idHash"),
    sql.placeholder("userKind"),
    sql.placeholder("userId"),
    sql.placeholder("now"),
  ),
);

/** liveSession for the request's own session, outside any transaction: through a prepared statement. */
export async function requestSession(sessionId: string, user: UserRef): Promise<LiveSession | null> {
  const [live] = await preparedLiveSession({
    idHash: hashOf(sessionId),
    userKind: user.kind,
    userId: user.id,
    // A placeholder's value reaches the driver as given: the column's own encoding (a number on SQLite, text on
    // PostgreSQL), as Drizzle gives a Date it binds itself.
    now: sessions.expiresAt.mapToDriverValue(new Date()),
  });
  return live ?? null;
}

/** Whether the session is this user's, not signed out, and not past its lifetime (however far its MFA went). */
export async function isSessionLive(db: Pick<Db, "select">, sessionId: string, user: UserRef, now = new Date()) {
  return (await liveSession(db, sessionId, user, now)) !== null;
}

/** Signing out: the session ends, and its cookie, wherever it was copied to, no longer signs anyone in. */
export async function endSession(db: Store, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.idHash, hashOf(sessionId)), isNull(sessions.endedAt)));
}

/** Ends every live session of the user but the one given (none given: all of them); answers how many ended. */
export async function endUserSessions(
  db: Store,
  user: UserRef,
  except: string | null = null,
  now = new Date(),
): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: now })
    .where(
      and(
        eq(sessions.userKind, user.kind),
        eq(sessions.userId, user.id),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
        except ? ne(sessions.idHash, hashOf(except)) : undefined,
      ),
    )
    .returning({ idHash: sessions.idHash });
  return ended.length;
}
