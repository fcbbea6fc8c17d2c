import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * The record shapes of ITSM, helpdesk and incident tools that red-team round 64 found leaking, read
 * by general rules: PagerDuty contact methods (`type` names what `address` holds), Atlassian user
 * objects' `displayName` and ADF mention nodes, base64 MIME parts quoted into tickets, security
 * answers and one-time codes in service-desk notes, an offboarding `forwarding_address`, a support
 * line's name, a phone word of another query parameter, unsubscribe tokens and `assigned to`.
 * Values differ from the corpus's; each rule has look-alikes that must stay.
 */
const engine = testEngine();

/** The record masked both ways: as a decoded value and as JSON text (the two walks must agree). */
function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

function expectMasked(record: unknown, secrets: readonly string[], kept: readonly string[] = []): void {
  const { text, value } = both(record);
  for (const s of secrets) {
    expect(value).not.toContain(s);
    expect(text).not.toContain(s);
  }
  for (const k of kept) {
    expect(value).toContain(k);
    expect(text).toContain(k);
  }
}

function maskedText(text: string): string {
  return engine.maskText(text).value;
}

describe('PagerDuty contact methods: type names what address holds', () => {
  it('masks a phone or SMS method number and an e-mail method address', () => {
    expectMasked(
      {
        contact_methods: [
          { id: 'PQ1ABCD', type: 'phone_contact_method', country_code: 31, address: '612345678', label: 'Work mobile' },
          { id: 'PQ1ABCE', type: 'sms_contact_method', country_code: 49, address: '15123456789', label: 'Mobile' },
          { id: 'PQ1ABCF', type: 'email_contact_method', address: 'oncall.person@example.net', label: 'Default' },
        ],
      },
      ['612345678', '15123456789', 'oncall.person@example.net'],
      ['PQ1ABCD', 'PQ1ABCE', 'Work mobile'],
    );
  });
  it('keeps a push method device and addresses beside a type or name that names no field', () => {
    expectMasked(
      {
        methods: [
          { type: 'push_notification_contact_method', address: 'Pixel 8 Pro', label: 'Android' },
          { type: 'shipping', address: 'Dock 7' },
          { name: 'Billing', address: 'Building C' },
        ],
      },
      [],
      ['Pixel 8 Pro', 'Dock 7', 'Building C'],
    );
  });
});

describe('Atlassian user objects and ADF mentions', () => {
  it('masks displayName under a person parent with an e-mail beside it', () => {
    expectMasked(
      {
        assignee: {
          accountId: '712020:0c5d1f0e-5e4a-4c1b-9a39-0c1b2f3d4e5f',
          emailAddress: 't.okonkwo@example.net',
          displayName: 'Tobenna Okonkwo',
        },
      },
      ['Tobenna Okonkwo', 't.okonkwo@example.net'],
      ['712020:0c5d1f0e-5e4a-4c1b-9a39-0c1b2f3d4e5f'],
    );
    expectMasked({ reporter: { display_name: 'Ifeanyi Nwosu', email: 'ifeanyi.nwosu@example.org' } }, ['Ifeanyi Nwosu']);
  });
  it('keeps a displayName under a parent that is no person, or without a contact beside it', () => {
    expectMasked({ project: { displayName: 'Quarterly Close', email: 'finance-close@example.net' } }, [], ['Quarterly Close']);
    expectMasked(
      { author: { accountId: '557058:f58131cb', displayName: 'Automation for Jira', accountType: 'app' } },
      [],
      ['Automation for Jira'],
    );
  });
  it("masks an ADF mention's text beside its id", () => {
    expectMasked(
      { type: 'paragraph', content: [{ type: 'mention', attrs: { id: '712020:aa11bb22', text: '@Ngozi Eze', accessLevel: '' } }] },
      ['Ngozi Eze'],
      ['712020:aa11bb22'],
    );
  });
  it('keeps @here, a text without the @, and an emoji node', () => {
    expectMasked(
      {
        content: [
          { type: 'mention', attrs: { id: 'here', text: '@here' } },
          { type: 'text', attrs: { id: 'p1' }, text: 'Release Notes' },
          { type: 'emoji', attrs: { shortName: ':smile:', id: '1f604', text: '😄' } },
        ],
      },
      [],
      ['@here', 'Release Notes', ':smile:'],
    );
  });
});

