import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Leftovers of red-team round 82 (stop 42): brokerage, wealth and retirement records. Values differ
// from both corpora's (names, logins and accounts made up; python-stdnum in.pan ABMPA3211G; ACMA's
// fiction mobile 0491 570 006).

describe('account_title_name', () => {
  detectorCases(
    'account_title_name',
    [
      ['{"acctTitle":"PELLINGHAM ROSAMUND SEP IRA"}', 'PELLINGHAM ROSAMUND'],
      ['2025-09-02|ORDER_NEW|7QX-204418|AVERILL-MORCOMBE JTWROS|client call', 'AVERILL-MORCOMBE'],
      ['"shortName": "TREVELYAN OCTAVIA UTMA"', 'TREVELYAN OCTAVIA'],
    ],
    [
      // A registration type alone, a model's sleeve, a firm or an everyday word among the words.
      '{"name":"TRADITIONAL IRA"}',
      '{"shortName":"CORE GROWTH ROTH IRA"}',
      '{"custodian":"NORTHERN TRUST"}',
      '{"sleeve":"HARBORLIGHT INCOME MODEL"}',
      '{"title":"SMITH FAMILY TRUST"}',
    ],
  );
});

describe('chat_export_login', () => {
  detectorCases(
    'chat_export_login',
    [
      ['09/02/2025 10:14:07 tmarchetti: can you work the rest of the block\n09/02/2025 10:14:20 desk_bot: ack', 'tmarchetti'],
      ['[2025-09-02 10:14:07] kfairweather: size is 12k', 'kfairweather'],
    ],
    [
      // A log's program, a bot and a word after the time, and a speaker mid-line.
      '2025-09-02 10:14:07 kubelet: started container\n2025-09-02 10:14:08 scheduler: ok',
      '[2025-09-02 10:14:07] desk_bot: ack ORD-771',
      'at 10:14:07 tmarchetti: said hello',
    ],
  );
});

describe('account_before_name_account / account_before_name_name', () => {
  detectorCases(
    'account_before_name_account',
    [['Rebooked from 3KP-550172 (Orla Fenwright-Castle) to the joint account', '3KP-550172']],
    ['Moved 8821-4410 (Model Portfolio) to review', 'See PR-12345 (Anselm Quarry) for details', 'range 2024-2025 (Fiscal Year)'],
  );
  detectorCases(
    'account_before_name_name',
    [['cxl and rebill 7710-3392 (Hesketh Marlowe) for 40 sh', 'Hesketh Marlowe']],
    ['Moved 8821-4410 (Model Portfolio) to review', 'ticket OPS-1042 (Server Migration) closed'],
  );
});

describe('owner_after_for_name', () => {
  detectorCases(
    'owner_after_for_name',
    [
      ['58=rebalance for Quennell-Stroud household per IPS|10=044|', 'Quennell-Stroud'],
      ['alloc for rosalind pemberton ira per ops', 'rosalind pemberton'],
    ],
    ['convert for Roth IRA', 'fees for Vanguard account', 'notes for the household', 'for Core Growth IRA sleeve'],
  );
});

describe('wrapped_brokerage_account', () => {
  detectorCases(
    'wrapped_brokerage_account',
    [['[00:03:11] Client: the account is, um, 6204-\n1178, the joint one', '6204-\n1178']],
    ['the fiscal years 2024-\n2025 of the account', 'build 6204-\n1178 passed'],
  );
});

describe('mailing_block_wrapped_name', () => {
  detectorCases(
    'mailing_block_wrapped_name',
    [['ANNUAL STATEMENT\nPERPETUA\nWHITLOCK-ABBOTT\n52 Sandpiper Ridge Road\nAsheville NC 28801', 'WHITLOCK-ABBOTT']],
    ['REMIT\nPAYMENTS\n100 Main Street\nBoston MA 02110', 'ACCOUNT\nSUMMARY\n100 Main Street\nBoston MA 02110'],
  );
});

describe('in_pan_lower_case_before_label', () => {
  detectorCases(
    'in_pan_lower_case_before_label',
    [['kyc queue: foreign tin abmpa3211g (pan) verified', 'abmpa3211g']],
    ['kyc queue: ABMPA3211G (PAN) verified', 'file abmxa3211g (pan) mismatch'],
  );
});

describe('a phone right after `ph`, an amount word before digits, a lower-case street before a unit', () => {
  it('masks a mobile right after ph, and leaves a pH reading', () => {
    expect(engine.maskText('member ph 0491 570 006 re: rollover').value).not.toContain('0491 570 006');
    expect(engine.maskText('pH 7.4 sample 2025 1014').value).toContain('2025 1014');
  });
  it('reads no postcode after an amount word beside a street', () => {
    const out = engine.maskText('mail the check to 19 wrenfield ct. payoff amt 24500, bal 31000').value;
    expect(out).toContain('amt 24500');
    expect(out).toContain('bal 31000');
    expect(out).not.toContain('19 wrenfield ct');
  });
  it('reads a street ending in a prose word right before a unit, not before other words', () => {
    expect(engine.maskText('k-1 partner address: 212 plover way apt 5 — moved').value).not.toContain('plover way');
    expect(engine.maskText('took 3 short walk units and one way unit test').value).toContain('one way unit test');
  });
  it('keeps broker-dealers named after their founders and KiwiSaver schemes', () => {
    const out = engine.maskValue({ contra: 'Stephens & Associates, Inc.', firm: 'Piper Sandler & Co.', scheme: 'Kernel KiwiSaver Plan' });
    expect(out.value).toEqual({ contra: 'Stephens & Associates, Inc.', firm: 'Piper Sandler & Co.', scheme: 'Kernel KiwiSaver Plan' });
  });
});
