/**
 * Checksums of cryptocurrency addresses and vendor tokens: Base58Check (Bitcoin P2PKH/P2SH),
 * Bech32/Bech32m (BIP-173/BIP-350), EIP-55 mixed-case Ethereum addresses (Keccak-256), and the
 * CRC32 + base62 checksum of GitHub's token format. Pure; only hashing from node:crypto.
 */
import { createHash } from 'node:crypto';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** The XRP Ledger's Base58 alphabet (the same characters as Bitcoin's, in another order: `r` is 0). */
const XRPL_B58 = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';

/** Decodes Base58 (Bitcoin alphabet unless told); undefined on a character outside the alphabet. */
export function base58Decode(s: string, alphabet = B58): Uint8Array | undefined {
  const zero = alphabet[0]!;
  const bytes: number[] = []; // little-endian
  for (let i = 0; i < s.length; i++) {
    let carry = alphabet.indexOf(s[i]!);
    if (carry < 0) return undefined;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < s.length && s[zeros] === zero) zeros++;
  const out = new Uint8Array(zeros + bytes.length);
  for (let i = 0; i < bytes.length; i++) out[out.length - 1 - i] = bytes[i]!;
  return out;
}

/** Base58Check: the last 4 bytes are the first 4 bytes of SHA-256(SHA-256(payload)). */
export function base58CheckValid(s: string, versions: readonly number[], length = 25, alphabet = B58): boolean {
  const bytes = base58Decode(s, alphabet);
  if (bytes === undefined) return false;
  if (bytes.length !== length || !versions.includes(bytes[0]!)) return false;
  const payload = bytes.subarray(0, length - 4);
  const check = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[length - 4 + i]) return false;
  return true;
}

/**
 * An XRP Ledger classic address (XRPL docs "Addresses"): Base58Check in the ledger's alphabet,
 * type prefix 0x00 (which spells the leading `r`), 20 account-id bytes and a 4-byte checksum.
 */
export function xrplAddressValid(s: string): boolean {
  return base58CheckValid(s, [0], 25, XRPL_B58);
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i]!;
  }
  return chk >>> 0;
}

/** Bech32 (BIP-173) or Bech32m (BIP-350) string with human-readable part `hrp`; one case throughout. */
export function bech32Valid(s: string, hrp: string): boolean {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (lower.slice(0, sep) !== hrp || sep + 7 > lower.length || lower.length > 90) return false;
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  for (let i = sep + 1; i < lower.length; i++) {
    const v = BECH32.indexOf(lower[i]!);
    if (v < 0) return false;
    values.push(v);
  }
  const mod = bech32Polymod(values);
  return mod === 1 || mod === 0x2bc830a3;
}

const KECCAK_RC = [
  0x0000000000000001n,
  0x0000000000008082n,
  0x800000000000808an,
  0x8000000080008000n,
  0x000000000000808bn,
  0x0000000080000001n,
  0x8000000080008081n,
  0x8000000000008009n,
  0x000000000000008an,
  0x0000000000000088n,
  0x0000000080008009n,
  0x000000008000000an,
  0x000000008000808bn,
  0x800000000000008bn,
  0x8000000000008089n,
  0x8000000000008003n,
  0x8000000000008002n,
  0x8000000000000080n,
  0x000000000000800an,
  0x800000008000000an,
  0x8000000080008081n,
  0x8000000000008080n,
  0x0000000080000001n,
  0x8000000080008008n,
];
const KECCAK_ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const MASK64 = (1n << 64n) - 1n;

function rotl(x: bigint, n: number): bigint {
  const b = BigInt(n);
  return n === 0 ? x : ((x << b) | (x >> (64n - b))) & MASK64;
}

function keccakF(a: bigint[]): void {
  const c: bigint[] = new Array(5);
  const b: bigint[] = new Array(25);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) c[x] = a[x]! ^ a[x + 5]! ^ a[x + 10]! ^ a[x + 15]! ^ a[x + 20]!;
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) a[y + x] = a[y + x]! ^ d;
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(a[x + 5 * y]!, KECCAK_ROT[x + 5 * y]!);
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 25; y += 5) a[y + x] = b[y + x]! ^ (~b[y + ((x + 1) % 5)]! & MASK64 & b[y + ((x + 2) % 5)]!);
    }
    a[0] = a[0]! ^ KECCAK_RC[round]!;
  }
}

/** Keccak-256 (the pre-standard SHA-3 padding Ethereum uses) of a short ASCII message, as hex. */
export function keccak256Hex(message: string): string {
  const rate = 136;
  const bytes = Buffer.from(message, 'latin1');
  const padded = Buffer.alloc(Math.floor(bytes.length / rate) * rate + rate);
  bytes.copy(padded);
  padded[bytes.length] = padded[bytes.length]! ^ 0x01;
  padded[padded.length - 1] = padded[padded.length - 1]! ^ 0x80;
  const state: bigint[] = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) state[i] = state[i]! ^ padded.readBigUInt64LE(off + i * 8);
    keccakF(state);
  }
  const out = Buffer.alloc(32);
  for (let i = 0; i < 4; i++) out.writeBigUInt64LE(state[i]!, i * 8);
  return out.toString('hex');
}

/** EIP-55: a mixed-case address is upper case exactly where the Keccak-256 of the lower-case hex has a nibble ≥ 8. */
export function eip55Valid(address: string): boolean {
  const hex = address.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return false;
  const hash = keccak256Hex(hex.toLowerCase());
  for (let i = 0; i < 40; i++) {
    const ch = hex[i]!;
    if (ch >= '0' && ch <= '9') continue;
    const upper = Number.parseInt(hash[i]!, 16) >= 8;
    if (upper !== (ch >= 'A' && ch <= 'F')) return false;
  }
  return true;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32(s: string): number {
  let c = -1;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62, left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let v = n;
  while (v > 0) {
    out = B62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub's token format (github.blog, 2021-04-05 "Behind GitHub's new authentication token
 * formats"): prefix `gh?_`, 30 random base62 characters, then the CRC32 of those 30 characters in
 * base62, 6 characters wide.
 */
export function githubChecksumValid(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
