import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// Rules for the shapes of red-team round 75 (P&C and workers' comp claims), tested with values other
// than the corpus's and with look-alikes that must stay.
const engine = testEngine();

describe('claims notes: lower-case VINs after `vin`', () => {
  it('masks a lower-case VIN whose check digit holds', () => {
    const { text, entities } = maskText(engine, 'tow to yard 4, vin 1ftfw1et9dfc10312 keys in car');
    expect(text).not.toContain('1ftfw1et9dfc10312');
    expect(entities).toContain('VIN');
    expect(maskText(engine, 'salvage lot: vin# wba8e9g55gnt43021 title ok').text).not.toContain('wba8e9g55gnt43021');
  });
  it('keeps 17 lower-case characters whose check digit fails, and ids with no vin word', () => {
    expect(maskText(engine, 'vin 1ftfw1et8dfc10312 rejected by decoder').text).toContain('1ftfw1et8dfc10312');
    expect(maskText(engine, 'build 1ftfw1et9dfc10312 deployed').text).toContain('build 1ftfw1et9dfc10312');
    expect(maskText(engine, 'vin lookup took 17 ms, request 0af3c9e2d4b1a7c55').text).toContain('0af3c9e2d4b1a7c55');
  });
});

describe('claims notes: plates after local words', () => {
  it('masks plates after plt / Kennzeichen / immatriculation / nr rej. / targa', () => {
    for (const [line, plate] of [
      ['ins veh plt zrt-5510, parked at lot', 'zrt-5510'],
      ['Unfallgegner Kennzeichen M-KL 8812 flüchtig', 'M-KL 8812'],
      ['véhicule adverse immatriculation FB-227-QX, constat signé', 'FB-227-QX'],
      ['pojazd sprawcy nr rej. KR 7731C', 'KR 7731C'],
      ['veicolo di controparte targa EZ 514 RM', 'EZ 514 RM'],
    ] as const) {
      expect(maskText(engine, line).text, line).not.toContain(plate);
    }
  });
  it('keeps words and numbers that are no plates', () => {
    expect(maskText(engine, 'Kennzeichen unbekannt, Zeuge ruft zurück').text).toContain('Kennzeichen unbekannt');
    expect(maskText(engine, 'targa 2024 campaign report').text).toContain('targa 2024 campaign');
    expect(maskText(engine, 'plt 3 of 7 done').text).toContain('plt 3 of 7 done');
  });
});

describe('claims notes: policy numbers after pol# / Versicherungsschein-Nr. / n° de contrat / POLICY:', () => {
  it('masks them', () => {
    for (const [line, value] of [
      ['caller on pol# HO-3318-7720 asked for status', 'HO-3318-7720'],
      ['Versicherungsschein-Nr. HR-5520-11873, Schaden vom 02.03.', 'HR-5520-11873'],
      ['n° de contrat MRH-4471203 résilié', 'MRH-4471203'],
      ['POLICY: CA-TX-4419021 CARRIER: Example Mutual', 'CA-TX-4419021'],
    ] as const) {
      expect(maskText(engine, line).text, line).not.toContain(value);
    }
  });
  it('keeps claim numbers and a contract with no number', () => {
    expect(maskText(engine, 'claim CLM-2024-118830 opened, contrat de travail signé').text).toContain('CLM-2024-118830');
    expect(maskText(engine, 'POLICY: ACTIVE since 2019').text).toContain('POLICY: ACTIVE since 2019');
  });
});

describe('claims notes: lower-case names after claims roles', () => {
  it('masks a claimant, an insured, an SIU subject and an attorney', () => {
    for (const [line, name] of [
      ['clmt name maria gonzalez, cell on file, dob 1/2/80', 'maria gonzalez'],
      ['subj: steven harrington (prior 3 claims)', 'steven harrington'],
      ['atty brian whitaker sent LOR 3/4', 'brian whitaker'],
      ['pt is linda castillo, 4 PT visits', 'linda castillo'],
    ] as const) {
      expect(maskText(engine, line).text, line).not.toContain(name);
    }
  });
  it('keeps the words after roles that are no names', () => {
    expect(maskText(engine, 'atty fees paid 2,500 on claim 7731').text).toContain('atty fees paid');
    expect(maskText(engine, 'clmt vehicle towed to yard 12').text).toContain('clmt vehicle towed');
  });
});

describe('claims records: key rules', () => {
  it('masks a UB-04 bill logged by form locators and an askMID reply', () => {
    const out = engine.maskValue({ fl8b: 'OKAFOR ADAEZE', fl10: '11041958', fl60a: 'MEM99812034', fl42: '0450', fl56: '1245319599' });
    const json = JSON.stringify(out.value);
    expect(json).not.toContain('OKAFOR ADAEZE');
    expect(json).not.toContain('11041958');
    expect(json).not.toContain('MEM99812034');
    expect(json).toContain('0450');
    const mid = JSON.stringify(
      engine.maskValue({
        policyholder: 'Mr Gareth Pryce',
        named_drivers: 'Gareth Pryce;Elin Pryce',
        claimant_name: 'Elin Pryce',
        claimant_id: 'CL-0042',
      }).value,
    );
    expect(mid).not.toContain('Gareth Pryce');
    expect(mid).not.toContain('Elin Pryce');
    expect(mid).toContain('CL-0042');
    // A claimant object keeps its codes: only its names are masked.
    const nested = JSON.stringify(engine.maskValue({ claimant: { name: 'Elin Pryce', injury: { icd10: 'S13.4XXA' } } }).value);
    expect(nested).not.toContain('Elin Pryce');
    expect(nested).toContain('S13.4XXA');
  });
});

describe('NCPDP segments logged as id=value pairs', () => {
  it('masks the patient and insurance identity fields and keeps the claim fields', () => {
    const { text } = maskText(
      engine,
      'switch B1 seg=AM04 C2=ZX0091827 | seg=AM01 C4=19720405 CA=LUCINDA CB=FAIRBANKS CM=88 HARBOR VIEW RD CP=02110 | seg=AM07 D2=000004471203 D7=00378180110',
    );
    for (const v of ['ZX0091827', '19720405', 'LUCINDA', 'FAIRBANKS', '88 HARBOR VIEW RD']) expect(text).not.toContain(v);
    for (const v of ['000004471203', '00378180110', 'seg=AM07']) expect(text).toContain(v);
  });
});
