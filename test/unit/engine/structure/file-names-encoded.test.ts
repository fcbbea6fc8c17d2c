import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// Names percent-encoded in the file names of upload and download links (left73): a letter in
// UTF-8 escapes (`%C3%BC`), words glued by `%20` or by a form body's `+`. Names made up.

const engine = testEngine();
const masked = (text: string) => engine.maskText(text).value;

describe('names percent-encoded in file names', () => {
  it('masks a name whose letters are UTF-8 escapes, whole', () => {
    const out = masked('PUT https://kyc.example/uploads/T-4410/Reisepass%20Hannelore%20Gr%C3%BCnbeck.pdf 200');
    expect(out).not.toContain('Hannelore');
    expect(out).not.toContain('Gr%C3%BCnbeck');
    expect(out).not.toContain('nbeck');
    expect(out).toContain('Reisepass%20');
  });
  it("masks a name glued by a form body's +", () => {
    const out = masked('POST /upload body=filename=passport+scan+Margarethe+Vollmer.jpg&side=front');
    expect(out).not.toContain('Vollmer');
    expect(out).toContain('side=front');
  });
  it('keeps file names of templates and policies, encoded or not', () => {
    for (const text of [
      'GET https://cdn.example/docs/Proof%20of%20Address%20Template%20v3.pdf 200',
      'GET /files/R%C3%A9sum%C3%A9%20Template%202025.pdf 200',
      'POST /upload body=filename=KYC+Policy+2025+EN.pdf',
      'GET https://cdn.example/docs/justificatif%20de%20domicile%20mod%C3%A8le.pdf',
    ])
      expect(masked(text)).toBe(text);
  });
});
