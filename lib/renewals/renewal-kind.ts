import type { Tx } from "@/db/client";
import type {
  BillingPlan,
  NotificationKind,
  NotificationParams,
  NotRenewedReason,
  orderLines,
  ReservationScope,
  ReservationTerm,
  reservations,
  savingsPlans,
} from "@/db/schema";
import type { OperationType, ResourceType } from "@/lib/activity/operations";
import type { PriceList } from "@/lib/pricing/customer-price";

/** What reservations and savings plans both carry, and a renewal reads or carries over. */
export type Renewable = {
  id: number;
  customerId: number;
  displayName: string;
  term: ReservationTerm;
  billingPlan: BillingPlan;
  billingSubscriptionId: number;
  scope: ReservationScope;
  resourceGroup: string | null;
  scopeSubscriptionId: number | null;
  expiresAt: Date;
};

/** What a renewal carries over from the one it renews, the same for either: it starts where that one ended. */
export type CarriedOver = Omit<Renewable, "id"> & { orderId: number; autoRenew: true; createdAt: Date };

/** What one renewal wrote, for its order line and its Create Order entry. */
export type Bought = {
  /** The renewal's own id, under its product's name for it, e.g. { reservationId }. */
  renewed: Record<string, string>;
  line: Pick<typeof orderLines.$inferInsert, "offerId" | "offerName" | "quantity" | "unitPriceMinor" | "reservationId">;
  lineItem: Record<string, string | number>;
};

/** What a renewal's price must say, whatever else it says: the order's total. */
export type RenewalPrice = { totalMinor: number };

/**
 * What sets renewing a reservation apart from renewing a savings plan: where each is kept, how it is priced and
 * bought again, and how the partner is told when it cannot be. lib/renewals/renewal-loop.ts does the rest, for both.
 */
export type RenewalKind<T extends Renewable, Price extends RenewalPrice> = {
  /** The job's word for one, in its log: "reservation", "savings plan". */
  noun: string;
  /** Its id as Azure shows it: what entries, notifications and the log name it by. */
  publicId(item: T): string;
  /** Where it is kept, and the name of the unique index there on what a renewal renews. */
  table: typeof reservations | typeof savingsPlans;
  renewalIndex: string;
  termMonths: Record<ReservationTerm, number>;
  /** Auto-renew on, at or past its end, and no renewal yet. */
  due(now: Date): Promise<T[]>;
  /** It as it stands inside the transaction; nothing when it is no longer due. */
  stillDue(tx: Tx, item: T): Promise<T | undefined>;
  /** Its renewal at the partner's price of today, or why it is no longer sold. */
  price(item: T, priceList: PriceList): Price | NotRenewedReason;
  /** Writes the renewal; its unique index on what it renews makes it the one, whichever process gets there first. */
  buyAgain(tx: Tx, item: T, renewal: { carriedOver: CarriedOver; price: Price; currency: string }): Promise<Bought>;
  /** When it is not renewed: the notification, the Update entry (its own operation, as for any change to it). */
  notRenewed: {
    notification: NotificationKind;
    /** Where the notification leads: /customers/<tenant>/<customerPage>/<its id>. */
    customerPage: string;
    /** What the notification's words name besides the customer, the end date and the reason. */
    params(item: T): NotificationParams;
    operationType: OperationType;
    resourceType: ResourceType;
  };
};
