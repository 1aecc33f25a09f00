// A real OpenID provider standing in for Microsoft Entra ID in the tests: `oidc-provider` (a certified implementation)
// on http://localhost:$PORT, with one client (Partner Console, PKCE required) and a few accounts that carry Entra's
// claims (oid, tid, email, amr). Signing in is a pick from the accounts, with no password: what is under test is the
// app's side of OpenID Connect, not the provider's login.
//
//   PORT=3407 CLIENT_ID=… CLIENT_SECRET=… REDIRECT_URI=http://localhost:3400/api/auth/callback/entra \
//     node testing/oidc-provider.mjs
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

const { PORT, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;
if (!PORT || !CLIENT_ID || !CLIENT_SECRET || !REDIRECT_URI) {
  throw new Error("Set PORT, CLIENT_ID, CLIENT_SECRET and REDIRECT_URI.");
}
const issuer = `http://localhost:${PORT}`;

// The seeded Contoso CSP's tenant (db/seed.ts: stableGuid("partner:Contoso CSP")), and one no partner has.
const contosoTenant = "ffa46e69-d948-59cf-9f04-42ec4c833140";
const litwareTenant = "3d1b7f52-6a0e-4c89-b2f4-9e7a1c5d8036";

/** The accounts, by login name; `amr` is how Entra would say they authenticated (RFC 8176). */
const accounts = new Map(
  [
    {
      login: "admin@contoso-csp.example",
      name: "Adele Vance",
      oid: "6f1d2c9e-0b5a-4f7e-9c3d-2a8b7e4f1c05",
      tid: contosoTenant,
      amr: ["pwd", "mfa"],
    },
    {
      login: "sales@contoso-csp.example",
      name: "Lee Gu",
      oid: "a4e8c2d6-1f3b-4a5c-9e7d-0b2f6c8a4e19",
      tid: contosoTenant,
      amr: ["pwd"],
    },
    // In Contoso's tenant, but no partner user of Contoso's.
    {
      login: "megan@contoso-csp.example",
      name: "Megan Bowen",
      oid: "0c7e5b1a-93d4-4e2f-8a6b-5d1f0e9c3b27",
      tid: contosoTenant,
      amr: ["pwd", "mfa"],
    },
    {
      login: "alan@litware.example",
      name: "Alan Steiner",
      oid: "d2b9f4e7-5c1a-4b3d-8f6e-7a0c2e9b5d41",
      tid: litwareTenant,
      amr: ["pwd", "mfa"],
    },
  ].map((account) => [account.login, account]),
);

// Entra's subject is pairwise, per application: never the object id.
const subjectOf = (account) => `sub-${account.oid}`;
const accountWithSubject = (sub) => [...accounts.values()].find((account) => subjectOf(account) === sub);

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [REDIRECT_URI],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: "test-signing-key", use: "sig", alg: "RS256" }] },
  cookies: { keys: [randomBytes(32).toString("base64url")] },
  pkce: { required: () => true },
  // Entra puts the profile and e-mail claims in the ID token, which is what the app reads.
  conformIdTokenClaims: false,
  // amr comes from the sign-in (the login result below), and goes into every ID token, as Entra's v1.0 tokens have it.
  claims: {
    openid: ["sub", "oid", "tid", "amr"],
    email: ["email", "email_verified"],
    profile: ["name"],
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    const account = accountWithSubject(sub);
    if (!account) return undefined;
    return {
      accountId: sub,
      claims: () => ({
        sub,
        oid: account.oid,
        tid: account.tid,
        email: account.login,
        email_verified: true,
        name: account.name,
      }),
    };
  },
});

const escape = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The account picker: one button per account, named by its login name. */
function pickerPage(uid) {
  const buttons = [...accounts.values()]
    .map(
      (account) =>
        `<li><button type="submit" name="login" value="${escape(account.login)}">${escape(account.login)}</button></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Pick an account</h1>
<form method="post" action="/interaction/${escape(uid)}/login"><ul>${buttons}</ul></form></main></body></html>`;
}

async function readForm(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/** The provider's interaction (its login page) for one authorization request: show the picker, or sign in the pick. */
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error("Interaction mismatch");
  if (req.method === "GET" && !action) {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.end(pickerPage(uid));
    return;
  }
  if (req.method !== "POST" || action !== "login") {
    res.writeHead(404).end();
    return;
  }
  const account = accounts.get((await readForm(req)).get("login") ?? "");
  if (!account) {
    res.writeHead(400, { "Content-Type": "text/plain" }).end("No such account");
    return;
  }
  const accountId = subjectOf(account);
  // The app is this provider's own first-party client: consent is given with the sign-in, for what it asked.
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId, amr: account.amr, remember: false }, consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: false },
  );
}

const handle = provider.callback();
const server = http.createServer((req, res) => {
  const match = /^\/interaction\/([^/?]+)(?:\/([a-z]+))?(?:\?|$)/.exec(req.url ?? "");
  if (!match) return handle(req, res);
  interaction(req, res, match[1], match[2]).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
    res.end(String(error));
  });
});
server.listen(Number(PORT), () => console.log(`Test OpenID provider at ${issuer}`));
