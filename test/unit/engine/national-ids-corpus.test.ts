import { describe, expect, it } from 'vitest';
import * as v from '../../../src/engine/detect/validators-national.js';
import { luhnValid } from '../../../src/engine/detect/validators.js';
import { createEngine } from '../../../src/engine/index.js';

/**
 * Recall and look-alike corpus for the national identifiers of issue 14: for each type, seeded
 * random valid numbers (drawn field by field and completed with the issuer's check digit, so they
 * are not the documented examples) written in free text under a neutral key, with the words people
 * put around them in several templates; and look-alikes that must stay untouched: the same number
 * with a wrong check digit next to its word, and the valid number next to words of an order or a
 * ticket (for the forms that need a context word), counted as kept when no issue-14 detector
 * reports them. Prints the per-type table.
 */

let seed = 0x1d5eed14;
function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
const fromSet = (set: string, n: number) => Array.from({ length: n }, () => set[int(set.length)]).join('');
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXZ';
const DIGITS = '0123456789';

/** A real date between 1935 and 2004: [yyyy, mm, dd]. */
function date(): [number, number, number] {
  const y = 1935 + int(70);
  const m = 1 + int(12);
  return [y, m, 1 + int(28)];
}
/** Appends to `body` the first character of `alphabet` that makes it valid (undefined when none does). */
function complete(body: string, alphabet: string, valid: (s: string) => boolean): string | undefined {
  for (const c of alphabet) if (valid(body + c)) return body + c;
  return undefined;
}
/** Draws until a valid number comes out. */
function draw(gen: () => string | undefined): string {
  for (;;) {
    const s = gen();
    if (s !== undefined) return s;
  }
}
/** The same number with its last character replaced by another that the validator rejects. */
function wrongCheck(id: string, alphabet: string, valid: (s: string) => boolean): string {
  const body = id.slice(0, -1);
  for (const c of alphabet) if (c !== id.at(-1) && !valid(body + c)) return body + c;
  throw new Error(`no wrong check digit for ${id}`);
}

interface Type {
  entity: string;
  /** A valid number as people write it. */
  make(): string;
  /** Context words (one is put before the number). */
  words: readonly string[];
  /** True when the detector needs a word for this written form (the number alone after `order` must stay). */
  gated: boolean | ((id: string) => boolean);
  /** Check alphabet and validator, for the wrong-check look-alike (none for numbers without a check digit). */
  check?: { alphabet: string; valid: (s: string) => boolean };
}

const hetuSign = (y: number) => (y >= 2000 ? pick(['A', 'B']) : pick(['-', 'Y', 'X']));

