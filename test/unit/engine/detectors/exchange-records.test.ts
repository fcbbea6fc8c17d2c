import { describe, expect, it } from 'vitest';
import { xrplAddressValid } from '../../../../src/engine/detect/validators-crypto.js';
import { testEngine } from '../../../helpers/engine.js';

// Crypto exchanges' records (red-team round 73). Sources: XRPL docs (the genesis account
// rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, the Payment example's rLNaPoKeeBjZe2qs6x52yVPZpZ8td4dc6w);
// BIP-32 test vector 1 chain m/0H/1 xpub; BIP-173 / BIP-350 testnet vectors
// (tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx, tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c);
// ethereum.org's example address 0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045 in lower case; BIP-39
// test vectors (trezor/python-mnemonic: `dignity pass list …`, `gravity machine north …`,
// `cat swing flag …`); GLEIF LEIs (Deutsche Bank 7LTWFZYICNSX8D621K86); ICAO 9303 specimen
// passport number; names made up.

const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

const XPUB = 'xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ';
const ETH_LOWER = '0xd8da6bf26964af9d7eed9e03e53415d37aa96045';
const TX = '0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b';

describe('wallet addresses and keys of exchange customers', () => {
  it('XRP Ledger classic addresses, checksum-proven', () => {
    expect(xrplAddressValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh')).toBe(true);
    expect(xrplAddressValid('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi')).toBe(false);
    expect(text('payout to rLNaPoKeeBjZe2qs6x52yVPZpZ8td4dc6w tag 7')).not.toContain('rLNaPoKeeBjZe2qs6x52yVPZpZ8td4dc6w');
    expect(value({ destination: 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh' })).not.toContain('rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh');
    // One changed character, a request id and a release name stay.
    for (const keep of ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTi', 'req7Hq2KfL9mNpQ4sTuV6wXyZ3aB', 'rel2024Q3Hotfix7'])
      expect(text(`ref ${keep} done`)).toContain(keep);
  });

  it("TRON addresses; a token's contract named before stays", () => {
    // TRON developer docs' example accounts; USDT's TRC-20 contract.
    expect(text('withdraw USDT network=TRX address=TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL')).not.toContain(
      'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL',
    );
    expect(value({ to: 'TJRabPrwbZy45sbavfcjinPJC18kjpRTv8' })).not.toContain('TJRabPrwbZy45sbavfcjinPJC18kjpRTv8');
    expect(text('contract=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t amount=12')).toContain('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t');
    expect(text('trace TJRabPrwbZy45sbavfcjinPJC18kjpRTv9 x')).toContain('TJRabPrwbZy45sbavfcjinPJC18kjpRTv9');
  });

  it('BIP-32 extended public keys; a changed character stays', () => {
    expect(text(`watch-only account ${XPUB} gap 20`)).not.toContain(XPUB);
    const broken = `${XPUB.slice(0, -1)}R`;
    expect(text(`watch-only account ${broken} gap 20`)).toContain(broken);
  });

  it('testnet Bech32 addresses', () => {
    expect(text('refund_to=tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).not.toContain('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx');
    expect(value({ refund: 'tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c' })).not.toContain('tb1pqqqq');
    expect(text('build tb1-runner-7 ok')).toContain('tb1-runner-7');
  });

  it('single-case EVM addresses: alone in a field, after a deposit or account word, after a transfer hash', () => {
    expect(value({ allowList: [{ asset: 'ETH', address: ETH_LOWER }] })).not.toContain(ETH_LOWER);
    expect(text(`refund of duplicate deposit from ${ETH_LOWER}`)).not.toContain(ETH_LOWER);
    expect(text(`name mismatch for account ${ETH_LOWER.toUpperCase().replace('0X', '0x')}`)).not.toContain(
      ETH_LOWER.slice(2, 12).toUpperCase(),
    );
    expect(value({ transferReference: `${TX}:${ETH_LOWER}` })).not.toContain(ETH_LOWER);
    // The transaction hash stays; a token's contract named before stays; a bare hex id in prose stays.
    expect(value({ transferReference: `${TX}:${ETH_LOWER}` })).toContain(TX);
    expect(text(`approve token_contract=${ETH_LOWER} block 19283746`)).toContain(ETH_LOWER);
    expect(text(`cache key ${ETH_LOWER} evicted`)).toContain(ETH_LOWER);
  });

  it('a destination tag or address tag routes a deposit to one customer', () => {
    expect(value({ destinationTag: '88104217', txHash: TX })).not.toContain('88104217');
    expect(value({ addressTag: '5512', network: 'XRP' })).not.toContain('5512');
    expect(value({ tagline: 'fast withdrawals', tags: ['vip'] })).toContain('fast withdrawals');
  });
});

describe('seed phrases as customers send them to support', () => {
  it('after `phrase` / `frase`, numbered, and typed over labelled chat lines', () => {
    const p24 =
      'dignity pass list indicate nasty swamp pool script soccer toe leaf photo multiply desk host tomato cradle drill spread actor shine dismiss champion exotic';
    expect(text(`this is my phrase pls check ${p24}`)).not.toContain('dignity pass list');
    expect(
      text('mi frase: 1.cat 2.swing 3.flag 4.economy 5.stadium 6.alone 7.churn 8.speed 9.unique 10.patch 11.report 12.train'),
    ).not.toContain('economy');
    const chat = [
      '[09:14] user: here are the words',
      '[09:14] user: gravity machine north sort system female',
      '[09:15] user: filter attitude volume fold club stay',
      '[09:15] user: feature office ecology stable narrow fog',
      '[09:16] agent_lee: please stop, never share these',
    ].join('\n');
    const out = text(chat);
    for (const part of ['gravity machine', 'filter attitude', 'ecology stable']) expect(out).not.toContain(part);
    expect(out).toContain('agent_lee: please stop');
  });

  it('list words without a valid checksum stay', () => {
    const words =
      '[09:14] user: gravity machine north sort system female\n[09:15] user: filter attitude volume fold club stay\n[09:15] user: feature office ecology stable narrow north';
    expect(text(`my phrase\n${words}`)).toContain('ecology stable narrow north');
    expect(text('these words matter: abandon ability able about above absent absorb abstract absurd abuse access accident')).toContain(
      'abandon ability',
    );
  });
});

describe('Travel Rule (IVMS101) names and identifiers', () => {
  it('snake_case and flattened name identifiers; the type code and a legal person name stay', () => {
    const out = value({
      originator: {
        name_identifier: [{ primary_identifier: 'Vasquez-Ortega', secondary_identifier: 'Marisol', name_identifier_type: 'LEGL' }],
        legal: { name: { nameIdentifier: [{ legalPersonName: 'Halvorsen Digital Custody AS', legalPersonNameIdentifierType: 'LEGL' }] } },
      },
      'beneficiary.beneficiaryPersons.0.naturalPerson.name.nameIdentifier.0.primaryIdentifier': 'Okafor-Lindqvist',
    });
    for (const s of ['Vasquez-Ortega', 'Marisol', 'Okafor-Lindqvist']) expect(out).not.toContain(s);
    expect(out).toContain('"LEGL"');
    expect(out).toContain('Halvorsen Digital Custody AS');
    expect(text('rejected: primary_identifier=vasquez secondary_identifier=marisol code=409')).not.toContain('marisol');
  });

  it('a resource schema primaryIdentifier (a JSON pointer) stays', () => {
    expect(value({ typeName: 'AWS::Logs::LogGroup', primaryIdentifier: ['/properties/LogGroupName'] })).toContain(
      '/properties/LogGroupName',
    );
  });

  it("an LEI under a national identifier stays; a person's passport there does not", () => {
    const lei = value({ nationalIdentification: { nationalIdentifier: '7LTWFZYICNSX8D621K86', nationalIdentifierType: 'LEIX' } });
    expect(lei).toContain('7LTWFZYICNSX8D621K86');
    const pass = value({ nationalIdentification: { nationalIdentifier: 'L898902C3', nationalIdentifierType: 'CCPT' } });
    expect(pass).not.toContain('L898902C3');
  });
});

describe('KYC vendors as exchanges log them', () => {
  it("a person's name in lower case after the document's kind in a file name; the file's own words stay", () => {
    expect(value({ idPhoto: 'selfie_teodora_mikkelsen_1722031144.jpg' })).not.toContain('teodora_mikkelsen');
    expect(value({ upload: 'passport_id_martin_oyelaran_back.png' })).not.toContain('martin_oyelaran');
    for (const keep of ['selfie_doc_front.jpg', 'payslip_march_2024.pdf', 'kyc_proof_address_final.pdf', 'contract_signed_copy.pdf'])
      expect(value({ upload: keep })).toContain(keep);
  });

  it("an identity document's kind names its number; an invoice's number stays", () => {
    expect(value({ idDocs: [{ idDocType: 'PASSPORT', country: 'UTO', number: 'L898902C3' }] })).not.toContain('L898902C3');
    expect(value({ docs: [{ docType: 'invoice', number: 'INV-2024-0712' }] })).toContain('INV-2024-0712');
  });
});
