import { contextBefore } from '../context.js';
import { base58CheckValid, bech32Valid, eip55Valid } from '../validators-crypto.js';
import { regexDetector } from './helpers.js';
import { capitalNextToDigit, contextKeywords } from './shared.js';

/** Bitcoin addresses: legacy P2PKH/P2SH (Base58Check, version 0 or 5) and SegWit/Taproot (Bech32/Bech32m, `bc1`). */
export const bitcoinAddress = regexDetector({
  id: 'bitcoin_address',
  entity: 'CRYPTO_WALLET',
  description: 'Bitcoin addresses (P2PKH, P2SH, SegWit, Taproot)',
  validation: 'Base58Check with version byte 0x00 or 0x05 (double SHA-256 checksum), or Bech32/Bech32m with hrp bc (BIP-173/BIP-350)',
  context: false,
  example: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  // A legacy address mixes capitals and digits (the upper-code gate); a SegWit one starts bc1.
  prefilter: (s) => s.text.length >= 26 && (s.text.includes('bc1') || s.text.includes('BC1') || capitalNextToDigit(s)),
  pattern: /(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71})(?![A-Za-z0-9])/g,
  validate: (v) => {
    if (v[2] === '1' && (v[0] === 'b' || v[0] === 'B')) return bech32Valid(v, 'bc') ? v.toLowerCase() : undefined;
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
]);

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
    return contextBefore(scan, start, ETH.re) ? v.toLowerCase() : undefined;
  },
});
