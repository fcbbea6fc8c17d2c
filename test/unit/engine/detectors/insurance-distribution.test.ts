import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Insurance underwriting, policy administration, life / annuity service and agency records
 * (red-team round 83). Values differ from the round's corpus: names, NPNs, licence, policy and
 * account numbers made up here in the layouts the carriers, NIPR and state DMVs print; look-alikes
 * (ids, codes, counts, NAIC codes, column names, programme ids, dates, firms) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);

describe('producer_npn_in_prose', () => {
  detectorCases(
    'producer_npn_in_prose',
    [
      ['appointment pending for Rosalind Achebe (NPN 20417736), lines L&H', '20417736'],
      ['2025-03-02 WARN termination npn=9918274 reason=VOLUNTARY', '9918274'],
      ['producer npn# 6620913 licensed in TX, OK', '6620913'],
      ['Agent NPN: 17220458 appointed with the carrier', '17220458'],
      ['npn no. 31180224 failed the PDB lookup', '31180224'],
    ],
    [
      // Too short, a transistor's name, a ticket after it, a version: no producer number.
      'npn 1234 retry',
      'an NPN transistor (2N3904) drives the relay',
      'NPN-lookup job NPN_SYNC ran 3 times',
      'npn check ticket INC-7720193 closed',
    ],
  );
});

describe('driver_licence_short_lead: a bare `dl` / `lic` before a state layout', () => {
  detectorCases(
    'driver_licence_short_lead',
    [
      ['add youthful driver dl c7741902 (ca) effective 3/1', 'c7741902'],
      ['mvr clear, lic 508 227 614 ny, no points', '508 227 614'],
      ['cdl w412-7730-5518 expires 2027', 'w412-7730-5518'],
    ],
    [
      // A download size, a version, a short number and a dash-grouped date after `dl` / `lic` stay.
      'dl 12 files from the portal',
      'lic 2024-2025 renewal fee paid',
      'public 612 448 207 announcement',
      'dl v4.2.1 installer',
    ],
  );
});

describe('driver_licence_state_cell: the state code as the next blank-separated field', () => {
  it('masks a Florida licence before ` FL` in a fixed-width AL3 driver row', () => {
    const out = mask('5DRV 0003 OYELOWO        PERPETUA 19880417 T518-204-88-117-0 FL');
    expect(out).not.toContain('T518-204-88-117-0');
  });
  it('keeps a dash-grouped id before a word that is no state code', () => {
    const out = mask('job A123-4567-8901-22 OK? no: A123-4567-8901-22 XX');
    expect(out).toContain('A123-4567-8901-22 XX');
  });
});

describe('us_driver_license after `licencia de conducir`', () => {
  it('masks the number after the Spanish name of a licence', () => {
    const out = mask('Conductor agregado, licencia de conducir W662-118-44-907-0, vigente.');
    expect(out).not.toContain('W662-118-44-907-0');
  });
});

describe('insurance_policy_after_name after `Versicherungsnummer`', () => {
  it('masks a life policy number after the German word', () => {
    const out = mask('Versicherungsnummer KV-7731182045 wurde storniert');
    expect(out).not.toContain('KV-7731182045');
  });
  it('keeps a short number after it', () => {
    expect(mask('Versicherungsnummer 12 fehlt')).toContain('12 fehlt');
  });
});

