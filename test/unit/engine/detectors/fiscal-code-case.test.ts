import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// A codice fiscale in lower or mixed case where the text names it, the check letter still
// required. Codes: RSSMRA85T10A562S (the Agenzia delle Entrate's Mario Rossi, also Presidio's test_it_fiscal_code_recognizer),
// RCCMNL83S18D969H (python-stdnum's codicefiscale doctest), RSSLRA90D70L378H
// (michelebenolli/FiscalCodeValidator README). Look-alikes: the same shapes with a wrong check
// letter, and lower-case identifiers of 16 letters and digits.
describe('it_fiscal_code_lower_case', () => {
  detectorCases(
    'it_fiscal_code_lower_case',
    [
      ['codice fiscale: rssmra85t10a562s', 'rssmra85t10a562s'],
      ['cf=rccmnl83s18d969h&nome=manuele', 'rccmnl83s18d969h'],
      ['il mio codice è rsslra90d70l378h, grazie', 'rsslra90d70l378h'],
      ['Codice fiscale rssmRA85T10A562S', 'rssmRA85T10A562S'],
      ['CF: Rssmra85t10a562s', 'Rssmra85t10a562s'],
      ['codice utente rssmra85t10a562s ID ABC12345 ok', 'rssmra85t10a562s'],
      // The three groups spaced, in any case (tessera sanitaria, chats).
      ['il mio codice fiscale: RSSMRA 85T10 A562S', 'RSSMRA 85T10 A562S'],
      ['cf rccmnl 83s18 d969h grazie', 'rccmnl 83s18 d969h'],
    ],
    [
      'codice fiscale: rssmra85t10a562x',
      'cf=rccmnl83s18d969k',
      'codice build abcdef12a34b567c finished',
      'cf: trace 4bf92f3577b34da6a3ce929d0e0e4736 at 2024-05-01T10:00:00Z',
      'cf: session deadbe85e10a562f expired',
      // The shape and check letter without any mention of the code: left (cost, see the module).
      'user rssmra85t10a562s logged in',
      // All upper case is it_fiscal_code's alone.
      'codice fiscale RSSMRA85T10A562S',
      // Spaced, but a wrong check letter or one blank only.
      'codice fiscale: RSSMRA 85T10 A562X',
      'codice fiscale: RSSMRA 85T10A562S',
    ],
  );

  it('masks the code with the token it gets in upper case', () => {
    const lower = engine.maskText('cf rssmra85t10a562s').value;
    const upper = engine.maskText('cf RSSMRA85T10A562S').value;
    expect(lower).toBe(upper);
  });
});
