import { describe, expect, it } from 'vitest';
import { leakCases, leakChecks } from '../../helpers/leak-checks.js';

/**
 * Leftovers of red-team rounds 38 (education and nonprofit records) and 39 (data platforms), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: national ids built to their published check rules (personnummer Luhn, CPR mod 11,
 * PESEL, Aadhaar Verhoeff, GB 11643), NANP numbers of the 555-01xx range, plausible names.
 */
const { masks, keeps } = leakCases();
const { text } = leakChecks();

describe('national ids proved by their own check among a header-less row or an SQL tuple (bare_cells)', () => {
  masks('a dashed personnummer in a pipe row', '|5512|Astrid   |Holm|astrid.holm@example.se|910714-2359|', ['910714-2359']);
  masks(
    'a personnummer in a second INSERT without a column list',
    "LOG:  AUDIT: SESSION,4,1,WRITE,INSERT,TABLE,public.holder,\"insert into holder values (7, 'Nils Berg', '720229-7136', 'x')\",<not logged>",
    ['720229-7136'],
  );
  masks('a compact CPR (mod 11) in a tab row with an e-mail', 'Jens Madsen\tjens.madsen@example.dk\tnote\t1705844042', ['1705844042']);
  masks('an Aadhaar (Verhoeff) in a comma row with an e-mail', '4,D,7719,D,Meera,D,meera.iyer@example.in,D,623456789125,D', [
    '623456789125',
  ]);
  masks(
    'a PESEL in a multi-row VALUES with an e-mail',
    "INSERT INTO k VALUES (1, 'Ola Nowak', 'ola.nowak@example.pl', '92031507849'), (2, 'b', 'c', 'd')",
    ['92031507849'],
  );
  keeps('a dashed number that fails the Luhn check', '|5512|Astrid|Holm|astrid.holm@example.se|910714-2350|', ['910714-2350']);
  keeps('a dashed personnummer alone under a neutral name', { ref: '910714-2359' }, ['910714-2359']);
  keeps('a CPR-shaped number in a row with no other hit', 'batch\tok\tmoved\t1705844042', ['1705844042']);
  keeps('an SQL tuple of counts and codes', "insert into stats values (1, 'ok', 2026, 1705844042)", ['1705844042']);
});

describe('a Chinese resident id written 6-8-4 (cn_resident_id_grouped)', () => {
  masks('with blanks, in a chat', '家长说: 证件 320102 19850417 1233 已经提交', ['320102 19850417 1233']);
  masks('with dashes', 'id 510107-20000229-3182 rejected', ['510107-20000229-3182']);
  keeps('a wrong check character', 'id 320102 19850417 1234 rejected', ['320102 19850417 1234']);
  keeps('a timestamp run of the same groups', 'job 202611 20261130 1234 done', ['202611 20261130 1234']);
});

describe("a vendor's key under a flag or name ending in key, by the value's shape (structure/vendor-key.ts)", () => {
  masks('a prefixed key after --<vendor>-key', 'node push.js --kindful-key pvt_8e2a1b7c4d9f3e6a5b0c --dry-run', [
    'pvt_8e2a1b7c4d9f3e6a5b0c',
  ]);
  masks('32 hex after --<vendor>-key=', 'sync --raisers-key=7b4e9a1c3f6d2b8e5a0c4f7d1e9b3a6c', ['7b4e9a1c3f6d2b8e5a0c4f7d1e9b3a6c']);
  masks('a <VENDOR>_KEY environment name', 'KINDFUL_KEY=pvt_8e2a1b7c4d9f3e6a5b0c python sync.py', ['pvt_8e2a1b7c4d9f3e6a5b0c']);
  keeps(
    'cache, sort and idempotency keys and word values',
    'run --cache-key 5d41402abc4b2a76b9719d911017c592 --sort-key created_at --idempotency-key 0b9c2f34-1d2e-4c5b-9a7f-3e2d1c0b9a8f --vendor-key user_profile_settings_v2',
    ['5d41402abc4b2a76b9719d911017c592', 'created_at', '0b9c2f34-1d2e-4c5b-9a7f-3e2d1c0b9a8f', 'user_profile_settings_v2'],
  );
  keeps('a path and a number under a key name', 'PARTITION_KEY=1234567890123456789012 KEYS_KEY=/etc/app/keys/main.pem run', [
    '1234567890123456789012',
    '/etc/app/keys/main.pem',
  ]);
});

describe('first / last beside each other (key:person_sibling)', () => {
  masks('a constituent', { type: 'Individual', first: 'Marguerite', last: 'Pemberton', lookup_id: '12' }, ['Marguerite', 'Pemberton']);
  keeps('pagination labels, ranges and cursors', { page: { first: 'Previous', last: 'Next' }, range: { first: 'A', last: 'Z' } }, [
    'Previous',
    'Next',
  ]);
  keeps('weekdays and counts', { days: { first: 'Monday', last: 'Friday' }, edges: { first: 10, last: 20 } }, ['Monday', 'Friday']);
  keeps('first alone', { first: 'Marguerite', status: 'ok' }, ['Marguerite']);
});

describe('a compact birth date under bd beside name parts (key:beside_partner)', () => {
  masks('an SIS extract', { ln: 'Okonkwo', fn: 'Adaora', bd: '20100423', grd: '09' }, ['20100423']);
  keeps('a compact date under bd alone', { bd: '20100423', host: 'db-1' }, ['20100423']);
  keeps('a build number under bd beside names', { ln: 'Okonkwo', fn: 'Adaora', bd: '20101399' }, ['20101399']);
});

describe('data platform over-masking', () => {
  it('keeps the names of a Snowflake CREDENTIALS group, one token per secret value', () => {
    const out = text(
      "COPY INTO s FROM 's3://b/x/' CREDENTIALS=(AWS_KEY_ID='AKIAI44QH8DHBEXAMPLE' AWS_SECRET_KEY='je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY')",
    );
    expect(out).toContain('CREDENTIALS=(AWS_KEY_ID=');
    expect(out).toContain('AWS_SECRET_KEY=');
    expect(out).not.toContain('AKIAI44QH8DHBEXAMPLE');
    expect(out).not.toContain('je7MtGbClwBF');
  });
  keeps('a Snowflake account locator after snowsql -a', "SNOWSQL_PWD='Tide-Pool-8841' snowsql -a ab98765.eu-central-1.aws -u rlee", [
    'ab98765.eu-central-1.aws',
  ]);
  masks('the password before it', "SNOWSQL_PWD='Tide-Pool-8841' snowsql -a ab98765.eu-central-1.aws -u rlee", ['Tide-Pool-8841']);
  masks('a mixed-case secret after a password word', 'the password is Zq8kLm2Vx9Pw4Rt7Yb3N', ['Zq8kLm2Vx9Pw4Rt7Yb3N']);
});
