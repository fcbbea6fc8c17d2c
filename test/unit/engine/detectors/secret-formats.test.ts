import { describe, expect, it } from 'vitest';
import { builtinDetectors } from '../../../../src/engine/detect/catalog.js';
import { minMatchLength } from '../../../../src/engine/detect/values/secret-format.js';
import { SECRET_FORMATS } from '../../../../src/engine/detect/values/secret-formats.js';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

// Every vendor secret format of the table, through the whole engine: as free text, and as a JSON
// record with the value under a neutral key. The values are written here from the vendors'
// documented shapes and the public rule sets, not from our patterns:
// - gitleaks config/gitleaks.toml (commit b58d3f1, 2026-07): prefixes, lengths and alphabets of
//   the rules named in each detector's description (databricks-api-token `dapi` + 32 hex,
//   digitalocean-pat `dop_v1_` + 64 hex, dynatrace-api-token `dt0c01.` + 24 + `.` + 64,
//   azure-ad-client-secret 3 characters + digit + `Q~` + 31–34, postman-api-token `PMAK-` + 24 hex
//   + `-` + 34 hex, atlassian `ATATT3` + 186, twitter-bearer-token 20+ `A`s…);
// - trufflehog pkg/detectors (groq `gsk_` + 52, replicate `r8_` + 37, deno deploy `ddp_` + 36,
//   tailscale `tskey-auth-…`, docker hub `dckr_pat_`, circleci `CCIPAT_`…);
// - vendors' docs: HashiCorp Vault token formats (hvs./hvb./hvr.; `hvs.` + 24 for a root-namespace
//   service token), age's identity format (Bech32, HRP age-secret-key-; the two keys below are
//   public test fixtures from public repositories), New Relic key types (NRAK/NRII/NRIQ/NRJS/NRAA,
//   license keys ending NRAL), Azure DevOps 84-character PATs with the AZDO signature, Slack-style
//   webhook URLs of Teams, Discord, Google Chat, Zapier and IFTTT.
// The random parts come from a fixed-seed generator, so each body is random-looking and stable.

const engine = testEngine();

