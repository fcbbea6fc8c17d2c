import { describe, expect, it } from 'vitest';
import {
  base58CheckValid,
  bech32Valid,
  crc32,
  eip55Valid,
  githubChecksumValid,
  keccak256Hex,
} from '../../../../src/engine/detect/validators-crypto.js';
import { detectorCases } from './support.js';

// Sources: Bitcoin wiki "Technical background of version 1 Bitcoin addresses" (1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2)
// and BIP-13 P2SH example 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy; BIP-173 / BIP-350 test vectors
// (bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq, bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297);
// EIP-55 test vectors (0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed); Keccak-256 of the empty string
// (c5d24601…a470) from the Keccak team's known-answer tests; CRC-32 check value cbf43926 for "123456789".

describe('validators', () => {
  it('keccak-256 and crc-32 match their published check values', () => {
    expect(keccak256Hex('')).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(crc32('123456789').toString(16)).toBe('cbf43926');
  });
  it('EIP-55, Base58Check and Bech32 accept their vectors and reject one changed character', () => {
    expect(eip55Valid('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(true);
    expect(eip55Valid('0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(false);
    expect(base58CheckValid('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', [0, 5])).toBe(true);
    expect(base58CheckValid('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', [0, 5])).toBe(false);
    expect(bech32Valid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc')).toBe(true);
    expect(bech32Valid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx', 'bc')).toBe(false);
  });
  it('GitHub token checksum: CRC32 of the 30 random characters in base62', () => {
    const body = 'abcdefghijklmnopqrstuvwxyz0123';
    const b62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    let n = crc32(body);
    let check = '';
    while (n > 0) {
      check = b62[n % 62] + check;
      n = Math.floor(n / 62);
    }
    expect(githubChecksumValid(`ghp_${body}${check.padStart(6, '0')}`)).toBe(true);
    expect(githubChecksumValid(`ghp_${body}000000`)).toBe(false);
  });
});

describe('bitcoin_address', () => {
  detectorCases(
    'bitcoin_address',
    [
      ['send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
      ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
      ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
      ['bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
    ],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx', '1111111111111111111111111111111111'],
  );
});

describe('ethereum_address', () => {
  detectorCases(
    'ethereum_address',
    [
      ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
      ['wallet 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359', '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'],
    ],
    ['0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed (bad EIP-55 case)', 'digest 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359'],
  );
});

// Sources: Bitcoin wiki "Wallet import format" (5HueCGU8…, its compressed form KwdMAjGm…);
// BIP-32 test vector 1 chain m (xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi);
// trezor/python-mnemonic vectors.json (BIP-39 English vectors).
describe('wallet_private_key', () => {
  detectorCases(
    'wallet_private_key',
    [
      [
        '$ bitcoin-cli dumpprivkey 1GAehh7TsJAHuUAeKZcXf5CnwuGuGgyX2S\n5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
        '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ',
      ],
      ['WIF=KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617', 'KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617'],
      [
        'root: xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
        'xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi',
      ],
    ],
    [
      // One character changed: the checksum fails.
      '5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK',
      // The public side of the same BIP-32 node, and a base58 run of WIF length that is not one.
      'xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8',
      'id 5Abcdefghijkmnopqrstuvwxyz123456789ABCDEFGHJKLMNPQR',
    ],
  );
});

describe('bip39_mnemonic', () => {
  it('checksums of the published vectors pass, and a changed last word fails', async () => {
    const { bip39ChecksumValid } = await import('../../../../src/engine/detect/values/wallet-keys.js');
    const { BIP39_ENGLISH } = await import('../../../../src/engine/detect/bip39-english.js');
    const indexes = (phrase: string) => phrase.split(' ').map((w) => BIP39_ENGLISH.indexOf(w));
    expect(BIP39_ENGLISH).toHaveLength(2048);
    expect(
      bip39ChecksumValid(indexes('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about')),
    ).toBe(true);
    expect(bip39ChecksumValid(indexes('zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong'))).toBe(true);
    expect(bip39ChecksumValid(indexes(`${'abandon '.repeat(23)}art`))).toBe(true);
    expect(bip39ChecksumValid(indexes('zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo'))).toBe(false);
  });
  detectorCases(
    'bip39_mnemonic',
    [
      [
        'my recovery phrase is legal winner thank year wave sausage worth useful legal winner thank yellow, can you check?',
        'legal winner thank year wave sausage worth useful legal winner thank yellow',
      ],
      [
        'wallet seed:\nletter advice cage absurd amount doctor acoustic avoid letter advice cage above',
        'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
      ],
      [
        `seed words: ${'legal winner thank year wave sausage worth useful '.repeat(3).trim().split(' ').slice(0, 23).join(' ')} title`,
        'legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth',
      ],
    ],
    [
      // List words with a failing checksum; prose about a seed phrase.
      'seed phrase: legal winner thank year wave sausage worth useful legal winner thank wrong',
      'please write your recovery phrase on paper and keep it somewhere safe, never share it with anyone',
    ],
  );
});
