import "next-auth";

declare module "next-auth" {
  interface Session {
    /** "partner_user:12" or "customer_user:34"; everything else about the user is read from the database. */
    userId: string;
  }
}
