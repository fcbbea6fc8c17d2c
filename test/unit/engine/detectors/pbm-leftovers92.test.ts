import { describe, expect, it } from 'vitest';
import { isPersonLoginShape } from '../../../../src/engine/detect/values/login-names.js';
import { testEngine } from '../../../helpers/engine.js';
import { detectorCases } from './support.js';

/**
 * Leftovers of red-team round 92 (stop 45): people's logins under reviewer / approver / agent
 * fields and in a chat transcript's role prefix. Values differ from the round's and the left92
 * corpus': logins made up here; look-alikes (team, queue, role and service accounts, programs and
 * user agents, display names of products) must stay.
 */
const engine = testEngine();
const mask = (input: string) => engine.maskText(input).value;
const maskRecord = (input: Record<string, unknown>) => JSON.stringify(engine.maskValue(structuredClone(input)).value);
const maskJson = (input: Record<string, unknown>) => engine.maskJsonText(JSON.stringify(input))!.render('{}');

describe('isPersonLoginShape', () => {
  it("reads an initial and a surname, given.family and a role prefix as a person's", () => {
    for (const login of ['jquarrington', 'bxanthopoulos7', 'pdelavigne-moss', 'cpht.ofairweather', 'ingeborg_rasmussen'])
      expect(isPersonLoginShape(login), login).toBe(true);
  });
  it("reads teams, queues, roles, services, programs and ids as no person's", () => {
    for (const login of [
      'ops-kr-3',
      'ts-queue-eu-2',
      'mod-team-3',
      'kyc.auto',
      'compliance-bot',
      'support-tier2-queue',
      'svc-i9-sync',
      'supervisor.0417',
      'web-portal',
      'kyc-ops-de',
      'rx-clinical-review',
      'filebeat',
      'covermymeds',
      'surescripts',
      'stripe',
      'U024BE7LH',
      'Dana.Whitfield',
    ])
      expect(isPersonLoginShape(login), login).toBe(false);
  });
  it('asks the lists for a one-part login when strict (a bare agent field)', () => {
    expect(isPersonLoginShape('tcpdumpx', true)).toBe(false);
    expect(isPersonLoginShape('pgbouncer', true)).toBe(false);
    expect(isPersonLoginShape('jmartinez', true)).toBe(true);
  });
});

describe('staff logins under reviewer / approvedBy / submittedBy / agent', () => {
  it('masks a person-shaped login in key=value text and keeps team accounts', () => {
    const out = mask(
      'um.decision case=UM-88120 reviewer=cpht.ofairweather outcome=PARTIAL | fe approvedBy=jquarrington | st submittedBy=bxanthopoulos7 | ' +
        'um.decision reviewer=um-team-west | audit approvedBy=rx-clinical-review | st submittedBy=svc-covermymeds',
    );
    for (const login of ['cpht.ofairweather', 'jquarrington', 'bxanthopoulos7']) expect(out).not.toContain(login);
    for (const kept of ['UM-88120', 'PARTIAL', 'um-team-west', 'rx-clinical-review', 'svc-covermymeds']) expect(out).toContain(kept);
  });

  it('masks the same in both walks of a record, keeping display names of products, programs and user agents', () => {
    const rec = {
      decision: { reviewer: 'pdelavigne-moss', approvedBy: 'network-audit-team', submittedBy: 'jquarrington' },
      probe: { agent: 'pgbouncer', userAgent: 'okhttp/4.12.0' },
      contact: { agent: 'bxanthopoulos-reyes', channel: 'VOICE' },
      connect: { agent: 'Amazon Connect' },
      wazuh: { agent: { id: '004', name: 'pharm-db-02' } },
    };
    for (const out of [maskRecord(rec), maskJson(rec)]) {
      for (const login of ['pdelavigne-moss', 'jquarrington', 'bxanthopoulos-reyes']) expect(out).not.toContain(login);
      for (const kept of ['network-audit-team', 'pgbouncer', 'okhttp/4.12.0', 'Amazon Connect', 'pharm-db-02', '004', 'VOICE'])
        expect(out).toContain(kept);
    }
  });

  it("masks an `Agent:` line's login in a case export; a program or a user agent there stays", () => {
    const out = mask('Case: 00077120\nOrigin: Web\nAgent: pdelavigne-moss\nStatus: Escalated');
    expect(out).not.toContain('pdelavigne-moss');
    expect(out).toContain('00077120');
    expect(out).toContain('Escalated');
    expect(mask('Probe: http\nAgent: okhttp/4.12.0\nStatus: up')).toContain('okhttp/4.12.0');
    expect(mask('Host: db-7\nAgent: datadog-agent\nStatus: up')).toContain('datadog-agent');
  });
});

describe('chat_role_login', () => {
  detectorCases(
    'chat_role_login',
    [
      ['[10:02:11] Customer (ingeborg_rasmussen): my copay card was declined', 'ingeborg_rasmussen'],
      ['Member (jquarrington): where is my order\n[10:03] Agent: checking', 'jquarrington'],
      ['[08:14] Patient (pdelavigne-moss): need a refill', 'pdelavigne-moss'],
    ],
    [
      // A bot's or a queue's account, an id, a display name, no role word, a word in parentheses.
      '[10:02:11] Agent (rx-bot): how can I help?',
      '[10:02:11] Agent (member-services): transferring',
      'Member (U024BE7LH): hi',
      'Member (Dana Whitfield): hi',
      'Owner (jquarrington): reviewed',
      'Customer (optional): free text',
    ],
  );
});

