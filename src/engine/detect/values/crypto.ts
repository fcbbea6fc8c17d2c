import { contextBefore } from '../context.js';
import { base58CheckValid, bech32Valid, eip55Valid, xrplAddressValid } from '../validators-crypto.js';
import { regexDetector } from './helpers.js';
import { PUBLIC_CHAIN_ADDRESSES } from './public-chain-addresses.js';
import { capitalNextToDigit, contextKeywords } from './shared.js';

/**
 * Bitcoin addresses: legacy P2PKH/P2SH (Base58Check, version 0 or 5) and SegWit/Taproot
 * (Bech32/Bech32m, `bc1`, and the testnet's `tb1` that staging and sandbox exchanges log:
 * red-team round 73).
 */
export const bitcoinAddress = regexDetector({
  id: 'bitcoin_address',
  entity: 'CRYPTO_WALLET',
  description: 'Bitcoin addresses (P2PKH, P2SH, SegWit, Taproot)',
  validation: 'Base58Check with version byte 0x00 or 0x05 (double SHA-256 checksum), or Bech32/Bech32m with hrp bc or tb (BIP-173/BIP-350)',
  context: false,
  example: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  // A legacy address mixes capitals and digits (the upper-code gate); a SegWit one starts bc1.
  // The keyword pass says whether `bc1` and `tb1` occur in any case (hints): the searches for
  // them run only then (three `includes` over every text of 26 characters or more before).
  hints: ['bc1', 'tb1'],
  prefilter: (s) => {
    if (s.text.length < 26) return false;
    const hits = s.keywordHits;
    return (
      ((hits === undefined || hits[0] === 1) && (s.text.includes('bc1') || s.text.includes('BC1'))) ||
      ((hits === undefined || hits[1] === 1) && s.text.includes('tb1')) ||
      capitalNextToDigit(s)
    );
  },
  pattern: /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1|tb1|TB1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71})(?![A-Za-z0-9])/g,
  validate: (v) => {
    if (v[2] === '1' && (v[0] === 'b' || v[0] === 'B')) return bech32Valid(v, 'bc') ? v.toLowerCase() : undefined;
    if (v[2] === '1' && (v[0] === 't' || v[0] === 'T')) return bech32Valid(v, 'tb') ? v.toLowerCase() : undefined;
    return base58CheckValid(v, [0, 5]) && !PUBLIC_CHAIN_ADDRESSES.has(v) ? v : undefined;
  },
});

const ETH = contextKeywords([
  'eth',
  'ethereum',
  'wallet',
  'address',
  'addr',
  'erc20',
  'erc-20',
  'metamask',
  'recipient',
  'sender',
  'payout',
  // An exchange's deposit, withdrawal and refund lines and a Travel Rule record's account
  // (`deposit from 0x…`, `for account 0x…`, `beneficiary: 0x…`; red-team round 73).
  'deposit',
  'withdraw',
  'withdrawal',
  'refund',
  'account',
  'acct',
  'from',
  'beneficiary',
  'originator',
  'destination',
]);

/** A transaction hash and `:` right before (Chainalysis KYT `transferReference` = `txhash:outputAddress`). */
const TX_HASH_BEFORE = /[0-9a-fA-F]{64}:$/;

/**
 * A contract's name ending right before an address: `contract`, `spender`, `token`,
 * `contract_address`, and a swap's programs (`router=`, `pool=`, `pair=`, `factory=`, `proxy=`,
 * a swap's `tokenIn` / `tokenOut` / `token0` / `token1`; left73) with `=` or `:`.
 */
