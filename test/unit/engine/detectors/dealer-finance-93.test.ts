import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 93's rules for automotive dealers, auto finance and connected vehicles: dealer and
 * lender staff logins under their role names, a loan account under `loanAccount`, ADF `<name
 * part=…>` elements, lower-case names after `debtor` / `spoke w/`, the user column of an activity
 * line, a display name quoted under a login's key=value name, plates after `plaque` / `placa(s)`,
 * fixed-width reports under a header of capitals, one numbering plan per person row, and a date
 * on the next line no tail of a wrapped phone. Values differ from the corpus's: other made-up names, logins and streets,
 * other numbers of the 555-01XX fiction range, other VINs with a valid ISO 3779 check digit.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('keys: dealer and lender staff logins, a loan account', () => {
  it('masks a login under presentedBy, collector, appraiser and BdcRep, and a loan account', () => {
    const out = maskedValue({
      menuId: 'MNU-118204',
      presentedBy: 'tkowalski',
      collector: 'rdelgado',
      appraiser: 'mfitzwilliam',
      BdcRep: 'bdc.aokonkwo',
      payoff: { lender: 'Wells Fargo Auto', amount: 12044.1, loanAccount: '8830124471' },
    });
    for (const v of ['tkowalski', 'rdelgado', 'mfitzwilliam', 'aokonkwo', '8830124471']) expect(out).not.toContain(v);
    for (const v of ['MNU-118204', 'Wells Fargo Auto', '12044.1']) expect(out).toContain(v);
  });

  it('keeps an agency and a service account under the same names', () => {
    const out = maskedValue({ collector: 'Example Recovery Services', appraiser: 'svc_vauto_sync', BdcRep: 'crm-sync' });
    for (const v of ['Example Recovery Services', 'svc_vauto_sync']) expect(out).toContain(v);
  });
});

describe('structure: ADF 1.0 contact name parts', () => {
  const lead = (first: string, last: string) =>
    `<adf><prospect><customer><contact><name part="first">${first}</name><name part="last">${last}</name><phone type="voice">636-555-0107</phone></contact></customer><vendor><vendorname>Riverbend Kia</vendorname><contact><name part="full">Ottavio Brambilla</name></contact></vendor><provider><name part="full">Autotrader Digital Retail</name></provider></prospect></adf>`;

  it('masks the customer contact and the vendor contact, keeps the provider and the vendor name', () => {
    const out = masked(lead('Hyacinth', 'Oduya-Brennan'));
    for (const v of ['Hyacinth', 'Oduya-Brennan', 'Ottavio Brambilla', '636-555-0107']) expect(out).not.toContain(v);
    for (const v of ['Autotrader Digital Retail', 'Riverbend Kia']) expect(out).toContain(v);
  });

  it('masks an ADF document held in a JSON string, keeps a business name part', () => {
    const out = maskedValue({ body: lead('Leopold', 'Achterberg') });
    expect(out).not.toContain('Leopold');
    expect(out).not.toContain('Achterberg');
    expect(masked('<contact><name part="full" type="business">Harborview Fleet Leasing LLC</name></contact>')).toContain(
      'Harborview Fleet Leasing LLC',
    );
    expect(masked('<product><name>Platinum Wheel Protection</name></product>')).toContain('Platinum Wheel Protection');
  });
});

