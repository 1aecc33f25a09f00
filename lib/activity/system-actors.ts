/**
 * Partner Console acting on the partner's behalf, e.g. renewing a reservation at expiry. An entry stores such an
 * actor by this name, as Partner Center's audit records do (the API shows it as it is); pages and the CSV put it
 * into the reader's words.
 */
export const autoRenewalActor = "Auto-renewal";

const systemActors = { [autoRenewalActor]: "autoRenewal" } as const;
export type SystemActorKey = (typeof systemActors)[keyof typeof systemActors];

/** The system actor an entry names (its catalogue key under activity.systemActors), or null for a person or a key. */
export function systemActorKey(entry: {
  actorEmail: string;
  actorPartnerUserId: number | null;
  actorCustomerUserId: number | null;
}): SystemActorKey | null {
  if (entry.actorPartnerUserId !== null || entry.actorCustomerUserId !== null) return null;
  return Object.hasOwn(systemActors, entry.actorEmail)
    ? systemActors[entry.actorEmail as keyof typeof systemActors]
    : null;
}
