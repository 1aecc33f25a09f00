import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The partner user's id; everything else about them is read from the database. */
    userId: string;
  }
}
