import { describe, expect, it } from 'vitest';
import { encodedRowsView } from '../../../../src/engine/structure/encoded-rows.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/encoded-rows.ts: a table percent-encoded into one query parameter or form field is
 * decoded between line breaks for the CSV reader; what it finds is masked as written. NANP
 * 555-01xx fictional numbers; the SSN, names and e-mails made up.
 */
const engine = testEngine();

describe('encoded rows: CSV / TSV in one URL-encoded value', () => {
  const positives: [string, string, string[], string[]][] = [
    [
      'a CSV in a GET query string (Caddy access log)',
      'GET /contacts/import?rows=first_name%2Clast_name%2Cphone%0APenelope%2CAshcombe%2C646-555-0181 200',
      ['Penelope', 'Ashcombe', '646-555-0181'],
      ['/contacts/import', 'first_name'],
    ],
    [
      'a semicolon CSV with CRLF rows and + for blanks in a form body',
      'payload=nom%3Bprenom%3Bemail%0D%0ALefebvre%3BAnne-Claire%3Banne.l%40example.fr&lang=fr',
      ['Lefebvre', 'Anne-Claire', 'anne.l%40example.fr'],
      ['lang=fr'],
    ],
    [
      'a TSV share link with a name and an SSN column',
      '"GET /share?t=name%09ssn%0AAugustin+Fairclough%09287-65-4321 HTTP/2.0" 200',
      ['Augustin+Fairclough', '287-65-4321'],
      ['/share'],
    ],
  ];
  for (const [name, input, masked, kept] of positives) {
    it(`masks ${name}`, () => {
      const out = engine.maskText(input).value;
      for (const v of masked) expect(out, v).not.toContain(v);
      for (const v of kept) expect(out, v).toContain(v);
    });
  }

  const lookalikes: [string, string, string[]][] = [
    [
      'an encoded CSV of metrics (hosts, counts, versions)',
      'GET /metrics/export?csv=host%2Cerrors%2Cbuild%0Aapi-eu-2%2C6465550193%2C7.1.0 200',
      ['api-eu-2', '6465550193', '7.1.0'],
    ],
    [
      'an encoded line break in a message without cells',
      'GET /note?text=Deploy%20done%0ANext%20window%20Friday 200',
      ['Deploy%20done', 'Friday'],
    ],
    ['a redirect URL with escapes and no line break', 'GET /login?next=%2Fadmin%2Creports&lang=en 302', ['%2Fadmin%2Creports']],
  ];
  for (const [name, input, kept] of lookalikes) {
    it(`keeps ${name}`, () => {
      const out = engine.maskText(input).value;
      for (const v of kept) expect(out, v).toContain(v);
    });
  }

  it('decodes only a value with an encoded line break and a cell separator, between line breaks', () => {
    expect(encodedRowsView('q=a%2Cb%0Ac%2Cd&x=1')?.text).toBe('q=\na,b\nc,d\n&x=1');
    expect(encodedRowsView('q=hello%20world&x=1')).toBeUndefined();
    expect(encodedRowsView('q=line%0Aother')).toBeUndefined();
  });
});