describe('person_name_lower_collections: debtor and spoke w/', () => {
  it.each([
    ['unit spotted at debtor marcus oyelowo-finch residence, no keys', 'marcus oyelowo-finch'],
    ['spoke w/ jolene abernathy re the tahoe, wants numbers', 'jolene abernathy'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });
  it.each([
    ['debtor address verified via skip trace', 'debtor address verified'],
    ['spoke w/ finance about the rate', 'spoke w/ finance about'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('structure: the user column of an activity line', () => {
  it('masks an initial-and-surname login and a double-barrelled one', () => {
    const out = masked('11/28 09:41 | ggutierrez | lft vm for bwr\n11/28 10:02 | dgutierrez-lopez | bwr cb, ptp 300.00 12/05');
    expect(out).not.toContain('ggutierrez');
    expect(out).not.toContain('dgutierrez-lopez');
    expect(out).toContain('300.00');
  });
  it('keeps a system account, a status word and a name alone', () => {
    for (const line of [
      '2025-11-28 09:41 | svc_batch | nightly posting done',
      '2025-11-28 09:41 | success | 214 rows',
      '2025-11-28 09:41 | warning | 3 retries',
      '2025-11-28 09:41 | jenkins | build 4411',
    ]) {
      const cell = line.split(' | ')[1]!;
      expect(masked(line)).toContain(cell);
    }
  });
});

describe('structure: a display name quoted under a login key in a key=value line', () => {
  it('masks the person, keeps a system display name, a team and a firm', () => {
    expect(masked('tsp-gw: cmd=RLK requester="Ottoline Vasquez-Brandt" result=ACK')).not.toContain('Ottoline Vasquez-Brandt');
    for (const v of ['Encompass Admin', 'System Administrator', 'Platform Team', 'Acme Fleet LLC', 'Front Desk'])
      expect(masked(`cmd=RLK requester="${v}" result=ACK`)).toContain(v);
  });
});

describe('plate_after_placa_word', () => {
  it.each([
    ['plaque T92 HKM, client en attente', 'T92 HKM'],
    ['Placas NL SRT-4412 reportadas', 'SRT-4412'],
    ['placa abc1d23 vista no estacionamento', 'abc1d23'],
  ])('masks %j', (text, plate) => {
    expect(masked(text)).not.toContain(plate);
  });
  it.each([
    ['plaque dentaire 2 mm', 'plaque dentaire 2 mm'],
    ['Placas base 2024 modelo', 'Placas base 2024 modelo'],
    ['placa madre ASUS B550', 'placa madre ASUS B550'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('structure: fixed-width reports under a header of capitals', () => {
  it('masks the cells of sensitive columns, keeps deal and stock numbers', () => {
    const report =
      'DEAL   STOCK   BUYER NAME               CELL PHONE    VIN                SLSP\n' +
      '311204 K20417  WHITLOCK, ANSELM         9195550183    5FNYF6H56LB047219  0411\n' +
      '311207 K20433  BRENNAN-OKAFOR, MAEVE    9195550127    KMHLM4AG0PU511873  0409\n' +
      'TOTAL DEALS 2';
    const out = masked(report);
    for (const v of ['9195550183', '9195550127', '5FNYF6H56LB047219', 'KMHLM4AG0PU511873']) expect(out).not.toContain(v);
    for (const v of ['311204', 'K20417', '311207', 'K20433', 'TOTAL DEALS 2']) expect(out).toContain(v);
  });
  it('keeps a report whose columns name nothing sensitive, and prose in capitals', () => {
    const parts =
      'PART NO      DESCRIPTION          QTY   PRICE\n90915-YZZD3  FILTER OIL           2     9.45\n04465-0E010  PAD KIT FRONT        1     86.12\n';
    expect(masked(parts)).toBe(parts);
    const prose = 'NOTICE TO BUYER   READ BEFORE SIGNING   KEEP A COPY\nThe buyer agrees to the terms above.\n';
    expect(masked(prose)).toBe(prose);
  });
});

describe('person_rows: one numbering plan per row', () => {
  it('keeps an 8-digit lead id beside a NANP phone, masks the phone', () => {
    const rows =
      '77120944,AutoTrader,Isolde,Fairweather,isolde.f@example.org,9195550166,27601,2025 Toyota Sequoia\n77120951,Edmunds,Casimir,Pemberton,c.pemberton@example.net,9195550142,27603,2026 Toyota Tundra';
    const out = masked(rows);
    for (const v of ['9195550166', '9195550142', 'Isolde', 'Pemberton']) expect(out).not.toContain(v);
    for (const v of ['77120944', '77120951']) expect(out).toContain(v);
  });
});

describe('wrapped lines: a date or a time on the next line is no tail of a phone', () => {
  it('masks the phone, keeps the next line whole', () => {
    const out = masked('11/29 17:40 | note: new cell 919 555 0171\n11/30 08:12 | left vm');
    expect(out).not.toContain('919 555 0171');
    expect(out).toContain('\n11/30 08:12');
  });
  it('still joins a phone wrapped by its editor', () => {
    expect(masked('cb number 919-555-\n0134 after 5')).not.toContain('0134');
  });
});
