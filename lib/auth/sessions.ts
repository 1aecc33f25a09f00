import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions } from "@/db/schema";
import type { UserRef } from "@/lib/access/actor";

/** How long a sign-in lasts, whatever happens in between: the working day of Partner Center's sessions. */
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;

// Only a hash is kept: a copy of the table is no list of cookies to replay.
const hashOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("base64url");

type Store = Pick<Db, "insert" | "select" | "update" | "delete">;

/** Records a new session for a user who just signed in; answers the id the session cookie will carry. */
export async function startSession(db: Store, user: UserRef, now = new Date()): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  // Sessions long over are of no further use: sweep them while a new one begins.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date(now.getTime() - sessionLifetimeMs)));
  await db.insert(sessions).values({
    idHash: hashOf(sessionId),
    userKind: user.kind,
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
  });
  return sessionId;
}

/** Whether the session is this user's, not signed out, and not past its lifetime. */
export async function isSessionLive(
  db: Pick<Db, "select">,
  sessionId: string,
  user: UserRef,
  now = new Date(),
): Promise<boolean> {
  const [live] = await db
    .select({ idHash: sessions.idHash })
    .from(sessions)
    .where(
      and(
        eq(sessions.idHash, hashOf(sessionId)),
        eq(sessions.userKind, user.kind),
        eq(sessions.userId, user.id),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
      ),
    )
    .limit(1);
  return !!live;
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
