import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * Leftovers of red-team round 79 (stop 41): values agents, robots and test code type into inputs
 * that only a selector, a locator, a sibling label or the keystrokes around them name
 * (structure/typed-into-field.ts, structure/siblings.ts), a whole-value Aadhaar, streets ending
 * `Loop`, and names after `for applicant` / `for candidate`; with the look-alikes that must stay.
 * Values differ from the corpora's.
 */
const engine = testEngine();

function maskedText(text: string): string {
  return engine.maskText(text).value;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('a value typed into an input its selector names', () => {
  const positives: [what: string, text: string, hidden: string][] = [
    ['Puppeteer page.type', "await page.type('#password', 'Larch&Meadow19');", 'Larch&Meadow19'],
    ['Playwright page.fill with a name attribute', "await page.fill('input[name=\"username\"]', 'ovanderlinde');", 'ovanderlinde'],
    ['WebdriverIO setValue', "await $('#ssn').setValue('536-90-4399')", '536-90-4399'],
    ['Nightwatch verbose log', ' → Running [setValue]: ("#password", "Quokka%Tide58")', 'Quokka%Tide58'],
    ['Cypress chain', "cy.get('[data-cy=password]').type('Otter!Grove31')", 'Otter!Grove31'],
    ['Cypress command log', '      - get  input[name=password]\n      - type  Wombat^Fjord27{enter}\n      - click', 'Wombat^Fjord27'],
    ['Cypress command log, a login', '      - get  #username\n      - type  fkowalewska\n', 'fkowalewska'],
  ];
  for (const [what, text, hidden] of positives) {
    it(`masks ${what}`, () => {
      expect(maskedText(text)).not.toContain(hidden);
    });
  }
  const negatives: [what: string, text: string, kept: string][] = [
    ['a search box', "await page.fill('#search', 'noise cancelling headphones')", 'noise cancelling headphones'],
    ['a quantity', "cy.get('input[name=qty]').type('3')", "type('3')"],
    ['a coupon in the command log', '      - get  #coupon\n      - type  WINTER30\n', 'WINTER30'],
    ['a service account typed as login', "await page.fill('#username', 'svc_backup')", 'svc_backup'],
  ];
  for (const [what, text, kept] of negatives) {
    it(`keeps ${what}`, () => {
      expect(maskedText(text)).toContain(kept);
    });
  }
});

describe('a keystroke sign-in (xdotool, AutoHotkey)', () => {
  it('masks the login and the password of xdotool type … key Tab … type … key Return', () => {
    const out = maskedText(
      "xdotool type --delay 30 'rfairweather' && xdotool key Tab && xdotool type --delay 30 'Saffron+Kettle73' && xdotool key Return",
    );
    expect(out).not.toContain('rfairweather');
    expect(out).not.toContain('Saffron+Kettle73');
    expect(out).toContain('xdotool key Tab');
  });
  it('masks an AutoHotkey Send "login{Tab}password{Enter}"', () => {
    const out = maskedText('Send "tbellamy-ode{Tab}Juniper$Wharf84{Enter}"');
    expect(out).not.toContain('tbellamy-ode');
    expect(out).not.toContain('Juniper$Wharf84');
  });
  it('keeps typed commands, chords and a search tabbed past', () => {
    for (const text of [
      "xdotool type 'ls -la' && xdotool key Return",
      "xdotool type 'lisbon' && xdotool key Tab && xdotool type 'next friday' && xdotool key Return",
      'Send "^a{Tab}{Enter}"',
    ]) {
      expect(maskedText(text)).toBe(text);
    }
  });
});

describe('values typed without quotes in French and Spanish summaries, and Robot Framework locators', () => {
  it('masks a name typed into a name field', () => {
    expect(maskedText("j'ai saisi le nom gwenaëlle le-floc'h dans le champ « nom »")).not.toContain('gwenaëlle');
    expect(maskedText('escribí eulalia montenegro en el campo "nombre completo"')).not.toContain('eulalia montenegro');
  });
  it('masks a Robot Framework Input Text into a locator naming the field', () => {
    const out = maskedText("INFO - Typing text 'Wilhelmina Tregarthen' into text field 'id=fullname'.");
    expect(out).not.toContain('Wilhelmina Tregarthen');
  });
  it('keeps what was typed into fields that name no person', () => {
    for (const text of [
      "j'ai saisi le code promo NOEL25 dans le champ « code »",
      "j'ai saisi les informations dans le champ « nom »",
      'escribí 12 cajas en el campo "cantidad"',
      "INFO - Typing text 'annual report' into text field 'id=search'.",
    ]) {
      expect(maskedText(text)).toBe(text);
    }
  });
});

describe('fields named by a sibling label (UFO ControlText, CDP AXValue names)', () => {
  it("masks a UFO step's Args named by its ControlText", () => {
    const out = maskedValue({ ControlText: 'Account holder', Function: 'set_edit_text', Args: { text: 'Hendrika Oosterbeek' } });
    expect(out).not.toContain('Hendrika Oosterbeek');
  });
  it("keeps a UFO step's Args when the control names nothing sensitive", () => {
    const out = maskedValue({ ControlText: 'Search', Function: 'set_edit_text', Args: { text: 'invoice 2024 Q3' } });
    expect(out).toContain('invoice 2024 Q3');
  });
  it("masks a UFO step's Args only when its Function enters text (both walks)", () => {
    const typed = { ControlText: 'PIN', Function: 'keyboard_input', Args: { keys: '4931', control_focus: true } };
    const clicked = { ControlText: 'Password', Function: 'click_input', Args: { button: 'left', double: false } };
    const scrolled = { ControlText: 'Date of birth', Function: 'wheel_mouse_input', Args: { wheel_dist: -3 } };
    const noFunction = { ControlText: 'Password', Args: { text: 'Zq81-harbour' } };
    for (const mask of [maskedValue, (v: unknown) => engine.maskJsonText(JSON.stringify(v))!.render('{}')]) {
      expect(mask(typed)).not.toContain('4931');
      expect(mask(clicked)).toContain('"button":"left"');
      expect(mask(scrolled)).toContain('"wheel_dist":-3');
      expect(mask(noFunction)).not.toContain('Zq81-harbour');
    }
  });
  it('masks a CDP AX node value named by a computedString name, and keeps its types', () => {
    const out = maskedValue({
      nodeId: '41',
      name: { type: 'computedString', value: 'Social Insurance Number' },
      value: { type: 'string', value: '046 454 286' },
    });
    expect(out).not.toContain('046 454 286');
    expect(out).toContain('"type":"string"');
  });
  it('keeps a CDP AX node whose name is not sensitive', () => {
    const out = maskedValue({ name: { type: 'computedString', value: 'Quantity' }, value: { type: 'string', value: '12' } });
    expect(out).toContain('"value":"12"');
  });
});

describe('whole-value Aadhaar, Loop streets, applicant and candidate leads', () => {
  it('masks a whole value printed 4-4-4 with a valid Verhoeff digit', () => {
    expect(maskedValue({ answer: '9999 4105 7058' })).not.toContain('9999 4105 7058');
  });
  it('keeps 4-4-4 values that fail the check or sit in text', () => {
    expect(maskedValue({ a: '9999 4105 7059' })).toContain('9999 4105 7059');
    expect(maskedValue({ a: '1234 5678 9012' })).toContain('1234 5678 9012');
  });
  it('masks a street ending Loop, and keeps program loops', () => {
    expect(maskedText('ship to 6120 Juniper Hollow Loop, Round Rock')).not.toContain('Juniper Hollow Loop');
    expect(maskedText('Deliver to 88 Bramble Loop.')).not.toContain('Bramble Loop');
    for (const text of ['4 Event Loop stalls', '30 Game Loop ticks', 'the 2 Retry Loop attempts']) expect(maskedText(text)).toBe(text);
  });
  it('masks a name after for applicant / for candidate, and keeps products and stages', () => {
    expect(maskedText('Background check failed for applicant Ifeoluwa Adebanjo-Marsh')).not.toContain('Adebanjo-Marsh');
    expect(maskedText('Interview scheduled for candidate Sigrun Thorvaldsen')).not.toContain('Thorvaldsen');
    for (const text of ['export for applicant Tracking System done', 'webhook for candidate Status Update sent']) {
      expect(maskedText(text)).toBe(text);
    }
  });
});

describe('names answering form questions under opaque ids (structure/form-answer-ids.ts)', () => {
  it('masks a written name under a Microsoft Forms r… id, a Wufoo FieldN, a Google Forms answer, a browser-use input_text', () => {
    const out = maskedValue({
      body: { responder: 'anonymous', r9e8d7c6b5a4f3e2d1: 'Siobhán Ó Duibhir', rab12cd34ef56ab78c: 'Rarely' },
      Entries: [{ EntryId: '7', Field3: 'Tancredi Albanese-Viu', Field4: 'Tuesday mornings' }],
      answers: { '9f8e7d6c': { questionId: '9f8e7d6c', textAnswers: { answers: [{ value: 'Yevgenia Korsakova' }] } } },
      action: [{ input_text: { index: 8, text: 'Ambrose Kittredge' } }],
    });
    for (const name of ['Siobhán Ó Duibhir', 'Tancredi Albanese-Viu', 'Yevgenia Korsakova', 'Ambrose Kittredge'])
      expect(out).not.toContain(name);
    expect(out).toContain('Rarely');
    expect(out).toContain('Tuesday mornings');
  });
  it("masks browser-use's Input … into index N result when the text is a written name", () => {
    expect(maskedText('⌨️  Input Ambrose Kittredge into index 4')).not.toContain('Ambrose Kittredge');
    expect(maskedText('⌨️  Input Ergonomic Chair into index 4')).toContain('Ergonomic Chair');
  });
  it('keeps choices, products, places and companies under the same ids', () => {
    const input = {
      body: { r0f1e2d3c4b5a6978: 'Microsoft Edge', r1e2d3c4b5a697800: 'Very Satisfied', r2d3c4b5a69780011: 'Acme Logistics Ltd' },
      Entries: [{ Field1: 'San Francisco', Field2: 'Standard Shipping' }],
      action: [{ input_text: { index: 1, text: 'Noise Cancelling Headphones' } }],
    };
    const out = maskedValue(input);
    for (const kept of [
      'Microsoft Edge',
      'Very Satisfied',
      'Acme Logistics Ltd',
      'San Francisco',
      'Standard Shipping',
      'Noise Cancelling Headphones',
    ])
      expect(out).toContain(kept);
  });
});

describe('lower-case names after contact and owner labels (person_name_unlisted_lower)', () => {
  it('masks a name after proszę o kontakt:, Ansprechpartner:, contactpersoon:', () => {
    expect(maskedText('proszę o kontakt: zdzisław pękala, tel 512 345 678')).not.toContain('zdzisław pękala');
    expect(maskedText('ansprechpartner: hiltrud oberdorfer, durchwahl 12')).not.toContain('hiltrud oberdorfer');
    expect(maskedText('contactpersoon: geertruida veldkamp')).not.toContain('geertruida veldkamp');
  });
  it('keeps a request to be contacted that names no one', () => {
    for (const text of ['proszę o kontakt mailowy lub telefoniczny', 'proszę o kontakt w sprawie zamówienia 5512'])
      expect(maskedText(text)).toBe(text);
  });
});
