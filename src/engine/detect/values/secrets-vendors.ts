import { vendorNamed } from '../context.js';
import type { TextScan, ValueDetector } from '../types.js';
import { githubChecksumValid } from '../validators-crypto.js';
import { shannonEntropy } from '../validators.js';
import { regexDetector } from './helpers.js';
import { charClasses, contextKeywords } from './shared.js';

/**
 * Vendor tokens with a fixed prefix (patterns as in gitleaks' rules and the vendors' published
 * formats). The prefix is the prefilter: a string without it costs one `includes` per literal.
 * In logs a masked false alarm costs little and a leaked key costs a breach, so documented example
 * keys are masked like real ones; only obvious placeholders (one repeated character, `xxxx…`) are
 * left alone.
 */
interface PrefixedSpec {
  id: string;
  entity: string;
  description: string;
  validation: string;
  example: string;
  literals: readonly string[];
  pattern: RegExp;
  group?: number;
  validate?: (v: string, scan: TextScan, start: number) => string | undefined;
}

function prefixed(spec: PrefixedSpec): ValueDetector {
  const lits = spec.literals;
  const first = lits[0]!;
  return regexDetector({
    id: spec.id,
    entity: spec.entity,
    description: spec.description,
    validation: spec.validation,
    context: false,
    example: spec.example,
    keywords: lits.map((l) => l.toLowerCase()),
    prefilter:
      lits.length === 1
        ? (s) => s.text.includes(first)
        : (s) => {
            for (const l of lits) if (s.text.includes(l)) return true;
            return false;
          },
    pattern: spec.pattern,
    ...(spec.group !== undefined ? { group: spec.group } : {}),
    validate: spec.validate ?? notPlaceholder,
  });
}

/**
 * Rejects bodies that are one repeated character (documentation placeholders), also after the
 * prefix's few characters when the body carries them (gitleaks gcp.go `AIzaaaa…`).
 */
function notPlaceholder(v: string): string | undefined {
  const body = v.slice(Math.max(v.lastIndexOf('_'), v.lastIndexOf('-')) + 1);
  if (body.length >= 8 && (/^(.)\1+$/.test(body) || /^.{0,6}(.)\1{11,}$/.test(body))) return undefined;
  return v;
}

/** GitHub tokens: the CRC32 checksum confirms a real token; one that fails it must still look random to be masked. */
function githubToken(v: string): string | undefined {
  if (githubChecksumValid(v)) return v;
  const body = v.slice(v.indexOf('_') + 1);
  return shannonEntropy(body) >= 3 && charClasses(body) >= 2 ? v : undefined;
}

const GH =
  'github.blog 2021-04-05 token format: prefix, 30 base62 characters, CRC32 checksum in 6 base62 characters; a token failing the checksum is still masked when its body looks random (test fixtures leak too)';

export const githubPat = prefixed({
  id: 'github_pat',
  entity: 'GITHUB_TOKEN',
  description: 'GitHub personal access tokens (classic)',
  validation: `ghp_ + 36 base62; ${GH}`,
  example: 'ghp_oK6aVPkxnIJ2mWpqi8cdVFM7Kb9z3V0Kk3Vf',
  literals: ['ghp_'],
  pattern: /(?<![A-Za-z0-9_])ghp_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  validate: githubToken,
});

export const githubFineGrainedPat = prefixed({
  id: 'github_fine_grained_pat',
  entity: 'GITHUB_TOKEN',
  description: 'GitHub fine-grained personal access tokens',
  validation: 'github_pat_ + 22 base62 + _ + 59 base62 (gitleaks github-fine-grained-pat)',
  example: 'github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456',
  literals: ['github_pat_'],
  pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9])/g,
});

export const githubOauth = prefixed({
  id: 'github_oauth',
  entity: 'GITHUB_TOKEN',
  description: 'GitHub OAuth access tokens',
  validation: `gho_ + 36 base62; ${GH}`,
  example: 'gho_16C7e42F292c6912E7710c838347Ae178B4a',
  literals: ['gho_'],
  pattern: /(?<![A-Za-z0-9_])gho_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  validate: githubToken,
});

