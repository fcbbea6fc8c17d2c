import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Leftovers of red-team rounds 31 (documents and files) and 27 (telecom, travel, mobility), each
 * closed as a general rule, with the look-alikes beside it that must stay. Values differ from the
 * corpora: other names, document numbers of the same shapes, Ofcom drama-range mobiles, made-up
 * RFID UIDs and eMAIDs.
 */
const engine = testEngine();
const text = (s: string) => engine.maskText(s).value;
const value = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
/** Both walks: the decoded value and the record's JSON text. */
function both(record: unknown): string[] {
  return [value(record), maskJsonString(engine, JSON.stringify(record)).output ?? ''];
}

function masks(label: string, input: string | Record<string, unknown>, raws: readonly string[]): void {
  it(`masks it: ${label}`, () => {
    const outs = typeof input === 'string' ? [text(input)] : both(input);
    for (const out of outs) for (const raw of raws) expect(out).not.toContain(raw);
  });
}

function keeps(label: string, input: string | Record<string, unknown>, raws: readonly string[]): void {
  it(`keeps it: ${label}`, () => {
    const outs = typeof input === 'string' ? [text(input)] : both(input);
    for (const out of outs) for (const raw of raws) expect(out).toContain(raw);
  });
}

describe('identity-document short names read beside each other (sn / gn / no)', () => {
  masks(
    'a passport prediction relayed under sn / gn / no',
    { doc: { sn: 'WIŚNIEWSKA', gn: 'ZOFIA MARIA', no: 'ZS4471902', issued: 'POL' } },
    ['WIŚNIEWSKA', 'ZOFIA MARIA', 'ZS4471902'],
  );
  masks('an LDAP entry: sn beside givenName', { sn: 'Okonkwo', givenName: 'Chidi', uid: 'cokonkwo' }, ['Okonkwo']);
  keeps('a device serial under sn with no given name beside it', { sn: 'Router', no: 'RT448120', model: 'X1' }, ['Router', 'RT448120']);
  keeps('a serial with digits under sn beside gn', { sn: 'SN-4471', gn: 'eth0' }, ['SN-4471', 'eth0']);
  keeps('a short no beside names', { sn: 'Berger', gn: 'Lena', no: '12' }, ['"12"']);
});

describe('an identity parser naming its entity by type (Document AI `Document Id`)', () => {
  masks('type Document Id with mentionText', { entities: [{ type: 'Document Id', mentionText: 'S7730164', confidence: 0.9 }] }, [
    'S7730164',
  ]);
  keeps('a store record id under type document_id', { type: 'document_id', value: 'inv-2024-0042' }, ['inv-2024-0042']);
  keeps('a documentId member', { documentId: 'a8Fk20Lm', collection: 'orders' }, ['a8Fk20Lm']);
});

describe('quoted captions as key=value pairs (`"ID NO"="…"`)', () => {
  masks('an OCR pair with a blank in the caption', 'kv[4] "ID NO"="K0937215" conf=88.0 kv[5] "SEX"="F"', ['K0937215']);
  masks('an id_no member', { id_no: 'K0937215' }, ['K0937215']);
  masks('a passport caption', 'kv[1] "Passport No"="P5518203" conf=91.4', ['P5518203']);
  keeps('a page caption beside it', 'kv[4] "ID NO"="K0937215" conf=88.0 kv[5] "PAGE"="2"', ['"PAGE"="2"', 'conf=88.0']);
  keeps('a reference caption', 'kv[0] "Ref No"="R-44120" conf=90.0', ['R-44120']);
});

describe('codes read out in prose (PUK, Portuguese access codes)', () => {
  masks('a PUK an agent reads out', 'Agent: your PUK is 40918263, type it slowly.', ['40918263']);
  masks('a PUK after a colon', 'SIM blocked. PUK: 73310582', ['73310582']);
  masks('a Portuguese access code', 'Seu código de acesso é 731904', ['731904']);
  masks('without accents', 'Seu codigo de acesso: 408215', ['408215']);
  keeps('a PUK mentioned with no code', 'Customer asks how many PUK attempts remain: 10 left, ticket 55120934', ['55120934']);
  keeps('a Portuguese order number', 'Pedido 731904 enviado, codigo postal 1000-001', ['731904']);
});

describe('party numbers in the Ofcom drama range', () => {
  masks('an SMPP source_addr', { command: 'deliver_sm', source_addr: '447700900415', destination_addr: 'ACME' }, ['447700900415']);
  masks('a messages API to', { channel: 'sms', to: '447700900061', from: 'Acme' }, ['447700900061']);
  keeps('a number of the same length that is no phone under a non-party key', { order: '447700900415' }, ['447700900415']);
});

describe('an e-mobility token: uid and contract_id read beside each other (OCPI Tokens)', () => {
  masks(
    'an OCPI token with an eMAID written without separators',
    { country_code: 'NL', party_id: 'ALF', uid: '04B2C3D4E5F6A7', type: 'RFID', contract_id: 'NLALFC48291D731', issuer: 'Example' },
    ['04B2C3D4E5F6A7', 'NLALFC48291D731'],
  );
  masks('an OCPI token with a digit uid beside its printed number', { uid: '102938475', visual_number: 'NL-ALF-000123-4' }, ['102938475']);
  masks('a driver card list', { rfid_cards: [{ card_number: 'NL-ALF-004417-2', uid: '04C1D2E3F4A5B6', status: 'active' }] }, [
    '04C1D2E3F4A5B6',
  ]);
  keeps('a user uid beside a name', { uid: '10293847', name: 'build-bot' }, ['10293847']);
  keeps('a contract id of a sales system', { contract_id: 'CTR-2024-00417', uid: '5521' }, ['CTR-2024-00417', '5521']);
  keeps('a contract id alone', { contract_id: 'NLALFC48291D731', status: 'signed' }, ['NLALFC48291D731']);
});
