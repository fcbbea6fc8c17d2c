import { describe, expect, it } from 'vitest';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leaks the seventh red-team round left (fixtures/redteam7-corpus.ts), each closed where it
 * happens, with the look-alike beside it that must stay.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('a key=value name with a parenthesised qualifier (Diameter AVP traces, RFC 4006 Subscription-Id)', () => {
  it('reads Subscription-Id-Data(IMSI)= by its whole name (ITU test network IMSI, MCC 001)', () => {
    const out = text('Gx CCR-I Subscription-Id-Data(IMSI)=001010123456780 Subscription-Id-Type=1 rat=EUTRAN');
    expect(out).not.toContain('001010123456780');
    expect(out).toContain('Subscription-Id-Data(IMSI)=<IMSI:');
    expect(out).toContain('Subscription-Id-Type=1');
  });

  it('a qualifier that names nothing sensitive changes nothing', () => {
    const line = 'Origin-Host(DiameterIdentity)=pgw1.example.net Result-Code(2001)=DIAMETER_SUCCESS';
    expect(text(line)).toBe(line);
  });
});

describe('payroll CSV headers with parentheses and abbreviations (ADP Workforce Now export)', () => {
  it('masks tax id (ssn), dd aba, dd account and gross pay columns; ids and dates stay', () => {
    const csv =
      'associate id,employee name,tax id (ssn),dd aba,dd account,gross pay,check date\nG3KX7T2R,"Mustermann, Erika",078051123,021000021,4099999992,4615.38,2024-05-15\n';
    const out = text(csv);
    for (const raw of ['078051123', '021000021', '4099999992', '4615.38', 'Mustermann']) expect(out).not.toContain(raw);
    expect(out).toContain('G3KX7T2R,');
    expect(out).toContain(',2024-05-15');
    expect(out.split('\n')[0]).toBe('associate id,employee name,tax id (ssn),dd aba,dd account,gross pay,check date');
  });

  it('a header with parentheses but no sensitive column leaves the table as it was', () => {
    const csv = 'item (sku),qty,unit price (usd)\nA-100,2,9.99\n';
    expect(text(csv)).toBe(csv);
  });
});

describe('a raw Ethereum private key under a deployer / signer name (Hardhat default account #0)', () => {
  const key = 'ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';

  it('masks it in JSON-escaped tool arguments, as a JSON member and in .env lines', () => {
    const args = JSON.stringify({ network: 'sepolia', deployer_key: key, gas_limit: 3000000 });
    expect(value({ name: 'deploy_contract', arguments: args })).not.toContain(key);
    expect(value({ signerKey: `0x${key}` })).not.toContain(key);
    expect(text(`WALLET_KEY=0x${key}`)).not.toContain(key);
  });

  it('a deploy key id, a transaction hash and a key file path stay', () => {
    const txHash = '0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b';
    expect(value({ deployer_key_id: 42, tx_hash: txHash, signer_key_file: 'keys/deployer.json' })).toBe(
      JSON.stringify({ deployer_key_id: 42, tx_hash: txHash, signer_key_file: 'keys/deployer.json' }),
    );
  });
});

describe('Ofcom drama-range mobiles (+44 7700 900xxx): possible, never assigned', () => {
  it('are masked written with +44, with or without blanks, outside a phone field', () => {
    expect(text('APM +447700900555')).not.toContain('447700900555');
    expect(text('guest +44 7700 900555 booked')).not.toContain('7700 900555');
  });
});

describe('a whole credentials file in base64 under a name that says nothing (a CI variable)', () => {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  // detect-secrets test_data/config.ini shapes; a dotenv file as Laravel and Rails projects keep it.
  const ini = b64('[credentials]\npassword = 123456789a1234\n\n[aws]\naws_secret_key = 23456789a1\n');
  const dotenv = b64('APP_ENV=production\nDB_HOST=db.internal\nDB_PASSWORD=S3cr3t-pw-2024\n');

  it('masks the whole base64 when its text assigns a secret', () => {
    expect(text(`CONFIG_INI_B64=${ini}`)).toMatch(/^CONFIG_INI_B64=<SECRET:\w+>$/);
    expect(text(`export ENV_FILE=${dotenv} && make deploy`)).not.toContain(dotenv);
  });

  it('leaves base64 of text without a secret, binary data and short runs', () => {
    for (const kept of [
      `README_B64=${b64('This is a readme file with some words in it, nothing else.\n')}`,
      'logo=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      `short=${b64('password=x')}`,
    ]) {
      expect(text(kept)).toBe(kept);
    }
  });
});

describe('a value masked by its context is masked wherever else it stands in the string', () => {
  // Rails Guides "Securing Rails Applications": config/master.key and RAILS_MASTER_KEY.
  const key = '42187e5842f346528495cd32b28267b6';

  it('masks the bare echo of a master key with the token the RAILS_MASTER_KEY= copy gets', () => {
    const out = text(`RUN echo "${key}" > config/master.key\nRUN RAILS_MASTER_KEY=${key} bundle exec rails assets:precompile`);
    expect(out).not.toContain(key);
    const tokens = out.match(/<SECRET:\w+>/g);
    expect(tokens).toHaveLength(2);
    expect(tokens![0]).toBe(tokens![1]);
  });

  it('leaves the same characters inside a longer word, and copies of a value shorter than 8', () => {
    const out = text(`build-${key}x RAILS_MASTER_KEY=${key}`);
    expect(out).toContain(`build-${key}x`);
    expect(text('db_password=hunter2 then hunter2 again')).toContain('then hunter2 again');
  });
});
