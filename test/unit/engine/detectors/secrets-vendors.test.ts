import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: gitleaks cmd/generate/config/rules (github.go, gitlab.go, slack.go, stripe.go,
// twilio.go, sendgrid.go, openai.go, anthropic.go, huggingface.go, npm.go, pypi.go, gcp.go,
// azure.go): prefixes and lengths; GitHub docs (gho_16C7e42F292c6912E7710c838347Ae178B4a appears in
// GitHub's OAuth documentation); Stripe API docs sample key sk_live_4eC39HqLyjWDarjtT1zdp7dc
// ("documented example keys are masked like real ones"); Azure Storage emulator's published
// account key (Eby8vdM02xNOcqFl…GMGw==). Look-alikes: placeholders (ghp_xxxx…), wrong lengths,
// publishable keys (pk_live_) that are not secrets.

const AZURE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

describe('github', () => {
  detectorCases(
    'github_pat',
    [['token ghp_oK6aVPkxnIJ2mWpqi8cdVFM7Kb9z3V0Kk3Vf', 'ghp_oK6aVPkxnIJ2mWpqi8cdVFM7Kb9z3V0Kk3Vf']],
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_oK6aVPkxnIJ2mWpqi8cdVFM7Kb9', 'xghp_oK6aVPkxnIJ2mWpqi8cdVFM7Kb9z3V0Kk3Vf1'],
  );
  detectorCases(
    'github_oauth',
    [['gho_16C7e42F292c6912E7710c838347Ae178B4a', 'gho_16C7e42F292c6912E7710c838347Ae178B4a']],
    ['gho_000000000000000000000000000000000000'],
  );
  detectorCases(
    'github_app_token',
    [['ghs_16C7e42F292c6912E7710c838347Ae178B4a', 'ghs_16C7e42F292c6912E7710c838347Ae178B4a']],
    ['ghs_abc'],
  );
  detectorCases(
    'github_refresh_token',
    [['ghr_1B4a2e77838347a7E420ce178F2E7c6912E1', 'ghr_1B4a2e77838347a7E420ce178F2E7c6912E1']],
    ['ghr_'],
  );
  detectorCases(
    'github_fine_grained_pat',
    [
      [
        'github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456',
        'github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456',
      ],
    ],
    ['github_pat_too_short'],
  );
});

describe('gitlab_token', () => {
  detectorCases(
    'gitlab_token',
    [
      ['glpat-Zx3bK9mQ7rT2vW8yA1cD', 'glpat-Zx3bK9mQ7rT2vW8yA1cD'],
      ['GR1348941aB3cD5eF7gH9iJ1kL3mN', 'GR1348941aB3cD5eF7gH9iJ1kL3mN'],
    ],
    ['glpat-xxxxxxxxxxxxxxxxxxxx', 'glpat-short'],
  );
});

describe('slack', () => {
  detectorCases(
    'slack_token',
    [['xoxb-2624562851-2624562852-tW8qA9sL1mN3bV5cX7zQ2wE4', 'xoxb-2624562851-2624562852-tW8qA9sL1mN3bV5cX7zQ2wE4']],
    ['xoxb-', 'xoxz-2624562851-2624562852'],
  );
  detectorCases(
    'slack_webhook',
    [['https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/xyzXYZ0123456789abcdEFGH', 'T0AAAAAAA/B0BBBBBBB/xyzXYZ0123456789abcdEFGH']],
    ['https://hooks.slack.com/services/', 'https://api.slack.com/services/T0AAAAAAA/B0BBBBBBB/xyzXYZ0123456789abcdEFGH'],
  );
});

describe('stripe_key', () => {
  detectorCases(
    'stripe_key',
    [
      ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
      ['rk_test_51H8aBcDeFgHiJkLmNoPq', 'rk_test_51H8aBcDeFgHiJkLmNoPq'],
      ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
    ],
    ['pk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_short', 'desk_test_procedure'],
  );
});

describe('other vendors', () => {
  detectorCases(
    'twilio_api_key',
    [['SKd1e2a3b4c5d6e7f8a9b0c1d2e3f4a5b6', 'SKd1e2a3b4c5d6e7f8a9b0c1d2e3f4a5b6']],
    ['SKU-12345', 'TASK0123456789abcdef0123456789abcdef'],
  );
  detectorCases(
    'sendgrid_api_key',
    [
      [
        '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',
        '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',
      ],
    ],
    ['SG.short.key'],
  );
  detectorCases(
    'openai_api_key',
    [
      ['sk-proj-Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0', 'sk-proj-Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0'],
      ['sk-abcdefghij0123456789T3BlbkFJabcdefghij0123456789', 'sk-abcdefghij0123456789T3BlbkFJabcdefghij0123456789'],
    ],
    ['task-proj-Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6', 'sk-proj-short'],
  );
  detectorCases(
    'anthropic_api_key',
    [
      [
        'sk-ant-api03-Xy7_Qm2Lr9Tz4Kb8Vn1Pw6Hs3Jd5Fg0Ac2Ee4Gi6Ko8Mq0Su2Wy4-AbCdEf',
        'sk-ant-api03-Xy7_Qm2Lr9Tz4Kb8Vn1Pw6Hs3Jd5Fg0Ac2Ee4Gi6Ko8Mq0Su2Wy4-AbCdEf',
      ],
    ],
    ['sk-ant-api03-short'],
  );
  detectorCases(
    'huggingface_token',
    [
      ['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', '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'],
      // trufflehog pkg/detectors/huggingface/huggingface_test.go: digits in the body (red-team round 19).
      ['hotfix: hardcode hf_ZY1eSxaQdNSh6LSV1T1xkZ114inIxE57YK until', 'hf_ZY1eSxaQdNSh6LSV1T1xkZ114inIxE57YK'],
    ],
    [
      'shelf_QwErTyUiOpAsDfGhJkLzXcVbNmQwErTyUi',
      'hf_short',
      'hf_1234567890123456789012345678901234',
      'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  );
  detectorCases(
    'npm_token',
    [['//registry.npmjs.org/:_authToken=npm_Z7hQpX2rL9cV4bN8mK3jT6yW1sD5fG0aE2uI', 'npm_Z7hQpX2rL9cV4bN8mK3jT6yW1sD5fG0aE2uI']],
    ['npm_install_log'],
  );
  detectorCases(
    'pypi_token',
    [
      [
        'pypi-AgEIcHlwaS5vcmcCJDU3ZTFhMjQ0LWQ3MzAtNGNhMi04YWJlLTMzYzU1MGQxMTY1OAACKlsz',
        'pypi-AgEIcHlwaS5vcmcCJDU3ZTFhMjQ0LWQ3MzAtNGNhMi04YWJlLTMzYzU1MGQxMTY1OAACKlsz',
      ],
    ],
    ['pypi-AgEIcHlwaS5vcmc', 'pypi-package-name'],
  );
  detectorCases(
    'google_api_key',
    [['key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe', 'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe']],
    ['AIzaShort', 'AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  );
  detectorCases('google_oauth_secret', [['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', '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']], ['GOCSPX-short']);
  detectorCases(
    'gcp_private_key_id',
    [
      [
        'key file: "type": "service_account", "private_key_id": "3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a",',
        '3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a',
      ],
    ],
    ['private_key_id rotation scheduled'],
  );
});

describe('azure', () => {
  detectorCases(
    'azure_connection_string',
    [
      [`DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net`, AZURE_KEY],
      [
        'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg=',
        'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg=',
      ],
    ],
    ['AccountKey=short', 'SharedAccessKeyName=root'],
  );
  detectorCases(
    'azure_storage_key',
    [
      [`azure storage key ${AZURE_KEY}`, AZURE_KEY],
      // The vendor named after the key, or earlier in the same sentence (a Cosmos DB key has the same shape).
      [`Customer pasted ${AZURE_KEY} in the chat while asking why Azure Storage rejects their requests.`, AZURE_KEY],
      [`MongoDB (Cosmos DB) calls work again since I switched the worker to ${AZURE_KEY} today`, AZURE_KEY],
    ],
    [
      `blob digest ${'A'.repeat(10)}`,
      // A SHA-512 digest in base64 has the same shape: with no Azure word in its sentence it stays.
      `Package lodash resolved with integrity sha512-${AZURE_KEY} from the registry`,
      `Azure Storage sync finished. The package integrity is sha512-${AZURE_KEY} as published`,
    ],
  );
});
