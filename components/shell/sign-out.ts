/**
 * Signs this browser out through next-auth's own sign-out route (which ends the session on the server and clears its
 * cookie), then opens the sign-in page. It is what next-auth/react's `signOut` does, without shipping that client
 * (about 9 kB gzip of error classes and a regenerator runtime) on every page: docs/decisions/021-speed.md.
 */
export async function signOut(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? "/signin";
}
