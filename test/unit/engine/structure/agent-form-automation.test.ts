import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Red-team round 79 (browser and computer-use agents, RPA and form automation): values typed into
 * a named field in agents' step logs (structure/typed-into-field.ts), form fields named by a later
 * name member or a Selenium IDE locator (structure/siblings.ts), HTML inputs named by their id,
 * autofill token or label (structure/config-text.ts), a sign-in body's `user` beside its password
 * (structure/bare-name-columns.ts), and the look-alikes that must stay. Values differ from the
 * corpus's.
 */
const engine = testEngine();

function maskedText(text: string): string {
  return engine.maskText(text).value;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('a quoted value typed into a named field (structure:typed_into_field)', () => {
  const positives: [what: string, text: string, hidden: string, entity: string][] = [
    ['Stagehand act instruction', 'type "Bernadette Volkova-Rees" into the full name field', 'Bernadette Volkova-Rees', 'PERSON'],
    [
      'a second value after and',
      'type "Oskar Lindqvist" into the Surname field and "lindqvist.o@example.net" into email',
      'Oskar Lindqvist',
      'PERSON',
    ],
    ['Automation Anywhere Set text … in', 'Recorder: Set text "078-05-1120" in SSN; Click Save', '078-05-1120', 'US_SSN'],
    ['German step with „…“ quotes', 'Schritt 4: Gebe „Ottfried Brandauer“ in das Feld „Nachname“ ein', 'Ottfried Brandauer', 'PERSON'],
    ['German Mobil field', 'Schritt 5: Trage „+49 170 1234567“ in das Feld „Mobil“ ein', '+49 170 1234567', 'PHONE'],
    ['French « … » dans le champ', 'saisir « margaux villeneuve » dans le champ « Nom »', 'margaux villeneuve', 'PERSON'],
    ['Spanish en el campo', 'escribe "Remedios Alcántara" en el campo "Nombre completo"', 'Remedios Alcántara', 'PERSON'],
  ];
  for (const [what, text, hidden, entity] of positives) {
    it(`masks ${what}`, () => {
      const out = engine.maskText(text);
      expect(out.value).not.toContain(hidden);
      expect(out.findings.map((f) => f.entity)).toContain(entity);
    });
  }

  const negatives: [what: string, text: string, kept: string][] = [
    ['a search box', 'type "blue suede shoes" into the search box', 'blue suede shoes'],
    ['a quotation without a typing verb', 'the bug: "Hello there" in the name field shows twice', 'Hello there'],
    ['a file name typed into a Name field', 'type "Q3 report" into the name field', 'Q3 report'],
    ['a version into a build field', 'Set text "v2.4.1" in Build number; Click OK', 'v2.4.1'],
    ['a quoted word then into prose', 'we moved "billing" into the new service', 'billing'],
  ];
  for (const [what, text, kept] of negatives) {
    it(`keeps ${what}`, () => {
      expect(maskedText(text)).toContain(kept);
    });
  }
});

describe('name members: a later one names the field when the first names nothing', () => {
  it('masks a Tally answer named by its label beside a question key', () => {
    const out = maskedValue({ key: 'question_9xQa2m', label: 'Cognome', type: 'INPUT_TEXT', value: 'Benedetti-Morra' });
    expect(out).not.toContain('Benedetti-Morra');
  });
  it('keeps a Tally answer whose label names nothing sensitive', () => {
    const out = maskedValue({ key: 'question_9xQa2m', label: 'Preferred colour', type: 'INPUT_TEXT', value: 'Teal' });
    expect(out).toContain('Teal');
  });
  it('masks a Selenium IDE type command by its locator', () => {
    const out = maskedValue({ id: 'a1', comment: '', command: 'type', target: 'id=lastName', targets: [], value: 'Quennell-Abara' });
    expect(out).not.toContain('Quennell-Abara');
  });
  it('masks a Selenium IDE password by its locator', () => {
    const out = maskedValue({ id: 'a2', command: 'type', target: 'name=password', targets: [], value: 'Fennel#Tide204' });
    expect(out).not.toContain('Fennel#Tide204');
  });
  it('keeps a Selenium IDE search and click', () => {
    const out = maskedValue({
      commands: [
        { id: 'a3', command: 'type', target: 'id=searchBox', targets: [], value: 'garden hose' },
        { id: 'a4', command: 'click', target: 'css=button.primary', targets: [], value: '' },
      ],
    });
    expect(out).toContain('garden hose');
    expect(out).toContain('css=button.primary');
  });
});

describe('HTML inputs named by id, autofill token or label (structure:config)', () => {
  it('masks a cardholder name under autocomplete="cc-name" in single quotes', () => {
    expect(maskedText("<input autocomplete='cc-name' name='f3' value='Anneliese Wachowiak'>")).not.toContain('Anneliese Wachowiak');
  });
  it('masks a value named by aria-label', () => {
    expect(maskedText('<input type="text" aria-label="Surname" value="Okonkwo-Baird">')).not.toContain('Okonkwo-Baird');
  });
  it('masks a person written as one under a bare name="nombre"', () => {
    expect(maskedText('<input type="text" name="nombre" value="Leire Etxeberria Soto">')).not.toContain('Leire Etxeberria Soto');
  });
  it('keeps a search query, a tracking field and a config property', () => {
    const out = maskedText(
      '<input name="q" value="red shoes"><input type="hidden" name="utm_source" value="newsletter"><property name="name" value="Billing Service"/>',
    );
    expect(out).toContain('red shoes');
    expect(out).toContain('newsletter');
    expect(out).toContain('Billing Service');
  });
});

describe("a sign-in body's user beside its password", () => {
  it('masks the login', () => {
    const out = maskedValue({ user: 'ttanaka-ward', password: 'Larch&Pike91' });
    expect(out).not.toContain('ttanaka-ward');
    expect(out).not.toContain('Larch&Pike91');
  });
  it('keeps service and robot accounts and a user without a password', () => {
    expect(maskedValue({ user: 'svc_reporting', password: 'x' })).toContain('svc_reporting');
    expect(maskedValue({ userName: 'rpa_unattended07', deviceName: 'RPA-VM-02' })).toContain('rpa_unattended07');
    expect(maskedValue({ user: 'u-48812', count: 3 })).toContain('u-48812');
  });
});

describe("a header-less person row's unlisted name pair beside a checked national id (person_rows)", () => {
  it('masks the name pair of rows with a Swedish personnummer', () => {
    const out = maskedText(
      'appended rows:\n00912;Sixten;Brännholm;811228-9874;SEK;31200\n00913;Ylva;Östergaard-Lind;640327-3813;SEK;29800',
    );
    for (const v of ['Sixten', 'Brännholm', 'Ylva', 'Östergaard-Lind', '811228-9874']) expect(out).not.toContain(v);
    expect(out).toContain('00912');
    expect(out).toContain('31200');
  });
  it('keeps product pairs of rows without a national id', () => {
    const out = maskedText('00731;Widget;Bracket;SKU-22;4.50\n00732;Hinge;Plate;SKU-23;2.10');
    for (const v of ['Widget', 'Bracket', 'Hinge', 'Plate']) expect(out).toContain(v);
  });
});
