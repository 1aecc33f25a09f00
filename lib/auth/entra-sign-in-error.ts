/**
 * The error a Microsoft sign-in that matched no partner user comes back to /signin with: auth-options' signIn callback
 * sends the browser there itself, since next-auth's own refusal (AccessDenied) would end on next-auth's error page.
 */
export const entraRefusedError = "EntraRefused";

// next-auth's own errors for an OpenID Connect sign-in that broke off (the provider could not be reached, the person
// cancelled there, the callback could not be completed): it sends them to the sign-in page as ?error=….
const brokenOff = new Set(["OAuthSignin", "OAuthCallback", "Callback", "OAuthAccountNotLinked", "OAuthCreateAccount"]);

/** What the sign-in page says about a Microsoft sign-in that came back with this error: its key under signIn.entra. */
export function entraSignInError(error: string | null | undefined): "refused" | "failed" | null {
  if (error === entraRefusedError) return "refused";
  return error && brokenOff.has(error) ? "failed" : null;
}