export const githubAppToken = prefixed({
  id: 'github_app_token',
  entity: 'GITHUB_TOKEN',
  description: 'GitHub App user-to-server and server-to-server tokens',
  validation: `ghu_ or ghs_ + 36 base62; ${GH}`,
  example: 'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
  literals: ['ghu_', 'ghs_'],
  pattern: /(?<![A-Za-z0-9_])gh[us]_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  validate: githubToken,
});

export const githubRefreshToken = prefixed({
  id: 'github_refresh_token',
  entity: 'GITHUB_TOKEN',
  description: 'GitHub refresh tokens',
  validation: `ghr_ + 36 base62; ${GH}`,
  example: 'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498',
  literals: ['ghr_'],
  pattern: /(?<![A-Za-z0-9_])ghr_[A-Za-z0-9]{36,76}(?![A-Za-z0-9])/g,
  validate: (v) => (v.length === 40 ? githubToken(v) : notPlaceholder(v)),
});

export const gitlabToken = prefixed({
  id: 'gitlab_token',
  entity: 'GITLAB_TOKEN',
  description: 'GitLab tokens (personal, deploy, runner, pipeline trigger, feed, OAuth, agent…)',
  validation:
    'GitLab token prefixes (glpat-, gldt-, glrt-, glptt-, glft-, glsoat-, glcbt-, glimt-, glagent-, gloas-, GR1348941) + 20–64 token characters',
  example: 'glpat-Zx3bK9mQ7rT2vW8yA1cD',
  literals: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-', 'glcbt-', 'glimt-', 'glagent-', 'gloas-', 'GR1348941'],
  pattern: /(?<![A-Za-z0-9_-])(?:gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|agent|oas)-|GR1348941)[A-Za-z0-9_.-]{20,64}(?![A-Za-z0-9_-])/g,
});

export const slackToken = prefixed({
  id: 'slack_token',
  entity: 'SLACK_TOKEN',
  description: 'Slack bot, user, app, configuration and refresh tokens',
  validation: 'xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxe-, xoxe.xox?-, xapp- prefixes (gitleaks slack rules) + token characters',
  example: 'xoxb-2624562851-2624562852-tW8qA9sL1mN3bV5cX7zQ2wE4',
  literals: ['xox', 'xapp-'],
  pattern:
    /(?<![A-Za-z0-9_-])(?:xox[abeoprs]-(?:\d-)?[0-9A-Za-z-]{10,250}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{150,170}|xapp-\d-[A-Z0-9]{9,12}-\d{10,13}-[a-z0-9]{60,70})(?![A-Za-z0-9-])/g,
});

export const slackWebhook = prefixed({
  id: 'slack_webhook',
  entity: 'SLACK_WEBHOOK',
  description: 'Slack incoming-webhook and workflow URLs (the secret path)',
  validation:
    'hooks.slack.com/services|workflows|triggers/ followed by 43–56 path characters (gitleaks slack-webhook-url); the host stays readable',
  example: 'https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/xyzXYZ0123456789abcdEFGH',
  literals: ['hooks.slack.com/'],
  pattern: /hooks\.slack\.com\/((?:services|workflows|triggers)\/[A-Za-z0-9+/_-]{20,90})/dg,
  group: 1,
});

