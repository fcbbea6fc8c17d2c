import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Leftovers of red-team round 87 (stop 44) in structure readers: the columns of a header-less
 * export that one row proves (structure/name-columns.ts), a deposit account beside its type or its
 * routing cell (bare-cells.ts), a clinical photo's surname and a patient's folder with a birth date
 * (file-names.ts). Names, logins, numbers made up here (Stripe's test account 000333333335 and
 * routing 110000000; libphonenumber's 555-01xx fiction range); look-alikes (station ids, codes,
 * counts, amounts, dated template folders, ordinary photo names) stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;

describe('name, login and phone columns of a header-less export', () => {
  it('masks every surname-first cell of a column one known name proves, and the logins and phones beside them', () => {
    const rows = [
      '2025-10-02 04:10:11,BED-2A-03,"TREMBATH, OLWEN",203,ASSIST,kfairholme,71',
      '2025-10-02 04:22:40,BED-2A-05,"GWYNNE-ASHBY, MARGARET",205,BED,kfairholme,33',
    ].join('\n');
    const out = mask(rows);
    expect(out).not.toContain('TREMBATH, OLWEN');
    expect(out).not.toContain('GWYNNE-ASHBY, MARGARET');
    expect(out).not.toContain('kfairholme');
    for (const kept of ['BED-2A-03', 'BED-2A-05', 'ASSIST', '2025-10-02 04:10:11']) expect(out).toContain(kept);
    const pipe = mask('V2291|MCD|QUILLAN-OSEI,BARTHOLOMEW|T1019|3125550144|8\nV2292|MCD|ABERNATHY,ROSALIND|S5130|3125550145|4');
    expect(pipe).not.toContain('QUILLAN-OSEI,BARTHOLOMEW');
    expect(pipe).not.toContain('3125550145');
    for (const kept of ['V2291', 'T1019', 'S5130']) expect(pipe).toContain(kept);
  });

  it('leaves columns of codes and words, and a table without a proven name column', () => {
    const out = mask('BRANCH-01,T1019,412,ok_status\nBRANCH-02,S5130,88,ok_status\nBRANCH-03,G0299,17,ok_status');
    for (const kept of ['BRANCH-01', 'T1019', 'ok_status', '412']) expect(out).toContain(kept);
    const places = mask('2025-10-02,"PARIS, FRANCE",A1,deliverer\n2025-10-03,"LYON, FRANCE",A2,deliverer');
    expect(places).toContain('PARIS, FRANCE');
    expect(places).toContain('deliverer');
  });
});

describe('deposit accounts in a person row', () => {
  it('masks the account before its type cell and after a routing cell', () => {
    const out = mask('E4410|PENHALIGON|WINIFRED|110000000|000333333335|SAV|842.10');
    expect(out).not.toContain('000333333335');
    expect(out).toContain('842.10');
    const typed = mask('E4411,KESTEVEN,OSWALD,536904399,40917733121,C,910.00');
    expect(typed).not.toContain('40917733121');
  });

  it('leaves a digit cell before a type-like letter in a row without a person', () => {
    const out = mask('SKU-4410,widget,2025-10-02,40917733121,C,910.00');
    expect(out).toContain('40917733121');
  });
});

describe('clinical photos and patient folders', () => {
  it("masks a surname before an initial and a compact date in a photo's file name", () => {
    const out = mask('uploaded heel_KINGSBURY_M_20251002_0815.jpg from device');
    expect(out).not.toContain('KINGSBURY');
    for (const name of ['IMG_20251002_0815.jpg', 'BACKUP_A_20251002.zip', 'EXPORT_Q_20251002.csv'])
      expect(mask(`saved ${name}`)).toContain(name);
  });

  it('masks a Surname_Given_birthdate folder, the date as a birth date, and leaves dated template folders', () => {
    const out = mask('/srv/docs/hospice/2025/Pendleton-Rowe_Ambrosine_1936-04-19/consent.pdf');
    expect(out).not.toContain('Pendleton-Rowe_Ambrosine');
    expect(out).not.toContain('1936-04-19');
    expect(mask('\\\\fs02\\intake\\Marchbank_Tiberius_19400830\\f2f.pdf')).not.toContain('Marchbank_Tiberius');
    for (const path of ['/srv/docs/templates/Annual_Review_2024-01-01/form.pdf', '/srv/docs/Project_Phoenix_1999-03-04/plan.pdf'])
      expect(mask(path)).toBe(path);
  });
});
