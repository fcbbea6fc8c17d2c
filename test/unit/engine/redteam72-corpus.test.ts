import { corpusFloorsSuite, corpusIdempotenceSuite } from '../../helpers/corpus-floors.js';
import { REDTEAM72_CORPUS } from './fixtures/redteam72-corpus.js';

/**
 * Seventy-second red-team round: customer identity (CIAM) and consumer authentication (Auth0 /
 * Okta Customer Identity log events, Actions and Rules logs, Management API profiles and user
 * exports; Amazon Cognito triggers and CloudTrail, Firebase / Identity Platform audit logs, Azure
 * AD B2C / Entra External ID sign-in and audit logs and IEF traces; Keycloak login and admin
 * events, Ory Kratos / Hydra, Zitadel, authentik, Supabase Auth, Clerk webhooks; magic links,
 * one-time codes, TOTP and recovery codes, WebAuthn / passkey registrations, e-mail and phone
 * changes, identity-verification notes; social-login profiles, ID tokens, SAML assertions, OIDC
 * userinfo, just-in-time provisioning). Each case cites its public source in
 * fixtures/redteam72-corpus.ts. A planted value counts as found only if no raw copy of it remains
 * anywhere in the output (values, keys, evidence), JSON-escaped or not. The floors are what holds
 * now; raise them, never lower them.
 * Before any fix for this round (the held-out estimate): realistic recall 0.944 (126 planted),
 * adversarial 0.887 (115); look-alikes kept 0.944 (124) / 0.975 (80). Per family (recall / kept):
 * auth0_okta_cic 0.927 / 1.000, cloud_user_pools 0.896 / 0.974, open_source_iam 1.000 / 0.918,
 * passwordless_and_recovery 0.886 / 0.914, social_and_federation 0.860 / 0.973. (The corpus plants
 * 241 values and 204 look-alikes in 70 cases.) The idempotence suite passed before any fix.
 * After this round's fixes (a bare `name` under `claims`, `userinfo`, `userAttributes`,
 * `profileData`, `profile`, `traits` and under a person word before an object in a log line
 * (`user {…}`); a WebAuthn user entity's `displayName`; `preferred_username`, `cognito:username`,
 * `gh_login`; Azure AD B2C `{ClaimType, Value}` claims bags; SAML X.500 attributes by OID and short
 * name (`sn`); base64 JSON in an OAuth `state`; a phone sign-in `code` beside its `sessionInfo`;
 * French and Spanish one-time-code templates with the brand between noun and verb; Spanish
 * streets after `vive en` / `dirección:`; full-name logins after `my login is`; kept: an `…_event`
 * object's members, passkey descriptors (`aaguid`, `counter`, `transports`), a hashed secret's
 * scheme, `urn:oid:` arcs, `AnonymousUser`, CloudTrail's `HIDDEN_DUE_TO_SECURITY_REASONS`, `Magic
 * Link`): realistic 1.000, adversarial 0.957; kept 1.000 / 1.000 (recall: auth0_okta_cic 1.000,
 * cloud_user_pools 1.000, open_source_iam 1.000, passwordless_and_recovery 0.932,
 * social_and_federation 0.953).
 * Known leaks left, by record shape: lower-case full names whose surname is in no name list after
 * `name is` / `name=` (`cordelia vanstone`, `barnaby quartermain`); a surname alone on the line
 * after a title and given name (`Frau Waltraud\nKesselring`); a full-name login after `my login
 * is` whose parts are in no name list (`nikolai.voronov`); a form-encoded name in a query string
 * whose given name is in no name list (`name=Ravenna%20Okoro&email=…`).
 */

function present(output: string, value: string): boolean {
  return output.includes(value) || output.includes(JSON.stringify(value).slice(1, -1));
}

corpusFloorsSuite(
  'red-team corpus, seventy-second round',
  'red-team corpus 72',
  REDTEAM72_CORPUS,
  {
    family: {
      auth0_okta_cic: 1,
      cloud_user_pools: 1,
      open_source_iam: 1,
      passwordless_and_recovery: 1,
      social_and_federation: 1,
    },
    slice: { realistic: { recall: 1, kept: 1 }, adversarial: { recall: 1, kept: 1 } },
  },
  present,
);

corpusIdempotenceSuite('red-team corpus, seventy-second round', REDTEAM72_CORPUS);