const CONTRACT_NAME_BEFORE =
  /(?:contract|spender|token|router|pool|pair|factory|proxy)(?:[_ ]?(?:address|addr|contract|[Ii]n|[Oo]ut|[01]))?["']?\s{0,2}[:=]\s{0,2}["']?$/;

/**
 * Ethereum addresses: a mixed-case address carries the EIP-55 checksum and stands alone; an
 * all-lower or all-upper one has no checksum and needs a keyword (wallet, eth, address) nearby.
 */
export const ethereumAddress = regexDetector({
  id: 'ethereum_address',
  entity: 'CRYPTO_WALLET',
  description: 'Ethereum (and EVM chain) addresses',
  validation:
    '0x + 40 hex; mixed case must pass the EIP-55 Keccak-256 checksum; single-case needs a keyword (eth, wallet, address) within 40 characters before',
  context: false,
  example: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  keywords: ['0x'],
  prefilter: (s) => s.text.length >= 42,
  pattern: /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
  validate: (v, scan, start) => {
    // A token's contract or an approved spender named right before (`token_contract=0x…`,
    // `spender=0x…` of an ERC-20 approval): a program's public address, not a person's wallet
    // (red-team round 50).
    if (start > 6 && contextBefore(scan, start, CONTRACT_NAME_BEFORE, 24)) return undefined;
    // A labelled public contract or exchange wallet (public-chain-addresses.ts), whatever the case.
    if (PUBLIC_CHAIN_ADDRESSES.has(v.toLowerCase())) return undefined;
    const hex = v.slice(2);
    const mixed = /[a-f]/.test(hex) && /[A-F]/.test(hex);
    if (mixed) return eip55Valid(v) ? v.toLowerCase() : undefined;
    // A field that holds the address alone (an address book's `address`, a transfer's `origin`):
    // its name said what it is, as an EIP-55 one's checksum would (red-team round 73).
    if (start === 0 && v.length === scan.text.length) return v.toLowerCase();
    if (start >= 65 && TX_HASH_BEFORE.test(scan.text.slice(start - 65, start))) return v.toLowerCase();
    return contextBefore(scan, start, ETH.re) ? v.toLowerCase() : undefined;
  },
});

/**
 * XRP Ledger classic addresses (`rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe`): an exchange's withdrawal to a
 * customer's account, an address book entry (red-team round 73). The ledger's Base58Check (its own
 * alphabet, type prefix 0x00 spelling the `r`) makes a random match one in four billion.
 */
export const xrplAddress = regexDetector({
  id: 'xrpl_address',
  entity: 'CRYPTO_WALLET',
  description: 'XRP Ledger classic addresses',
  validation: 'r + 24 to 34 Base58 characters; Base58Check in the XRP Ledger alphabet with type prefix 0x00 (double SHA-256 checksum)',
  context: false,
  example: 'rf1BiGeXwwQoi8Z2ueFYTEXSwuJYfV2Jpn',
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 25 && s.text.includes('r') && capitalNextToDigit(s),
  pattern: /(?<![A-Za-z0-9])r[1-9A-HJ-NP-Za-km-z]{24,34}(?![A-Za-z0-9])/g,
  validate: (v) => (xrplAddressValid(v) ? v : undefined),
});

/**
 * TRON addresses (`TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL`): the network most USDT deposits and
 * withdrawals of exchanges use (red-team round 73). Base58Check with version 0x41 (the `T`);
 * a token's contract named right before (`contract=TR7NH…`) is a program's public address.
 */
export const tronAddress = regexDetector({
  id: 'tron_address',
  entity: 'CRYPTO_WALLET',
  description: 'TRON addresses',
  validation: 'T + 33 Base58 characters; Base58Check with version byte 0x41 (double SHA-256 checksum); not after a contract or token name',
  context: false,
  example: 'TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL',
  requires: 'capital_digit',
  prefilter: (s) => s.text.length >= 34 && s.text.includes('T') && capitalNextToDigit(s),
  pattern: /(?<![A-Za-z0-9])T[1-9A-HJ-NP-Za-km-z]{33}(?![A-Za-z0-9])/g,
  validate: (v, scan, start) => {
    if (start > 6 && contextBefore(scan, start, CONTRACT_NAME_BEFORE, 24)) return undefined;
    return base58CheckValid(v, [0x41]) && !PUBLIC_CHAIN_ADDRESSES.has(v) ? v : undefined;
  },
});

/**
 * BIP-32 extended public keys (`xpub`, `ypub`, `zpub` of BIP-49/84, testnet `tpub`/`upub`/`vpub`,
 * multisig `Ypub`/`Zpub`): one key derives every address of a customer's wallet, so it identifies
 * them all (a custody service's watch-only account, a deposit-address derivation log; red-team
 * round 73). 78 bytes Base58Check: a random match is one in four billion.
 */
export const extendedPublicKey = regexDetector({
  id: 'bip32_extended_public_key',
  entity: 'CRYPTO_WALLET',
  description: 'BIP-32 extended public keys (xpub, ypub, zpub, tpub…) of a wallet',
  validation: 'xpub/ypub/zpub/tpub/upub/vpub/Ypub/Zpub + 107 or 108 Base58 characters; Base58Check of 78 bytes with version byte 0x04',
  context: false,
  example: 'xpub661MyMwAqRbcGczjuMoRm6dXaLDEhW1u34gKenbeYqAix21mdUKJyuyu5F1rzYGVxyL6tmgBUAEPrEz92mBXjByMRiJdba9wpnN37RLLAXa',
  keywords: ['pub'],
  prefilter: (s) => s.text.length >= 111,
  pattern: /(?<![A-Za-z0-9])[tuvxyzYZ]pub[1-9A-HJ-NP-Za-km-z]{107,108}(?![A-Za-z0-9])/g,
  validate: (v) => (base58CheckValid(v, [4], 82) ? v : undefined),
});

/** Words that put a tag or memo in a crypto transfer (`asset=XRP`, `stellar`, `withdraw`, `address=`). */
const DEPOSIT_TAG_CONTEXT =
  /\b(?:xrp|xlm|stellar|ripple|xrpl|eos|atom|cosmos|hbar|hedera|bnb|memo|withdraw(?:al|als)?|deposit(?:s|ed)?|wallet|address|asset|coin|crypto)\b/i;
/** An XRP payment link or an XRP word. */
const XRP_LINK = /[?&]to=r|\bxrp\b|\bripple\b/i;
/** A year (`2024`), a date (`20250506`) or a Unix time in seconds or milliseconds: what `dt=` holds outside an XRP link. */
const DATE_OR_EPOCH = /^(?:(?:19|20)\d\d(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))?|1[5-9]\d{8}(?:\d{3})?)$/;