describe('key rules of insurance records', () => {
  it('masks NPNs, producer and annuitant names, dial numbers, EFT accounts and loan numbers by name', () => {
    const out = maskRecord({
      npn: '20417736',
      producerNpn: '9918274',
      producerName: 'Octavia Brennan-Wolfe',
      annuitantName: 'Caspar Lindgren',
      insd_nm: 'Harriet Osei',
      DialNumber: '5550123',
      eftAccount: '000987650011',
      AccountNumberId: '7720194481',
      'Proposed Insured (First, Middle, Last)': 'Wendell P. Okafor',
    });
    for (const v of [
      '20417736',
      '9918274',
      'Octavia Brennan-Wolfe',
      'Caspar Lindgren',
      'Harriet Osei',
      '5550123',
      '000987650011',
      '7720194481',
      'Wendell P. Okafor',
    ])
      expect(out).not.toContain(v);
  });
  it('masks a policy number under cedentPolicy, relinquishingContract and policyId, and keeps other ids there', () => {
    const out = maskRecord({
      cedentPolicy: 'UL-30418852',
      relinquishingContract: 'VA8820417733',
      policyId: 'HO3-5510274418',
      rows: [{ policyId: 'ANPAJ2UCCR6DPCEXAMPLE' }, { policyId: 'c9a8b7d6-1111-4222-8333-944455556666' }, { policyId: 'B2C_1A_SIGNIN' }],
      retention_policy_id: 'RP-1',
    });
    for (const v of ['UL-30418852', 'VA8820417733', 'HO3-5510274418']) expect(out).not.toContain(v);
    for (const v of ['ANPAJ2UCCR6DPCEXAMPLE', 'c9a8b7d6-1111-4222-8333-944455556666', 'B2C_1A_SIGNIN', 'RP-1']) expect(out).toContain(v);
  });
  it('masks the login under underwriter and EnteredBy, and keeps a service account there', () => {
    const out = maskRecord({ underwriter: 'tquenneville', EnteredBy: 'mokonjo', entered_by: 'svc_policy_sync' });
    expect(out).not.toContain('tquenneville');
    expect(out).not.toContain('mokonjo');
    expect(out).toContain('svc_policy_sync');
  });
  it('keeps a HIPAA authorization date under authorizationSigned', () => {
    const out = maskRecord({ authorizationSigned: '2024-08-14', authorization_date: '2024-08-15' });
    expect(out).toContain('2024-08-14');
    expect(out).toContain('2024-08-15');
  });
});

describe('person rows of insurance batches', () => {
  it('masks policy cells and the account after a routing number in rows that name a person', () => {
    const out = mask(
      'HO6-4410928817|Rosalind Achebe|Fifth Third Bank|2025-04-01\nTL-551047283,Matthias Oyelaran,-88.10,021000021,004417209931\n',
    );
    expect(out).not.toContain('HO6-4410928817');
    expect(out).not.toContain('TL-551047283');
    expect(out).not.toContain('004417209931');
    expect(out).toContain('021000021');
    expect(out).toContain('-88.10');
  });
  it('keeps short request ids, dash-grouped case numbers and amounts in such rows', () => {
    const out = mask('REQ-4417201|Rosalind Achebe|SR-2025-0041877|1200.00|2025-04-01|VOE-44120887');
    expect(out).toContain('REQ-4417201');
    expect(out).toContain('VOE-44120887');
    expect(out).toContain('SR-2025-0041877');
    expect(out).toContain('1200.00');
  });
});

describe('person_name: insurance roles and CSV header lines', () => {
  it('reads a name after a capitalised Insured, Producer or Annuitant that starts a sentence', () => {
    for (const [text, name] of [
      ['Insured Leonora Fitzwilliam has a history of asthma.', 'Leonora Fitzwilliam'],
      ['Producer Anselm Kowalczyk asked for a split.', 'Anselm Kowalczyk'],
      ['Versicherte Person: Gudrun Meinhardt-Reis, geb. 1970', 'Gudrun Meinhardt-Reis'],
    ] as const)
      expect(mask(text), text).not.toContain(name);
  });
  it('keeps the column names of a CSV header line', () => {
    const out = mask('Agent Code,Agent Name,Policy Number,Insured,Premium,Commission\nAG-1,Rosalind Achebe,TL-55104728,x,1.00,0.50');
    expect(out).toContain('Agent Code,Agent Name,Policy Number,Insured,Premium,Commission');
    expect(out).not.toContain('Rosalind Achebe');
  });
  it('reads lower-case names after producer and policyholder', () => {
    for (const [text, name] of [
      ['pending: producer james whitaker npn pending', 'james whitaker'],
      ['policyholder maria castillo called about the renewal', 'maria castillo'],
    ] as const)
      expect(mask(text), text).not.toContain(name);
  });
});

describe('look-alikes of insurance records', () => {
  it('keeps a telematics programme id after `snap-`, and a NAIC code after a home office', () => {
    expect(maskRecord({ programId: 'snap-ubi-v3' })).toContain('snap-ubi-v3');
    expect(mask('home office: Columbus OH 43215, NAIC 23787')).toContain('NAIC 23787');
    // A handle after the app's name with a dash and a blank is still read.
    expect(mask('my snap - quill_rose88')).not.toContain('quill_rose88');
  });
});
