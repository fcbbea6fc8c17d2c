import { normalizeForEntity } from '../../mask/normalize.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/**
 * Brazil's Pix QR codes as apps log their "copia e cola" text (BR Code, Banco Central do Brasil's
 * Manual de Padrões para Iniciação do Pix, on EMVCo's Merchant-Presented QR: `ID` 2 digits,
 * length 2 digits, value). The Pix key (a CPF / CNPJ, e-mail, phone or random UUID: the
 * receiver's account) stands in a merchant account template (IDs 26–51) whose GUI (sub-ID 00) is
 * `BR.GOV.BCB.PIX`, as sub-ID 01; the receiver's name (a person's, for a person-to-person charge)
 * is ID 59. Both are glued to their neighbours (`…PIX0129fernanda.costa@exemplo.com.br5204…`), so
 * no other detector reads them. Only a payload that parses as ID-length-value from `000201` to the
 * template is read; amounts, city, CRC stay.
 */
function findPix(scan: TextScan, out: Span[], priority: number): void {
  const text = scan.text;
  for (let from = text.indexOf('000201'); from !== -1; from = text.indexOf('000201', from + 6)) {
    let i = from;
    while (i + 4 <= text.length) {
      const id = text.slice(i, i + 2);
      const length = Number(text.slice(i + 2, i + 4));
      if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(text.slice(i + 2, i + 4)) || i + 4 + length > text.length) break;
      const start = i + 4;
      const end = start + length;
      const n = Number(id);
      if (n >= 26 && n <= 51) pixKey(text, start, end, out, priority);
      else if (n === 59 && length > 0) push(out, start, end, 'PERSON', text.slice(start, end), priority);
      if (n === 63) break;
      i = end;
    }
  }
}

/** The key (sub-ID 01) of a merchant account template whose GUI is BR.GOV.BCB.PIX. */
function pixKey(text: string, from: number, to: number, out: Span[], priority: number): void {
  let pix = false;
  for (let i = from; i + 4 <= to; ) {
    const sub = text.slice(i, i + 2);
    const lengthText = text.slice(i + 2, i + 4);
    if (!/^\d{2}$/.test(sub) || !/^\d{2}$/.test(lengthText)) return;
    const start = i + 4;
    const end = start + Number(lengthText);
    if (end > to) return;
    if (sub === '00') pix = text.slice(start, end).toUpperCase() === 'BR.GOV.BCB.PIX';
    else if (sub === '01' && pix && end > start) push(out, start, end, 'BANK_ACCOUNT', text.slice(start, end), priority);
    i = end;
  }
}

function push(out: Span[], start: number, end: number, entity: string, value: string, priority: number): void {
  out.push({ start, end, entity, detector: 'pix_br_code', normalized: normalizeForEntity(entity, value), priority });
}

export const pixBrCode: ValueDetector = {
  ...detectorFields({
    id: 'pix_br_code',
    entity: 'BANK_ACCOUNT',
    description: 'Brazil Pix QR payloads (BR Code copia e cola): the Pix key and the receiver name',
    validation:
      'an EMV merchant-presented payload from 000201, read as ID-length-value; sub-ID 01 of a template whose GUI is BR.GOV.BCB.PIX (the key), ID 59 (the name)',
    context: false,
    example: '00020126510014BR.GOV.BCB.PIX0129fernanda.costa@exemplo.com.br5204000053039865802BR5915FERNANDA COSTA6009SAO PAULO6304ABCD',
    keywords: ['br.gov.bcb.pix'],
    prefilter: (s) => s.text.length >= 30,
  }),
  find: findPix,
};