let state = 0x9e3779b9;
function rnd(alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const h = (n: number) => rnd(HEX, n);
const a = (n: number) => rnd(ALNUM, n);
const u = (n: number) => rnd(UPPER, n);
const l = (n: number) => rnd(LOWER, n);
const d = (n: number) => rnd(DIGITS, n);
const uuid = () => `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;

interface Case {
  id: string;
  /** The literal part a token starts with (kept in look-alikes); '' when none. */
  prefix: string;
  /** The random part. */
  body: string;
  /** What follows the body in the token (`-X` of Flutterwave). */
  suffix?: string;
  /** The part that must not survive masking, when not the whole token (webhook URLs). */
  secret?: string;
  /** For context formats: the words written before the token. */
  context?: string;
}

const c = (id: string, prefix: string, body: string, more: Omit<Case, 'id' | 'prefix' | 'body'> = {}): Case => ({
  id,
  prefix,
  body,
  ...more,
});

const teamsSecret = `${uuid()}@${uuid()}/IncomingWebhook/${a(32)}/${uuid()}`;
const discordSecret = a(68);
const chatToken = `${a(43)}%3D`;
const zapierSecret = `${d(7)}/${l(6)}`;
const iftttKey = a(22);
const dsnKey = h(32);
const sidekiqCreds = `${h(8)}:${h(8)}`;

const PREFIXED: Case[] = [
  c('groq_api_key', 'gsk_', a(52)),
  c('xai_api_key', 'xai-', a(80)),
  c('perplexity_api_key', 'pplx-', a(48)),
  c('openrouter_api_key', 'sk-or-v1-', h(64)),
  c('replicate_api_token', 'r8_', a(37)),
  c('langsmith_api_key', 'lsv2_pt_', `${h(32)}_${h(10)}`),
  c('langfuse_secret_key', 'sk-lf-', uuid()),
  c('pinecone_api_key', 'pcsk_', `${a(6)}_${a(60)}`),
  c('elevenlabs_api_key', 'sk_', h(48)),
  c('tavily_api_key', 'tvly-', a(32)),
  c('firecrawl_api_key', 'fc-', h(32)),
  c('cerebras_api_key', 'csk-', l(48)),
  c('nvidia_api_key', 'nvapi-', a(64)),
  c('llamacloud_api_key', 'llx-', a(48)),
  c('databricks_token', 'dapi', h(32)),
  c('digitalocean_pat', 'dop_v1_', h(64)),
  c('digitalocean_oauth_token', 'doo_v1_', h(64)),
  c('digitalocean_refresh_token', 'dor_v1_', h(64)),
  c('alibaba_access_key_id', 'LTAI', a(20)),
  c('tencent_secret_id', 'AKID', a(32)),
  c('scaleway_access_key', 'SCW', u(17)),
  c('aws_bedrock_api_key', 'ABSK', a(132)),
  c('aws_bedrock_short_term_key', 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', a(120)),
  c('azure_ad_client_secret', '', `${a(3)}7Q~${a(34)}`),
  c('azure_devops_pat', '', `${a(76)}AZDO${a(4)}`),
  c('google_oauth_access_token', 'ya29.', a(150)),
  c('google_oauth_refresh_token', '1//0', a(98)),
  c('firebase_fcm_server_key', '', `AAAA${a(7)}:APA91b${a(134)}`),
  c('private_key_der_base64', 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg', a(60)),
  c('heroku_api_key_v2', 'HRKU-AA', a(58)),
  c('render_api_key', 'rnd_', a(32)),
  c('flyio_token', 'fm2_', a(200)),
  c('netlify_pat', 'nfp_', a(36)),
  c('deno_deploy_token', 'ddp_', a(36)),
  c('supabase_access_token', 'sbp_', h(40)),
  // Red-team round 19 (trufflehog pkg/detectors regexes: cloudflareapitoken v2, github v2, intercom,
  // zohocrm, rootly, sonarcloud v2, checkout, jiratoken v2).
  c('cloudflare_api_token_v2', 'cfat_', `${a(40)}${h(8)}`),
  c('github_long_token', 'ghs_', a(100)),
  c('intercom_access_token_b64', 'dG9rO', `${a(54)}=`),
  c('zoho_oauth_token', '1000.', `${h(32)}.${h(32)}`),
  c('rootly_api_key', 'rootly_', h(64)),
  c('sonarcloud_token', 'sqco_', a(59)),
  c('checkout_secret_key', 'sk_test_', uuid()),
  c('atlassian_api_token_short', 'ATATT', `${a(52)}=${a(8)}`),
  c('supabase_secret_key', 'sb_secret_', a(31)),
  c('planetscale_token', 'pscale_tkn_', a(43)),
  c('planetscale_oauth_token', 'pscale_oauth_', a(43)),
  c('planetscale_password', 'pscale_pw_', a(43)),
  c('cloudflare_origin_ca_key', 'v1.0-', `${h(24)}-${h(146)}`),
  c('clickhouse_cloud_secret', '4b1d', a(38)),
  c('akamai_edgegrid_token', 'akab-', `${l(16)}-${l(16)}`),
  c('scalingo_api_token', 'tk-us-', a(48)),
  c('openshift_user_token', 'sha256~', a(43)),
  c('vault_service_token', 'hvs.', a(24)),
  c('vault_batch_token', 'hvb.', a(150)),
  c('vault_recovery_token', 'hvr.', a(26)),
  c('terraform_cloud_token', '', `${a(14)}.atlasv1.${a(67)}`),
  c('pulumi_token', 'pul-', h(40)),
  c('doppler_personal_token', 'dp.pt.', a(43)),
  c('doppler_service_token', 'dp.st.', `dev.${a(43)}`),
  c('onepassword_secret_key', 'A3-', `${u(6)}-${u(11)}-${u(5)}-${u(5)}-${u(5)}`),
  c('onepassword_service_token', 'ops_eyJ', a(300)),
  // Public age test fixtures (a Rust doc comment and a Swift test's sample.key).
  c('age_secret_key', 'AGE-SECRET-KEY-1', 'N84CR29PJTUQA22ALHP4YDL5ZFMXPW5GVETVY3UK58ZD6NPNPDLS4MCZFS'),
  c('age_secret_key', 'AGE-SECRET-KEY-1', 'JQ4L7CGCHC2TE7JUJ7YG4Y4DREUWFD7Y6U5XKFZ3EYTNY62Z5PES6MWJVN'),
  // Shape only: a broken Bech32 checksum and gitleaks' all-Q sample are masked too.
  c('age_secret_key', 'AGE-SECRET-KEY-1', 'N84CR29PJTUQA22ALHP4YDL5ZFMXPW5GVETVY3UK58ZD6NPNPDLS4MCZFQ'),
  c('age_secret_key', 'AGE-SECRET-KEY-1', 'Q'.repeat(58)),
  c('harness_api_key', 'pat.', `${a(22)}.${a(24)}.${a(20)}`),
  c('octopus_deploy_api_key', 'API-', u(26)),
  c('buildkite_token', 'bkua_', h(40)),
  c('circleci_token', 'CCIPAT_', `${a(22)}_${h(40)}`),
  c('docker_hub_token', 'dckr_pat_', a(27)),
  c('sonarqube_token', 'squ_', h(40)),
  c('artifactory_api_key', 'AKCp', a(69)),
  c('artifactory_reference_token', 'cmVmd', a(59)),
  c('nuget_api_key', 'oy2', l(43)),
  c('rubygems_api_key', 'rubygems_', h(48)),
  c('clojars_token', 'CLOJARS_', l(60)),
  c('crates_io_token', 'cio', a(32)),
  c('gitlab_feature_flag_token', 'glffct-', a(20)),
  c('bitbucket_app_password', 'ATBB', a(32)),
  c('atlassian_api_token', 'ATATT3', a(186)),
  c('linear_api_key', 'lin_api_', a(40)),
  c('linear_oauth_token', 'lin_oauth_', h(64)),
  c('notion_token', 'ntn_', `${d(11)}${a(35)}`),
  c('notion_legacy_token', 'secret_', a(43)),
  c('postman_api_key', 'PMAK-', `${h(24)}-${h(34)}`),
  c('sourcegraph_token', 'sgp_', `${h(16)}_${h(40)}`),
  c('sourcegraph_token', 'sgp_', h(40)),
  c('sentry_user_token', 'sntryu_', h(64)),
  c('sentry_org_token', 'sntrys_eyJ', `${a(140)}_${a(43)}`),
  c('sentry_dsn', 'https://', `${dsnKey}@o4505.ingest.us.sentry.io`, { suffix: '/4506', secret: dsnKey }),
  c('new_relic_user_key', 'NRAK-', u(27)),
  c('new_relic_insights_key', 'NRII-', a(32)),
  c('new_relic_browser_key', 'NRJS-', h(19)),
  c('new_relic_admin_key', 'NRAA-', h(27)),
  c('new_relic_license_key', '', h(36), { suffix: 'NRAL' }),
  c('dynatrace_token', 'dt0c01.', `${u(24)}.${u(64)}`),
  c('grafana_api_key', 'eyJrIjoi', a(90)),
  c('grafana_cloud_token', 'glc_', a(120)),
  c('grafana_service_account_token', 'glsa_', `${a(32)}_${h(8)}`),
  c('launchdarkly_key', 'sdk-', uuid()),
  c('configcat_sdk_key', 'configcat-sdk-1/', `${a(22)}/${a(22)}`),
  c('posthog_personal_key', 'phx_', a(43)),
  c('maxmind_license_key', '', `${a(6)}_${a(29)}`, { suffix: '_mmk' }),
  c('infracost_token', 'ico-', a(32)),
  c('prefect_token', 'pnu_', a(36)),
  c('readme_token', 'rdme_', l(70)),
  c('tailscale_key', 'tskey-auth-', `${a(12)}-${a(33)}`),
  c('youtrack_token', 'perm:', `${a(12)}.${a(8)}.${a(30)}`),
  c('figma_token', 'figd_', a(40)),
  c('typeform_token', 'tfp_', a(59)),
  c('contentful_pat', 'CFPAT-', a(43)),
  c('airtable_pat', 'pat', `${a(14)}.${h(64)}`),
  c('clickup_token', 'pk_', `${d(8)}_${u(32)}`),
  c('klaviyo_private_key', 'pk_', h(34)),
  c('hubspot_private_app_token', 'pat-na1-', uuid()),
  c('salesforce_access_token', '00D', `${a(15)}!${a(96)}`),
  c('pinterest_token', 'pina_', u(90)),
  c('instagram_token', 'IGQV', a(180)),
  c('facebook_access_token', 'EAAG', a(200)),
  c('twitter_bearer_token', 'AAAAAAAAAAAAAAAAAAAAA', a(90)),
  c('discord_webhook', 'https://discord.com/api/webhooks/', `${d(18)}/${discordSecret}`, { secret: discordSecret }),
  c('telegram_bot_token', '', `${d(10)}:AA${a(33)}`),
  c('ms_teams_webhook', 'https://contoso.webhook.office.com/webhookb2/', teamsSecret, { secret: teamsSecret }),
  c('google_chat_webhook', 'https://chat.googleapis.com/v1/spaces/', `AAAA${a(7)}/messages?key=AIza${a(35)}&token=${chatToken}`, {
    secret: chatToken,
  }),
  c('zapier_webhook', 'https://hooks.zapier.com/hooks/catch/', zapierSecret, { secret: zapierSecret }),
  c('ifttt_webhook_key', 'https://maker.ifttt.com/trigger/door_open/with/key/', iftttKey, { secret: iftttKey }),
  c('brevo_api_key', 'xkeysib-', `${h(64)}-${a(16)}`),
  c('brevo_smtp_key', 'xsmtpsib-', `${h(64)}-${a(16)}`),
  c('mailgun_api_key', 'key-', h(32)),
  c('mailchimp_api_key', '', h(32), { suffix: '-us21' }),
  c('resend_api_key', 're_', `${a(8)}_${a(24)}`),
  c('square_access_token', 'EAAA', a(60)),
  c('square_access_token', 'sq0atp-', a(22)),
  c('square_oauth_secret', 'sq0csp-', a(43)),
  c('shopify_access_token', 'shpat_', h(32)),
  c('shopify_custom_app_token', 'shpca_', h(32)),
  c('shopify_private_app_token', 'shppa_', h(32)),
  c('shopify_shared_secret', 'shpss_', h(32)),
  c('braintree_access_token', 'access_token$production$', `${l(16)}$${h(32)}`),
  c('razorpay_key', 'rzp_live_', a(14)),
  c('flutterwave_secret_key', 'FLWSECK_TEST-', h(32), { suffix: '-X' }),
  c('flutterwave_encryption_key', 'FLWSECK_TEST', h(12)),
  c('plaid_access_token', 'access-sandbox-', uuid()),
  c('shippo_token', 'shippo_live_', h(40)),
  c('easypost_api_key', 'EZAK', a(54)),
  c('easypost_test_key', 'EZTK', a(54)),
  c('duffel_token', 'duffel_test_', a(43)),
  c('checkout_sandbox_key', 'sk_sbox_', rnd(B32, 27)),
  c('paddle_api_key', 'pdl_sdbx_apikey_', `${l(26)}_${a(22)}_${a(3)}`),
  c('mapbox_secret_token', 'sk.eyJ', `1Ijoi${a(60)}.${a(22)}`),
  c('adafruit_io_key', 'aio_', a(28)),
  c('ubidots_token', 'BBFF-', a(30)),
  c('frameio_token', 'fio-u-', a(64)),
  c('adobe_client_secret', 'p8e-', a(32)),
  c('authress_access_key', 'sc_', `${a(10)}.${a(5)}.acc_${a(20)}.${a(60)}`),
  c('intra42_client_secret', 's-s4t2ud-', h(64)),
  c('settlemint_token', 'sm_aat_', a(16)),
  c('sidekiq_credentials_url', 'https://', `${sidekiqCreds}@enterprise.contribsys.com`, { suffix: '/', secret: sidekiqCreds }),
  c('defined_networking_token', 'dnkey-', `${a(26)}-${a(52)}`),
  c('yandex_api_key', 'AQVN', a(37)),
  c('dropbox_short_lived_token', 'sl.', a(140)),
  c('woocommerce_key', 'ck_', h(40)),
  c('woocommerce_key', 'cs_', h(40)),
  c('onesignal_api_key', 'os_v2_app_', l(113)),
  c('vercel_blob_token', 'vercel_blob_rw_', `${a(16)}_${a(30)}`),
  c('atlassian_connect_token', 'ATCTT3', a(180)),
  c('cloudflare_global_key_v2', 'cfk_', `${a(40)}${h(8)}`),
  c('alchemy_token', 'alcht_', a(30)),
  c('apify_token', 'apify_api_', a(36)),
  c('airtable_oauth_token', 'oaa', `${a(14)}.v1.${a(150)}.${h(64)}`),
  // trufflehog pkg/detectors bitbucketapppassword test value.
  c('bitbucket_app_password', 'ATBB', '123abcDEF456ghiJKL789mnoPQR'),
  // jwt.io's example token, base64-encoded once more (as a JWT sits in a base64 header or env file).
  c(
    'jwt_base64',
    'ZXlK',
    'aGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5LmV5SnpkV0lpT2lJeE1qTTBOVFkzT0Rrd0lpd2libUZ0WlNJNklrcHZhRzRnUkc5bElpd2lhV0YwSWpveE5URTJNak01TURJeWZRLlNmbEt4d1JKU01lS0tGMlFUNGZ3cE1lSmYzNlBPazZ5SlZfYWRRc3N3NWM=',
  ),
  // Twitch IRC chat login (`PASS oauth:` + a 30-character user access token, Twitch chat docs).
  c('twitch_chat_oauth_token', 'oauth:', l(30)),
  // Telnyx API v2 key (trufflehog telnyx); a literal body keeps the generator's sequence for the rows below.
  c('telnyx_api_key', 'KEY', 'GyrrAAzNCchvEzgVWh3MGUxDMTIZAKguSGRsREBy9xmMYLg4g6LuirB'),
];

const CONTEXT: Case[] = [
  c('cohere_api_key', '', a(40), { context: 'COHERE_API_KEY=' }),
  c('mistral_api_key', '', a(32), { context: 'mistral api key:' }),
  c('wandb_api_key', '', h(40), { context: 'wandb login' }),
  c('assemblyai_api_key', '', h(32), { context: 'assemblyai token' }),
  c('deepgram_api_key', '', h(40), { context: 'Authorization: Token (deepgram)' }),
  c('alibaba_secret_key', '', a(30), { context: 'alibaba_cloud_access_key_secret:' }),
  c('azure_devops_legacy_pat', '', rnd(B32, 52), { context: 'AZURE_DEVOPS_EXT_PAT=' }),
  c('heroku_api_key', '', uuid(), { context: 'HEROKU_API_KEY=' }),
  c('linode_token', '', h(64), { context: 'linode-cli token' }),
  c('hetzner_token', '', a(64), { context: 'HCLOUD_TOKEN=' }),
  c('okta_api_token', '00', a(40), { context: 'okta api token' }),
  c('cloudflare_api_token', '', a(40), { context: 'CLOUDFLARE_API_TOKEN=' }),
  c('cloudflare_global_api_key', '', h(37), { context: 'cloudflare global key' }),
  c('vault_legacy_token', 's.', a(24), { context: 'VAULT_TOKEN=' }),
  c('snyk_token', '', uuid(), { context: 'SNYK_TOKEN=' }),
  c('codecov_token', '', uuid(), { context: 'CODECOV_TOKEN=' }),
  c('travis_ci_token', '', a(22), { context: 'travis token' }),
  c('drone_ci_token', '', a(32), { context: 'DRONE_TOKEN=' }),
  c('atlassian_legacy_token', '', a(24), { context: 'jira api token' }),
  c('datadog_api_key', '', h(32), { context: 'DD_API_KEY=' }),
  c('datadog_app_key', '', h(40), { context: 'datadog app key' }),
  c('sumologic_token', '', a(64), { context: 'SUMO_ACCESS_KEY=' }),
  c('splunk_hec_token', '', uuid().toUpperCase(), { context: 'Authorization: Splunk' }),
  c('opsgenie_api_key', '', uuid(), { context: 'Authorization: GenieKey' }),
  c('ngrok_authtoken', '', `${a(27)}_${a(21)}`, { context: 'ngrok config add-authtoken' }),
  c('asana_pat', '', `2/${d(16)}/${d(16)}:${a(32)}`, { context: 'asana pat' }),
  c('hubspot_api_key', '', uuid(), { context: 'hubspot ?hapikey=' }),
  c('intercom_token', '', `${a(59)}=`, { context: 'intercom access token' }),
  c('zendesk_token', '', a(40), { context: 'ZENDESK_API_TOKEN=' }),
  c('twitter_access_token', '', `${d(19)}-${a(30)}`, { context: 'twitter access token' }),
  c('discord_bot_token', 'M', `${a(23)}.${a(6)}.${a(27)}`, { context: 'DISCORD_TOKEN=' }),
  c('mattermost_token', '', l(26), { context: 'mattermost token' }),
  c('twilio_account_sid', 'AC', h(32), { context: 'TWILIO_ACCOUNT_SID=' }),
  c('twilio_auth_token', '', h(32), { context: 'twilio auth token' }),
  c('mailgun_signing_key', '', `${h(32)}-${h(8)}-${h(8)}`, { context: 'mailgun webhook signing key' }),
  c('postmark_token', '', uuid(), { context: 'X-Postmark-Server-Token:' }),
  c('sparkpost_api_key', '', h(40), { context: 'SPARKPOST_API_KEY=' }),
  c('messagebird_api_key', '', a(25), { context: 'messagebird access key' }),
  c('plaid_secret', '', h(30), { context: 'PLAID_SECRET=' }),
  c('gocardless_token', 'live_', a(40), { context: 'GOCARDLESS_ACCESS_TOKEN=' }),
  c('lob_api_key', 'test_', h(35), { context: 'lob api key' }),
  c('coinbase_token', '', a(64), { context: 'coinbase access token' }),
  c('kraken_token', '', a(86), { context: 'kraken api-key' }),
  c('kucoin_key', '', h(24), { context: 'KUCOIN_API_KEY=' }),
  c('binance_key', '', a(64), { context: 'BINANCE_API_SECRET=' }),
  c('finnhub_token', '', l(20), { context: 'finnhub token' }),
  c('algolia_api_key', '', h(32), { context: 'ALGOLIA_ADMIN_KEY=' }),
  c('confluent_secret', '', a(64), { context: 'confluent api secret' }),
  c('fastly_token', '', a(32), { context: 'Fastly-Key:' }),
  c('netlify_token', '', a(43), { context: 'NETLIFY_AUTH_TOKEN=' }),
  c('twitch_token', '', l(30), { context: 'twitch oauth' }),
  c('linkedin_client_secret', '', a(16), { context: 'linkedin client secret' }),
  c('etsy_token', '', l(24), { context: 'etsy api key' }),
  c('bitbucket_client_secret', '', a(64), { context: 'bitbucket oauth secret' }),
  c('rapidapi_key', '', a(50), { context: 'X-RapidAPI-Key:' }),
  c('shodan_api_key', '', a(32), { context: 'SHODAN_API_KEY=' }),
  c('virustotal_api_key', '', h(64), { context: 'virustotal x-apikey:' }),
  c('meraki_api_key', '', h(40), { context: 'X-Cisco-Meraki-API-Key:' }),
  c('yandex_iam_token', 't1.', `${a(60)}.${a(86)}`, { context: 'yandex iam token' }),
  c('yandex_access_key', 'YC', a(38), { context: 'yandex static key' }),
  c('dropbox_long_lived_token', '', `${a(11)}AAAAAAAAAA${a(43)}`, { context: 'dropbox token' }),
  c('sidekiq_secret', '', `${h(8)}:${h(8)}`, { context: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=' }),
  c('sourcegraph_legacy_token', '', h(40), { context: 'SRC_ACCESS_TOKEN=' }),
  c('sonar_legacy_token', 'sqp_', a(40), { context: 'SONAR_TOKEN=' }),
  c('sumologic_access_id', 'su', a(12), { context: 'SUMO_ACCESS_ID=' }),
  c('facebook_app_token', '', `${d(16)}|${a(27)}`, { context: 'facebook app token' }),
  c('trello_token', '', a(32), { context: 'trello api key' }),
  c('vercel_token', '', a(24), { context: 'VERCEL_TOKEN=' }),
  c('railway_token', '', uuid(), { context: 'RAILWAY_TOKEN=' }),
  c('auth0_client_secret', '', a(64), { context: 'AUTH0_CLIENT_SECRET=' }),
  c('pagerduty_token', 'u+', a(18), { context: 'pagerduty token' }),
  c('jenkins_api_token', '11', h(32), { context: 'jenkins user:token' }),
  c('gitea_token', '', h(40), { context: 'GITEA_TOKEN=' }),
  c('azure_openai_key', '', h(32), { context: 'AZURE_OPENAI_API_KEY=' }),
  c('kubernetes_bootstrap_token', '', `${l(6)}.${l(16)}`, { context: 'kubeadm join 10.0.0.1:6443 --token' }),
  c('mollie_api_key', 'live_', a(30), { context: 'mollie api key' }),
  c('adyen_api_key', 'AQE', a(90), { context: 'adyen X-API-Key:' }),
  c('alpaca_key_id', 'PK', u(18), { context: 'APCA-API-KEY-ID:' }),
  c('openweather_api_key', '', h(32), { context: 'openweathermap appid=' }),
  c('pusher_secret', '', h(20), { context: 'PUSHER_APP_SECRET=' }),
  c('ably_api_key', '', `${a(6)}.${a(6)}:${a(43)}`, { context: 'ABLY_API_KEY=' }),
  c('sanity_token', 'sk', a(80), { context: 'SANITY_API_TOKEN=' }),
  c('lokalise_token', '', h(40), { context: 'lokalise X-Api-Token:' }),
  c('bugsnag_api_key', '', h(32), { context: 'BUGSNAG_API_KEY=' }),
  c('rollbar_token', '', h(32), { context: 'ROLLBAR_ACCESS_TOKEN=' }),
  c('loggly_token', '', uuid(), { context: 'https://logs-01.loggly.com/inputs/' }),
  c('uptimerobot_api_key', 'u', `${d(7)}-${h(24)}`, { context: 'uptimerobot api_key=' }),
  c('browserstack_key', '', a(20), { context: 'BROWSERSTACK_ACCESS_KEY=' }),
  c('saucelabs_key', '', uuid(), { context: 'SAUCE_ACCESS_KEY=' }),
  c('freshdesk_key', '', a(20), { context: 'freshdesk api key' }),
  c('pipedrive_token', '', h(40), { context: 'pipedrive api_token=' }),
  c('smartsheet_token', '', a(37), { context: 'SMARTSHEET_ACCESS_TOKEN=' }),
  c('webflow_token', '', h(64), { context: 'WEBFLOW_API_TOKEN=' }),
  c('squarespace_token', '', uuid(), { context: 'squarespace api key' }),
  c('bitly_token', '', h(40), { context: 'BITLY_ACCESS_TOKEN=' }),
  c('spotify_secret', '', h(32), { context: 'SPOTIFY_CLIENT_SECRET=' }),
  c('vonage_secret', '', a(16), { context: 'VONAGE_API_SECRET=' }),
  c('mailjet_key', '', h(32), { context: 'MAILJET_API_SECRET=' }),
  c('mandrill_key', '', a(22), { context: 'MANDRILL_API_KEY=' }),
  c('revenuecat_key', 'sk_', a(32), { context: 'REVENUECAT_SECRET_KEY=' }),
  c('sentry_access_token', '', h(64), { context: 'sentry_token :=' }),
  c('todoist_token', '', l(40), { context: 'TODOIST_API_TOKEN=' }),
  c('onelogin_client_secret', '', l(64), { context: 'onelogin client_secret' }),
  c('nuget_api_key_unprefixed', '', l(46), { context: 'dotnet nuget push -k' }),
  c('braintree_private_key', '', h(32), { context: 'BRAINTREE_PRIVATE_KEY=' }),
  c('razorpay_secret', '', a(24), { context: 'RAZORPAY_KEY_SECRET=' }),
  c('jumpcloud_api_key', '', a(40), { context: 'JUMPCLOUD_API_KEY=' }),
  c('tomtom_api_key', '', a(32), { context: 'tomtom api key' }),
  c('honeycomb_api_key', '', a(22), { context: 'honeycomb' }),
  c('salesforce_session_id', '00', `${a(13)}!${a(96)}`, { context: 'SFDC_SESSION_ID=' }),
];

const token = (k: Case) => `${k.prefix}${k.body}${k.suffix ?? ''}`;
const secretOf = (k: Case) => k.secret ?? token(k);
const detectorsFired = (text: string) => engine.maskText(text).findings.map((f) => f.detector);

describe('secret format table', () => {
  it('has a test case for every format and a catalog of at least 150 vendor formats', () => {
    const tested = new Set([...PREFIXED, ...CONTEXT].map((k) => k.id));
    expect(SECRET_FORMATS.map((f) => f.id).filter((id) => !tested.has(id))).toEqual([]);
    expect(SECRET_FORMATS.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every format a unique id and every context format a gate', () => {
    const ids = builtinDetectors({ phoneRegions: ['US'] }).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of builtinDetectors({ phoneRegions: ['US'] })) {
      if (SECRET_FORMATS.some((f) => f.id === x.id)) expect(x.keywords?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('reports each documentation example with its own detector', () => {
    for (const f of SECRET_FORMATS) expect(detectorsFired(`see ${f.example} here`), f.id).toContain(f.id);
  });
});

describe('minMatchLength (the length gate of each row)', () => {
  it.each([
    ['dapi[a-f0-9]{32}(?:-[0-9])?', 36],
    ['sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40}', 44],
    ['ya29\\.[A-Za-z0-9_-]{30,2048}', 35],
    ['(?<![a-z])ab+c*d?', 2],
    ['A{20,24}[A-Za-z0-9%]{60,120}', 80],
    ['[\\]a]x', 2],
  ])('%s matches at least %i characters', (source, n) => {
    expect(minMatchLength(source)).toBe(n);
  });
  it('never exceeds the length of a documentation example', () => {
    for (const f of SECRET_FORMATS) expect(minMatchLength(f.pattern), f.id).toBeLessThanOrEqual(f.example.length);
  });
});

describe.each(PREFIXED)('$id ($prefix…)', (k) => {
  const value = token(k);
  it('is masked in free text', () => {
    const out = engine.maskText(`deploy failed: credential ${value} was rejected by the API.`);
    expect(out.findings.map((f) => f.detector)).toContain(k.id);
    expect(out.value).not.toContain(secretOf(k));
  });
  it('is masked in a JSON record under a neutral key', () => {
    const r = maskJsonString(engine, JSON.stringify({ event: 'tool_call', note: value, n: 1 }));
    expect(r.findings.map((f) => f.detector)).toContain(k.id);
    expect(r.output).not.toContain(secretOf(k));
  });
  it('is masked after an escaped line break written out in a log message', () => {
    const out = engine.maskText(`first line\\n${value}\\tsecond line`);
    expect(out.findings.map((f) => f.detector)).toContain(k.id);
    expect(out.value).not.toContain(secretOf(k));
  });
  it('is left alone as a placeholder, a template variable or inside a longer word', () => {
    const looks = [`${k.prefix}${'x'.repeat(k.body.length)}${k.suffix ?? ''}`, `${k.prefix}\${TOKEN}`, `${k.prefix}<your-token>`];
    if (k.id !== 'telegram_bot_token' && k.prefix !== 'https://' && !k.prefix.startsWith('https://')) looks.push(`z${value}`);
    for (const text of looks) expect(detectorsFired(`value ${text} end`), text).not.toContain(k.id);
  });
  it('is left alone when the body is too short', () => {
    const short = `${k.prefix}${k.body.slice(0, Math.min(8, Math.floor(k.body.length / 2)))}`;
    expect(detectorsFired(`value ${short} end`)).not.toContain(k.id);
  });
});

describe.each(CONTEXT)('$id (after "$context")', (k) => {
  const value = token(k);
  it('is masked in free text after its vendor word', () => {
    const out = engine.maskText(`${k.context} ${value}`);
    expect(out.findings.map((f) => f.detector)).toContain(k.id);
    expect(out.value).not.toContain(value);
  });
  it('is masked in a JSON record with a neutral key', () => {
    const r = maskJsonString(engine, JSON.stringify({ msg: `${k.context} ${value}`, level: 'info' }));
    expect(r.findings.map((f) => f.detector)).toContain(k.id);
    expect(r.output).not.toContain(value);
  });
  it('is not reported without its vendor word, or with the word too far before', () => {
    expect(detectorsFired(`build id ${value} done`)).not.toContain(k.id);
    expect(detectorsFired(`${k.context} ${'and then a long unrelated sentence goes here, '.repeat(2)}${value}`)).not.toContain(k.id);
  });
  it('is not reported when labelled as an identifier (trace, request, commit…)', () => {
    expect(detectorsFired(`${k.context} trace id ${value}`)).not.toContain(k.id);
    expect(detectorsFired(`${k.context} request_id=${value}`)).not.toContain(k.id);
  });
  it('is not reported when the value is a placeholder', () => {
    expect(detectorsFired(`${k.context} ${k.prefix}${'x'.repeat(k.body.length)}`)).not.toContain(k.id);
    expect(detectorsFired(`${k.context} \${${k.id.toUpperCase()}}`)).not.toContain(k.id);
  });
});

describe('a vendor word elsewhere in the same sentence (context formats)', () => {
  // Prose names the vendor at the start of the sentence or after the value. Values of the shapes of trufflehog's test vectors, written here.
  const planted: [id: string, text: (v: string) => string, value: string][] = [
    ['wandb_api_key', (v) => `Weights & Biases calls work again since I switched the worker to ${v} — moving it later`, h(40)],
    ['plaid_secret', (v) => `Customer pasted ${v} in the chat while asking why Plaid rejects their requests.`, h(30)],
    ['vercel_token', (v) => `Vercel deploys from the CI runner work again since I switched it to ${v} on Monday`, a(24)],
    ['todoist_token', (v) => `Todoist sync works again since the script was switched over to ${v} yesterday`, l(40)],
    ['snyk_token', (v) => `Snyk scans were failing until support told us to rotate the api credential; new one is ${v}`, uuid()],
  ];
  it.each(planted)('%s is masked', (id, text, value) => {
    const out = engine.maskText(text(value));
    expect(out.findings.map((f) => f.detector)).toContain(id);
    expect(out.value).not.toContain(value);
  });

  const lookAlikes: [id: string, text: string][] = [
    // Another sentence or another line names the vendor.
    ['wandb_api_key', `We moved the Weights & Biases runs to the new cluster. The worker now builds from ${h(40)} only`],
    ['plaid_secret', `Plaid webhooks are queued\nthe deploy pipeline then picked up ${h(30)} and finished`],
    // An id the sentence labels as one, beside the vendor's name.
    ['braintree_private_key', `Braintree settlement batch finished for all merchants, see request id ${h(32)}`],
    ['wandb_api_key', `Weights & Biases run finished on the shared GPU pool after the commit ${h(40)}`],
    // A UUID beside a vendor word farther than 40 characters, with no key word: an id.
    ['opsgenie_api_key', `Opsgenie escalated the incident to the on-call rotation, then closed ${uuid()}`],
    ['snyk_token', `Snyk found 3 new issues in the project since the last scan of ${uuid()} this week`],
  ];
  it.each(lookAlikes)('%s leaves %s', (id, text) => {
    expect(detectorsFired(text)).not.toContain(id);
  });
});

describe('true positives of the public rule sets', () => {
  // Literal `tps` of gitleaks' cmd/generate/config/rules (sourcegraph.go, facebook.go, sumologic.go,
  // heroku.go, snyk.go, sonar.go, mailchimp.go, age.go), as gitleaks' own tests feed them.
  const cases: [id: string, text: string, secret: string][] = [
    ['sourcegraph_token', 'sgp_AaD80dc6E02eCAE1_d3cba16CC0F18fA14A2EFB61CbDFceEBf9fAD16b', 'd3cba16CC0F18fA14A2EFB61CbDFceEBf9fAD16b'],
    ['sourcegraph_token', 'sgp_local_d7dfFD43cF2503B1da673EB560aAa3e80f16FA42', 'd7dfFD43cF2503B1da673EB560aAa3e80f16FA42'],
    ['sourcegraph_legacy_token', 'sourcegraph: 6d2FabeB6ADd229Bc199FabA28fD3efb57dF0bD3', '6d2FabeB6ADd229Bc199FabA28fD3efb57dF0bD3'],
    ['facebook_app_token', 'facebook 1308742762612587|rhoK1cbv0DOU_RTX_87O4MkX7AI', 'rhoK1cbv0DOU_RTX_87O4MkX7AI'],
    ['sumologic_access_id', 'sumologic.accessId = "su9OL59biWiJu7"', 'su9OL59biWiJu7'],
    ['sumologic_access_id', 'export SUMOLOGIC_ACCESSID="suDbJw97o9WVo0"', 'suDbJw97o9WVo0'],
    ['heroku_api_key', 'const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"', '12345678-ABCD-ABCD-ABCD-1234567890AB'],
    ['snyk_token', 'SNYK_TOKEN ?= "12345678-ABCD-ABCD-ABCD-1234567890AB"', '12345678-ABCD-ABCD-ABCD-1234567890AB'],
    ['sonar_legacy_token', 'SONAR_LOGIN := "sqp_12345678ABCDEFH1234567890ABCDEFH12345678"', '12345678ABCDEFH1234567890ABCDEFH12345678'],
    ['mailchimp_api_key', 'MailchimpSDK.initialize(token: 3012a5754bbd716926f99c028f7ea428-us18)', '3012a5754bbd716926f99c028f7ea428-us18'],
    // trufflehog pkg/detectors tests (sumologickey, sentrytoken, bitbucketapppassword).
    [
      'sumologic_token',
      "sumoKey1 = 'CzrMhR8zzy1eH1F0XlY1tu5ywqa2yaSFoWGg2cqE43XkfnUVCytnPQfv1enUYrzv'",
      'CzrMhR8zzy1eH1F0XlY1tu5ywqa2yaSFoWGg2cqE43XkfnUVCytnPQfv1enUYrzv',
    ],
    [
      'sentry_access_token',
      'sentry_token := ad00eba0e2b5b057146e1b2b9373f86dbb0e712d106529111d97cb13f081de20',
      'ad00eba0e2b5b057146e1b2b9373f86dbb0e712d106529111d97cb13f081de20',
    ],
    ['bitbucket_app_password', 'user1:ATBB123abcDEF456ghiJKL789mnoPQR', 'ATBB123abcDEF456ghiJKL789mnoPQR'],
    // Red-team round 19: the validPattern / test inputs of trufflehog's detector tests, in prose
    // with no field name (supabasetoken, pulumi, buildkite v2, rubygems, postman, grafanaserviceaccount,
    // launchdarkly, posthog, tailscale, figma v2, sendinbluev2, squareapp, flutterwave,
    // newreliclicensekey, cloudflareapitoken v2, github v2, intercom, zohocrm, rootly, sonarcloud v2,
    // checkout, jiratoken v2).
    ...(
      [
        ['supabase_access_token', 'sbp_6corwd8ltv0m2hx5av0bqswrldi43hk8qdtnxcs7'],
        ['pulumi_token', 'pul-xm8r0t347qgoqhrp4c5pq0jkkabeue0x7u35l2ac'],
        ['buildkite_token', 'bkua_hqlh73m51jtho0jh12wcf2758c8fcdbv05z023ly'],
        ['rubygems_api_key', 'rubygems_6gbxymmsz3xnk5dg1jc8lm9xekr652c1hr0xt5dp33pn8olh'],
        ['postman_api_key', 'PMAK-aMUVdak2ohpOeeJQVlb1G9EWB09YVQfbvH6YH8HpPRkXHPBg5qYvp9YGOhI'],
        ['grafana_service_account_token', 'glsa_HU0WvVk_sl4PunHK8JtC7U6fywRm3FJuEFJwct3qi'],
        ['launchdarkly_key', 'api-5gykyl1b-wgrq-41lc-z6q1-h7zn5fdlcybw'],
        ['posthog_personal_key', 'phx_C1rP9fnAtEFJvb0IYCFdeQhar2WdwUFBYHJym1F_Zqr'],
        [
          'tailscale_key',
          'tskey-rtzgayeq-RLL0xBAIXBhkYRhir0gmxHNoARkj0CqpNTj_xM2Zpm4lDxEIGsYbwO_kzlNSwrQrAOL4yacZGlBfj37e3WRRlmYfKtrgC-xmk0NNQFLQGCTPwcwQT7d6YipCXS1ScCVL8So',
        ],
        ['figma_token', 'figr_EZe7plhYvN92IyiDCjkvTcbNVZsuRVpDcHOwNNP1'],
        ['brevo_api_key', 'xkeysib-C6S1LXk_u4mw_uIss4MGmJpH8yrOwFep2aN5YLALYVpAb4buJ7uvxqYfrb3kZL5ao2JvUEFb1vRk79IXj'],
        ['square_oauth_secret', 'sandbox-sq0csb-o6cs8xFAKExEgIDGbzn2hFAKEZPbzhe713Q-FAKEfbY'],
        ['flutterwave_secret_key', 'FLWSECK-aylhdv2oo3wf5tylj8s4d9bqb8adoebx-X'],
        ['new_relic_license_key', '72322bc2443d330cf29cde9f24fca105FFFFNRAL'],
        ['new_relic_license_key', 'eu01xxb7e8b0dddc28ac051a64ffd583FFFFNRAL'],
        ['cloudflare_api_token_v2', 'cfat_OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLrZ3aW5da846a3'],
        [
          'github_long_token',
          'ghs_RWGUZ6kS8_Ut7PbtR72k2miJwwYtxkpe8mOpT8feAWYZcwz43PxBVGCNATnycaQV9VUlPJe1uST5Xen7d3uZ5lilVlEVvT9AbxnhURdT3OzPtCvXydIrvE4LrDO',
        ],
        ['intercom_access_token_b64', 'dG9rOmE2EzJhNmQwXzdsOpFfNDcxNV84GPU2XzMnMWRiYTIxOTc2ZDevLcB='],
        ['zoho_oauth_token', '1000.1fa6966eafbb115624baa4103269e50e.e57d155232227b4e41fa7dd2b88dd4d4'],
        ['rootly_api_key', 'rootly_7f1e8738d7d6b540bc52e1bc24c6e2c109dc44642f9e5d583be7e5d04f8bd282'],
        ['sonarcloud_token', 'sqco_FbT1v5HrMX6qyKUkaoLQdYOniAVhbEccERraQABuhBayDOkyCZTa8TDQFRp'],
        ['checkout_secret_key', 'sk_test_14a67eEd-21Fd-B18d-2B8D-275697febE7D'],
        ['atlassian_api_token_short', 'ATATThktLkSzzcXi1xt19IlU6gAchV1TS83w11YOqAXqFUeA2=Yx3ssoNC'],
      ] as const
    ).map(([id, v]): [string, string, string] => [id, `the sync works again since I switched it to ${v} this morning`, v]),
    // Honeycomb's API key header inline in a request log (trufflehog honeycomb_test.go value).
    ['honeycomb_api_key', 'headers="X-Honeycomb-Team: kZKcr8xUYHJQajRYQLuT8x" status=200', 'kZKcr8xUYHJQajRYQLuT8x'],
    // Mailgun's documentation example key (base 36, not hex), as its curl examples pass it.
    [
      'mailgun_api_key',
      "curl -s --user 'api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0' https://api.mailgun.net/v3/samples.mailgun.org/log",
      'key-3ax6xnjp29jd6fds4gc373sgvjxteol0',
    ],
  ];
  it.each(cases)('%s finds %s', (id, text, secret) => {
    const out = engine.maskText(text);
    expect(out.findings.map((f) => f.detector)).toContain(id);
    expect(out.value).not.toContain(secret);
  });
});

describe('look-alikes written out', () => {
  // Wrong alphabet, wrong length, bad checksum, ordinary words: one per family of formats.
  const cases: [id: string, text: string][] = [
    ['databricks_token', `dapi${'g'.repeat(4)}${h(28)}`], // g is not hex
    ['digitalocean_pat', `dop_v1_${h(63)}`], // one digit short
    ['digitalocean_pat', `dop_v2_${h(64)}`], // unknown version
    ['shopify_access_token', `shpat_${h(31)}Z`], // Z is not hex
    ['age_secret_key', 'AGE-SECRET-KEY-1N84CR29PJTUQA22ALHP4YDL5ZFMXPW5GVETVY3UK58ZD6NPNPDLS4MCZF'], // one character short
    ['age_secret_key', 'AGE-SECRET-KEY-1N84CR29PJTUQA22ALHP4YDL5ZFMXPW5GVETVY3UK58ZD6NPNPDLS4MCZFB'], // B is not Bech32
    ['jwt_base64', `ZXlK${a(60)}`], // base64 that does not decode to a JWT
    ['mailgun_api_key', `monkey-${h(32)}`], // prefix inside a word
    ['mailgun_api_key', `key-${h(31)}`], // one digit short
    ['mailgun_api_key', 'key-value-store-replication-lag-seconds-p99'], // a metric name: dashes inside
    ['mailgun_api_key', `key-${'ab'.repeat(16)}X`], // upper case is not base 36 as Mailgun writes it
    ['notion_legacy_token', `client_secret_${a(43)}`], // the name of a variable, not the prefix
    ['notion_legacy_token', 'secret_management_is_important_for_everyone_x'], // prose with underscores
    ['azure_ad_client_secret', `${a(3)}7Q~${a(20)}`], // too short
    ['azure_devops_pat', `${a(76)}AZDX${a(4)}`], // no signature
    ['octopus_deploy_api_key', 'API-GATEWAY-TIMEOUT-IN-THE-LOGS'], // upper-case words
    ['facebook_access_token', `EAAA${a(60)}`], // that is Square's prefix
    ['twitter_bearer_token', 'A'.repeat(120)], // one repeated character
    ['mailchimp_api_key', `${h(32)}-uk21`], // not a US data-centre suffix
    ['telegram_bot_token', `${d(10)}:BB${a(33)}`], // bot tokens carry AA
    ['launchdarkly_key', `api-${h(32)}`], // no UUID dashes
    ['crates_io_token', 'ciocolatecioccolatadelicatessensweet'], // a word that starts with cio
    ['vault_service_token', 'hvs.short'],
    ['sentry_dsn', `https://${h(31)}@o1.ingest.sentry.io/1`],
    ['new_relic_license_key', `${h(36)}NRAX`],
    ['heroku_api_key', `request id ${uuid()} from the heroku router`], // vendor word after, not before
    ['infracost_token', `assets/media_box/video_box.ico-${a(32)}`], // a file name (gitleaks infracost fps)
    ['facebook_app_token', `facebook ${d(16)}|short`],
    ['okta_api_token', `Authorization: SSWS 00${'x'.repeat(40)}`], // placeholder after the Okta scheme
    ['kubernetes_bootstrap_token', `kubeadm version v1.${d(2)}.abcdef`],
    ['woocommerce_key', `ck_${h(39)}`],
    // Red-team round 19: the widened and added rows keep their edges.
    ['supabase_access_token', `sbp_${a(39)}Q`], // upper case is not base 36
    ['postman_api_key', `PMAK-${a(58)}`], // one short
    ['grafana_service_account_token', 'glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA'], // gitleaks grafana.go fps
    ['launchdarkly_key', 'api-gateway-prod-eu-west-1-internal-nlb'], // a resource name
    ['tailscale_key', 'tskey-auth-short'],
    ['figma_token', `figx_${a(40)}`], // unknown kind
    ['new_relic_license_key', `${h(32)}FFFFNRAX`],
    ['cloudflare_api_token_v2', `cfat_${a(40)}ZZZZZZZZ`], // the tail is hex
    ['github_long_token', `ghs_${a(50)}`], // the long format is 60+
    ['intercom_access_token_b64', `dG9rZW46${a(40)}`], // base64 of `token:`, not `tok:`
    ['zoho_oauth_token', `1000.${h(32)}.${h(31)}`], // one short
    ['zoho_oauth_token', 'took 1000.25 ms'],
    ['rootly_api_key', `rootly_${h(63)}`],
    ['checkout_secret_key', `sk_test_${h(32)}`], // no UUID dashes
    ['atlassian_api_token_short', `ATATT${a(30)}=${a(8)}`], // too short
    ['square_oauth_secret', `sq0csp-${a(30)}`], // too short
    ['telnyx_api_key', 'KEY_MANAGEMENT_SERVICE_ENDPOINT_FOR_THE_WEST_REGION_123456'], // an upper-case name
    ['telnyx_api_key', `KEY${a(54)}`], // one short
    ['salesforce_session_id', `salesforce 00${a(13)}!${a(40)}`], // the session part is 96
  ];
  it.each(cases)('%s leaves %s', (id, text) => {
    expect(detectorsFired(`value ${text} end`)).not.toContain(id);
  });
});
