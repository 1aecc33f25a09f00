import type { UserRef } from "@/lib/access/actor";

/** The session token's subject: which kind of user and which one, e.g. "partner_user:12". */
export function sessionSubject(ref: UserRef): string {
  return `${ref.kind}:${ref.id}`;
}

export function parseSessionSubject(subject: string | undefined | null): UserRef | null {
  const match = /^(partner_user|customer_user):(\d+)$/.exec(subject ?? "");
  return match ? { kind: match[1] as UserRef["kind"], id: Number(match[2]) } : null;
}
