import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: AWS documentation example credentials (AKIAIOSFODNN7EXAMPLE /
// wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; "documented example keys are masked like real ones");
// gitleaks rules aws.go, generic.go (keyword + entropy), and its allowlists of ${VAR} / {{ }}
// templates; OWASP Password Storage Cheat Sheet and the PHC string format for bcrypt/argon2
// ($2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW is the passlib docs example);
// framework default session cookie names (Servlet JSESSIONID, PHP PHPSESSID, Express connect.sid).

describe('aws', () => {
  detectorCases(
    'aws_secret_key',
    [
      ['aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
      ['AWS secret: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
    ],
    [
      'secret rotated at commit 3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY without any keyword',
      'aws region us-east-1 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ],
  );
  const token = `IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD${'x7Yq2Lm9'.repeat(12)}`;
  detectorCases(
    'aws_session_token',
    [
      [token, token],
      [`session token: ${'Ab3dE5gH7jK9'.repeat(10)}`, 'Ab3dE5gH7jK9'.repeat(10)],
      [`aws_session_token=${token}`, token],
    ],
    [`payload ${'Ab3dE5gH7jK9'.repeat(10)}`],
  );
});

describe('credentials in URIs', () => {
  detectorCases(
    'db_credentials',
    [
      ['postgres://app:Tr0ub4dor&3@db.internal:5432/orders', 'Tr0ub4dor&3'],
      ['mongodb+srv://svc:pa55w0rd@cluster0.mongodb.net/test', 'pa55w0rd'],
      ['jdbc:mysql://root:toor99@10.0.0.5:3306/app', 'toor99'],
    ],
    ['postgres://app:${DB_PASSWORD}@db/x', 'postgres://db.internal:5432/orders', 'redis://:***@cache:6379'],
  );
  detectorCases(
    'url_credentials',
    [['git clone https://deploy:s3cr3tPa55@git.example.com/repo.git', 's3cr3tPa55']],
    ['https://example.com/users/@jane', 'https://deploy@git.example.com/repo.git', 'postgres://app:pw123456@db/x'],
  );
});

describe('password hashes', () => {
  detectorCases(
    'bcrypt_hash',
    [['$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', 'R9h/cIPz0gi.URNNX3kh2OPST9']],
    ['$2b$12$short', 'price $2 today'],
  );
  detectorCases(
    'argon2_hash',
    [['$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', 'RdescudvJCsgt3ub+b+dWRWJTmaaJObG']],
    ['$argon2id$ parameters tuned'],
  );
  detectorCases(
    'crypt_hash',
    [
      [
        '$6$rounds=5000$saltsalt$Hk1Zb6l8uQ3s0P9vWq2eRt5yUi7oPa9sDf1gHj3kLz5xCv7bNm9',
        'Hk1Zb6l8uQ3s0P9vWq2eRt5yUi7oPa9sDf1gHj3kLz5xCv7bNm9',
      ],
      ['pbkdf2_sha256$260000$abcdefgh$Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=='],
    ],
    ['cost $6 per seat, $5 discount'],
  );
});

describe('session_cookie', () => {
  detectorCases(
    'session_cookie',
    [
      ['Cookie: JSESSIONID=1A530637289A03B07199A44E8D531427', '1A530637289A03B07199A44E8D531427'],
      ['set connect.sid=s%3AabcDEF123456.xyz; Path=/', 's%3AabcDEF123456.xyz'],
      ['__Host-session=9f8e7d6c5b4a39281706; Secure', '9f8e7d6c5b4a39281706'],
    ],
    ['sessionid=deleted', 'session=short', 'session_timeout=30'],
  );
});

describe('generic_secret', () => {
  detectorCases(
    'generic_secret',
    [
      ['rotated api key Zx9kQ2mV7pL4rT8wN3bY6cJ1 for svc', 'Zx9kQ2mV7pL4rT8wN3bY6cJ1'],
      ['the client secret is 7Hq-2xPz_9LmW4vKt8Rb', '7Hq-2xPz_9LmW4vKt8Rb'],
    ],
    [
      'token 550e8400-e29b-41d4-a716-446655440000',
      'secret ${VAULT_TOKEN_VALUE_1}',
      'token {{ token1234567890abcdef }}',
      'api key digest 3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c',
      'password reset link /api/v1/users/123456/reset-password-token',
      'token refreshed at 2026-11-02T09:14:03.512Z',
      'max tokens 4096 version 1.2.3-rc.4',
    ],
  );
});

// "In logs a masked false alarm costs little and a missed secret costs a breach": the examples that
// AWS, Stripe and the card networks publish are masked like real values (AWS IAM docs; Stripe
// testing docs: 4242 4242 4242 4242; Visa's 4111 1111 1111 1111).
describe('documented example values are masked', () => {
  detectorCases('aws_access_key_id', [['aws_access_key_id=AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE']], []);
  detectorCases(
    'aws_secret_key',
    [['aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']],
    [],
  );
  detectorCases(
    'credit_card',
    [
      ['test card 4242 4242 4242 4242 exp 12/34', '4242 4242 4242 4242'],
      ['4111111111111111', '4111111111111111'],
    ],
    [],
  );
});
