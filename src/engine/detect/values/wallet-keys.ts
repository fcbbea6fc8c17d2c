import { createHash } from 'node:crypto';
import { BIP39_ENGLISH } from '../bip39-english.js';
import type { Span, TextScan, ValueDetector } from '../types.js';
import { base58CheckValid } from '../validators-crypto.js';
import { regexDetector } from './helpers.js';
import { capitalNextToDigit, hasAtLeast } from './shared.js';

/**
 * The private keys of a crypto wallet, which spend its funds: Wallet Import Format keys (Bitcoin
 * wiki "Wallet import format": Base58Check, version 0x80 mainnet or 0xEF testnet, 32 key bytes and
 * a 0x01 suffix when compressed) and BIP-32 extended private keys (`xprv`/`tprv`/`yprv`/`zprv`…,
 * 78 bytes Base58Check). The checksum (double SHA-256) makes a random match one in four billion.
 */
export const walletImportKey = regexDetector({
  id: 'wallet_private_key',
  entity: 'PRIVATE_KEY',
  description: 'Crypto wallet private keys: WIF (Bitcoin wallet import format) and BIP-32 extended private keys',
  validation:
    'Base58Check (double SHA-256 checksum) with version 0x80 / 0xEF and 33 or 34 payload bytes (WIF), or 78 bytes of a BIP-32 xprv/tprv/yprv/zprv',
  context: false,
  example: '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 51 && capitalNextToDigit(s),
  pattern:
    /(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{51,52}(?![1-9A-HJ-NP-Za-km-z])|(?<![A-Za-z0-9])[tuvxyzTUVXYZ]prv[1-9A-HJ-NP-Za-km-z]{107,108}(?![A-Za-z0-9])/g,
  validate: (v) => {
    if (v.length > 52) return base58CheckValid(v, [4], 82) ? v : undefined;
    // WIF: uncompressed keys start 5 (9 on testnet), compressed K or L (c on testnet).
    const first = v[0];
    if (v.length === 51 && (first === '5' || first === '9')) return base58CheckValid(v, [0x80, 0xef], 37) ? v : undefined;
    if (v.length === 52 && (first === 'K' || first === 'L' || first === 'c')) return base58CheckValid(v, [0x80, 0xef], 38) ? v : undefined;
    return undefined;
  },
});

/** Word → index of the BIP-39 list, built on the first phrase read (not at every process's start-up). */
let bip39Index: Map<string, number> | undefined;
/** Mnemonic lengths BIP-39 defines: 12, 15, 18, 21 or 24 words. */
const MNEMONIC_LENGTHS = [24, 21, 18, 15, 12];

/** True when the words (their list indexes) carry a valid BIP-39 checksum: the first n/3 bits of SHA-256 of the entropy. */
export function bip39ChecksumValid(indexes: readonly number[]): boolean {
  const n = indexes.length;
  if (!MNEMONIC_LENGTHS.includes(n)) return false;
  const checksumBits = n / 3;
  const entropy = new Uint8Array(((n * 11 - checksumBits) / 8) | 0);
  let bit = 0;
  let checksum = 0;
  for (const index of indexes) {
    for (let b = 10; b >= 0; b--, bit++) {
      const one = (index >> b) & 1;
      if (bit < entropy.length * 8) entropy[bit >> 3]! |= one << (7 - (bit & 7));
      else checksum = (checksum << 1) | one;
    }
  }
  const hash = createHash('sha256').update(entropy).digest();
  // At most 8 checksum bits (24 words): the first byte of the hash holds them.
  return hash[0]! >> (8 - checksumBits) === checksum;
}

/** Runs of 12 to 24 words of 3–8 lower-case letters, one blank or newline apart: the shape of a mnemonic. */
const WORD_RUN = /(?<![A-Za-z'-])(?:[a-z]{3,8}[ \n]){11,23}[a-z]{3,8}(?![A-Za-z'-])/g;
/**
 * The same words numbered as wallets show them and people paste them (`1. letter 2. advice …`,
 * `1) abandon\n2) ability`, red-team round 24): a number before each word; the run is read from
 * the first word, the numbers between are skipped by the word reading.
 */
const NUMBERED_RUN = /(?<![\w.-])1[.)] ?(?:[a-z]{3,8}(?:[ ,]*\n?[ \t]*)\d{1,2}[.)] ?){11,23}[a-z]{3,8}(?![A-Za-z'-])/g;

/**
 * BIP-39 mnemonics (seed or recovery phrases): 12 to 24 words of the English list whose last word
 * carries the checksum, in text with a word that says what they are (`seed`, `mnemonic`,
 * `recovery`, `wallet`, `secret phrase`…): the keyword pass gates the word-run search (about 50 µs
 * on a long prompt), so prose without one costs nothing. Prose rarely holds 12 list words in a row
 * (`a`, `is`, `the`, `to` are not in the list), and 12 list words in a row pass the checksum one
 * time in 16. A field named for the phrase (`mnemonic`, `seed_phrase`) is masked by its name.
 */
export const bip39Mnemonic: ValueDetector = {
  id: 'bip39_mnemonic',
  entity: 'PRIVATE_KEY',
  description: 'BIP-39 mnemonic seed phrases (12 to 24 English list words) in text that says seed / mnemonic / recovery / wallet',
  validation:
    'every word in the BIP-39 English list and the checksum (first n/3 bits of SHA-256 of the entropy) valid; the words one blank or line apart, or numbered (1. … 2. …)',
  context: true,
  example: 'recovery phrase: legal winner thank year wave sausage worth useful legal winner thank yellow',
  // `phrase` and `words` alone as customers write them to support (`here is my phrase`, `ok here are
  // my words`), and the same in the languages of exchanges' support desks (`mi frase`, `mes mots`,
  // `meine Wörter`; red-team round 73): 12 list words with a valid checksum are the proof.
  keywords: [
    'seed',
    'mnemonic',
    'recovery',
    'wallet',
    'phrase',
    'words',
    'frase',
    'palabras',
    'mots',
    'wörter',
    'woorden',
    'parole',
    'bip39',
    'bip-39',
  ],
  prefilter: (s: TextScan) => s.text.length >= 47 && hasAtLeast(s.text, ' ', 5),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    WORD_RUN.lastIndex = 0;
    for (let m = WORD_RUN.exec(text); m !== null; m = WORD_RUN.exec(text)) findInRun(m[0], m.index, out, priority);
    if (text.indexOf('\n') !== -1) findInLabelledLines(text, out, priority);
    if (text.indexOf('1.') === -1 && text.indexOf('1)') === -1) return;
    NUMBERED_RUN.lastIndex = 0;
    for (let m = NUMBERED_RUN.exec(text); m !== null; m = NUMBERED_RUN.exec(text)) {
      const first = m[0].search(/[a-z]/);
      findInRun(m[0].slice(first), m.index + first, out, priority);
    }
  },
};

/** The words that end a chat line after its speaker label (`[10:02] customer: hamster diagram …`). */
const LINE_WORDS = /^(?:[a-z]{3,8} ){2,23}[a-z]{3,8}[ \t]*$/;

/**
 * A phrase typed over several chat messages, each line after its time and speaker label
 * (`[10:02] customer: hamster diagram …\n[10:03] customer: slide toddler …`; red-team round 73):
 * the word tails of consecutive lines are read as one run, and each line's part is reported.
 */
function findInLabelledLines(text: string, out: Span[], priority: number): void {
  let words: { start: number; end: number }[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const label = Math.max(line.lastIndexOf(': '), line.lastIndexOf('] '), line.lastIndexOf('> '));
    const tail = label >= 0 ? line.slice(label + 2) : '';
    if (label >= 0 && tail.length >= 11 && LINE_WORDS.test(tail)) {
      for (const w of tail.matchAll(/[a-z]+/g))
        words.push({ start: lineStart + label + 2 + w.index, end: lineStart + label + 2 + w.index + w[0].length });
    } else {
      if (words.length >= 12) findInWords(text, words, out, priority);
      words = [];
    }
    lineStart = lineEnd + 1;
  }
  if (words.length >= 12) findInWords(text, words, out, priority);
}

/** The checksum-valid mnemonics among words spread over several lines: one span per line's part. */
function findInWords(text: string, words: readonly { start: number; end: number }[], out: Span[], priority: number): void {
  bip39Index ??= new Map(BIP39_ENGLISH.map((word, i) => [word, i]));
  const index = bip39Index;
  const indexes = words.map((w) => index.get(text.slice(w.start, w.end)) ?? -1);
  let from = 0;
  while (from + 12 <= indexes.length) {
    let matched = 0;
    for (const n of MNEMONIC_LENGTHS) {
      if (from + n > indexes.length) continue;
      const slice = indexes.slice(from, from + n);
      if (slice.includes(-1) || !bip39ChecksumValid(slice)) continue;
      let partStart = from;
      for (let i = from; i < from + n; i++) {
        const last = i === from + n - 1;
        if (!last && text.slice(words[i]!.end, words[i + 1]!.start) === ' ') continue;
        const start = words[partStart]!.start;
        const end = words[i]!.end;
        out.push({ start, end, entity: 'PRIVATE_KEY', detector: 'bip39_mnemonic', priority, normalized: text.slice(start, end) });
        partStart = i + 1;
      }
      matched = n;
      break;
    }
    from += matched > 0 ? matched : 1;
  }
}

/** Reports the checksum-valid mnemonics among the words of one run (longest first at each word). */
function findInRun(run: string, offset: number, out: Span[], priority: number): void {
  const starts: number[] = [];
  const indexes: number[] = [];
  bip39Index ??= new Map(BIP39_ENGLISH.map((word, i) => [word, i]));
  for (const w of run.matchAll(/[a-z]+/g)) {
    starts.push(w.index);
    indexes.push(bip39Index.get(w[0]) ?? -1);
  }
  let from = 0;
  while (from + 12 <= indexes.length) {
    let matched = 0;
    for (const n of MNEMONIC_LENGTHS) {
      if (from + n > indexes.length) continue;
      const words = indexes.slice(from, from + n);
      if (words.includes(-1) || !bip39ChecksumValid(words)) continue;
      const last = from + n - 1;
      const start = offset + starts[from]!;
      const end = offset + starts[last]! + wordLength(run, starts[last]!);
      out.push({
        start,
        end,
        entity: 'PRIVATE_KEY',
        detector: 'bip39_mnemonic',
        priority,
        normalized: run.slice(start - offset, end - offset).replace(/\s+/g, ' '),
      });
      matched = n;
      break;
    }
    from += matched > 0 ? matched : 1;
  }
}

function wordLength(run: string, start: number): number {
  let end = start;
  while (end < run.length && run.charCodeAt(end) >= 97 && run.charCodeAt(end) <= 122) end++;
  return end - start;
}