export const stripeKey = prefixed({
  id: 'stripe_key',
  entity: 'STRIPE_KEY',
  description: 'Stripe secret and restricted API keys, webhook signing secrets',
  validation:
    'sk_ or rk_ + live_/test_/prod_ + 10–99 characters (gitleaks stripe-access-token), a first part under 24 characters continued after a line break by mixed-case letters and digits; whsec_ + 32+ characters',
  example: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  literals: ['_live_', '_test_', '_prod_', 'whsec_'],
  // A key broken by a line break after its first part (pasted into a chat, wrapped by a terminal):
  // a short first part (under the 24 characters of a key) and a continuation of mixed-case letters
  // and digits that ends the line or the sentence.
  pattern:
    /(?<![A-Za-z0-9_])(?:(?:sk|rk)_(?:live|test|prod)_(?:[A-Za-z0-9]{10,23}\r?\n(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{4,89}(?=[\s.,;:!?)"']|$)|[A-Za-z0-9]{10,99})|whsec_[A-Za-z0-9+/=]{32,})(?![A-Za-z0-9])/g,
});

/**
 * Tableau personal access token secrets: 22 base64 characters and `==` (a 16-byte value), a colon,
 * 32 letters and digits, as Tableau prints the secret once on creation and as scripts pass it to
 * `PersonalAccessTokenAuth(name, secret)` or `tabcmd --token-value` (red-team round 39).
 */
export const tableauPatSecret = prefixed({
  id: 'tableau_pat_secret',
  entity: 'TABLEAU_TOKEN',
  description: 'Tableau personal access token secrets',
  validation: '22 base64 characters + `==:` + 32 letters and digits (the secret Tableau shows on creation)',
  example: 'bDZXLmDBQxWTfp6AR1P6yQ==:MwVVlUvHpYNNCHp9tWFgQkBWjSXVyCJj',
  literals: ['==:'],
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}(?![A-Za-z0-9])/g,
});

export const twilioApiKey = prefixed({
  id: 'twilio_api_key',
  entity: 'TWILIO_API_KEY',
  description: 'Twilio API key SIDs',
  validation: 'SK + 32 hex (gitleaks twilio-api-key)',
  example: 'SKd1e2a3b4c5d6e7f8a9b0c1d2e3f4a5b6',
  literals: ['SK'],
  pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
});

export const sendgridApiKey = prefixed({
  id: 'sendgrid_api_key',
  entity: 'SENDGRID_API_KEY',
  description: 'SendGrid API keys',
  validation: 'SG. + 22 + . + 43 base64url characters',
  example: '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',
  literals: ['SG.'],
  pattern: /(?<![A-Za-z0-9])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
});

export const openaiApiKey = prefixed({
  id: 'openai_api_key',
  entity: 'OPENAI_API_KEY',
  description: 'OpenAI API keys (project, service-account, admin and legacy user keys)',
  validation: 'sk-proj-/sk-svcacct-/sk-admin- + 20+ characters, or legacy sk- + 20 + T3BlbkFJ + 20, or sk- + 48 alphanumerics',
  example: 'sk-proj-Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0',
  literals: ['sk-'],
  pattern:
    /(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
});

export const anthropicApiKey = prefixed({
  id: 'anthropic_api_key',
  entity: 'ANTHROPIC_API_KEY',
  description: 'Anthropic API and admin keys',
  validation: 'sk-ant- + key kind and version (api03, admin01…) + 20+ characters (gitleaks anthropic-api-key)',
  example: 'sk-ant-api03-Xy7_Qm2Lr9Tz4Kb8Vn1Pw6Hs3Jd5Fg0Ac2Ee4Gi6Ko8Mq0Su2Wy4-AbCdEf',
  literals: ['sk-ant-'],
  pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{20,200}(?![A-Za-z0-9_-])/g,
});

export const huggingfaceToken = prefixed({
  id: 'huggingface_token',
  entity: 'HUGGINGFACE_TOKEN',
  description: 'Hugging Face user access and organisation API tokens',
  // gitleaks reads 34 letters; trufflehog's huggingface detector (and its test token) 34 letters or digits.
  validation: 'hf_ + 34 letters or digits, or api_org_ + 34 letters (gitleaks huggingface-access-token, trufflehog huggingface)',
  example: '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',
  literals: ['hf_', 'api_org_'],
  pattern: /(?<![A-Za-z0-9_])(?:hf_(?=[0-9]{0,33}[A-Za-z])[A-Za-z0-9]{34}|api_org_[A-Za-z]{34})(?![A-Za-z0-9])/g,
});

export const npmToken = prefixed({
  id: 'npm_token',
  entity: 'NPM_TOKEN',
  description: 'npm access tokens',
  validation: "npm_ + 36 base62 (the npm format carries the same CRC32 checksum as GitHub's; checked like GitHub tokens)",
  example: 'npm_Z7hQpX2rL9cV4bN8mK3jT6yW1sD5fG0aE2uI',
  literals: ['npm_'],
  pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  validate: githubToken,
});

export const pypiToken = prefixed({
  id: 'pypi_token',
  entity: 'PYPI_TOKEN',
  description: 'PyPI upload tokens',
  validation: 'pypi- + the macaroon header AgEIcHlwaS5vcmc (base64 of "pypi.org") + 50+ characters (gitleaks pypi-upload-token)',
  example: 'pypi-AgEIcHlwaS5vcmcCJDU3ZTFhMjQ0LWQ3MzAtNGNhMi04YWJlLTMzYzU1MGQxMTY1OAACKlsz',
  literals: ['pypi-AgEIcHlwaS5vcmc'],
  pattern: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g,
});

export const googleApiKey = prefixed({
  id: 'google_api_key',
  entity: 'GOOGLE_API_KEY',
  description: 'Google Cloud / Firebase / Maps API keys',
  validation: 'AIza + 35 characters of [0-9A-Za-z_-] (gitleaks gcp-api-key)',
  example: 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
  literals: ['AIza'],
  pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
});

export const googleOauthSecret = prefixed({
  id: 'google_oauth_secret',
  entity: 'GOOGLE_OAUTH_SECRET',
  description: 'Google OAuth client secrets',
  validation: 'GOCSPX- + 28 characters',
  example: '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',
  literals: ['GOCSPX-'],
  pattern: /(?<![A-Za-z0-9_-])GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
});

export const gcpPrivateKeyId = prefixed({
  id: 'gcp_private_key_id',
  entity: 'GCP_PRIVATE_KEY_ID',
  description: 'The private_key_id of a Google service-account key file (the key itself is found by private_key)',
  validation: '"private_key_id": followed by 40 hex characters',
  example: '"private_key_id": "3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a"',
  literals: ['private_key_id'],
  pattern: /private_key_id\\?["']?\s{0,3}[:=]\s{0,3}\\?["']?([0-9a-f]{40})(?![0-9a-f])/dg,
  group: 1,
});

export const azureConnectionString = prefixed({
  id: 'azure_connection_string',
  entity: 'AZURE_KEY',
  description: 'Keys inside Azure Storage, Service Bus, Event Hubs and SAS connection strings',
  validation:
    'AccountKey=, SharedAccessKey= or SharedAccessSignature= followed by 20+ key characters; the rest of the connection string stays readable',
  example:
    'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net',
  literals: ['AccountKey=', 'SharedAccessKey=', 'SharedAccessSignature='],
  pattern: /(?:AccountKey|SharedAccessKey|SharedAccessSignature)=([^;"'\s]{20,1024})/dg,
  group: 1,
});

// Cosmos DB account keys (`documentdb`, its API's old name) have the storage keys' shape.
const AZURE = contextKeywords([
  'azure',
  'storage',
  'account key',
  'accountkey',
  'blob',
  'storage key',
  'access key',
  'cosmos',
  'documentdb',
]);

/** A storage account key alone: 88 base64 characters ending `==`, with an Azure keyword nearby. */
export const azureStorageKey = regexDetector({
  id: 'azure_storage_key',
  entity: 'AZURE_KEY',
  description: 'Azure storage account keys outside connection strings',
  validation:
    '86 base64 characters + ==; a keyword (azure, storage, account key, cosmos) within 40 characters before or in the same sentence',
  context: true,
  example: 'azure storage key Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  keywords: AZURE.keywords,
  prefilter: (s) => s.text.length >= 88 && s.text.includes('=='),
  pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])/g,
  run: { chars: '[A-Za-z0-9+/]', min: 86 },
  validate: (v, scan, start) => (vendorNamed(scan, start, start + v.length, AZURE.re) ? v : undefined),
});
