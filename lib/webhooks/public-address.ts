/**
 * The address receivers reach the API at, for the URIs in an event: NEXTAUTH_URL when the operator set the public
 * address (as sign-in and passkeys use it), else this server on its port. Events are written by use cases and jobs,
 * which have no request to read a Host from.
 */
export function publicAddress(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  return `http://localhost:${env.PORT ?? 3000}`;
}
