import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Red-team round 101 (funeral homes, cemeteries and death care). Names, streets and logins made
// up; the INSEE layout is that of the fichier des personnes décédées on data.gouv.fr.

describe('obituary_survivor_name', () => {
  detectorCases(
    'obituary_survivor_name',
    [
      ['He is survived by daughters Lavinia (Osmund) Trelawney and Hester (Rufus) Okonkwo.', 'Lavinia (Osmund) Trelawney'],
      ['survived by her son Thomas (Gwendolyn) Ashcombe-Pryor of Tulsa', 'Thomas (Gwendolyn) Ashcombe-Pryor'],
      ['She leaves her daughter Margaret (Ellsworth) Quintrell and three grandchildren.', 'Margaret (Ellsworth) Quintrell'],
      // The obituary's subject before its verb.
      ['Eulalia is survived by her son and her granddaughter.', 'Eulalia'],
      ['Gideon Farnsworth, 86, of Lewiston passed away February 20, 2026.', 'Gideon Farnsworth'],
    ],
    [
      // No obituary word: the keyword pass keeps the detector off.
      'Deployed Apple (Cupertino) Store build 4.2',
      // Stop and everyday words in the parentheses or as the last word.
      'survived by a daughter; see Section (Appendix) Table 3',
      'predeceased by his wife. Venue: Hall (North) Entrance',
      // No given name the lists know on either side.
      'survived by grandchildren: Zorblax (Quuxit) Frobnitz',
      // A pronoun or an everyday word before the verb.
      'He is survived by his wife of 61 years.',
      'The process passed away quietly after SIGTERM',
    ],
  );
});

describe('insee_death_file_name', () => {
  detectorCases(
    'insee_death_file_name',
    [
      ['LAMBERTIN*JOSEPHINE MARIE/;2;19380412;75114;PARIS 14E ARRONDISSEMENT;;20260105;69123;0045', 'LAMBERTIN'],
      ['LAMBERTIN*JOSEPHINE MARIE/;2;19380412;75114;PARIS 14E ARRONDISSEMENT;;20260105;69123;0045', 'JOSEPHINE MARIE'],
      ['LAMBERTIN*JOSEPHINE MARIE/;2;19380412;75114;PARIS 14E ARRONDISSEMENT;;20260105;69123;0045', '19380412'],
      ['DUPONT-ROUSSEL*JEAN PIERRE ANDRE/                                   119270301 33063BORDEAUX', 'DUPONT-ROUSSEL'],
    ],
    [
      'SELECT * FROM deces WHERE datedeces > 20260101 /* monthly */',
      'see NOTE*ANNEX/ for the layout',
      'a*b/c and X*Y/z',
      '**README** / docs',
    ],
  );
});

describe('round 101 names in text (leads, lower case, organisations)', () => {
  it("masks the dead person after `Deceased:` and a memorial gift's `in memory of`", () => {
    for (const [text, name] of [
      ['Purchaser: Bertram Greaves\nDeceased: Ottoline Greaves\nEmbalming $850.00', 'Ottoline Greaves'],
      ['Thank you for your gift in memory of Ambrose Pettigrew. We have notified the family.', 'Ambrose Pettigrew'],
      ['Difunto: Anselmo Quiroga Belmonte, DNI 12345678Z', 'Anselmo Quiroga Belmonte'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(name);
  });
  it('masks lower-case names after `grandma`, `family of` and `kids are`', () => {
    for (const [text, name] of [
      ['write obit for grandma margaret cruickshank, died jan 9', 'margaret cruickshank'],
      ['deliver to "family of john whitcombe" by 10am', 'john whitcombe'],
      ['her kids are rupert cruickshank and sarah obi-lund', 'rupert cruickshank'],
    ] as const)
      expect(engine.maskText(text).value).not.toContain(name);
  });
  it('keeps funeral homes, chapels, crematories, cemeteries and churches named after a family or a place', () => {
    for (const text of [
      'Arrangements by Keane Brothers Funeral Home.',
      'Visitation at Van Strien Creston Funeral Home, 4-7 pm',
      'Funeral home: Washburn-McReavy Glen Haven Chapel.',
      'cremation at Diamond Head Crematory',
      'Mass at St. Vincent de Paul Catholic Church, 10 am',
      'Sepultamento no Cemitério da Consolação',
      'Eulalia taught me to quilt at Grace Lutheran.',
      'Family prefers closed casket, Amazing Grace at the committal.',
      'Casket: Batesville Monarch 18 Gauge Steel',
    ])
      expect(engine.maskText(text).value).toBe(text);
  });
});

describe('round 101 keys and query strings', () => {
  it("masks NCHS IJE name fields and a funeral system's abbreviated decedent keys", () => {
    const text = 'GNAME=Hortensia LNAME=Brackenridge DDADF=Ambrose DMOMF=Celestine DMOMMDN=Okafor dec_fname=Leopold dec_lname=Vantongeren';
    const out = engine.maskText(text).value;
    for (const name of ['Hortensia', 'Ambrose', 'Celestine', 'Okafor', 'Leopold', 'Vantongeren']) expect(out).not.toContain(name);
  });
  it("keeps a tar header's group under a bare `gname`", () => {
    expect(JSON.stringify(engine.maskValue({ uname: 'root', gname: 'staff', mode: '0644' }).value)).toContain('staff');
    expect(JSON.stringify(engine.maskValue({ GNAME: 'Hortensia', LNAME: 'Brackenridge' }).value)).not.toContain('Hortensia');
  });
  it("masks a military service number and keeps a decedent object's date of death", () => {
    const out = JSON.stringify(
      engine.maskValue({
        veteran: { militaryServiceNumber: 'RA18743390' },
        decedent: { name: 'Leopold Vantongeren', dateOfDeath: '02/27/2026' },
      }).value,
    );
    expect(out).not.toContain('RA18743390');
    expect(out).not.toContain('Leopold Vantongeren');
    expect(out).toContain('02/27/2026');
  });
  it('masks the name parts of an encoded query inside a parameter, and keeps other encoded queries', () => {
    const out = engine.maskText('GET /grave-locator/search?q=last%3DMacPherson-Ruiz%26first%3DOlivia%26born%3D1952 HTTP/1.1').value;
    expect(out).not.toContain('MacPherson-Ruiz');
    expect(out).not.toContain('Olivia');
    const kept = 'GET /search?q=status%3Dopen%26sort%3Ddesc&page=2 HTTP/1.1';
    expect(engine.maskText(kept).value).toBe(kept);
  });
});
