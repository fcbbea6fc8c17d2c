import { contextBefore } from '../context.js';
import { base58CheckValid, bech32Valid, eip55Valid, xrplAddressValid } from '../validators-crypto.js';
import { regexDetector } from './helpers.js';
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
  prefilter: (s) =>
    s.text.length >= 26 && (s.text.includes('bc1') || s.text.includes('BC1') || s.text.includes('tb1') || capitalNextToDigit(s)),
  pattern: /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1|tb1|TB1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71})(?![A-Za-z0-9])/g,
  validate: (v) => {
    if (v[2] === '1' && (v[0] === 'b' || v[0] === 'B')) return bech32Valid(v, 'bc') ? v.toLowerCase() : undefined;
    if (v[2] === '1' && (v[0] === 't' || v[0] === 'T')) return bech32Valid(v, 'tb') ? v.toLowerCase() : undefined;
    return base58CheckValid(v, [0, 5]) ? v : undefined;
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

/** A contract's name ending right before an address: `contract`, `spender`, `token`, `contract_address` with `=` or `:`. */
const CONTRACT_NAME_BEFORE = /(?:contract|spender|token)(?:[_ ]?(?:address|addr|contract))?["']?\s{0,2}[:=]\s{0,2}["']?$/;

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
    return base58CheckValid(v, [0x41]) ? v : undefined;
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