const types: Type[] = [
  {
    entity: 'FI_HETU',
    make: () => {
      const [y, m, d] = date();
      return draw(() =>
        complete(
          `${pad(d)}${pad(m)}${pad(y % 100)}${hetuSign(y)}${pad(2 + int(897), 3)}`,
          '0123456789ABCDEFHJKLMNPRSTUVWXY',
          v.fiHetuValid,
        ),
      );
    },
    words: ['henkilötunnus', 'hetu', 'Finnish personal identity code'],
    // An all-digit code with the 1900s dash reads like an order number: it needs its word.
    gated: (id) => /^\d{6}-\d{4}$/.test(id),
    check: { alphabet: '0123456789ABCDEFHJKLMNPRSTUVWXY', valid: v.fiHetuValid },
  },
  {
    entity: 'SE_PERSONNUMMER',
    make: () => {
      const [y, m, d] = date();
      const id = draw(() => complete(`${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`, DIGITS, luhnValid));
      return pick([`${id.slice(0, 6)}-${id.slice(6)}`, `${String(y).slice(0, 2)}${id}`]);
    },
    words: ['personnummer', 'personnr', 'samordningsnummer'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.sePersonnummerValid },
  },
  {
    entity: 'DK_CPR',
    make: () => {
      const [y, m, d] = date();
      return `${pad(d)}${pad(m)}${pad(y % 100)}${pick(['-', ''])}${digits(4)}`;
    },
    words: ['CPR', 'CPR-nr.', 'cpr nummer'],
    gated: true,
  },
  {
    entity: 'NO_FODSELSNUMMER',
    make: () =>
      draw(() => {
        const [y, m, d] = date();
        const body = `${pad(d)}${pad(m)}${pad(y % 100)}${pad(int(500), 3)}`;
        const one = complete(
          body,
          DIGITS,
          (s) => (11 - (([3, 7, 6, 1, 8, 9, 4, 5, 2] as const).reduce((a, w, i) => a + w * Number(s[i]), 0) % 11)) % 11 === Number(s[9]),
        );
        return one === undefined ? undefined : complete(one, DIGITS, v.noFodselsnummerValid);
      }),
    words: ['fødselsnummer', 'fnr', 'fodselsnummer'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.noFodselsnummerValid },
  },
  {
    entity: 'NL_BSN',
    make: () => draw(() => complete(`${1 + int(9)}${digits(7)}`, DIGITS, v.nlBsnValid)),
    words: ['BSN', 'burgerservicenummer', 'sofinummer'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.nlBsnValid },
  },
  {
    entity: 'BE_NATIONAL_NUMBER',
    make: () => {
      const [y, m, d] = date();
      const body = `${pad(y % 100)}${pad(m)}${pad(d)}${digits(3)}`;
      const n = Number(y >= 2000 ? `2${body}` : body);
      const id = body + pad(97 - (n % 97));
      return pick([id, `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}-${id.slice(6, 9)}.${id.slice(9)}`]);
    },
    words: ['rijksregisternummer', 'INSZ', 'numéro national'],
    gated: (id) => !id.includes('.'),
  },
  {
    entity: 'DE_TAX_ID',
    make: () =>
      draw(() => {
        const pool = [...'0123456789'].sort(() => rnd() - 0.5);
        const ten = [...pool.slice(0, 9)];
        ten.splice(1 + int(8), 0, ten[int(9)]!);
        return complete(ten.join(''), DIGITS, v.deTaxIdValid);
      }),
    words: ['Steuer-ID', 'Steueridentifikationsnummer', 'IdNr'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.deTaxIdValid },
  },
  {
    entity: 'DE_ID_CARD',
    make: () =>
      draw(() => complete(`${pick([...'CFGHJKLMNPRTVWXYZ'])}${fromSet('CFGHJKLMNPRTVWXYZ0123456789', 8)}`, DIGITS, v.deIdCardValid)),
    words: ['Personalausweis', 'Ausweisnummer', 'Ausweis-Nr.'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.deIdCardValid },
  },
  {
    entity: 'AT_SVNR',
    make: () =>
      draw(() => {
        const [y, m, d] = date();
        const serial = `${1 + int(9)}${digits(2)}`;
        const tail = `${pad(d)}${pad(m)}${pad(y % 100)}`;
        for (const c of DIGITS) if (v.atSvnrValid(serial + c + tail)) return `${serial}${c} ${tail}`;
        return undefined;
      }),
    words: ['SVNR', 'Sozialversicherungsnummer', 'Versicherungsnummer'],
    gated: true,
  },
  {
    entity: 'CH_AHV',
    make: () => {
      const id = draw(() => complete(`756${digits(9)}`, DIGITS, v.chAhvValid));
      return `${id.slice(0, 3)}.${id.slice(3, 7)}.${id.slice(7, 11)}.${id.slice(11)}`;
    },
    words: ['AHV-Nr.', 'AVS', 'AHV'],
    gated: false,
    check: { alphabet: DIGITS, valid: (s) => v.chAhvValid(s) },
  },
  {
    entity: 'PT_NIF',
    make: () => draw(() => complete(`${pick(['1', '2', '3'])}${digits(7)}`, DIGITS, v.ptNifValid)),
    words: ['NIF', 'número de contribuinte', 'contribuinte'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.ptNifValid },
  },
  {
    entity: 'IE_PPS',
    make: () => {
      const second = pick(['', 'A', 'W']);
      const body = digits(7);
      for (const c of 'WABCDEFGHIJKLMNOPQRSTUV') if (v.iePpsValid(body + c + second)) return body + c + second;
      throw new Error('unreachable');
    },
    words: ['PPS', 'PPSN', 'PPS number'],
    gated: true,
  },
  {
    entity: 'TR_TCKN',
    make: () =>
      draw(() =>
        complete(
          draw(() =>
            complete(`${1 + int(9)}${digits(8)}`, DIGITS, (s) => v.trTcknValid(`${s}${[...s].reduce((a, c) => a + Number(c), 0) % 10}`)),
          ),
          DIGITS,
          v.trTcknValid,
        ),
      ),
    words: ['TC Kimlik No', 'TCKN', 'kimlik numarası'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.trTcknValid },
  },
  {
    entity: 'IL_ID',
    make: () => draw(() => complete(digits(8), DIGITS, v.ilIdValid)),
    words: ['teudat zehut', 'Israeli ID', 'ת.ז'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.ilIdValid },
  },
  {
    entity: 'ZA_ID',
    make: () => {
      const [y, m, d] = date();
      return draw(() => complete(`${pad(y % 100)}${pad(m)}${pad(d)}${digits(4)}${pick(['0', '1'])}8`, DIGITS, v.zaIdValid));
    },
    words: ['ID number', 'SA ID', 'identity number'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.zaIdValid },
  },
  {
    entity: 'NG_NIN',
    make: () => `${1 + int(9)}${digits(10)}`,
    words: ['NIN', 'NIMC number', 'national identification number'],
    gated: true,
  },
  {
    entity: 'MX_CURP',
    make: () => {
      const [y, m, d] = date();
      const body = `${fromSet(UPPER, 4)}${pad(y % 100)}${pad(m)}${pad(d)}${pick(['H', 'M'])}${pick(['DF', 'JC', 'NL', 'NE', 'BC'])}${fromSet(CONSONANTS, 3)}${y >= 2000 ? pick(['A', 'B']) : String(int(10))}`;
      return draw(() => complete(body, DIGITS, v.mxCurpValid));
    },
    words: ['CURP', 'la CURP es', 'clave CURP'],
    gated: false,
    check: { alphabet: DIGITS, valid: v.mxCurpValid },
  },
  {
    entity: 'MX_RFC',
    make: () => {
      const [y, m, d] = date();
      return draw(() =>
        complete(
          `${fromSet(UPPER, 4)}${pad(y % 100)}${pad(m)}${pad(d)}${fromSet('123456789ABCDEFGHJKLMNPRSTUV', 2)}`,
          '0123456789A',
          v.mxRfcValid,
        ),
      );
    },
    words: ['RFC', 'RFC del emisor', 'registro federal de contribuyentes'],
    // No wrong-check look-alike: next to `RFC`, an RFC whose check character does not compute is
    // still taken (older RFCs were issued so).
    gated: false,
  },
  {
    entity: 'AR_DNI',
    make: () => {
      const n = String(10_000_000 + int(39_000_000));
      return pick([n, `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}`]);
    },
    words: ['DNI', 'documento', 'D.N.I.'],
    gated: true,
  },
  {
    entity: 'AR_CUIT',
    make: () => {
      const id = draw(() => complete(`${pick(['20', '23', '27', '30'])}${digits(8)}`, DIGITS, v.arCuitValid));
      return pick([id, `${id.slice(0, 2)}-${id.slice(2, 10)}-${id.slice(10)}`]);
    },
    words: ['CUIT', 'CUIL', 'cuit del proveedor'],
    gated: (id) => !id.includes('-'),
  },
  {
    entity: 'CL_RUT',
    make: () => {
      const n = String(5_000_000 + int(20_000_000));
      const id = draw(() => complete(n, '0123456789K', v.clRutValid));
      return pick([`${n}-${id.at(-1)}`, `${n.slice(0, -6)}.${n.slice(-6, -3)}.${n.slice(-3)}-${id.at(-1)}`]);
    },
    words: ['RUT', 'RUN', 'rol único tributario'],
    gated: (id) => !id.includes('.'),
  },
  {
    entity: 'CN_RESIDENT_ID',
    make: () => {
      const [y, m, d] = date();
      return draw(() =>
        complete(
          `${pick(['11', '31', '44', '51', '65'])}${digits(4)}${y}${pad(m)}${pad(d)}${digits(3)}`,
          '0123456789X',
          v.cnResidentIdValid,
        ),
      );
    },
    words: ['身份证号码', 'resident ID', '身份证'],
    gated: false,
    check: { alphabet: '0123456789X', valid: v.cnResidentIdValid },
  },
  {
    entity: 'JP_MY_NUMBER',
    make: () => {
      const id = draw(() => complete(digits(11), DIGITS, v.jpMyNumberValid));
      return pick([id, `${id.slice(0, 4)} ${id.slice(4, 8)} ${id.slice(8)}`]);
    },
    words: ['マイナンバー', 'My Number', '個人番号'],
    gated: true,
    check: { alphabet: DIGITS, valid: v.jpMyNumberValid },
  },
  {
    entity: 'TW_ID',
    make: () => draw(() => complete(`${pick([...UPPER])}${pick(['1', '2'])}${digits(7)}`, DIGITS, v.twIdValid)),
    words: ['身分證字號', 'Taiwan ID', 'national ID'],
    gated: false,
    check: { alphabet: DIGITS, valid: v.twIdValid },
  },
  {
    entity: 'HK_HKID',
    make: () => {
      const id = draw(() => complete(`${pick([...UPPER])}${digits(6)}`, '0123456789A', v.hkIdValid));
      return `${id.slice(0, -1)}(${id.at(-1)})`;
    },
    words: ['HKID', 'Hong Kong identity card', 'HK ID'],
    gated: false,
  },
  {
    entity: 'TH_ID',
    make: () => {
      const id = draw(() => complete(`${1 + int(8)}${digits(11)}`, DIGITS, v.thIdValid));
      return pick([id, `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`]);
    },
    words: ['Thai ID', 'เลขประจำตัวประชาชน', 'citizen ID'],
    gated: (id) => !id.includes('-'),
    check: { alphabet: DIGITS, valid: v.thIdValid },
  },
  {
    entity: 'PH_PHILSYS',
    make: () => `${digits(4)}-${digits(4)}-${digits(4)}-${digits(4)}`,
    words: ['PhilSys', 'PSN', 'PhilID'],
    gated: true,
  },
  { entity: 'PH_SSS', make: () => `${pad(1 + int(98))}-${digits(7)}-${digits(1)}`, words: ['SSS', 'SSS no.', 'SSS number'], gated: true },
  { entity: 'PH_UMID', make: () => `${digits(4)}-${digits(7)}-${digits(1)}`, words: ['UMID', 'CRN', 'UMID CRN'], gated: true },
  { entity: 'PH_TIN', make: () => `${digits(3)}-${digits(3)}-${digits(3)}-000`, words: ['TIN', 'BIR TIN', 'TIN no.'], gated: true },
  {
    entity: 'ID_NIK',
    make: () => {
      const [y, m, d] = date();
      return `${11 + int(80)}${digits(4)}${pad(d + pick([0, 40]))}${pad(m)}${pad(y % 100)}${pad(1 + int(999), 4)}`;
    },
    words: ['NIK', 'No. KTP', 'nomor induk kependudukan'],
    gated: true,
  },
  {
    entity: 'US_MBI',
    make: () => {
      const L = 'ACDEFGHJKMNPQRTUVWXY';
      const id = `${1 + int(9)}${fromSet(L, 1)}${fromSet(L + DIGITS, 1)}${int(10)}${fromSet(L, 1)}${fromSet(L + DIGITS, 1)}${int(10)}${fromSet(L, 2)}${digits(2)}`;
      return pick([id, `${id.slice(0, 4)}-${id.slice(4, 7)}-${id.slice(7)}`]);
    },
    words: ['MBI', 'Medicare', 'Medicare beneficiary identifier'],
    gated: (id) => !id.includes('-'),
  },
  {
    entity: 'DRIVER_LICENSE',
    make: () => {
      const [y, m, d] = date();
      const ys = pad(y % 100);
      return `${fromSet(UPPER, 3)}${pick(['99', fromSet(UPPER, 2)])}${ys[0]}${pad(m + pick([0, 50]))}${pad(d)}${ys[1]}${fromSet(UPPER, 1)}${pick(['9', fromSet(UPPER, 1)])}9${fromSet(UPPER, 2)}`;
    },
    words: ['driving licence', 'UK licence number', 'DVLA licence'],
    gated: false,
  },
  {
    entity: 'PASSPORT',
    make: () =>
      pick([
        `${fromSet(UPPER, 3)}${digits(6)}`,
        `${fromSet(UPPER, 2)}${digits(7)}`,
        `${pad(int(100))}${fromSet(UPPER, 2)}${digits(5)}`,
        `${fromSet(UPPER, 1)}${digits(7)}`,
        `C${fromSet('CFGHJKLMNPRTVWXYZ0123456789', 8)}`,
      ]),
    words: ['passport', 'Reisepass', 'passeport', 'pasaporte'],
    gated: true,
  },
];

