import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Leftovers of red-team round 101 (stop 47: funeral homes, cemeteries and death care). Names and
// streets made up; the block titles are those of DD Form 214, NGB Form 22, VA Form 21P-530EZ and
// the 2003 US Standard Certificate of Death.

describe('form_name_block', () => {
  detectorCases(
    'form_name_block',
    [
      ['1. NAME (Last, First, Middle) FONTAINEBLEAU, AUGUSTUS LEANDER\n2. DEPARTMENT NAVY', 'FONTAINEBLEAU, AUGUSTUS LEANDER'],
      ['1. LAST NAME - FIRST NAME - MIDDLE NAME QUARTERMAINE, ELLSWORTH DEVEREAUX\n', 'QUARTERMAINE, ELLSWORTH DEVEREAUX'],
      ["1. DECEASED VETERAN'S NAME (First, Middle Initial, Last) THEODORIC R VANDERMEULEN", 'THEODORIC R VANDERMEULEN'],
      ["1. DECEDENT'S LEGAL NAME (Include AKA's if any) (First, Middle, Last) Prudence Adeline Baez\n", 'Prudence Adeline Baez'],
      ['Name (last, first): Okonkwo-Reyes, Benedetta', 'Okonkwo-Reyes, Benedetta'],
    ],
    [
      // A title with nothing after it, or the next block's number after it.
      '1. NAME (Last, First, Middle)\n2. DEPARTMENT, COMPONENT AND BRANCH ARMY/RA',
      '1. NAME (Last, First, Middle) 2. DEPARTMENT ARMY',
      // Stop words after the title, a code or a date.
      '1. NAME (Last, First, Middle) SEE ATTACHED',
      'NAME (Last, First, Middle) N/A',
      '1. NAME (Last, First, Middle) NOT APPLICABLE',
      // No `name` before the parts' order; one word only.
      'Sort order (last, first) Ascending Order',
      'NAME (Last, First) SMITH',
    ],
  );
});

describe('left101 rules in text and pairs', () => {
  it("keeps a cemetery's and a funeral home's office after its name, masks a family's home", () => {
    const kept = engine.maskText('deliver to Green-Wood Cemetery, 500 25th Street, Brooklyn').value;
    expect(kept).toContain('500 25th Street');
    expect(engine.maskText('Maple Grove Funeral Home (1180 Pine Street)').value).toContain('1180 Pine Street');
    expect(engine.maskText('deliver to Mortimer Quackenbos, 500 Birch Street, Brooklyn').value).not.toContain('500 Birch Street');
  });
  it('keeps a rank alone under an inscription line; masks a street there', () => {
    const rank = engine.maskValue({ inscription: { line1: 'AMBROSE T WEATHERILL', line2: 'LT COL', line3: 'SGT' } });
    expect(JSON.stringify(rank.value)).toContain('LT COL');
    expect(JSON.stringify(rank.value)).toContain('"SGT"');
    expect(JSON.stringify(rank.value)).not.toContain('WEATHERILL');
    const street = engine.maskValue({ address: { line1: 'Flat 4', line2: '12 Colonel Street' } });
    expect(JSON.stringify(street.value)).not.toContain('12 Colonel Street');
  });
  it('masks `nom` / `nome` / `nombre` beside the other half of the name in a form body; alone they stay', () => {
    for (const [body, name] of [
      ['nom=Lacombe-Ribeiro&prenom=Ga%C3%ABlle&ville=Bordeaux&message=Merci+pour+tout', 'Lacombe-Ribeiro'],
      ['cognome=Bernasconi&nome=Ludovica&email=x%40example.it&testo=Sentite+condoglianze', 'Ludovica'],
      ['nombre=Itziar&apellidos=Goikoetxea+Larra%C3%B1aga&mensaje=Un+abrazo', 'Itziar'],
    ] as const)
      expect(engine.maskText(body).value).not.toContain(name);
    expect(engine.maskText('nom=Paris&pays=France&page=2&q=h%C3%B4tel+centre').value).toContain('nom=Paris');
    expect(engine.maskText('nome=Verde&tipo=colore&lingua=it&q=rosso+scuro').value).toContain('nome=Verde');
  });
  it('masks a given name after a condolence lead; keeps a card product', () => {
    expect(engine.maskText('Thinking of Cornelius and all of you.').value).not.toContain('Cornelius');
    expect(engine.maskText('Praying for Rosalind and the grandchildren.').value).not.toContain('Rosalind');
    expect(engine.maskText('Card: Thinking of You. Product: Praying for You Wreath').value).toContain('Praying for You Wreath');
    expect(engine.maskText('SKU S-1120 Forever Rose Urn, S-1131 Amazing Grace Memorial Lantern').value).toContain('Forever Rose Urn');
  });
  it('masks lower-case names after `signed by`, `attested by` and `grandkids are`', () => {
    const note = 'cremation auth attested by lysander quist. obit: died at 96, his grandkids are juniper okonkwo and ellis brisco';
    const out = engine.maskText(note).value;
    for (const name of ['lysander quist', 'juniper okonkwo']) expect(out).not.toContain(name);
  });
  it("masks the dead and the family in Italian notices, and a notice's number after `Per info`", () => {
    const out = engine.maskText(
      'Nel trigesimo della scomparsa di Ermenegildo Scaramuzza, la moglie Ornella lo ricorda. Per info 02 1234 5678.',
    ).value;
    for (const value of ['Ermenegildo Scaramuzza', 'Ornella', '02 1234 5678']) expect(out).not.toContain(value);
  });
});