/**
 * The destination tag or memo that routes a deposit to one customer's account on an exchange's
 * shared address, written in a line or a chat rather than under its own field name (keys.ts reads
 * `destination_tag`, `addressTag`, a numeric `memo`): an XRP `tag=104455` in a withdrawal link, an
 * XLS-2 payment link's `?to=r…&dt=…`, `my tag is 1048822`, `stellar memo: 7781203394` (red-team
 * round 73, left73). Only digits (an XRP tag is a 32-bit integer, a Stellar memo id a 64-bit one),
 * and only in a text about a crypto transfer; a release or image tag (`tag=v2.14.1`) has letters.
 */
export const depositTag = regexDetector({
  id: 'crypto_deposit_tag',
  entity: 'CRYPTO_WALLET',
  description: 'Destination tags and numeric memos of crypto deposits (XRP, Stellar, Cosmos, EOS) in text and links',
  validation:
    "`tag`, `destination tag`, `memo` (optionally `is` / `:` / `=` / `#`) or a link's `dt=`, then 4 to 20 digits; the text names a crypto transfer (xrp, stellar, memo, deposit, withdraw, wallet, address, asset); a `dt=` date or Unix time stays",
  context: false,
  example: 'withdraw XRP to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh tag=3300917',
  keywords: ['tag', 'memo', 'dt='],
  prefilter: (s) => s.hasDigit && DEPOSIT_TAG_CONTEXT.test(s.text),
  pattern:
    /(?:(?<![A-Za-z0-9_])(?:(?:destination|dest|address)[ _-]?tag|tag|memo(?:[ _-]?id)?)(?:\s{1,3}(?:is|was|no\.?|number|#))?\s{0,3}[:=#]?\s{0,3}|[?&]dt=)(\d{4,20})(?![\d.,]\d|[\dA-Za-z_-])/dgi,
  group: 1,
  validate: (v, scan, start) => {
    // Never a date or a Unix time (`docker tag 20250101`); a link's `dt` is a tag only in an XRP
    // payment link (`?to=r…&dt=…`).
    if (DATE_OR_EPOCH.test(v)) return undefined;
    if (start >= 3 && scan.text.slice(start - 3, start).toLowerCase() === 'dt=') return XRP_LINK.test(scan.text) ? v : undefined;
    return v;
  },
});

/** A link's parameter that names where a transfer goes (`address=`, `to=`, `destination=`). */
const DESTINATION_PARAM = /(?:^|[?&])(?:address|to|destination|addr)=/i;

/**
 * A link's `tag=` or `dt=` parameter holding a destination tag: 4 to 10 digits (a 32-bit integer),
 * no date or Unix time, beside a destination parameter in a link about a crypto transfer
 * (`/withdraw/confirm?asset=XRP&address=r…&tag=104455`, `ripple:…?to=r…&dt=…`; red-team round 73).
 * The value detector depositTag reads the same outside a link's own parameters.
 */
export function isDepositTagParam(name: string, value: string, query: string, text: string): boolean {
  if (name.length > 3 || (name !== 'tag' && name !== 'dt' && name !== 'Tag')) return false;
  if (value.length < 4 || value.length > 10 || !/^\d+$/.test(value) || DATE_OR_EPOCH.test(value)) return false;
  return DESTINATION_PARAM.test(query) && CRYPTO_LINK.test(text);
}

/** A link about a crypto transfer: a tag-routed chain's name, an `asset=` / `coin=`, a withdrawal or deposit. */
const CRYPTO_LINK = /\b(?:xrp|xlm|stellar|ripple|xrpl|eos|atom|hbar|bnb)\b|[?&](?:asset|coin|currency)=|withdraw|deposit/i;