const templates: readonly ((w: string, id: string) => string)[] = [
  (w, id) => `Customer updated ${w} ${id} via the support portal`,
  (w, id) => `${w}: ${id}`,
  (w, id) => `agent: please verify the ${w} ${id} before the refund is approved.`,
  (w, id) => `user said "my ${w} is ${id}" and asked for a callback`,
  (w, id) => `kyc check ok (${w}=${id}, score 0.97)`,
];
const lookalikeTemplates: readonly ((id: string) => string)[] = [
  (id) => `order ${id} shipped to the warehouse`,
  (id) => `ticket #${id} escalated`,
  (id) => `batch ${id} processed in 3 retries`,
];

const engine = createEngine({ key: Buffer.alloc(32, 5), keyId: 'k-natids-corpus' });
const PER_TYPE = 40;

const NEW_ENTITIES = new Set(types.map((t) => t.entity));

function masked(text: string, id: string): boolean {
  const { value } = engine.maskValue({ note: text }) as { value: { note: string } };
  return !value.note.includes(id);
}

/**
 * True when an issue-14 detector reported something in `text`. A look-alike taken by an older
 * detector (a Luhn-valid 13-digit number is a card number; `NIF=…` is an ES_NIF by its key) is that
 * detector's decision, counted apart.
 */