describe('care and delivery parties quoted under their role', () => {
  it('masks a quoted name under patient / cardholder / enrollee / recipient / consignee, keeps offices, firms and placeholders', () => {
    const out = mask(
      'triage ref=RF-4410 patient="THORNQUIST-ADEYEMI, HELGARD" payer="Aetna" | accum cardholder="Quarrington, Ottilie" ded=50.00 | ' +
        'appeal enrollee="EBERHARDT WYNDHAM-COLE" | alert beneficiary="OFAC SDN" | coldchain recipient="Gisela Ormerod-Pike" rx=8812047 | ' +
        'dhl consignee="Radomir Fairweather" | fax recipient="Medical Records Department" | letter recipient="Office of the Medical Examiner" | ' +
        'ship recipient="Walgreens Specialty" | ship consignee="CVS Caremark" | rts recipient="Pharmacy Returns" | memo recipient="ALL STAFF"',
    );
    for (const name of [
      'THORNQUIST-ADEYEMI, HELGARD',
      'Quarrington, Ottilie',
      'EBERHARDT WYNDHAM-COLE',
      'Gisela Ormerod-Pike',
      'Radomir Fairweather',
    ])
      expect(out).not.toContain(name);
    for (const kept of [
      'RF-4410',
      'Aetna',
      '50.00',
      '8812047',
      'Medical Records Department',
      'Office of the Medical Examiner',
      'Walgreens Specialty',
      'CVS Caremark',
      'Pharmacy Returns',
      'ALL STAFF',
      'OFAC SDN',
    ])
      expect(out).toContain(kept);
  });
});

describe('person_name_role_capitals', () => {
  detectorCases(
    'person_name_role_capitals',
    [
      ['PART D REDETERMINATION. ENROLLEE GERTRUDE OYELARAN-PIKE. AOR ON FILE', 'GERTRUDE OYELARAN-PIKE'],
      ['NOTE: BENEFICIARY HORACE QUILLFEATHER CALLED RE COVERAGE', 'HORACE QUILLFEATHER'],
      ['834 CHG: SUBSCRIBER MILDRED HASTINGS TERMED 11/30', 'MILDRED HASTINGS'],
      ['CLAIMANT: ROSA MARTINEZ GARCIA, DOI 03/02', 'ROSA MARTINEZ GARCIA'],
    ],
    [
      // Role words before things, not names; a word-like given name; lower case.
      'PATIENT CARE PLAN UPDATED',
      'MEMBER SERVICES LINE CLOSED',
      'PATIENT MAY RETURN TOMORROW',
      'SUBSCRIBER ID MISSING ON 834',
      'INSURED AMOUNT EXCEEDS LIMIT',
      'MEMBER GRACE PERIOD ENDS 12/31',
      'enrollee gertrude called',
    ],
  );
});

describe('look-alikes of round 92', () => {
  it('keeps object-action analytics event names, still masks a name before a verb in prose', () => {
    const rec = { type: 'track', event: 'Price Match Viewed', e2: 'Bill Pay Started', e3: 'Refill Order Completed' };
    for (const out of [maskRecord(rec), maskJson(rec)])
      for (const kept of ['Price Match Viewed', 'Bill Pay Started', 'Refill Order Completed']) expect(out).toContain(kept);
    expect(mask('track event="Ross Dress Viewed" ok')).toContain('Ross Dress Viewed');
    expect(mask('Gertrude Oyelaran-Pike opened the letter')).not.toContain('Oyelaran-Pike');
  });

  it('keeps a BIN that opens with 00 before the next NCPDP field id, still masks an international number', () => {
    const out = mask('rq 101-A1=003585 104-A4=MEDDADV 301-C1=GRP7 | 101-A1=004915 104-A4=X1');
    for (const kept of ['003585', '004915', 'MEDDADV']) expect(out).toContain(kept);
    expect(mask('call me on 0044 20 7946 0958 today')).not.toContain('7946 0958');
  });
});

describe('recipients in links and relatives in notes', () => {
  it("masks a tracking link's recipient written Surname, Given; keeps counts, places and words", () => {
    const out = mask(
      'sent link="https://track.example-rx.com/s?ord=MO-88120&rcpt=Oyelaran%2C+Gertrude&zip=55401" | https://rx.example.com/t?n=Whitcombe%2C+Harriet&p=2',
    );
    expect(out).not.toContain('Oyelaran%2C+Gertrude');
    expect(out).not.toContain('Whitcombe%2C+Harriet');
    expect(out).toContain('MO-88120');
    for (const kept of ['?n=25&page=2', 'n=Springfield%2C+Georgia', 'n=Summary%2C+Page', 'rcpt=Portland%2C+Oregon']) {
      const url = `https://x.example.com/a?${kept.replace(/^\?/, '')}`;
      expect(mask(url)).toBe(url);
    }
  });

  it("masks a rare given name after his / her and a kin word, keeps a user's own relative and words", () => {
    expect(mask('pt says her husband ignatius drives her to infusions')).not.toContain('ignatius');
    expect(mask('case note: his daughter perpetua handles refills')).not.toContain('perpetua');
    for (const kept of ['my wife perpetua is allergic', 'her husband will call back', 'his wife present at visit', 'her son aware'])
      expect(mask(kept)).toBe(kept);
  });
});

describe('residence_street after a lead and an adverb', () => {
  detectorCases(
    'residence_street',
    [
      ['can u ship to my address instead 88 s larkspur ave evanston', '88 s larkspur ave'],
      ['send it to my address now, 4410 n kestrel rd', '4410 n kestrel rd'],
    ],
    ['ship to my address instead of the store, 2 days late', 'send it now please 5 ways to drive'],
  );
});
