import { describe, expect, it } from 'vitest';
import { engine } from './support.js';

// KYC vendors' result fields (left73): Jumio Netverify `idFirstName` / `idLastName` / `idDob` glued
// in lower case by a logger, IDnow `identificationdocument.number.value` and the `status` of each
// checked value. Values: python-stdnum pl.pesel doctest (44051401359), the ICAO 9303 specimen
// passport number (L898902C3); names made up.

const mask = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

describe('KYC vendor fields', () => {
  it('reads Jumio labels glued in lower case, in a record and in a logfmt line', () => {
    const record = mask({
      idfirstname: 'bozena',
      idlastname: 'wrzesniewska',
      iddob: '1944-05-14',
      idexpiry: '2031-02-01',
      idtype: 'PASSPORT',
    });
    for (const v of ['bozena', 'wrzesniewska', '1944-05-14']) expect(record).not.toContain(v);
    for (const v of ['2031-02-01', 'PASSPORT']) expect(record).toContain(v);
    const line = engine.maskText('msg=callback idfirstname=bozena idlastname=wrzesniewska iddob=1944-05-14 idcountry=POL').value;
    for (const v of ['wrzesniewska', '1944-05-14']) expect(line).not.toContain(v);
    expect(line).toContain('idcountry=POL');
  });
  it("reads IDnow's document number under its parent and keeps each check's status", () => {
    const out = mask({
      identificationprocess: { result: 'SUCCESS', transactionnumber: 'TST-QWERT' },
      userdata: { lastname: { value: 'Wrzesniewska', status: 'MATCH' }, personalnumber: { value: '44051401359', status: 'NEW' } },
      identificationdocument: { type: { value: 'PASSPORT' }, number: { value: 'L898902C3' } },
    });
    for (const v of ['Wrzesniewska', '44051401359', 'L898902C3']) expect(out).not.toContain(v);
    for (const v of ['MATCH', 'SUCCESS', 'TST-QWERT', 'PASSPORT']) expect(out).toContain(v);
  });
});
