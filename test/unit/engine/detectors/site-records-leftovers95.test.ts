import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Stop 46's rules for round 95's leftover shapes of clinical research sites (left95 corpus): a
 * lower-case name after an age-and-sex opener or a consent's witness, a participant's name in
 * brackets after its role and number, the user cell of bare audit
 * rows, the phone and street after a field's name in such rows, OpenClinica's AuditLog `Name` and
 * `UniqueIdentifier`, coordinator / responder logins, Quebec's `nas`, an `account=` after a
 * payment rail, an EHR hit list's MRN. Values differ from the corpora's:
 * made-up names and logins, NANP fiction-range numbers, Stripe's test account 000333333335.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('person_name_lower_after_opener: an age-and-sex opener or a consent witness, then a lower-case name', () => {
  it.each([
    ['pt summary: 67 y/o f, wilhelmina oyeyemi-strand, hfref, on entresto', 'wilhelmina oyeyemi-strand'],
    ['59yo M, barnaby olawale, a1c 9.0, interested', 'barnaby olawale'],
    ['82 year old male, theobald achterberg-nunez (dob on file) declined', 'theobald achterberg-nunez'],
    ['esig ok witnessed by perpetua lindqvist-obi ip=203.0.113.9', 'perpetua lindqvist-obi'],
    ['icf v2 consent obtained by isolde merriweather-kane, pi aware', 'isolde merriweather-kane'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['64yo F, t2dm, htn, ckd 3a', 't2dm'],
    ['72 y/o m, former smoker, copd gold 2', 'former smoker'],
    ['55yo male, metformin, lisinopril', 'metformin'],
    ['70 y/o f, heart failure, nyha ii', 'heart failure'],
    ['61 yo m, gene therapy, screen next wk', 'gene therapy'],
    ['77yo F, lung cancer, ecog 1', 'lung cancer'],
    ['signature witnessed by impartial witness per sop', 'impartial witness'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('person_name_bracketed_after_subject_id: a participant in brackets after its role and number', () => {
  it.each([
    ['Participant 301-0017 (Ottoline\nBrackenridge, mobile on file) moved sites.', 'Brackenridge'],
    ['Subject 104-0052 (Ysolde Marchetti-Obi) withdrew consent.', 'Ysolde Marchetti-Obi'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['Subject 104-0041 (Early Termination) was entered.', 'Early Termination'],
    ['Patient 12 (Visit Window) report attached.', 'Visit Window'],
    ['Participant 201-0044 (Screen Failure, see log) closed.', 'Screen Failure'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('bare audit-trail rows: the user cell between time and a data change, the phone and street after the field', () => {
  it.each([
    ['2025-11-10 09:00:12|mstrathmore|Item data value updated|SE_V3|VS_PULSE|72|75', 'mstrathmore'],
    ['2025-11-10 09:00:12,tquennevilleb,Field value changed,Vitals,vs_temp,36.8,37.1', 'tquennevilleb'],
    ['2025-11-10 09:00\tjfaircloth\tUpdate record 311\tsbp = 140', 'jfaircloth'],
    ['AL-9,2025-11-10 09:00,pvanderhoek,Changed,HOMEPHONE,414-555-0121,414-555-0167', '414-555-0121'],
    ['AL-9,2025-11-10 09:00,pvanderhoek,Changed,HOMEPHONE,414-555-0121,414-555-0167', '414-555-0167'],
    ['AL-9,2025-11-10 09:01,pvanderhoek,Changed,ADDR1,61 Bramblewood Ln,7 Sorrel Ct', '61 Bramblewood Ln'],
  ])('masks %j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });

  it.each([
    ['2025-11-10 09:00:12|dnsmasq|DHCPACK(eth0) 10.0.0.5|lease', 'dnsmasq'],
    ['2025-11-10 09:00:12,svc_edc_sync,Record created,Vitals,vs_temp,,36.8', 'svc_edc_sync'],
    ['2025-11-10 09:00:12,mstrathmore,Viewed,Vitals', 'mstrathmore'],
    ['PAY,HT-301,12 Week Visit,150.00,75.50,2025-11-01', '12 Week Visit'],
    ['KIT,HT-301,DOSE,250.00,125.00,2025-11-01', '250.00'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('OpenClinica attributes, coordinator and responder logins', () => {
  it('masks an AuditLog Name and a SubjectData UniqueIdentifier, keeps ODM Name attributes and DICOM UIDs', () => {
    const out = masked(
      '<SubjectData SubjectKey="SS_7" OpenClinica:UniqueIdentifier="HN-5520417" OpenClinica:StudySubjectID="7"><OpenClinica:AuditLog ID="AL_1" UserID="USR_3" Name="gpenhaligon" AuditType="Item data value updated"/></SubjectData><FormDef OID="F_VS" Name="Vital Signs"/><Study UniqueIdentifier="1.2.840.10008.1.2"/>',
    );
    expect(out).not.toContain('HN-5520417');
    expect(out).not.toContain('gpenhaligon');
    expect(out).toContain('Vital Signs');
    expect(out).toContain('1.2.840.10008.1.2');
  });

  it('masks a person login under coordinator and responder, keeps hosts and teams', () => {
    const out = maskedValue({
      visit: { coordinator: 'dwhitlock', assignedCoordinator: 'Regional Start-Up Team' },
      query: { Responder: 'crc.mbeaumont', respondedBy: 'svc-edc-bot' },
      tls: { responder: 'ocsp.example.org' },
      kafka: { coordinator: 'broker-1:9092' },
    });
    expect(out).not.toContain('dwhitlock');
    expect(out).not.toContain('crc.mbeaumont');
    for (const kept of ['Regional Start-Up Team', 'svc-edc-bot', 'ocsp.example.org', 'broker-1:9092']) expect(out).toContain(kept);
  });
});

describe('ids: an account after a payment rail, an EHR hit list MRN', () => {
  it.each([
    ['stipend sent method=ACH account=000333333335 amount=50.00', '000333333335'],
    ['hits:\n60044172|BRAITHWAITE^SELWYN|19550303|262-555-0139|I10', '60044172'],
  ])('masks %j', (text, value) => {
    expect(masked(text)).not.toContain(value);
  });

  it.each([
    ['envío sin cargo, pedido 072 144 637', '072 144 637'],
    ['s3.put account=123456789012 region=us-east-1', '123456789012'],
    ['hits:\n60044172|GLU|98|mg/dL|N', '60044172'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });

  it('reads Quebec nas only as a SIN, and a payee as a person unless a company', () => {
    const out = maskedValue({ recipient: { nas: '123 456 782' }, storage: { nas: 'nas01.corp' } });
    expect(out).not.toContain('123 456 782');
    expect(out).toContain('nas01.corp');
    const line = masked('payout payee="Ottilie Brackenridge" method=ach | payee="Acme Research Labs Inc"');
    expect(line).not.toContain('Ottilie Brackenridge');
    expect(line).toContain('Acme Research Labs Inc');
  });
});
