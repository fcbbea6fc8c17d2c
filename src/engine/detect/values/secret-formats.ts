import type { ValueDetector } from '../types.js';
import { jwtValid } from '../validators.js';
import { type SecretFormat, secretFormatDetector } from './secret-format.js';

/**
 * The vendor secret formats of the catalog, one row each (built by secretFormatDetector).
 * Sources of the facts, per row family: gitleaks config/gitleaks.toml (rule ids given in
 * comments), trufflehog pkg/detectors, and the vendors' token-format documentation. A row has a
 * literal prefix, or a structure (`-us12` of Mailchimp, `AZDO` of Azure DevOps), or a vendor word
 * that must stand within 40 characters before (`context`): never a bare common shape.
 *
 * Formats already covered by the hand-written detectors (GitHub, GitLab, Slack, Stripe, OpenAI,
 * Anthropic, Hugging Face, npm, PyPI, Google API keys, Twilio SK, SendGrid, AWS, Azure storage)
 * are not repeated here.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID_ANY_CASE = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fixed pseudo-random string for the docs' examples (never a real credential). */
function fill(alphabet: string, n: number, seed: number): string {
  let x = Math.imul(seed, 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
const uuid = (seed: number) =>
  `${fill(HEX, 8, seed)}-${fill(HEX, 4, seed + 1)}-${fill(HEX, 4, seed + 2)}-${fill(HEX, 4, seed + 3)}-${fill(HEX, 12, seed + 4)}`;

type Row = Omit<SecretFormat, 'id' | 'entity' | 'description' | 'pattern' | 'example'>;

function format(id: string, entity: string, description: string, pattern: string, example: string, extra: Row = {}): SecretFormat {
  return { id, entity, description, pattern, example, ...extra };
}

/** Prefixed formats: the prefix is the gate; the pattern fixes the body's alphabet and length. */
export const PREFIXED_FORMATS: readonly SecretFormat[] = [
  // AI and model platforms (trufflehog groq, xai, perplexity, openrouter, replicate, langsmith…)
  format('groq_api_key', 'GROQ_API_KEY', 'Groq API keys', 'gsk_[A-Za-z0-9]{52}', `gsk_${fill(ALNUM, 52, 1)}`, { prefixes: ['gsk_'] }),
  format('xai_api_key', 'XAI_API_KEY', 'xAI (Grok) API keys', 'xai-[A-Za-z0-9]{80}', `xai-${fill(ALNUM, 80, 2)}`, { prefixes: ['xai-'] }),
  format(
    'perplexity_api_key',
    'PERPLEXITY_API_KEY',
    'Perplexity API keys (gitleaks perplexity-api-key)',
    'pplx-[A-Za-z0-9]{48}',
    `pplx-${fill(ALNUM, 48, 3)}`,
    {
      prefixes: ['pplx-'],
    },
  ),
  format('openrouter_api_key', 'OPENROUTER_API_KEY', 'OpenRouter API keys', 'sk-or-v1-[a-f0-9]{64}', `sk-or-v1-${fill(HEX, 64, 4)}`, {
    prefixes: ['sk-or-v1-'],
  }),
  format('replicate_api_token', 'REPLICATE_API_TOKEN', 'Replicate API tokens', 'r8_[A-Za-z0-9]{37}', `r8_${fill(ALNUM, 37, 5)}`, {
    prefixes: ['r8_'],
  }),
  format(
    'langsmith_api_key',
    'LANGSMITH_API_KEY',
    'LangSmith personal and service keys',
    'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}',
    `lsv2_pt_${fill(HEX, 32, 6)}_${fill(HEX, 10, 7)}`,
    { prefixes: ['lsv2_pt_', 'lsv2_sk_'] },
  ),
  format('langfuse_secret_key', 'LANGFUSE_SECRET_KEY', 'Langfuse secret keys', `sk-lf-${UUID}`, `sk-lf-${uuid(8)}`, {
    prefixes: ['sk-lf-'],
  }),
  format(
    'pinecone_api_key',
    'PINECONE_API_KEY',
    'Pinecone API keys',
    'pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{40,80}',
    `pcsk_${fill(ALNUM, 6, 9)}_${fill(ALNUM, 64, 10)}`,
    { prefixes: ['pcsk_'] },
  ),
  format('elevenlabs_api_key', 'ELEVENLABS_API_KEY', 'ElevenLabs API keys', 'sk_[a-f0-9]{48}', `sk_${fill(HEX, 48, 11)}`, {
    prefixes: ['sk_'],
  }),
  format('tavily_api_key', 'TAVILY_API_KEY', 'Tavily API keys', 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}', `tvly-dev-${fill(ALNUM, 32, 12)}`, {
    prefixes: ['tvly-'],
  }),
  format('firecrawl_api_key', 'FIRECRAWL_API_KEY', 'Firecrawl API keys', 'fc-[a-f0-9]{32}', `fc-${fill(HEX, 32, 13)}`, {
    prefixes: ['fc-'],
  }),
  format('cerebras_api_key', 'CEREBRAS_API_KEY', 'Cerebras API keys', 'csk-[a-z0-9]{48}', `csk-${fill(LOWER_ALNUM, 48, 14)}`, {
    prefixes: ['csk-'],
  }),
  format(
    'nvidia_api_key',
    'NVIDIA_API_KEY',
    'NVIDIA NGC / build.nvidia.com API keys',
    'nvapi-[A-Za-z0-9_-]{64}',
    `nvapi-${fill(ALNUM, 64, 15)}`,
    {
      prefixes: ['nvapi-'],
    },
  ),
  format(
    'llamacloud_api_key',
    'LLAMACLOUD_API_KEY',
    'LlamaIndex LlamaCloud API keys',
    'llx-[A-Za-z0-9]{48}',
    `llx-${fill(ALNUM, 48, 16)}`,
    {
      prefixes: ['llx-'],
    },
  ),

  // Cloud and hosting
  format(
    'databricks_token',
    'DATABRICKS_TOKEN',
    'Databricks personal access tokens (gitleaks databricks-api-token)',
    'dapi[a-f0-9]{32}(?:-[0-9])?',
    `dapi${fill(HEX, 32, 17)}`,
    { prefixes: ['dapi'] },
  ),
  format(
    'digitalocean_pat',
    'DIGITALOCEAN_TOKEN',
    'DigitalOcean personal access tokens (gitleaks digitalocean-pat)',
    'dop_v1_[a-f0-9]{64}',
    `dop_v1_${fill(HEX, 64, 18)}`,
    { prefixes: ['dop_v1_'] },
  ),
  format(
    'digitalocean_oauth_token',
    'DIGITALOCEAN_TOKEN',
    'DigitalOcean OAuth access tokens (gitleaks digitalocean-access-token)',
    'doo_v1_[a-f0-9]{64}',
    `doo_v1_${fill(HEX, 64, 19)}`,
    { prefixes: ['doo_v1_'] },
  ),
  format(
    'digitalocean_refresh_token',
    'DIGITALOCEAN_TOKEN',
    'DigitalOcean OAuth refresh tokens (gitleaks digitalocean-refresh-token)',
    'dor_v1_[a-f0-9]{64}',
    `dor_v1_${fill(HEX, 64, 20)}`,
    { prefixes: ['dor_v1_'] },
  ),
  format(
    'alibaba_access_key_id',
    'ALIBABA_KEY',
    'Alibaba Cloud AccessKey ids (gitleaks alibaba-access-key-id)',
    'LTAI[A-Za-z0-9]{20}',
    `LTAI${fill(ALNUM, 20, 21)}`,
    {
      prefixes: ['LTAI'],
    },
  ),
  format('tencent_secret_id', 'TENCENT_CLOUD_KEY', 'Tencent Cloud SecretIds', 'AKID[A-Za-z0-9]{32}', `AKID${fill(ALNUM, 32, 22)}`, {
    prefixes: ['AKID'],
  }),
  format('scaleway_access_key', 'SCALEWAY_KEY', 'Scaleway access key ids', 'SCW[A-Z0-9]{17}', `SCW${fill(UPPER_ALNUM, 17, 23)}`, {
    prefixes: ['SCW'],
  }),
  format(
    'aws_bedrock_api_key',
    'AWS_BEDROCK_API_KEY',
    'Amazon Bedrock long-term API keys (gitleaks aws-amazon-bedrock-api-key-long-lived)',
    'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
    `ABSK${fill(ALNUM, 120, 24)}`,
    { prefixes: ['ABSK'], edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format(
    'aws_bedrock_short_term_key',
    'AWS_BEDROCK_API_KEY',
    'Amazon Bedrock short-term API keys (gitleaks aws-amazon-bedrock-api-key-short-lived: base64 of bedrock.amazonaws.com)',
    'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{20,2000}',
    `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${fill(ALNUM, 80, 25)}`,
    { prefixes: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'], edge: 'A-Za-z0-9_\\-+/=%' },
  ),
  format(
    'azure_ad_client_secret',
    'AZURE_CLIENT_SECRET',
    'Microsoft Entra ID (Azure AD) application client secrets (gitleaks azure-ad-client-secret)',
    '[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}',
    `${fill(ALNUM, 3, 26)}8Q~${fill(ALNUM, 34, 27)}`,
    { keywords: ['q~'], edge: 'A-Za-z0-9_~\\-' },
  ),
  format(
    'azure_devops_pat',
    'AZURE_DEVOPS_PAT',
    'Azure DevOps personal access tokens (84-character format with the AZDO signature)',
    '[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    `${fill(ALNUM, 76, 28)}AZDO${fill(ALNUM, 4, 29)}`,
    { keywords: ['azdo'] },
  ),
  format(
    'google_oauth_access_token',
    'GOOGLE_OAUTH_TOKEN',
    'Google OAuth 2.0 access tokens',
    'ya29\\.[A-Za-z0-9_-]{30,2048}',
    `ya29.${fill(ALNUM, 120, 30)}`,
    { prefixes: ['ya29.'] },
  ),
  format(
    'google_oauth_refresh_token',
    'GOOGLE_OAUTH_TOKEN',
    'Google OAuth 2.0 refresh tokens',
    '1//0[A-Za-z0-9_-]{40,512}',
    `1//0${fill(ALNUM, 100, 31)}`,
    { prefixes: ['1//0'] },
  ),
  format(
    'firebase_fcm_server_key',
    'FIREBASE_KEY',
    'Firebase Cloud Messaging legacy server keys',
    'AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}',
    `AAAA${fill(ALNUM, 7, 32)}:APA91b${fill(ALNUM, 134, 33)}`,
    { keywords: [':apa91b'] },
  ),
  // A private key's base64 DER pasted without its PEM armour (an APNs `.p8` auth key body in a
  // push service's `key` field, red-team round 25). PKCS#8 for an EC P-256 key (RFC 5915 inside
  // RFC 5208; the APNs, Apple Sign-In and App Store Connect `.p8` keys) and for RSA (RFC 8017 key
  // inside PKCS#8) begin with fixed bytes whatever the key, so their base64 begins with fixed text.
  format(
    'private_key_der_base64',
    'PRIVATE_KEY',
    'Private keys as bare base64 DER (PKCS#8 EC P-256 / RSA) without the PEM lines',
    '(?:MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg|MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC)[A-Za-z0-9+/]{24,3200}={0,2}',
    `MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg${fill(ALNUM, 40, 36)}`,
    {
      prefixes: [
        'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg',
        'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg',
        'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIEvgIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIEvAIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIEuwIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIJQQIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIJQgIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIJQwIBADANBgkqhkiG9w0BAQEFAASC',
        'MIIJRAIBADANBgkqhkiG9w0BAQEFAASC',
      ],
      edge: 'A-Za-z0-9+/_\\-',
    },
  ),
  format(
    'heroku_api_key_v2',
    'HEROKU_API_KEY',
    'Heroku API keys, new format (gitleaks heroku-api-key-v2)',
    'HRKU-AA[0-9A-Za-z_-]{58}',
    `HRKU-AA${fill(ALNUM, 58, 34)}`,
    {
      prefixes: ['HRKU-AA'],
    },
  ),
  format('render_api_key', 'RENDER_API_KEY', 'Render API keys', 'rnd_[A-Za-z0-9]{32}', `rnd_${fill(ALNUM, 32, 35)}`, {
    prefixes: ['rnd_'],
  }),
  format(
    'flyio_token',
    'FLYIO_TOKEN',
    'Fly.io access and macaroon tokens (gitleaks flyio-access-token)',
    'fo1_[A-Za-z0-9_-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,2000}={0,3}|fm2_[A-Za-z0-9+/]{100,2000}={0,3}',
    `fm2_${fill(ALNUM, 120, 36)}`,
    { prefixes: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'], edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format('netlify_pat', 'NETLIFY_TOKEN', 'Netlify personal access tokens', 'nfp_[A-Za-z0-9]{36}', `nfp_${fill(ALNUM, 36, 37)}`, {
    prefixes: ['nfp_'],
  }),
  format(
    'deno_deploy_token',
    'DENO_DEPLOY_TOKEN',
    'Deno Deploy personal and organisation tokens',
    'dd[pw]_[A-Za-z0-9]{36}',
    `ddp_${fill(ALNUM, 36, 38)}`,
    {
      prefixes: ['ddp_', 'ddw_'],
    },
  ),
  format(
    'supabase_access_token',
    'SUPABASE_KEY',
    'Supabase management API access tokens (trufflehog supabasetoken: any lower-case base 36 body)',
    'sbp_[a-z0-9]{40}',
    `sbp_${fill(HEX, 40, 39)}`,
    {
      prefixes: ['sbp_'],
    },
  ),
  format(
    'supabase_secret_key',
    'SUPABASE_KEY',
    'Supabase secret API keys',
    'sb_secret_[A-Za-z0-9_-]{20,64}',
    `sb_secret_${fill(ALNUM, 31, 40)}`,
    {
      prefixes: ['sb_secret_'],
    },
  ),
  format(
    'planetscale_token',
    'PLANETSCALE_TOKEN',
    'PlanetScale service tokens (gitleaks planetscale-api-token)',
    'pscale_tkn_[A-Za-z0-9_=.-]{32,64}',
    `pscale_tkn_${fill(ALNUM, 43, 41)}`,
    { prefixes: ['pscale_tkn_'] },
  ),
  format(
    'planetscale_oauth_token',
    'PLANETSCALE_TOKEN',
    'PlanetScale OAuth tokens (gitleaks planetscale-oauth-token)',
    'pscale_oauth_[A-Za-z0-9_=.-]{32,64}',
    `pscale_oauth_${fill(ALNUM, 43, 42)}`,
    { prefixes: ['pscale_oauth_'] },
  ),
  format(
    'planetscale_password',
    'PLANETSCALE_TOKEN',
    'PlanetScale database passwords (gitleaks planetscale-password)',
    'pscale_pw_[A-Za-z0-9_=.-]{32,64}',
    `pscale_pw_${fill(ALNUM, 43, 43)}`,
    { prefixes: ['pscale_pw_'] },
  ),
  format(
    'cloudflare_origin_ca_key',
    'CLOUDFLARE_KEY',
    'Cloudflare Origin CA keys (gitleaks cloudflare-origin-ca-key)',
    'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}',
    `v1.0-${fill(HEX, 24, 44)}-${fill(HEX, 146, 45)}`,
    { prefixes: ['v1.0-'] },
  ),
  format(
    'clickhouse_cloud_secret',
    'CLICKHOUSE_KEY',
    'ClickHouse Cloud API secret keys (gitleaks clickhouse-cloud-api-secret-key)',
    '4b1d[A-Za-z0-9]{38}',
    `4b1d${fill(ALNUM, 38, 46)}`,
    {
      prefixes: ['4b1d'],
    },
  ),
  format(
    'akamai_edgegrid_token',
    'AKAMAI_TOKEN',
    'Akamai EdgeGrid client and access tokens',
    'akab-[a-z0-9]{16}-[a-z0-9]{16}',
    `akab-${fill(LOWER_ALNUM, 16, 47)}-${fill(LOWER_ALNUM, 16, 48)}`,
    { prefixes: ['akab-'] },
  ),
  format(
    'scalingo_api_token',
    'SCALINGO_TOKEN',
    'Scalingo API tokens (gitleaks scalingo-api-token)',
    'tk-us-[A-Za-z0-9_-]{48}',
    `tk-us-${fill(ALNUM, 48, 49)}`,
    {
      prefixes: ['tk-us-'],
    },
  ),
  format(
    'openshift_user_token',
    'OPENSHIFT_TOKEN',
    'OpenShift user tokens (gitleaks openshift-user-token)',
    'sha256~[A-Za-z0-9_-]{43}',
    `sha256~${fill(ALNUM, 43, 50)}`,
    {
      prefixes: ['sha256~'],
    },
  ),

  // Secrets managers, infrastructure as code, CI/CD, registries
  format(
    'vault_service_token',
    'VAULT_TOKEN',
    'HashiCorp Vault service tokens (gitleaks vault-service-token)',
    'hvs\\.[A-Za-z0-9_-]{24,120}',
    `hvs.${fill(ALNUM, 24, 51)}`,
    { prefixes: ['hvs.'] },
  ),
  format(
    'vault_batch_token',
    'VAULT_TOKEN',
    'HashiCorp Vault batch tokens (gitleaks vault-batch-token)',
    'hvb\\.[A-Za-z0-9_-]{138,300}',
    `hvb.${fill(ALNUM, 140, 52)}`,
    { prefixes: ['hvb.'] },
  ),
  format(
    'vault_recovery_token',
    'VAULT_TOKEN',
    'HashiCorp Vault recovery tokens',
    'hvr\\.[A-Za-z0-9_-]{24,300}',
    `hvr.${fill(ALNUM, 24, 53)}`,
    {
      prefixes: ['hvr.'],
    },
  ),
  format(
    'terraform_cloud_token',
    'TERRAFORM_TOKEN',
    'Terraform Cloud / Enterprise API tokens (gitleaks hashicorp-tf-api-token)',
    '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}',
    `${fill(ALNUM, 14, 54)}.atlasv1.${fill(ALNUM, 67, 55)}`,
    { keywords: ['.atlasv1.'] },
  ),
  format(
    'pulumi_token',
    'PULUMI_TOKEN',
    'Pulumi access tokens (gitleaks pulumi-api-token)',
    // trufflehog pulumi reads a lower-case base 36 body; issued tokens are hex.
    'pul-[a-z0-9]{40}',
    `pul-${fill(HEX, 40, 56)}`,
    { prefixes: ['pul-'] },
  ),
  format(
    'doppler_personal_token',
    'DOPPLER_TOKEN',
    'Doppler personal and CLI tokens (gitleaks doppler-api-token)',
    'dp\\.(?:pt|ct)\\.[A-Za-z0-9]{40,44}',
    `dp.pt.${fill(ALNUM, 43, 57)}`,
    { prefixes: ['dp.pt.', 'dp.ct.'] },
  ),
  format(
    'doppler_service_token',
    'DOPPLER_TOKEN',
    'Doppler service, service-account, SCIM and audit tokens',
    'dp\\.(?:st(?:\\.[a-z0-9_-]{2,35})?|sa|scim|audit)\\.[A-Za-z0-9]{40,44}',
    `dp.st.prd.${fill(ALNUM, 43, 58)}`,
    { prefixes: ['dp.st.', 'dp.sa.', 'dp.scim.', 'dp.audit.'] },
  ),
  format(
    'onepassword_secret_key',
    'ONEPASSWORD_KEY',
    '1Password account secret keys (gitleaks 1password-secret-key)',
    'A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}',
    `A3-${fill(UPPER_ALNUM, 6, 59)}-${fill(UPPER_ALNUM, 11, 60)}-${fill(UPPER_ALNUM, 5, 61)}-${fill(UPPER_ALNUM, 5, 62)}-${fill(UPPER_ALNUM, 5, 63)}`,
    { prefixes: ['A3-'] },
  ),
  format(
    'onepassword_service_token',
    'ONEPASSWORD_KEY',
    '1Password service-account tokens (gitleaks 1password-service-account-token)',
    'ops_eyJ[A-Za-z0-9+/]{250,4000}={0,3}',
    `ops_eyJ${fill(ALNUM, 260, 64)}`,
    { prefixes: ['ops_eyJ'], edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format(
    'age_secret_key',
    'AGE_SECRET_KEY',
    'age encryption identities (gitleaks age-secret-key)',
    'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}',
    'AGE-SECRET-KEY-1N84CR29PJTUQA22ALHP4YDL5ZFMXPW5GVETVY3UK58ZD6NPNPDLS4MCZFS',
    // Shape only, no Bech32 checksum: the prefix is the age identity's own, and a key whose
    // checksum fails (a placeholder, gitleaks' sample AGE-SECRET-KEY-1QQQ…Q) is masked, not kept.
    { prefixes: ['AGE-SECRET-KEY-1'], prefixSuffices: true },
  ),
  format(
    'harness_api_key',
    'HARNESS_TOKEN',
    'Harness personal and service-account tokens (gitleaks harness-api-key)',
    '(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}',
    `pat.${fill(ALNUM, 22, 65)}.${fill(ALNUM, 24, 66)}.${fill(ALNUM, 20, 67)}`,
    { prefixes: ['pat.', 'sat.'] },
  ),
  format(
    'octopus_deploy_api_key',
    'OCTOPUS_DEPLOY_KEY',
    'Octopus Deploy API keys (gitleaks octopus-deploy-api-key)',
    'API-[A-Z0-9]{26}',
    `API-${fill(UPPER_ALNUM, 26, 68)}`,
    {
      prefixes: ['API-'],
    },
  ),
  format(
    'buildkite_token',
    'BUILDKITE_TOKEN',
    'Buildkite API access tokens (trufflehog buildkite v2: lower-case base 36 body)',
    'bkua_[a-z0-9]{40}',
    `bkua_${fill(HEX, 40, 69)}`,
    {
      prefixes: ['bkua_'],
    },
  ),
  format(
    'circleci_token',
    'CIRCLECI_TOKEN',
    'CircleCI personal and project API tokens',
    'CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40}',
    `CCIPAT_${fill(ALNUM, 22, 70)}_${fill(HEX, 40, 71)}`,
    { prefixes: ['CCIPAT_', 'CCIPRJ_'] },
  ),
  format(
    'docker_hub_token',
    'DOCKER_HUB_TOKEN',
    'Docker Hub personal and organisation access tokens',
    'dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,32}',
    `dckr_pat_${fill(ALNUM, 27, 72)}`,
    { prefixes: ['dckr_pat_', 'dckr_oat_'] },
  ),
  format(
    'sonarqube_token',
    'SONAR_TOKEN',
    'SonarQube / SonarCloud user, project and analysis tokens',
    'sq[upa]_[a-f0-9]{40}',
    `squ_${fill(HEX, 40, 73)}`,
    {
      prefixes: ['squ_', 'sqp_', 'sqa_'],
    },
  ),
  format(
    'artifactory_api_key',
    'ARTIFACTORY_TOKEN',
    'JFrog Artifactory API keys (gitleaks artifactory-api-key)',
    'AKCp[A-Za-z0-9]{69}',
    `AKCp${fill(ALNUM, 69, 74)}`,
    { prefixes: ['AKCp'], minEntropy: 4 },
  ),
  format(
    'artifactory_reference_token',
    'ARTIFACTORY_TOKEN',
    'JFrog Artifactory reference tokens (gitleaks artifactory-reference-token)',
    'cmVmd[A-Za-z0-9]{59}',
    `cmVmd${fill(ALNUM, 59, 75)}`,
    { prefixes: ['cmVmd'], minEntropy: 4 },
  ),
  format('nuget_api_key', 'NUGET_API_KEY', 'NuGet.org API keys', 'oy2[a-z0-9]{43}', `oy2${fill(LOWER_ALNUM, 43, 76)}`, {
    prefixes: ['oy2'],
  }),
  format(
    'rubygems_api_key',
    'RUBYGEMS_API_KEY',
    'RubyGems API keys (gitleaks rubygems-api-token)',
    // trufflehog rubygems reads a base 36 body; issued keys are hex.
    'rubygems_[a-z0-9]{48}',
    `rubygems_${fill(HEX, 48, 77)}`,
    {
      prefixes: ['rubygems_'],
    },
  ),
  format(
    'clojars_token',
    'CLOJARS_TOKEN',
    'Clojars deploy tokens (gitleaks clojars-api-token)',
    'CLOJARS_[a-z0-9]{60}',
    `CLOJARS_${fill(LOWER_ALNUM, 60, 78)}`,
    { prefixes: ['clojars_'], anyCase: true },
  ),
  format('crates_io_token', 'CRATES_IO_TOKEN', 'crates.io API tokens', 'cio[A-Za-z0-9]{32}', `cio${fill(ALNUM, 32, 79)}`, {
    prefixes: ['cio'],
  }),
  format(
    'gitlab_feature_flag_token',
    'GITLAB_TOKEN',
    'GitLab feature-flag client tokens (gitleaks gitlab-feature-flag-client-token)',
    'glffct-[A-Za-z0-9_-]{20}',
    `glffct-${fill(ALNUM, 20, 80)}`,
    { prefixes: ['glffct-'] },
  ),
  format(
    'bitbucket_app_password',
    'BITBUCKET_TOKEN',
    'Bitbucket app passwords and API tokens (ATBB prefix)',
    'ATBB[A-Za-z0-9_=.-]{24,64}',
    `ATBB${fill(ALNUM, 32, 81)}`,
    { prefixes: ['ATBB'] },
  ),
  format(
    'atlassian_api_token',
    'ATLASSIAN_TOKEN',
    'Atlassian (Jira, Confluence) API tokens (gitleaks atlassian-api-token, ATATT3 format)',
    'ATATT3[A-Za-z0-9_=-]{180,200}',
    `ATATT3${fill(ALNUM, 186, 82)}`,
    { prefixes: ['ATATT3'] },
  ),
  format(
    'atlassian_api_token_short',
    'ATLASSIAN_TOKEN',
    'Atlassian API tokens with their `=` and 8-character tail (trufflehog jiratoken v2)',
    'ATATT[A-Za-z0-9_-]{40,250}=[A-Za-z0-9]{8}',
    `ATATT${fill(ALNUM, 52, 410)}=${fill(HEX, 8, 411)}`,
    { prefixes: ['ATATT'] },
  ),
  format(
    'linear_api_key',
    'LINEAR_API_KEY',
    'Linear personal API keys (gitleaks linear-api-key)',
    'lin_api_[A-Za-z0-9]{40}',
    `lin_api_${fill(ALNUM, 40, 83)}`,
    {
      prefixes: ['lin_api_'],
    },
  ),
  // Twitch chat (IRC) logins: `PASS oauth:<token>`, the user access token of 30 lower-case
  // letters and digits (Twitch docs, "Authenticating" in the IRC chat guide).
  format(
    'twitch_chat_oauth_token',
    'TWITCH_TOKEN',
    'Twitch chat (IRC) OAuth tokens, oauth: prefix',
    'oauth:[a-z0-9]{30}',
    `oauth:${fill(LOWER_ALNUM, 30, 401)}`,
    {
      prefixes: ['oauth:'],
    },
  ),
  format('linear_oauth_token', 'LINEAR_API_KEY', 'Linear OAuth access tokens', 'lin_oauth_[a-f0-9]{64}', `lin_oauth_${fill(HEX, 64, 84)}`, {
    prefixes: ['lin_oauth_'],
  }),
  format(
    'notion_token',
    'NOTION_TOKEN',
    'Notion integration tokens, ntn_ format (gitleaks notion-api-token)',
    'ntn_[0-9]{11}[A-Za-z0-9]{35}',
    `ntn_${fill('0123456789', 11, 85)}${fill(ALNUM, 35, 86)}`,
    { prefixes: ['ntn_'] },
  ),
  format(
    'notion_legacy_token',
    'NOTION_TOKEN',
    'Notion internal-integration secrets, secret_ format',
    'secret_[A-Za-z0-9]{43}',
    `secret_${fill(ALNUM, 43, 87)}`,
    { prefixes: ['secret_'], minEntropy: 3.5, minClasses: 3 },
  ),
  format(
    'postman_api_key',
    'POSTMAN_API_KEY',
    'Postman API keys (gitleaks postman-api-token)',
    // 24 hex, `-`, 34 hex as issued; trufflehog postman reads any 59 letters, digits and `-`.
    'PMAK-[A-Za-z0-9-]{59}',
    `PMAK-${fill(HEX, 24, 88)}-${fill(HEX, 34, 89)}`,
    { prefixes: ['PMAK-'] },
  ),
  format(
    'sourcegraph_token',
    'SOURCEGRAPH_TOKEN',
    'Sourcegraph access tokens (gitleaks sourcegraph-access-token)',
    'sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}',
    `sgp_${fill(HEX, 16, 90)}_${fill(HEX, 40, 91)}`,
    { prefixes: ['sgp_'] },
  ),
  format(
    'sentry_user_token',
    'SENTRY_TOKEN',
    'Sentry user auth tokens (gitleaks sentry-user-token)',
    'sntryu_[a-f0-9]{64}',
    `sntryu_${fill(HEX, 64, 92)}`,
    {
      prefixes: ['sntryu_'],
    },
  ),
  format(
    'sentry_org_token',
    'SENTRY_TOKEN',
    'Sentry organisation auth tokens (gitleaks sentry-org-token)',
    'sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}',
    `sntrys_eyJ${fill(ALNUM, 120, 93)}_${fill(ALNUM, 43, 94)}`,
    { prefixes: ['sntrys_eyJ'], edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format(
    'sentry_dsn',
    'SENTRY_DSN',
    'Sentry DSNs (the key before @; the ingest host stays readable)',
    'https?://([a-f0-9]{32})@o?[0-9]{1,12}\\.ingest\\.(?:[a-z]{2}\\.)?sentry\\.io',
    `https://${fill(HEX, 32, 95)}@o123456.ingest.sentry.io/4505`,
    { keywords: ['sentry.io'], group: 1 },
  ),
  format(
    'new_relic_user_key',
    'NEW_RELIC_KEY',
    'New Relic user API keys (gitleaks new-relic-user-api-key)',
    'NRAK-[A-Z0-9]{27}',
    `NRAK-${fill(UPPER_ALNUM, 27, 96)}`,
    {
      prefixes: ['NRAK-'],
    },
  ),
  format(
    'new_relic_insights_key',
    'NEW_RELIC_KEY',
    'New Relic Insights insert and query keys (gitleaks new-relic-insert-key)',
    'NRI[IQ]-[A-Za-z0-9_-]{32}',
    `NRII-${fill(ALNUM, 32, 97)}`,
    { prefixes: ['NRII-', 'NRIQ-'] },
  ),
  format(
    'new_relic_browser_key',
    'NEW_RELIC_KEY',
    'New Relic browser API keys (gitleaks new-relic-browser-api-token)',
    'NRJS-[a-f0-9]{19}',
    `NRJS-${fill(HEX, 19, 98)}`,
    {
      prefixes: ['NRJS-'],
    },
  ),
  format('new_relic_admin_key', 'NEW_RELIC_KEY', 'New Relic admin API keys', 'NRAA-[a-f0-9]{27}', `NRAA-${fill(HEX, 27, 99)}`, {
    prefixes: ['NRAA-'],
  }),
  format(
    'new_relic_license_key',
    'NEW_RELIC_KEY',
    'New Relic ingest license keys (40 characters ending NRAL)',
    // EU keys start `eu01xx`; most keys end `FFFFNRAL` (trufflehog newreliclicensekey).
    '(?:[a-f0-9]{32}|eu01xx[a-f0-9]{26})FFFFNRAL|[a-f0-9]{36}NRAL',
    `${fill(HEX, 36, 100)}NRAL`,
    {
      keywords: ['nral'],
    },
  ),
  format(
    'dynatrace_token',
    'DYNATRACE_TOKEN',
    'Dynatrace API tokens (gitleaks dynatrace-api-token)',
    'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
    `dt0c01.${fill(UPPER_ALNUM, 24, 101)}.${fill(UPPER_ALNUM, 64, 102)}`,
    { prefixes: ['dt0c01.'] },
  ),
  format(
    'grafana_api_key',
    'GRAFANA_TOKEN',
    'Grafana legacy API keys (base64 of {"k":…}; gitleaks grafana-api-key)',
    'eyJrIjoi[A-Za-z0-9]{70,400}={0,3}',
    `eyJrIjoi${fill(ALNUM, 80, 103)}`,
    { prefixes: ['eyJrIjoi'] },
  ),
  format(
    'grafana_cloud_token',
    'GRAFANA_TOKEN',
    'Grafana Cloud access-policy tokens (gitleaks grafana-cloud-api-token)',
    'glc_[A-Za-z0-9+/]{32,400}={0,3}',
    `glc_${fill(ALNUM, 100, 104)}`,
    { prefixes: ['glc_'], edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format(
    'grafana_service_account_token',
    'GRAFANA_TOKEN',
    'Grafana service-account tokens (gitleaks grafana-service-account-token)',
    // 32 characters, `_`, 8 hex as issued; trufflehog grafanaserviceaccount reads any 41 of [A-Za-z0-9_].
    'glsa_[A-Za-z0-9_]{41}',
    `glsa_${fill(ALNUM, 32, 105)}_${fill(HEX, 8, 106)}`,
    { prefixes: ['glsa_'] },
  ),
  format(
    'launchdarkly_key',
    'LAUNCHDARKLY_KEY',
    'LaunchDarkly API access tokens and server-side SDK keys',
    // trufflehog launchdarkly reads a version-4 layout over base 36 as well as the hex UUID.
    `(?:api|sdk)-(?:${UUID}|[a-z0-9]{8}-[a-z0-9]{4}-4[a-z0-9]{3}-[a-z0-9]{4}-[a-z0-9]{12})`,
    `api-${uuid(107)}`,
    { prefixes: ['api-', 'sdk-'] },
  ),
  format(
    'configcat_sdk_key',
    'CONFIGCAT_KEY',
    'ConfigCat SDK keys',
    'configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}',
    `configcat-sdk-1/${fill(ALNUM, 22, 108)}/${fill(ALNUM, 22, 109)}`,
    { prefixes: ['configcat-sdk-1/'] },
  ),
  format(
    'posthog_personal_key',
    'POSTHOG_KEY',
    'PostHog personal API keys (trufflehog posthog: `_` in the body, 43 to 48)',
    'phx_[A-Za-z0-9_]{43,48}',
    `phx_${fill(ALNUM, 43, 110)}`,
    {
      prefixes: ['phx_'],
    },
  ),
  format(
    'maxmind_license_key',
    'MAXMIND_KEY',
    'MaxMind license keys (gitleaks maxmind-license-key)',
    '[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk',
    `${fill(ALNUM, 6, 111)}_${fill(ALNUM, 29, 112)}_mmk`,
    { keywords: ['_mmk'] },
  ),
  format(
    'infracost_token',
    'INFRACOST_TOKEN',
    'Infracost API tokens (gitleaks infracost-api-token)',
    'ico-[A-Za-z0-9]{32}',
    `ico-${fill(ALNUM, 32, 113)}`,
    {
      prefixes: ['ico-'],
    },
  ),
  format(
    'prefect_token',
    'PREFECT_TOKEN',
    'Prefect Cloud API keys (gitleaks prefect-api-token)',
    'pnu_[A-Za-z0-9]{36}',
    `pnu_${fill(ALNUM, 36, 114)}`,
    {
      prefixes: ['pnu_'],
    },
  ),
  format(
    'readme_token',
    'README_TOKEN',
    'ReadMe API keys (gitleaks readme-api-token)',
    'rdme_[a-z0-9]{70}',
    `rdme_${fill(LOWER_ALNUM, 70, 115)}`,
    {
      prefixes: ['rdme_'],
    },
  ),
  format(
    'tailscale_key',
    'TAILSCALE_KEY',
    'Tailscale auth, API, OAuth-client, SCIM and webhook keys',
    // trufflehog tailscale reads any lower-case kind and longer `_`-bearing parts.
    'tskey-(?:api|auth|client|scim|webhook|[a-z]{3,12})-[A-Za-z0-9_]{6,128}-[A-Za-z0-9_]{16,128}',
    `tskey-auth-${fill(ALNUM, 12, 116)}-${fill(ALNUM, 33, 117)}`,
    { prefixes: ['tskey-'] },
  ),
  format(
    'youtrack_token',
    'JETBRAINS_TOKEN',
    'JetBrains YouTrack / Hub permanent tokens',
    'perm[:-][A-Za-z0-9+/=]{4,64}\\.[A-Za-z0-9+/=]{2,64}\\.[A-Za-z0-9]{20,40}',
    `perm:${fill(ALNUM, 12, 118)}.${fill(ALNUM, 8, 119)}.${fill(ALNUM, 30, 120)}`,
    { prefixes: ['perm:', 'perm-'] },
  ),
  format(
    'figma_token',
    'FIGMA_TOKEN',
    'Figma personal access and OAuth tokens (figd_, figu_, figr_: trufflehog figma v2)',
    'fig[dur]_[A-Za-z0-9_-]{40}',
    `figd_${fill(ALNUM, 40, 121)}`,
    {
      prefixes: ['figd_', 'figu_', 'figr_'],
    },
  ),
  format(
    'typeform_token',
    'TYPEFORM_TOKEN',
    'Typeform personal access tokens (gitleaks typeform-api-token)',
    'tfp_[A-Za-z0-9_.=-]{59}',
    `tfp_${fill(ALNUM, 59, 122)}`,
    {
      prefixes: ['tfp_'],
    },
  ),
  format(
    'contentful_pat',
    'CONTENTFUL_TOKEN',
    'Contentful personal access tokens',
    'CFPAT-[A-Za-z0-9_-]{43}',
    `CFPAT-${fill(ALNUM, 43, 123)}`,
    {
      prefixes: ['CFPAT-'],
    },
  ),
  format(
    'airtable_pat',
    'AIRTABLE_TOKEN',
    'Airtable personal access tokens (gitleaks airtable-personnal-access-token)',
    'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}',
    `pat${fill(ALNUM, 14, 124)}.${fill(HEX, 64, 125)}`,
    { prefixes: ['pat'] },
  ),
  format(
    'clickup_token',
    'CLICKUP_TOKEN',
    'ClickUp personal API tokens',
    'pk_[0-9]{6,10}_[A-Z0-9]{32}',
    `pk_${fill('0123456789', 8, 126)}_${fill(UPPER_ALNUM, 32, 127)}`,
    { prefixes: ['pk_'] },
  ),
  format('klaviyo_private_key', 'KLAVIYO_KEY', 'Klaviyo private API keys', 'pk_[a-f0-9]{34}', `pk_${fill(HEX, 34, 128)}`, {
    prefixes: ['pk_'],
  }),
  format(
    'hubspot_private_app_token',
    'HUBSPOT_TOKEN',
    'HubSpot private-app access tokens',
    `pat-(?:na|eu|ap)[0-9]-${UUID}`,
    `pat-na1-${uuid(129)}`,
    { prefixes: ['pat-na', 'pat-eu', 'pat-ap'] },
  ),
  format(
    'salesforce_access_token',
    'SALESFORCE_TOKEN',
    'Salesforce session ids and OAuth access tokens (org id, !, session)',
    '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{96}',
    `00D${fill(ALNUM, 12, 130)}!${fill(ALNUM, 96, 131)}`,
    { prefixes: ['00D'], edge: 'A-Za-z0-9_\\-!' },
  ),
  // trufflehog telnyx: `KEY` + 55. The prefix is a common word: the body must be random (three
  // character classes, 4.5 bits a character), which upper-case names (`KEY_MANAGEMENT_…`) are not.
  format('telnyx_api_key', 'TELNYX_KEY', 'Telnyx API v2 keys', 'KEY[0-9A-Za-z_-]{55}', `KEY${fill(ALNUM, 55, 348)}`, {
    prefixes: ['KEY'],
    minClasses: 3,
    minEntropy: 4.5,
  }),
  format(
    'pinterest_token',
    'PINTEREST_TOKEN',
    'Pinterest API access tokens',
    'pina_[A-Za-z0-9]{32,160}',
    `pina_${fill(UPPER_ALNUM, 80, 132)}`,
    {
      prefixes: ['pina_'],
    },
  ),
  format(
    'instagram_token',
    'FACEBOOK_TOKEN',
    'Instagram Basic Display / Graph user tokens',
    'IGQV[A-Za-z0-9_-]{100,400}',
    `IGQV${fill(ALNUM, 160, 133)}`,
    {
      prefixes: ['IGQV'],
      minEntropy: 4,
    },
  ),
  format(
    'facebook_access_token',
    'FACEBOOK_TOKEN',
    'Facebook / Meta Graph API access tokens (gitleaks facebook-page-access-token)',
    'EAA[B-Z0-9][A-Za-z0-9]{90,400}',
    `EAAB${fill(ALNUM, 180, 134)}`,
    { prefixes: ['EAA'], minEntropy: 4 },
  ),
  format(
    'twitter_bearer_token',
    'TWITTER_TOKEN',
    'Twitter / X app bearer tokens (gitleaks twitter-bearer-token)',
    'A{20,24}[A-Za-z0-9%]{60,120}',
    `AAAAAAAAAAAAAAAAAAAAA${fill(ALNUM, 90, 135)}`,
    { prefixes: ['AAAAAAAAAAAAAAAAAAAA'] },
  ),
  format(
    'discord_webhook',
    'DISCORD_WEBHOOK',
    'Discord webhook URLs (the token after the webhook id)',
    'discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,68})',
    `https://discord.com/api/webhooks/123456789012345678/${fill(ALNUM, 68, 136)}`,
    { keywords: ['/api/webhooks/'], group: 1 },
  ),
  format(
    'telegram_bot_token',
    'TELEGRAM_BOT_TOKEN',
    'Telegram Bot API tokens (bot id : 35 characters)',
    '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}',
    `${fill('0123456789', 10, 137)}:AA${fill(ALNUM, 33, 138)}`,
    { keywords: [':aa'], edgeBefore: '0-9' },
  ),
  format(
    'ms_teams_webhook',
    'TEAMS_WEBHOOK',
    'Microsoft Teams incoming-webhook URLs (gitleaks microsoft-teams-webhook; the path is the secret)',
    `[a-z0-9-]{1,64}\\.webhook\\.office\\.com/webhookb2/(${UUID}@${UUID}/IncomingWebhook/[A-Za-z0-9]{32}/${UUID})`,
    `https://acme.webhook.office.com/webhookb2/${uuid(139)}@${uuid(140)}/IncomingWebhook/${fill(ALNUM, 32, 141)}/${uuid(142)}`,
    { keywords: ['webhookb2/'], group: 1 },
  ),
  format(
    'google_chat_webhook',
    'GOOGLE_CHAT_WEBHOOK',
    'Google Chat incoming-webhook URLs (the token parameter; the key is a Google API key)',
    'chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{8,20}/messages\\?key=[A-Za-z0-9_-]{39}&token=([A-Za-z0-9_%=-]{40,64})',
    `https://chat.googleapis.com/v1/spaces/AAAA${fill(ALNUM, 7, 143)}/messages?key=AIza${fill(ALNUM, 35, 144)}&token=${fill(ALNUM, 43, 145)}`,
    { keywords: ['chat.googleapis.com'], group: 1 },
  ),
  format(
    'zapier_webhook',
    'ZAPIER_WEBHOOK',
    'Zapier catch-hook URLs (account and hook ids)',
    'hooks\\.zapier\\.com/hooks/catch/([0-9]{5,12}/[A-Za-z0-9]{5,12})',
    `https://hooks.zapier.com/hooks/catch/1234567/${fill(LOWER_ALNUM, 6, 146)}`,
    { keywords: ['hooks.zapier.com'], group: 1, minEntropy: 2 },
  ),
  format(
    'ifttt_webhook_key',
    'IFTTT_KEY',
    'IFTTT Webhooks (Maker) keys',
    'maker\\.ifttt\\.com/(?:trigger/[A-Za-z0-9_-]{1,100}/(?:json/)?with/key|use)/([A-Za-z0-9_-]{22})',
    `https://maker.ifttt.com/trigger/door_open/with/key/${fill(ALNUM, 22, 147)}`,
    { keywords: ['maker.ifttt.com'], group: 1 },
  ),

  // Messaging and e-mail
  format(
    'brevo_api_key',
    'BREVO_API_KEY',
    'Brevo (Sendinblue) API keys (gitleaks sendinblue-api-token)',
    // 64 hex, `-`, 16 characters as issued; trufflehog sendinbluev2 reads any 81 of [A-Za-z0-9_-].
    'xkeysib-[A-Za-z0-9_-]{81}',
    `xkeysib-${fill(HEX, 64, 148)}-${fill(ALNUM, 16, 149)}`,
    {
      prefixes: ['xkeysib-'],
    },
  ),
  format(
    'brevo_smtp_key',
    'BREVO_API_KEY',
    'Brevo (Sendinblue) SMTP keys',
    'xsmtpsib-[a-f0-9]{64}-[A-Za-z0-9]{16}',
    `xsmtpsib-${fill(HEX, 64, 150)}-${fill(ALNUM, 16, 151)}`,
    {
      prefixes: ['xsmtpsib-'],
    },
  ),
  format(
    'mailgun_api_key',
    'MAILGUN_API_KEY',
    'Mailgun private API keys (gitleaks mailgun-private-api-token; legacy keys are base 36, as the Mailgun docs example key-3ax6xnjp…)',
    'key-[a-z0-9]{32}',
    `key-${fill(HEX, 32, 152)}`,
    {
      prefixes: ['key-'],
    },
  ),
  format(
    'mailchimp_api_key',
    'MAILCHIMP_API_KEY',
    'Mailchimp Marketing API keys (32 hex, -us and the data-centre number; gitleaks mailchimp-api-key)',
    '[a-f0-9]{32}-us[0-9]{1,2}',
    `${fill(HEX, 32, 153)}-us14`,
    { keywords: ['-us0', '-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'] },
  ),
  format(
    'resend_api_key',
    'RESEND_API_KEY',
    'Resend API keys',
    're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    `re_${fill(ALNUM, 8, 154)}_${fill(ALNUM, 24, 155)}`,
    {
      prefixes: ['re_'],
    },
  ),

  // Payments and commerce
  format(
    'square_access_token',
    'SQUARE_TOKEN',
    'Square access tokens (gitleaks square-access-token)',
    'EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}',
    `EAAA${fill(ALNUM, 60, 156)}`,
    { prefixes: ['EAAA', 'sq0atp-'] },
  ),
  format(
    'square_oauth_secret',
    'SQUARE_TOKEN',
    'Square application (OAuth) secrets, production and sandbox (trufflehog squareapp)',
    '(?:sandbox-)?sq0c[a-z]{2}-[A-Za-z0-9_-]{40,50}',
    `sq0csp-${fill(ALNUM, 43, 157)}`,
    {
      prefixes: ['sq0csp-', 'sq0csb-', 'sandbox-sq0c'],
    },
  ),
  format(
    'shopify_access_token',
    'SHOPIFY_TOKEN',
    'Shopify Admin API access tokens (gitleaks shopify-access-token)',
    'shpat_[a-fA-F0-9]{32}',
    `shpat_${fill(HEX, 32, 158)}`,
    {
      prefixes: ['shpat_'],
    },
  ),
  format(
    'shopify_custom_app_token',
    'SHOPIFY_TOKEN',
    'Shopify custom-app access tokens (gitleaks shopify-custom-access-token)',
    'shpca_[a-fA-F0-9]{32}',
    `shpca_${fill(HEX, 32, 159)}`,
    {
      prefixes: ['shpca_'],
    },
  ),
  format(
    'shopify_private_app_token',
    'SHOPIFY_TOKEN',
    'Shopify private-app passwords (gitleaks shopify-private-app-access-token)',
    'shppa_[a-fA-F0-9]{32}',
    `shppa_${fill(HEX, 32, 160)}`,
    {
      prefixes: ['shppa_'],
    },
  ),
  format(
    'shopify_shared_secret',
    'SHOPIFY_TOKEN',
    'Shopify app shared secrets (gitleaks shopify-shared-secret)',
    'shpss_[a-fA-F0-9]{32}',
    `shpss_${fill(HEX, 32, 161)}`,
    {
      prefixes: ['shpss_'],
    },
  ),
  format(
    'braintree_access_token',
    'BRAINTREE_TOKEN',
    'PayPal Braintree access tokens',
    'access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}',
    `access_token$production$${fill(LOWER_ALNUM, 16, 162)}$${fill(HEX, 32, 163)}`,
    { prefixes: ['access_token$'], edge: 'A-Za-z0-9_\\-$' },
  ),
  format('razorpay_key', 'RAZORPAY_KEY', 'Razorpay API key ids', 'rzp_(?:live|test)_[A-Za-z0-9]{14}', `rzp_live_${fill(ALNUM, 14, 164)}`, {
    prefixes: ['rzp_live_', 'rzp_test_'],
  }),
  format(
    'flutterwave_secret_key',
    'FLUTTERWAVE_KEY',
    'Flutterwave secret keys (gitleaks flutterwave-secret-key)',
    // trufflehog flutterwave reads a base 36 body.
    'FLWSECK(?:_TEST)?-[a-z0-9]{32}-X',
    `FLWSECK_TEST-${fill(HEX, 32, 165)}-X`,
    { prefixes: ['FLWSECK-', 'FLWSECK_TEST-'] },
  ),
  format(
    'flutterwave_encryption_key',
    'FLUTTERWAVE_KEY',
    'Flutterwave encryption keys (gitleaks flutterwave-encryption-key)',
    'FLWSECK(?:_TEST)?[a-h0-9]{12}',
    `FLWSECK_TEST${fill(HEX, 12, 166)}`,
    { prefixes: ['FLWSECK'] },
  ),
  format(
    'plaid_access_token',
    'PLAID_TOKEN',
    'Plaid access tokens (gitleaks plaid-api-token)',
    `access-(?:sandbox|development|production)-${UUID}`,
    `access-production-${uuid(167)}`,
    { prefixes: ['access-sandbox-', 'access-development-', 'access-production-'] },
  ),
  format(
    'shippo_token',
    'SHIPPO_TOKEN',
    'Shippo API tokens (gitleaks shippo-api-token)',
    'shippo_(?:live|test)_[a-fA-F0-9]{40}',
    `shippo_live_${fill(HEX, 40, 168)}`,
    { prefixes: ['shippo_live_', 'shippo_test_'] },
  ),
  format(
    'easypost_api_key',
    'EASYPOST_KEY',
    'EasyPost production API keys (gitleaks easypost-api-token)',
    'EZAK[A-Za-z0-9]{54}',
    `EZAK${fill(ALNUM, 54, 169)}`,
    {
      prefixes: ['EZAK'],
    },
  ),
  format(
    'easypost_test_key',
    'EASYPOST_KEY',
    'EasyPost test API keys (gitleaks easypost-test-api-token)',
    'EZTK[A-Za-z0-9]{54}',
    `EZTK${fill(ALNUM, 54, 170)}`,
    {
      prefixes: ['EZTK'],
    },
  ),
  format(
    'duffel_token',
    'DUFFEL_TOKEN',
    'Duffel API tokens (gitleaks duffel-api-token)',
    'duffel_(?:test|live)_[A-Za-z0-9_=-]{43}',
    `duffel_live_${fill(ALNUM, 43, 171)}`,
    { prefixes: ['duffel_test_', 'duffel_live_'] },
  ),
  format(
    'checkout_sandbox_key',
    'CHECKOUT_KEY',
    'Checkout.com sandbox secret keys',
    'sk_sbox_[a-z2-7]{26}[a-z2-7*#$=]',
    `sk_sbox_${fill('abcdefghijklmnopqrstuvwxyz234567', 27, 172)}`,
    { prefixes: ['sk_sbox_'] },
  ),
  format(
    'paddle_api_key',
    'PADDLE_KEY',
    'Paddle Billing API keys',
    'pdl_(?:live|sdbx)_apikey_[A-Za-z0-9_]{40,80}',
    `pdl_live_apikey_${fill(LOWER_ALNUM, 26, 173)}_${fill(ALNUM, 22, 174)}_${fill(ALNUM, 3, 175)}`,
    { prefixes: ['pdl_live_apikey_', 'pdl_sdbx_apikey_'] },
  ),

  // Other developer platforms (gitleaks rules named in each description)
  format(
    'mapbox_secret_token',
    'MAPBOX_TOKEN',
    'Mapbox secret access tokens (sk.eyJ…)',
    'sk\\.eyJ[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,30}',
    `sk.eyJ1Ijoi${fill(ALNUM, 60, 176)}.${fill(ALNUM, 22, 177)}`,
    { prefixes: ['sk.eyJ'] },
  ),
  format('adafruit_io_key', 'ADAFRUIT_KEY', 'Adafruit IO keys', 'aio_[A-Za-z0-9]{28}', `aio_${fill(ALNUM, 28, 178)}`, {
    prefixes: ['aio_'],
  }),
  format('ubidots_token', 'UBIDOTS_TOKEN', 'Ubidots API tokens', 'BBFF-[A-Za-z0-9]{30}', `BBFF-${fill(ALNUM, 30, 179)}`, {
    prefixes: ['BBFF-'],
  }),
  format(
    'frameio_token',
    'FRAMEIO_TOKEN',
    'Frame.io developer tokens (gitleaks frameio-api-token)',
    'fio-u-[A-Za-z0-9_=-]{64}',
    `fio-u-${fill(ALNUM, 64, 180)}`,
    {
      prefixes: ['fio-u-'],
    },
  ),
  format(
    'adobe_client_secret',
    'ADOBE_CLIENT_SECRET',
    'Adobe client secrets (gitleaks adobe-client-secret)',
    'p8e-[A-Za-z0-9]{32}',
    `p8e-${fill(ALNUM, 32, 181)}`,
    {
      prefixes: ['p8e-'],
    },
  ),
  format(
    'authress_access_key',
    'AUTHRESS_KEY',
    'Authress service-client access keys (gitleaks authress-service-client-access-key)',
    '(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}',
    `sc_${fill(ALNUM, 10, 182)}.${fill(ALNUM, 5, 183)}.acc_${fill(ALNUM, 20, 184)}.${fill(ALNUM, 60, 185)}`,
    { keywords: ['.acc_', '.acc-'] },
  ),
  format(
    'intra42_client_secret',
    'INTRA42_SECRET',
    '42 Intra API client secrets (gitleaks intra42-client-secret)',
    's-s4t2(?:ud|af)-[a-f0-9]{64}',
    `s-s4t2ud-${fill(HEX, 64, 186)}`,
    { prefixes: ['s-s4t2ud-', 's-s4t2af-'] },
  ),
  format(
    'settlemint_token',
    'SETTLEMINT_TOKEN',
    'SettleMint application, personal and service access tokens (gitleaks settlemint-*-access-token)',
    'sm_(?:aat|pat|sat)_[A-Za-z0-9]{16}',
    `sm_pat_${fill(ALNUM, 16, 187)}`,
    { prefixes: ['sm_aat_', 'sm_pat_', 'sm_sat_'] },
  ),
  format(
    'sidekiq_credentials_url',
    'SIDEKIQ_SECRET',
    'Sidekiq Pro/Enterprise gem-server credentials in URLs (gitleaks sidekiq-sensitive-url)',
    'https?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com',
    `https://${fill(HEX, 8, 188)}:${fill(HEX, 8, 189)}@gems.contribsys.com/`,
    { keywords: ['contribsys.com'], group: 1 },
  ),
  format(
    'defined_networking_token',
    'DEFINED_NETWORKING_TOKEN',
    'Defined Networking (Nebula) API tokens (gitleaks defined-networking-api-token)',
    'dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52}',
    `dnkey-${fill(ALNUM, 26, 190)}-${fill(ALNUM, 52, 191)}`,
    { prefixes: ['dnkey-'] },
  ),
  format(
    'yandex_api_key',
    'YANDEX_KEY',
    'Yandex Cloud API keys (gitleaks yandex-api-key)',
    'AQVN[A-Za-z0-9_-]{35,38}',
    `AQVN${fill(ALNUM, 36, 192)}`,
    {
      prefixes: ['AQVN'],
    },
  ),
  format(
    'dropbox_short_lived_token',
    'DROPBOX_TOKEN',
    'Dropbox short-lived access tokens (gitleaks dropbox-short-lived-api-token)',
    'sl\\.(?:u\\.)?[A-Za-z0-9_=-]{130,1400}',
    `sl.${fill(ALNUM, 140, 193)}`,
    { prefixes: ['sl.'] },
  ),
  format(
    'woocommerce_key',
    'WOOCOMMERCE_KEY',
    'WooCommerce REST API consumer keys and secrets',
    'c[ks]_[a-f0-9]{40}',
    `cs_${fill(HEX, 40, 280)}`,
    {
      prefixes: ['ck_', 'cs_'],
    },
  ),
  format(
    'onesignal_api_key',
    'ONESIGNAL_KEY',
    'OneSignal app and organisation API keys (v2 format)',
    'os_v2_(?:app|org)_[a-z0-9]{40,160}',
    `os_v2_app_${fill(LOWER_ALNUM, 110, 281)}`,
    { prefixes: ['os_v2_app_', 'os_v2_org_'] },
  ),
  format(
    'vercel_blob_token',
    'VERCEL_TOKEN',
    'Vercel Blob read-write tokens',
    'vercel_blob_rw_[A-Za-z0-9]{8,40}_[A-Za-z0-9]{20,64}',
    `vercel_blob_rw_${fill(ALNUM, 16, 282)}_${fill(ALNUM, 30, 283)}`,
    { prefixes: ['vercel_blob_rw_'] },
  ),
  format(
    'atlassian_connect_token',
    'ATLASSIAN_TOKEN',
    'Atlassian (Jira, Confluence) ATCTT3 tokens',
    'ATCTT3[A-Za-z0-9_=-]{20,250}',
    `ATCTT3${fill(ALNUM, 180, 284)}`,
    { prefixes: ['ATCTT3'] },
  ),
  format(
    'cloudflare_global_key_v2',
    'CLOUDFLARE_KEY',
    'Cloudflare global API keys, cfk_ format (40 characters and an 8-hex tail)',
    'cfk_[A-Za-z0-9]{40}[a-f0-9]{8}',
    `cfk_${fill(ALNUM, 40, 285)}${fill(HEX, 8, 286)}`,
    { prefixes: ['cfk_'] },
  ),
  format(
    'cloudflare_api_token_v2',
    'CLOUDFLARE_KEY',
    'Cloudflare account and user API tokens, cfat_ / cfut_ format (trufflehog cloudflareapitoken v2)',
    'cf[au]t_[A-Za-z0-9]{40}[a-f0-9]{8}',
    `cfat_${fill(ALNUM, 40, 401)}${fill(HEX, 8, 402)}`,
    { prefixes: ['cfat_', 'cfut_'] },
  ),
  format(
    'github_long_token',
    'GITHUB_TOKEN',
    'GitHub App installation and user-to-server tokens of the longer format (trufflehog github v2: up to 255 characters)',
    'gh[su]_[A-Za-z0-9_]{60,255}',
    `ghs_${fill(ALNUM, 100, 403)}`,
    { prefixes: ['ghs_', 'ghu_'] },
  ),
  format(
    'intercom_access_token_b64',
    'INTERCOM_TOKEN',
    'Intercom access tokens: base64 of `tok:…` (trufflehog intercom vector)',
    'dG9rO[A-Za-z0-9+/]{50,80}={0,2}',
    `dG9rO${fill(ALNUM, 54, 404)}=`,
    { prefixes: ['dG9rO'], edge: 'A-Za-z0-9+/=_\\-' },
  ),
  format(
    'zoho_oauth_token',
    'ZOHO_TOKEN',
    'Zoho OAuth access and refresh tokens (trufflehog zohocrm)',
    '1000\\.[a-f0-9]{32}\\.[a-f0-9]{32}',
    `1000.${fill(HEX, 32, 405)}.${fill(HEX, 32, 406)}`,
    { prefixes: ['1000.'] },
  ),
  format('rootly_api_key', 'ROOTLY_KEY', 'Rootly API keys (trufflehog rootly)', 'rootly_[a-f0-9]{64}', `rootly_${fill(HEX, 64, 407)}`, {
    prefixes: ['rootly_'],
  }),
  format(
    'sonarcloud_token',
    'SONAR_TOKEN',
    'SonarCloud tokens, sqco_ format (trufflehog sonarcloud v2)',
    'sqco_[A-Za-z0-9]{40,64}',
    `sqco_${fill(ALNUM, 59, 408)}`,
    { prefixes: ['sqco_'] },
  ),
  format(
    'checkout_secret_key',
    'CHECKOUT_KEY',
    'Checkout.com secret keys (sk_ or sk_test_ then a UUID: trufflehog checkout)',
    `sk_(?:test_)?${UUID_ANY_CASE}`,
    `sk_test_${uuid(409)}`,
    { prefixes: ['sk_test_', 'sk_'] },
  ),
  format('alchemy_token', 'ALCHEMY_TOKEN', 'Alchemy access tokens', 'alcht_[A-Za-z0-9]{30}', `alcht_${fill(ALNUM, 30, 287)}`, {
    prefixes: ['alcht_'],
  }),
  format('apify_token', 'APIFY_TOKEN', 'Apify API tokens', 'apify_api_[A-Za-z0-9]{36}', `apify_api_${fill(ALNUM, 36, 288)}`, {
    prefixes: ['apify_api_'],
  }),
  format(
    'airtable_oauth_token',
    'AIRTABLE_TOKEN',
    'Airtable OAuth access tokens (oaa…, .v1., payload, 64-hex signature)',
    'oaa[A-Za-z0-9]{14}\\.v1\\.[A-Za-z0-9_=-]{20,1000}\\.[a-f0-9]{64}',
    `oaa${fill(ALNUM, 14, 289)}.v1.${fill(ALNUM, 120, 290)}.${fill(HEX, 64, 291)}`,
    { prefixes: ['oaa'] },
  ),
  format(
    'jwt_base64',
    'JWT',
    'JSON Web Tokens encoded once more in base64 (gitleaks jwt-base64)',
    'ZXlK[A-Za-z0-9+/]{40,4000}={0,2}',
    'ZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lJeE1qTTBOVFkzT0Rrd0luMC5kb3pqZ05yeVA0SjNqVm1OSGwwdzVOX1hnTDBuM0k5UGxGVVAwVEhzUjhV',
    { prefixes: ['ZXlK'], edge: 'A-Za-z0-9_\\-+/=', check: { name: 'decodes to a JWT (JSON header and payload)', valid: base64Jwt } },
  ),
];

/** The token decodes (base64) to a JWT whose header and payload are JSON. */
function base64Jwt(token: string): boolean {
  return jwtValid(Buffer.from(token, 'base64').toString('latin1').trim());
}

/**
 * Formats whose shape alone is common (a UUID, 32 hex digits): a vendor word must stand within
 * 40 characters before (gitleaks' `[\w.-]{0,50}?(?:vendor)…` rules, narrowed to a window).
 */
export const CONTEXT_FORMATS: readonly SecretFormat[] = [
  format(
    'cohere_api_key',
    'COHERE_API_KEY',
    'Cohere API keys (gitleaks cohere-api-token)',
    '[A-Za-z0-9]{40}',
    `cohere key ${fill(ALNUM, 40, 201)}`,
    {
      context: ['cohere', 'co_api_key'],
      minEntropy: 3.5,
    },
  ),
  format('mistral_api_key', 'MISTRAL_API_KEY', 'Mistral AI API keys', '[A-Za-z0-9]{32}', `mistral api key ${fill(ALNUM, 32, 202)}`, {
    context: ['mistral'],
    minEntropy: 3.5,
  }),
  format('wandb_api_key', 'WANDB_API_KEY', 'Weights & Biases API keys', '[a-f0-9]{40}', `wandb key ${fill(HEX, 40, 203)}`, {
    context: ['wandb', 'weights and biases', 'weights & biases'],
  }),
  format('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', 'AssemblyAI API keys', '[a-z0-9]{32}', `assemblyai key ${fill(HEX, 32, 204)}`, {
    context: ['assemblyai'],
  }),
  format('deepgram_api_key', 'DEEPGRAM_API_KEY', 'Deepgram API keys', '[a-f0-9]{40}', `deepgram token ${fill(HEX, 40, 205)}`, {
    context: ['deepgram'],
  }),
  format(
    'alibaba_secret_key',
    'ALIBABA_KEY',
    'Alibaba Cloud AccessKey secrets (gitleaks alibaba-secret-key)',
    '[A-Za-z0-9]{30}',
    `alibaba secret ${fill(ALNUM, 30, 206)}`,
    {
      context: ['alibaba', 'aliyun', 'accesskeysecret'],
      minEntropy: 3.5,
    },
  ),
  format(
    'azure_devops_legacy_pat',
    'AZURE_DEVOPS_PAT',
    'Azure DevOps personal access tokens, 52-character format (trufflehog azuredevopspersonalaccesstoken: a-z0-9)',
    '[a-z0-9]{52}',
    `azure devops pat ${fill('abcdefghijklmnopqrstuvwxyz234567', 52, 207)}`,
    { context: ['azure devops', 'azuredevops', 'azure_devops', 'azdo'] },
  ),
  format(
    'heroku_api_key',
    'HEROKU_API_KEY',
    'Heroku API keys, UUID format (gitleaks heroku-api-key)',
    UUID_ANY_CASE,
    `HEROKU_API_KEY=${uuid(208)}`,
    {
      context: ['heroku'],
    },
  ),
  format('linode_token', 'LINODE_TOKEN', 'Linode (Akamai) personal access tokens', '[a-f0-9]{64}', `linode token ${fill(HEX, 64, 209)}`, {
    context: ['linode'],
  }),
  format('hetzner_token', 'HETZNER_TOKEN', 'Hetzner Cloud API tokens', '[A-Za-z0-9]{64}', `hcloud token ${fill(ALNUM, 64, 210)}`, {
    context: ['hetzner', 'hcloud'],
    minEntropy: 3.5,
  }),
  format(
    'okta_api_token',
    'OKTA_TOKEN',
    'Okta API tokens (gitleaks okta-access-token)',
    '00[A-Za-z0-9_-]{40}',
    `okta token 00${fill(ALNUM, 40, 211)}`,
    {
      context: ['okta', 'ssws'],
    },
  ),
  format(
    'cloudflare_api_token',
    'CLOUDFLARE_KEY',
    'Cloudflare API tokens (gitleaks cloudflare-api-key)',
    '[A-Za-z0-9_-]{40}',
    `cloudflare api token ${fill(ALNUM, 40, 212)}`,
    { context: ['cloudflare', 'cf_api_token'], minEntropy: 3.5 },
  ),
  format(
    'cloudflare_global_api_key',
    'CLOUDFLARE_KEY',
    'Cloudflare global API keys (gitleaks cloudflare-global-api-key)',
    '[a-f0-9]{37}',
    `cloudflare global key ${fill(HEX, 37, 213)}`,
    { context: ['cloudflare', 'cf_api_key'] },
  ),
  format(
    'vault_legacy_token',
    'VAULT_TOKEN',
    'HashiCorp Vault service tokens, pre-1.10 s. format',
    's\\.[A-Za-z0-9]{24}',
    `VAULT_TOKEN=s.${fill(ALNUM, 24, 214)}`,
    {
      context: ['vault'],
    },
  ),
  format('snyk_token', 'SNYK_TOKEN', 'Snyk API tokens (gitleaks snyk-api-token)', UUID_ANY_CASE, `snyk token ${uuid(215)}`, {
    context: ['snyk'],
  }),
  format(
    'codecov_token',
    'CODECOV_TOKEN',
    'Codecov upload tokens (gitleaks codecov-access-token)',
    '[a-f0-9]{8}-?[a-f0-9]{4}-?[a-f0-9]{4}-?[a-f0-9]{4}-?[a-f0-9]{12}',
    `codecov token ${uuid(216)}`,
    { context: ['codecov'] },
  ),
  format(
    'travis_ci_token',
    'TRAVIS_CI_TOKEN',
    'Travis CI API tokens (gitleaks travisci-access-token)',
    '[A-Za-z0-9]{22}',
    `travis token ${fill(ALNUM, 22, 217)}`,
    {
      context: ['travis'],
      minEntropy: 3.3,
    },
  ),
  format(
    'drone_ci_token',
    'DRONE_CI_TOKEN',
    'Drone CI access tokens (gitleaks droneci-access-token)',
    '[A-Za-z0-9]{32}',
    `drone token ${fill(ALNUM, 32, 218)}`,
    {
      context: ['drone'],
      minEntropy: 3.5,
    },
  ),
  format(
    'atlassian_legacy_token',
    'ATLASSIAN_TOKEN',
    'Atlassian API tokens, 24-character format (gitleaks atlassian-api-token)',
    '[A-Za-z0-9]{24}',
    `jira api token ${fill(ALNUM, 24, 219)}`,
    { context: ['atlassian', 'confluence', 'jira'], minEntropy: 3.5 },
  ),
  format(
    'datadog_api_key',
    'DATADOG_KEY',
    'Datadog API keys (trufflehog datadogtoken: 32 letters, digits or `-`)',
    '[A-Za-z0-9-]{32}',
    `DD_API_KEY=${fill(HEX, 32, 220)}`,
    {
      context: ['datadog', 'dd_api_key', 'dd-api-key'],
    },
  ),
  format(
    'datadog_app_key',
    'DATADOG_KEY',
    'Datadog application keys (gitleaks datadog-access-token)',
    '[a-f0-9]{40}',
    `DD_APP_KEY=${fill(HEX, 40, 221)}`,
    {
      context: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key'],
    },
  ),
  format(
    'sumologic_token',
    'SUMOLOGIC_KEY',
    'Sumo Logic access keys (gitleaks sumologic-access-token)',
    '[A-Za-z0-9]{64}',
    `sumo access key ${fill(ALNUM, 64, 222)}`,
    {
      context: ['sumo', 'sumologic', 'sumokey', 'sumo_access', 'sumoaccess'],
      minEntropy: 3.5,
    },
  ),
  format('splunk_hec_token', 'SPLUNK_TOKEN', 'Splunk HTTP Event Collector tokens', UUID_ANY_CASE, `Authorization: Splunk ${uuid(223)}`, {
    context: ['splunk', 'hec_token'],
  }),
  format('opsgenie_api_key', 'OPSGENIE_KEY', 'Opsgenie API keys', UUID_ANY_CASE, `Authorization: GenieKey ${uuid(224)}`, {
    context: ['opsgenie', 'geniekey'],
  }),
  format(
    'ngrok_authtoken',
    'NGROK_TOKEN',
    'ngrok authtokens and API keys',
    '[0-9A-Za-z]{25,27}_[0-9A-Za-z]{17,21}',
    `ngrok authtoken ${fill(ALNUM, 27, 225)}_${fill(ALNUM, 21, 226)}`,
    {
      context: ['ngrok'],
    },
  ),
  format(
    'asana_pat',
    'ASANA_TOKEN',
    'Asana personal access tokens',
    '[0-9]{1,2}/[0-9]{13,20}(?:/[0-9]{13,20})?:[A-Za-z0-9]{32}',
    `asana token 2/${fill('0123456789', 16, 227)}/${fill('0123456789', 16, 228)}:${fill(ALNUM, 32, 229)}`,
    { context: ['asana'] },
  ),
  format(
    'hubspot_api_key',
    'HUBSPOT_TOKEN',
    'HubSpot legacy API keys (gitleaks hubspot-api-key)',
    UUID_ANY_CASE,
    `hubspot hapikey=${uuid(230)}`,
    {
      context: ['hubspot', 'hapikey'],
    },
  ),
  format(
    'intercom_token',
    'INTERCOM_TOKEN',
    'Intercom access tokens (gitleaks intercom-api-key)',
    '[A-Za-z0-9=_-]{60}',
    `intercom token ${fill(ALNUM, 59, 231)}=`,
    {
      context: ['intercom'],
      minEntropy: 3.5,
    },
  ),
  format(
    'zendesk_token',
    'ZENDESK_TOKEN',
    'Zendesk API tokens (gitleaks zendesk-secret-key)',
    '[A-Za-z0-9]{40}',
    `zendesk api token ${fill(ALNUM, 40, 232)}`,
    {
      context: ['zendesk'],
      minEntropy: 3.5,
    },
  ),
  format(
    'twitter_access_token',
    'TWITTER_TOKEN',
    'Twitter / X user access tokens (gitleaks twitter-access-token)',
    '[0-9]{15,25}-[A-Za-z0-9]{20,40}',
    `twitter access token ${fill('0123456789', 19, 233)}-${fill(ALNUM, 30, 234)}`,
    { context: ['twitter'] },
  ),
  format(
    'discord_bot_token',
    'DISCORD_TOKEN',
    'Discord bot tokens (user id in base64, timestamp, HMAC)',
    '[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}',
    `discord bot token M${fill(ALNUM, 23, 235)}.${fill(ALNUM, 6, 236)}.${fill(ALNUM, 27, 237)}`,
    { context: ['discord'] },
  ),
  format(
    'mattermost_token',
    'MATTERMOST_TOKEN',
    'Mattermost access tokens (gitleaks mattermost-access-token)',
    '[a-z0-9]{26}',
    `mattermost token ${fill(LOWER_ALNUM, 26, 238)}`,
    {
      context: ['mattermost'],
    },
  ),
  format(
    'twilio_account_sid',
    'TWILIO_API_KEY',
    'Twilio account SIDs (AC + 32 hex) next to the word Twilio',
    'AC[a-f0-9]{32}',
    `TWILIO_ACCOUNT_SID=AC${fill(HEX, 32, 239)}`,
    {
      context: ['twilio'],
    },
  ),
  format(
    'twilio_auth_token',
    'TWILIO_API_KEY',
    'Twilio auth tokens (32 hex) next to the word Twilio',
    '[a-f0-9]{32}',
    `TWILIO_AUTH_TOKEN=${fill(HEX, 32, 240)}`,
    {
      context: ['twilio'],
    },
  ),
  format(
    'mailgun_signing_key',
    'MAILGUN_API_KEY',
    'Mailgun webhook signing keys (gitleaks mailgun-signing-key)',
    '[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}',
    `mailgun signing key ${fill(HEX, 32, 241)}-${fill(HEX, 8, 242)}-${fill(HEX, 8, 243)}`,
    { context: ['mailgun'] },
  ),
  format('postmark_token', 'POSTMARK_TOKEN', 'Postmark server and account tokens', UUID_ANY_CASE, `X-Postmark-Server-Token: ${uuid(244)}`, {
    context: ['postmark'],
  }),
  format('sparkpost_api_key', 'SPARKPOST_KEY', 'SparkPost API keys', '[a-f0-9]{40}', `sparkpost key ${fill(HEX, 40, 245)}`, {
    context: ['sparkpost'],
  }),
  format(
    'messagebird_api_key',
    'MESSAGEBIRD_KEY',
    'MessageBird API keys (gitleaks messagebird-api-token; trufflehog messagebird allows `_` and `-`)',
    '[A-Za-z0-9_-]{25}',
    `messagebird key ${fill(ALNUM, 25, 246)}`,
    {
      context: ['messagebird', 'message_bird', 'message-bird'],
      minEntropy: 3.3,
    },
  ),
  format(
    'plaid_secret',
    'PLAID_TOKEN',
    'Plaid API secrets (gitleaks plaid-secret-key)',
    '[a-f0-9]{30}',
    `plaid secret ${fill(HEX, 30, 247)}`,
    { context: ['plaid'] },
  ),
  format(
    'gocardless_token',
    'GOCARDLESS_TOKEN',
    'GoCardless live access tokens (gitleaks gocardless-api-token)',
    'live_[A-Za-z0-9_=-]{40}',
    `gocardless token live_${fill(ALNUM, 40, 248)}`,
    { context: ['gocardless'] },
  ),
  format(
    'lob_api_key',
    'LOB_API_KEY',
    'Lob API keys (gitleaks lob-api-key)',
    '(?:live|test)_[a-f0-9]{35}',
    `lob key live_${fill(HEX, 35, 249)}`,
    { context: ['lob'] },
  ),
  format(
    'coinbase_token',
    'COINBASE_TOKEN',
    'Coinbase access tokens (gitleaks coinbase-access-token)',
    '[A-Za-z0-9_-]{64}',
    `coinbase token ${fill(ALNUM, 64, 250)}`,
    {
      context: ['coinbase'],
      minEntropy: 3.5,
    },
  ),
  format(
    'kraken_token',
    'KRAKEN_KEY',
    'Kraken API keys (gitleaks kraken-access-token)',
    '[A-Za-z0-9/=_+-]{80,90}',
    `kraken api key ${fill(ALNUM, 86, 251)}`,
    {
      context: ['kraken'],
      minEntropy: 3.5,
      edge: 'A-Za-z0-9_\\-+/=',
    },
  ),
  format(
    'kucoin_key',
    'KUCOIN_KEY',
    'KuCoin API keys (gitleaks kucoin-access-token)',
    '[a-f0-9]{24}',
    `kucoin api key ${fill(HEX, 24, 252)}`,
    { context: ['kucoin'] },
  ),
  format('binance_key', 'BINANCE_KEY', 'Binance API keys and secrets', '[A-Za-z0-9]{64}', `binance api secret ${fill(ALNUM, 64, 253)}`, {
    context: ['binance'],
    minEntropy: 3.5,
  }),
  format(
    'finnhub_token',
    'FINNHUB_TOKEN',
    'Finnhub API tokens (gitleaks finnhub-access-token)',
    '[a-z0-9]{20}',
    `finnhub token ${fill(LOWER_ALNUM, 20, 254)}`,
    {
      context: ['finnhub'],
    },
  ),
  format(
    'algolia_api_key',
    'ALGOLIA_KEY',
    'Algolia admin and search API keys (gitleaks algolia-api-key)',
    '[a-f0-9]{32}',
    `algolia admin key ${fill(HEX, 32, 255)}`,
    {
      context: ['algolia'],
    },
  ),
  format(
    'confluent_secret',
    'CONFLUENT_KEY',
    'Confluent Cloud API secrets (gitleaks confluent-secret-key)',
    '[A-Za-z0-9+/]{64}',
    `confluent api secret ${fill(ALNUM, 64, 256)}`,
    { context: ['confluent', 'ccloud'], minEntropy: 3.5, edge: 'A-Za-z0-9_\\-+/=' },
  ),
  format(
    'fastly_token',
    'FASTLY_TOKEN',
    'Fastly API tokens (gitleaks fastly-api-token)',
    '[A-Za-z0-9_-]{32}',
    `fastly token ${fill(ALNUM, 32, 257)}`,
    {
      context: ['fastly'],
      minEntropy: 3.5,
    },
  ),
  format(
    'netlify_token',
    'NETLIFY_TOKEN',
    'Netlify access tokens, legacy format (gitleaks netlify-access-token)',
    '[A-Za-z0-9_-]{40,46}',
    `netlify token ${fill(ALNUM, 43, 258)}`,
    {
      context: ['netlify'],
      minEntropy: 3.5,
    },
  ),
  format(
    'twitch_token',
    'TWITCH_TOKEN',
    'Twitch API tokens (gitleaks twitch-api-token)',
    '[a-z0-9]{30}',
    `twitch oauth token ${fill(LOWER_ALNUM, 30, 259)}`,
    {
      context: ['twitch'],
    },
  ),
  format(
    'linkedin_client_secret',
    'LINKEDIN_SECRET',
    'LinkedIn client secrets (gitleaks linkedin-client-secret)',
    '[A-Za-z0-9]{16}',
    `linkedin client secret ${fill(ALNUM, 16, 260)}`,
    { context: ['linkedin', 'linked_in', 'linked-in'], minEntropy: 3 },
  ),
  format(
    'etsy_token',
    'ETSY_TOKEN',
    'Etsy API keys (gitleaks etsy-access-token)',
    '[a-z0-9]{24}',
    `etsy api key ${fill(LOWER_ALNUM, 24, 261)}`,
    { context: ['etsy'] },
  ),
  format(
    'bitbucket_client_secret',
    'BITBUCKET_TOKEN',
    'Bitbucket OAuth client secrets (gitleaks bitbucket-client-secret)',
    '[A-Za-z0-9=_-]{64}',
    `bitbucket client secret ${fill(ALNUM, 64, 262)}`,
    { context: ['bitbucket'], minEntropy: 3.5 },
  ),
  format(
    'rapidapi_key',
    'RAPIDAPI_KEY',
    'RapidAPI keys (gitleaks rapidapi-access-token)',
    '[A-Za-z0-9_-]{50}',
    `X-RapidAPI-Key: ${fill(ALNUM, 50, 263)}`,
    {
      context: ['rapidapi'],
      minEntropy: 3.5,
    },
  ),
  format('shodan_api_key', 'SHODAN_KEY', 'Shodan API keys', '[A-Za-z0-9]{32}', `shodan api key ${fill(ALNUM, 32, 264)}`, {
    context: ['shodan'],
    minEntropy: 3.5,
  }),
  format('virustotal_api_key', 'VIRUSTOTAL_KEY', 'VirusTotal API keys', '[a-f0-9]{64}', `x-apikey virustotal ${fill(HEX, 64, 265)}`, {
    context: ['virustotal'],
  }),
  format(
    'meraki_api_key',
    'MERAKI_KEY',
    'Cisco Meraki API keys (gitleaks cisco-meraki-api-key)',
    '[a-f0-9]{40}',
    `meraki api key ${fill(HEX, 40, 266)}`,
    {
      context: ['meraki'],
    },
  ),
  format(
    'yandex_iam_token',
    'YANDEX_KEY',
    'Yandex Cloud IAM tokens (gitleaks yandex-access-token)',
    't1\\.[A-Za-z0-9_-]{10,200}={0,2}\\.[A-Za-z0-9_-]{86}={0,2}',
    `yandex iam t1.${fill(ALNUM, 60, 267)}.${fill(ALNUM, 86, 268)}`,
    { context: ['yandex'] },
  ),
  format(
    'yandex_access_key',
    'YANDEX_KEY',
    'Yandex Cloud static access keys (gitleaks yandex-aws-access-token)',
    'YC[A-Za-z0-9_-]{38}',
    `yandex access key YC${fill(ALNUM, 38, 269)}`,
    { context: ['yandex'] },
  ),
  format(
    'dropbox_long_lived_token',
    'DROPBOX_TOKEN',
    'Dropbox long-lived access tokens (gitleaks dropbox-long-lived-api-token)',
    '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}',
    `dropbox token ${fill(ALNUM, 11, 270)}AAAAAAAAAA${fill(ALNUM, 43, 271)}`,
    { context: ['dropbox'] },
  ),
  format(
    'sourcegraph_legacy_token',
    'SOURCEGRAPH_TOKEN',
    'Sourcegraph access tokens without the sgp_ prefix (gitleaks sourcegraph-access-token)',
    '[a-fA-F0-9]{40}',
    `sourcegraph token ${fill(HEX, 40, 274)}`,
    { context: ['sourcegraph', 'src_access_token'] },
  ),
  format(
    'sonar_legacy_token',
    'SONAR_TOKEN',
    'SonarQube / SonarCloud tokens of 40 characters next to a sonar word (gitleaks sonar-api-token)',
    '(?:sq[upa]_)?[A-Za-z0-9]{40}',
    `SONAR_TOKEN=${fill(ALNUM, 40, 275)}`,
    { context: ['sonar'], minEntropy: 3 },
  ),
  format(
    'sumologic_access_id',
    'SUMOLOGIC_KEY',
    'Sumo Logic access ids (gitleaks sumologic-access-id)',
    'su[A-Za-z0-9]{12}',
    `SUMO_ACCESS_ID=su${fill(ALNUM, 12, 276)}`,
    {
      context: ['sumo', 'sumologic', 'sumoid', 'sumo_access', 'sumoaccess'],
    },
  ),
  format(
    'facebook_app_token',
    'FACEBOOK_TOKEN',
    'Facebook app access tokens, app id | app secret (gitleaks facebook-access-token)',
    '[0-9]{15,16}(?:\\||%7[Cc])[A-Za-z0-9_-]{27,40}',
    `facebook ${fill('0123456789', 16, 277)}|${fill(ALNUM, 27, 278)}`,
    { context: ['facebook', 'fb_access_token', 'graph.facebook.com'] },
  ),
  format(
    'trello_token',
    'TRELLO_TOKEN',
    'Trello API keys and tokens (gitleaks trello-access-token)',
    '[A-Za-z0-9]{32}|[a-f0-9]{64}',
    `trello api key ${fill(ALNUM, 32, 279)}`,
    {
      context: ['trello'],
      minEntropy: 3.3,
    },
  ),
  format(
    'vercel_token',
    'VERCEL_TOKEN',
    'Vercel access tokens (24 characters)',
    '[A-Za-z0-9]{24}',
    `VERCEL_TOKEN=${fill(ALNUM, 24, 301)}`,
    { context: ['vercel'], minEntropy: 3.3 },
  ),
  format('railway_token', 'RAILWAY_TOKEN', 'Railway API and project tokens', UUID_ANY_CASE, `RAILWAY_TOKEN=${uuid(302)}`, {
    context: ['railway'],
  }),
  format(
    'auth0_client_secret',
    'AUTH0_SECRET',
    'Auth0 client secrets and management API tokens (64 characters)',
    '[A-Za-z0-9_-]{64}',
    `AUTH0_CLIENT_SECRET=${fill(ALNUM, 64, 303)}`,
    { context: ['auth0'], minEntropy: 3.5 },
  ),
  format(
    'pagerduty_token',
    'PAGERDUTY_TOKEN',
    'PagerDuty REST API keys and integration keys',
    '(?:u\\+)?[A-Za-z0-9_+-]{20}|[a-f0-9]{32}',
    `pagerduty api key ${fill(ALNUM, 20, 304)}`,
    { context: ['pagerduty'], minEntropy: 3 },
  ),
  // Vendor keys with no prefix that trufflehog recognises by the vendor's name nearby (pkg/detectors
  // todoist, onelogin, nugetapikey, braintreepayments, razorpay, jumpcloud, tomtom, honeycomb).
  format('todoist_token', 'TODOIST_TOKEN', 'Todoist API tokens', '[a-z0-9]{40}', `todoist token ${fill(LOWER_ALNUM, 40, 340)}`, {
    context: ['todoist'],
  }),
  format(
    'onelogin_client_secret',
    'ONELOGIN_SECRET',
    'OneLogin API client ids and secrets (64 characters)',
    '[a-z0-9]{64}',
    `onelogin client secret ${fill(LOWER_ALNUM, 64, 341)}`,
    { context: ['onelogin'] },
  ),
  format(
    'nuget_api_key_unprefixed',
    'NUGET_API_KEY',
    'NuGet API keys without the oy2 prefix (46 characters)',
    '[a-z0-9]{46}',
    `nuget push -k ${fill(LOWER_ALNUM, 46, 342)}`,
    { context: ['nuget'] },
  ),
  format(
    'braintree_private_key',
    'BRAINTREE_TOKEN',
    'PayPal Braintree private keys (32 hex digits)',
    '[a-f0-9]{32}',
    `braintree private key ${fill(HEX, 32, 343)}`,
    { context: ['braintree'] },
  ),
  format(
    'razorpay_secret',
    'RAZORPAY_SECRET',
    'Razorpay key secrets (24 characters)',
    '[A-Za-z0-9]{24}',
    `razorpay key secret ${fill(ALNUM, 24, 344)}`,
    { context: ['razorpay'], minEntropy: 3.3 },
  ),
  format(
    'jumpcloud_api_key',
    'JUMPCLOUD_KEY',
    'JumpCloud API keys (40 characters)',
    '[A-Za-z0-9]{40}',
    `jumpcloud api key ${fill(ALNUM, 40, 345)}`,
    { context: ['jumpcloud'], minEntropy: 3.5 },
  ),
  format('tomtom_api_key', 'TOMTOM_KEY', 'TomTom API keys (32 characters)', '[A-Za-z0-9]{32}', `tomtom key ${fill(ALNUM, 32, 346)}`, {
    context: ['tomtom'],
    minEntropy: 3.5,
  }),
  // trufflehog salesforce: any `00` id of 15 characters, `!`, 96 (the 00D row needs no vendor word).
  format(
    'salesforce_session_id',
    'SALESFORCE_TOKEN',
    'Salesforce session ids of any 00 key prefix (15-character id, !, 96)',
    '00[A-Za-z0-9]{13}![A-Za-z0-9._]{96}',
    `salesforce session 00${fill(ALNUM, 13, 349)}!${fill(ALNUM, 96, 350)}`,
    { context: ['salesforce', 'sfdc', 'force.com'], edge: 'A-Za-z0-9_\\-!' },
  ),
  format(
    'honeycomb_api_key',
    'HONEYCOMB_KEY',
    'Honeycomb API keys (22 characters; classic keys 32 hex digits)',
    '[A-Za-z0-9]{22}|[a-f0-9]{32}',
    `honeycomb key ${fill(ALNUM, 22, 347)}`,
    { context: ['honeycomb'], minEntropy: 3.3 },
  ),
  format(
    'jenkins_api_token',
    'JENKINS_TOKEN',
    'Jenkins API tokens (11 + 32 hex)',
    '11[a-f0-9]{32}',
    `jenkins api token 11${fill(HEX, 32, 305)}`,
    { context: ['jenkins'] },
  ),
  format('gitea_token', 'GITEA_TOKEN', 'Gitea / Forgejo access tokens', '[a-f0-9]{40}', `GITEA_TOKEN=${fill(HEX, 40, 306)}`, {
    context: ['gitea', 'forgejo'],
  }),
  format(
    'azure_openai_key',
    'AZURE_KEY',
    'Azure OpenAI and Cognitive Services keys (32 hex)',
    '[a-f0-9]{32}',
    `AZURE_OPENAI_API_KEY=${fill(HEX, 32, 307)}`,
    { context: ['azure_openai', 'azure openai', 'openai.azure.com', 'cognitiveservices', 'ocp-apim-subscription-key'] },
  ),
  format(
    'kubernetes_bootstrap_token',
    'KUBERNETES_TOKEN',
    'Kubernetes bootstrap tokens (token id . token secret)',
    '[a-z0-9]{6}\\.[a-z0-9]{16}',
    `kubeadm join 10.0.0.1:6443 --token ${fill(LOWER_ALNUM, 6, 308)}.${fill(LOWER_ALNUM, 16, 808)}`,
    { context: ['kubeadm', 'bootstrap token', 'bootstrap-token', 'discovery-token'] },
  ),
  format(
    'mollie_api_key',
    'MOLLIE_KEY',
    'Mollie API keys',
    '(?:live|test)_[A-Za-z0-9]{30}',
    `mollie api key live_${fill(ALNUM, 30, 309)}`,
    { context: ['mollie'] },
  ),
  format(
    'adyen_api_key',
    'ADYEN_KEY',
    'Adyen API keys (AQE…)',
    'AQE[A-Za-z0-9+/=._-]{50,300}',
    `X-API-Key (adyen): AQE${fill(ALNUM, 80, 310)}`,
    { context: ['adyen'], edge: 'A-Za-z0-9_\\-+/=', minEntropy: 3.5 },
  ),
  format(
    'alpaca_key_id',
    'ALPACA_KEY',
    'Alpaca trading API key ids',
    '(?:PK|AK|CK)[A-Z0-9]{18}',
    `APCA-API-KEY-ID (alpaca): PK${fill(UPPER_ALNUM, 18, 311)}`,
    { context: ['alpaca', 'apca'] },
  ),
  format(
    'openweather_api_key',
    'OPENWEATHER_KEY',
    'OpenWeatherMap API keys',
    '[a-f0-9]{32}',
    `openweathermap appid=${fill(HEX, 32, 312)}`,
    { context: ['openweather', 'openweathermap'] },
  ),
  format('pusher_secret', 'PUSHER_KEY', 'Pusher Channels app secrets', '[a-f0-9]{20}', `PUSHER_APP_SECRET=${fill(HEX, 20, 313)}`, {
    context: ['pusher'],
  }),
  format(
    'ably_api_key',
    'ABLY_KEY',
    'Ably API keys (app id . key id : secret)',
    '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}',
    `ABLY_API_KEY=${fill(ALNUM, 6, 314)}.${fill(ALNUM, 6, 814)}:${fill(ALNUM, 43, 914)}`,
    { context: ['ably'] },
  ),
  format(
    'sanity_token',
    'SANITY_TOKEN',
    'Sanity API tokens (sk + 70–90 characters)',
    'sk[A-Za-z0-9]{70,90}',
    `SANITY_API_TOKEN=sk${fill(ALNUM, 80, 315)}`,
    { context: ['sanity'] },
  ),
  format('lokalise_token', 'LOKALISE_TOKEN', 'Lokalise API tokens', '[a-f0-9]{40}', `X-Api-Token (lokalise): ${fill(HEX, 40, 316)}`, {
    context: ['lokalise'],
  }),
  format('bugsnag_api_key', 'BUGSNAG_KEY', 'Bugsnag API and notifier keys', '[a-f0-9]{32}', `BUGSNAG_API_KEY=${fill(HEX, 32, 317)}`, {
    context: ['bugsnag'],
  }),
  format('rollbar_token', 'ROLLBAR_TOKEN', 'Rollbar access tokens', '[a-f0-9]{32}', `ROLLBAR_ACCESS_TOKEN=${fill(HEX, 32, 318)}`, {
    context: ['rollbar'],
  }),
  format('loggly_token', 'LOGGLY_TOKEN', 'Loggly customer tokens', UUID_ANY_CASE, `logs-01.loggly.com/inputs/${uuid(319)}`, {
    context: ['loggly'],
  }),
  format(
    'uptimerobot_api_key',
    'UPTIMEROBOT_KEY',
    'UptimeRobot main and monitor API keys',
    '[umr][0-9]{6,9}-[a-f0-9]{24}',
    `uptimerobot api_key=u1234567-${fill(HEX, 24, 320)}`,
    { context: ['uptimerobot'] },
  ),
  format(
    'browserstack_key',
    'BROWSERSTACK_KEY',
    'BrowserStack access keys',
    '[A-Za-z0-9]{20}',
    `BROWSERSTACK_ACCESS_KEY=${fill(ALNUM, 20, 321)}`,
    { context: ['browserstack'], minEntropy: 3.3 },
  ),
  format('saucelabs_key', 'SAUCELABS_KEY', 'Sauce Labs access keys', UUID_ANY_CASE, `SAUCE_ACCESS_KEY=${uuid(322)}`, {
    context: ['sauce'],
  }),
  format('freshdesk_key', 'FRESHDESK_KEY', 'Freshdesk API keys', '[A-Za-z0-9]{20}', `freshdesk api key ${fill(ALNUM, 20, 323)}`, {
    context: ['freshdesk'],
    minEntropy: 3.3,
  }),
  format(
    'pipedrive_token',
    'PIPEDRIVE_TOKEN',
    'Pipedrive API tokens (trufflehog pipedrive: 40 letters or digits)',
    '[A-Za-z0-9]{40}',
    `pipedrive api_token=${fill(HEX, 40, 324)}`,
    {
      context: ['pipedrive'],
    },
  ),
  format(
    'smartsheet_token',
    'SMARTSHEET_TOKEN',
    'Smartsheet API access tokens',
    '[A-Za-z0-9]{26,37}',
    `SMARTSHEET_ACCESS_TOKEN=${fill(ALNUM, 37, 325)}`,
    { context: ['smartsheet'], minEntropy: 3.5 },
  ),
  format('webflow_token', 'WEBFLOW_TOKEN', 'Webflow API tokens', '[a-f0-9]{64}', `WEBFLOW_API_TOKEN=${fill(HEX, 64, 326)}`, {
    context: ['webflow'],
  }),
  format(
    'squarespace_token',
    'SQUARESPACE_TOKEN',
    'Squarespace API keys (gitleaks squarespace-access-token)',
    UUID_ANY_CASE,
    `squarespace api key ${uuid(327)}`,
    { context: ['squarespace'] },
  ),
  format('bitly_token', 'BITLY_TOKEN', 'Bitly access tokens', '[A-Za-z0-9]{40}', `BITLY_ACCESS_TOKEN=${fill(HEX, 40, 328)}`, {
    context: ['bitly'],
  }),
  format('spotify_secret', 'SPOTIFY_SECRET', 'Spotify client secrets', '[a-f0-9]{32}', `SPOTIFY_CLIENT_SECRET=${fill(HEX, 32, 329)}`, {
    context: ['spotify'],
  }),
  format('vonage_secret', 'VONAGE_SECRET', 'Vonage (Nexmo) API secrets', '[A-Za-z0-9]{16}', `VONAGE_API_SECRET=${fill(ALNUM, 16, 330)}`, {
    context: ['vonage', 'nexmo'],
    minEntropy: 3,
  }),
  format('mailjet_key', 'MAILJET_KEY', 'Mailjet API keys and secrets', '[a-f0-9]{32}', `MAILJET_API_SECRET=${fill(HEX, 32, 331)}`, {
    context: ['mailjet'],
  }),
  format(
    'mandrill_key',
    'MANDRILL_KEY',
    'Mandrill (Mailchimp Transactional) API keys',
    '[A-Za-z0-9_-]{22}',
    `MANDRILL_API_KEY=${fill(ALNUM, 22, 332)}`,
    { context: ['mandrill'], minEntropy: 3.3 },
  ),
  format(
    'revenuecat_key',
    'REVENUECAT_KEY',
    'RevenueCat secret API keys',
    'sk_[A-Za-z0-9]{32}',
    `REVENUECAT_SECRET_KEY=sk_${fill(ALNUM, 32, 333)}`,
    { context: ['revenuecat'] },
  ),
  format(
    'sentry_access_token',
    'SENTRY_TOKEN',
    'Sentry auth tokens, 64 hex (gitleaks sentry-access-token)',
    '[a-f0-9]{64}',
    `SENTRY_AUTH_TOKEN=${fill(HEX, 64, 292)}`,
    {
      context: ['sentry'],
    },
  ),
  format(
    'sidekiq_secret',
    'SIDEKIQ_SECRET',
    'Sidekiq gem-server credentials in Bundler settings (gitleaks sidekiq-secret)',
    '[a-f0-9]{8}:[a-f0-9]{8}',
    `BUNDLE_GEMS__CONTRIBSYS__COM=${fill(HEX, 8, 272)}:${fill(HEX, 8, 273)}`,
    { context: ['bundle_gems__contribsys__com', 'bundle_enterprise__contribsys__com'], minEntropy: 2.5 },
  ),
];

/** Every format of this table, in catalog order (prefixed first: the more specific wins an overlap). */
export const SECRET_FORMATS: readonly SecretFormat[] = [...PREFIXED_FORMATS, ...CONTEXT_FORMATS];

/** The detectors built from the table, for the catalog. */
export const secretFormatDetectors: readonly ValueDetector[] = SECRET_FORMATS.map(secretFormatDetector);