function reportedAsNationalId(text: string): boolean {
  const { findings } = engine.maskValue({ note: text }) as { findings: { entity: string }[] };
  return findings.some((f) => NEW_ENTITIES.has(f.entity));
}

describe('national identifiers corpus (issue 14)', () => {
  const rows: { entity: string; recall: number; lookalikesKept: number; n: number; m: number }[] = [];
  for (const t of types) {
    let found = 0;
    let kept = 0;
    let lookalikes = 0;
    for (let i = 0; i < PER_TYPE; i++) {
      const id = t.make();
      if (masked(pick(templates)(pick(t.words), id), id)) found++;
      if (typeof t.gated === 'function' ? t.gated(id) : t.gated) {
        lookalikes++;
        if (!reportedAsNationalId(pick(lookalikeTemplates)(id))) kept++;
      }
      if (t.check) {
        const bad = wrongCheck(id, t.check.alphabet, t.check.valid);
        lookalikes++;
        if (!reportedAsNationalId(pick(templates)(pick(t.words), bad))) kept++;
      }
    }
    rows.push({
      entity: t.entity,
      recall: found / PER_TYPE,
      lookalikesKept: lookalikes ? kept / lookalikes : 1,
      n: PER_TYPE,
      m: lookalikes,
    });
  }
  it('prints the table', () => {
    const lines = rows.map(
      (r) => `${r.entity.padEnd(20)} recall ${r.recall.toFixed(2)} (${r.n})  look-alikes kept ${r.lookalikesKept.toFixed(2)} (${r.m})`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    expect(rows.length).toBe(types.length);
  });
  for (const r of rows) {
    it(`${r.entity}: recall ≥ 0.90 in free text with its word, look-alikes kept ≥ 0.97`, () => {
      expect(r.recall).toBeGreaterThanOrEqual(0.9);
      expect(r.lookalikesKept).toBeGreaterThanOrEqual(0.97);
    });
  }
});
