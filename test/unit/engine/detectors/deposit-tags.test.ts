import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Sources: XRPL docs' example accounts (rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh, the genesis account),
// Stellar Horizon transaction fields (memo_type, memo), XLS-2 payment links (`?to=…&dt=…`);
// Etherscan-labelled public contracts (LINK 0x514910771AF9Ca656af840dff83E8264EcF986CA, 1inch v5
// router 0x1111111254EEB25477B68fb85Ed929f73A960582, Tornado Cash 1 ETH pool
// 0x47CE0C6eD5B0Ce3d3A51fdb1C52DC66a7c3c2936, Binance 7 0xBE0eB53F46cd790Cd13851d5EFf43D12404d33E8,
// Uniswap V3 SwapRouter 0xE592427A0AEce92De3Edee1F18E0157C05861564); Anvil default account #5
// (0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc) as a customer's wallet. Tags and memos made up.

describe('crypto_deposit_tag', () => {
  detectorCases(
    'crypto_deposit_tag',
    [
      ['customer says: wrong xrp tag, correct tag is 55120034', '55120034'],
      ['please credit my stellar deposit, memo: 9921004417', '9921004417'],
      ['withdraw XRP to rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh destination tag 87123', '87123'],
      ['xrp deposit link https://xumm.app/detect/request:rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh?dt=4455102', '4455102'],
      ['deposit pending: memo id 700012345 missing on XLM transfer', '700012345'],
    ],
    [
      'deploy wallet-svc tag=v3.1.0 to prod',
      'docker tag 20250101 wallet-svc',
      'release tag 2024 notes for the deposit page',
      'report?dt=20250506&asset=XRP deposit totals',
      'xrp deposits since dt=1714980000',
      'memo: 12 items in the wallet export',
      'tag 1234 of build pipeline',
    ],
  );
});

describe('numeric memos and link tags', () => {
  const mask = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);
  it('masks a numeric memo under its name and keeps a text memo', () => {
    const out = mask({ memo_type: 'id', memo: '5500213377', other: { memo: 'Payroll June', memoId: '80012' } });
    expect(out).not.toContain('5500213377');
    expect(out).not.toContain('80012');
    expect(out).toContain('Payroll June');
  });
  it('masks a logfmt memo and a link memo, keeps a text memo in a link', () => {
    const line = engine.maskText('credit asset=EOS memo=31200457 amount=10 | https://pay.example/send?memo=Rent+June&asset=XLM').value;
    expect(line).not.toContain('31200457');
    expect(line).toContain('memo=Rent+June');
  });
  it('masks a tag parameter beside a destination in a crypto link, not in other links', () => {
    const link = engine.maskText(
      'https://ex.example/withdraw/confirm?asset=XRP&address=rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh&tag=600213&amount=5',
    ).value;
    expect(link).not.toContain('600213');
    const registry = engine.maskText('https://registry.example/v2/app/manifests?tag=600213&to=staging').value;
    expect(registry).toContain('tag=600213');
  });
});

describe('public contracts and exchange wallets', () => {
  it('keeps labelled public addresses in any case and shape, masks a customer wallet beside them', () => {
    const text =
      'swap from=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc via 0x1111111254EEB25477B68fb85Ed929f73A960582 ' +
      'contract 0x514910771af9ca656af840dff83e8264ecf986ca counterparty 0x47CE0C6eD5B0Ce3d3A51fdb1C52DC66a7c3c2936 ' +
      'sweep to 0xBE0eB53F46cd790Cd13851d5EFf43D12404d33E8';
    const out = engine.maskText(text).value;
    expect(out).not.toContain('0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc');
    for (const kept of [
      '0x1111111254EEB25477B68fb85Ed929f73A960582',
      '0x514910771af9ca656af840dff83e8264ecf986ca',
      '0x47CE0C6eD5B0Ce3d3A51fdb1C52DC66a7c3c2936',
      '0xBE0eB53F46cd790Cd13851d5EFf43D12404d33E8',
    ])
      expect(out).toContain(kept);
  });
  it('keeps a swap router and its token in / out named before them', () => {
    const out = engine.maskText(
      'router=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc tokenIn=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc',
    ).value;
    expect(out).toBe('router=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc tokenIn=0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc');
    const record = JSON.stringify(
      engine.maskValue({ tokenOut: '0xE592427A0AEce92De3Edee1F18E0157C05861564', token: 'abc123secretvalue' }).value,
    );
    expect(record).toContain('0xE592427A0AEce92De3Edee1F18E0157C05861564');
    expect(record).not.toContain('abc123secretvalue');
  });
});