describe('base64 MIME parts quoted into tickets and e-mail logs', () => {
  const iban = 'SGVsbG8sCnBsZWFzZSBwYXkgbXkgbGFzdCBzYWxhcnkgdG8gQkU2OCA1MzkwIDA3NTQgNzAzNCBpbnN0ZWFkLgpUaGFua3M=';
  it('masks a base64 part whose text holds a value', () => {
    const text = `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${iban}\n\n--b1--`;
    const out = maskedText(text);
    expect(out).not.toContain(iban);
    expect(out).toContain('--b1--');
    expect(out).toContain('Content-Type: text/plain');
  });
  it('masks a part split over 76-character lines, read whole', () => {
    const text = `Content-Transfer-Encoding: base64\r\n\r\n${iban.slice(0, 76)}\r\n${iban.slice(76)}\r\n`;
    const out = maskedText(text);
    expect(out).not.toContain(iban.slice(0, 40));
    expect(out).not.toContain(iban.slice(76));
  });
  it('keeps a part whose text holds nothing, and a binary part', () => {
    const plain = 'VGhhbmtzLCBzZWUgeW91IG9uIE1vbmRheSBhdCB0aGUgc3RhbmR1cC4=';
    expect(maskedText(`Content-Transfer-Encoding: base64\n\n${plain}`)).toContain(plain);
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    expect(maskedText(`Content-Type: image/png\nContent-Transfer-Encoding: base64\n\n${png}`)).toContain(png);
  });
});

describe('service-desk notes: security answers and one-time codes', () => {
  it("masks a mother's maiden name answer", () => {
    for (const [text, answer] of [
      ['identity confirmed, maiden name is okafor, dob ok', 'okafor'],
      ['caller verified (MMN "Lindqvist")', 'Lindqvist'],
      ['KBA: mmn = brennan', 'brennan'],
    ] as const)
      expect(maskedText(text)).not.toContain(answer);
  });
  it('keeps a note that only reports the check', () => {
    for (const text of ['maiden name matches the profile', 'MMN verified', 'the maiden name field is optional'])
      expect(maskedText(text)).toBe(text);
  });
  it('masks a code given as its own turn after the turn asking for it', () => {
    const text = 'Agent: can you read me the verification code?\nCustomer: 550193\nAgent: thanks';
    expect(maskedText(text)).not.toContain('550193');
  });
  it('keeps a number given as a turn after a question about something else', () => {
    const text = 'Agent: what is your ticket number?\nCustomer: 550193';
    expect(maskedText(text)).toContain('550193');
  });
});

describe('offboarding, support lines, query parameters, unsubscribe links, assignees', () => {
  it('masks a forwarding address', () => {
    expectMasked(
      { variables: { forwarding_address: '7 Rue des Lilas, 75011 Paris', last_day: '2026-01-30' } },
      ['7 Rue des Lilas'],
      ['2026-01-30'],
    );
  });
  it("keeps a support line's name under a recipient's name and masks a person's", () => {
    expectMasked({ via: { source: { to: { name: 'IT Service Desk' }, from: { name: 'Ngozi Eze' } } } }, ['Ngozi Eze'], ['IT Service Desk']);
    expectMasked({ to: { name: 'Billing Hotline' } }, [], ['Billing Hotline']);
  });
  it("reads a phone word only in the parameter's own name", () => {
    const out = maskedText('https://cb.example.com/v?phone=%2B31612345678&ts=1718000000');
    expect(out).toContain('ts=1718000000');
    expect(out).not.toContain('31612345678');
  });
  it('masks the token of an unsubscribe link and keeps short parameters', () => {
    expect(maskedText('https://mail.example.org/unsubscribe?token=Zm9vYmFyMTIzNDU2Nzg5MGFiY2Rl')).not.toContain(
      'Zm9vYmFyMTIzNDU2Nzg5MGFiY2Rl',
    );
    const kept = 'https://mail.example.org/unsubscribe?list=weekly&v=2';
    expect(maskedText(kept)).toBe(kept);
  });
  it('masks a lower-case name after assigned to, keeps a team', () => {
    expect(maskedText('CHG0040012|approved|assigned to: tobias ferreira|2026-02-01')).not.toContain('tobias ferreira');
    const team = 'INC0091001|assigned to: network operations|P2';
    expect(maskedText(team)).toBe(team);
  });
});
