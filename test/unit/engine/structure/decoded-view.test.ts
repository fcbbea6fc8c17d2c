import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecodedView } from '../../../../src/engine/structure/decoded-view.js';
import { formBodyView } from '../../../../src/engine/structure/form-body.js';
import { quotedPrintableView } from '../../../../src/engine/structure/mail-body.js';

/** Every decoded character maps to a non-empty, in-bounds range, in order. */
function expectWellMapped(view: DecodedView, original: string): void {
  expect(view.start.length).toBe(view.text.length);
  expect(view.end.length).toBe(view.text.length);
  for (let i = 0; i < view.text.length; i++) {
    expect(view.start[i]).toBeLessThan(view.end[i] as number);
    expect(view.end[i]).toBeLessThanOrEqual(original.length);
    if (i > 0) expect(view.start[i]).toBeGreaterThanOrEqual(view.start[i - 1] as number);
  }
}

describe('formBodyView', () => {
  it('decodes `+` and UTF-8 escape runs, keeps `%26` / `%3D` / `%25` and maps each character back', () => {
    const s = 'To=%2B14155550100&Body=Gr%C3%BC%C3%9Fe+von+J%C3%BCrgen&carrier=AT%26T&Rate=5%25';
    const view = formBodyView(s);
    expect(view?.text).toBe('To=+14155550100&Body=Grüße von Jürgen&carrier=AT%26T&Rate=5%25');
    if (view === undefined) return;
    expectWellMapped(view, s);
    const u = view.text.indexOf('ü');
    expect(s.slice(view.start[u], view.end[u])).toBe('%C3%BC%C3%9F');
  });

  it('leaves a query of plain pairs and prose alone', () => {
    expect(formBodyView('a=1&b=2&c=3')).toBeUndefined();
    expect(formBodyView('see a=1 & b=2 for more')).toBeUndefined();
  });

  it('maps every decoded character inside the original, whatever the input', () => {
    const part = fc.constantFrom('a=', '&b=', '+', '%2B', '%C3%A9', '%26', '%3D', '%25', '%Z1', '%', 'x', ' ', 'é');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        const view = formBodyView(s);
        if (view !== undefined) expectWellMapped(view, s);
      }),
    );
  });
});

describe('quotedPrintableView', () => {
  it('joins soft line breaks and decodes `=XX` runs as UTF-8', () => {
    const s = 'Content-Transfer-Encoding: quoted-printable\n\nIBAN DE89 3704 =\n0044 0532 0130 00, M=C3=BCller =3D ok =ZZ';
    const view = quotedPrintableView(s);
    expect(view?.text).toBe('Content-Transfer-Encoding: quoted-printable\n\nIBAN DE89 3704 0044 0532 0130 00, Müller = ok =ZZ');
    if (view !== undefined) expectWellMapped(view, s);
  });

  it('is undefined without the header', () => {
    expect(quotedPrintableView('M=C3=BCller')).toBeUndefined();
  });
});
