import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Stop 43's rules for round 86's leftover shapes of security analysts' case work (left86 corpus):
 * role words before names the lists do not hold, capitalised particles, bracketed names after
 * roles, investigators' `subj` / `poi`, a login before a vendor token in a URL, a URL's token user,
 * DLP findings' SSN values. Values differ from the corpora's: made-up names and logins, other
 * public test tokens (kingfisher's rule examples), SSA's samples where the rule is about them.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('person_name: role words after an article, in five languages, and capitalised particles', () => {
  it.each([
    ['Der Mitarbeiter Gerwin Hollenbach-Treu hat den Anhang geöffnet.', 'Gerwin Hollenbach-Treu'],
    ['Unsere Mitarbeiterin Ortrud Pfannenstiel meldet einen Anruf.', 'Ortrud Pfannenstiel'],
    ['Die Kollegin Wiebke Lührmann-Saß hat den Link gemeldet.', 'Wiebke Lührmann-Saß'],
    ['Le salarié Gwenaël Kerbrat-Nédélec a transféré le courriel.', 'Gwenaël Kerbrat-Nédélec'],
    ["L'utilisateur Tanguy Le Floc'h a saisi son mot de passe.", "Tanguy Le Floc'h"],
    ['El usuario Anselmo Garrigós-Teruel abrió el adjunto.', 'Anselmo Garrigós-Teruel'],
    ['Il dipendente Ottavio Brambillasca ha inoltrato la mail.', 'Ottavio Brambillasca'],
    ['chargeback filed; cardholder Ignatz Wollaston-Pryce disputes both charges', 'Ignatz Wollaston-Pryce'],
    ['Escalated by Anouk Van Rijswijk this morning', 'Anouk Van Rijswijk'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['Der Mitarbeiter-Ausweis wurde gesperrt.', 'Der Mitarbeiter-Ausweis'],
    ['Die Mitarbeiter Microsoft Teams Gruppe ist offen.', 'Microsoft Teams'],
    ['The User Guide and Our Employee Handbook apply.', 'Our Employee Handbook'],
    ['Cardholder Verification Method: PIN', 'Cardholder Verification Method'],
    ['Flights to Costa Del Sol and Puerto De La Cruz', 'Costa Del Sol'],
    ['Flights to Costa Del Sol and Puerto De La Cruz', 'Puerto De La Cruz'],
    ['Santa Maria Della Salute at 10:00', 'Santa Maria Della Salute'],
    ['Rule: Suspicious LSASS Memory Dump by Procdump', 'Memory Dump'],
    ['Alert: Memory Usage High on SRV-APP-02', 'Memory Usage High'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('person_name_unlisted_lower: bracketed names after roles, subj and poi', () => {
  it.each([
    ['escalated to mgr (tamsin brackenridge) for approval', 'tamsin brackenridge'],
    ['hrbp (ysolde merriweather) cc on the case', 'ysolde merriweather'],
    ['supervisor (oswin fairbrother) signed the form', 'oswin fairbrother'],
    ['witness (hesketh marlowe) confirmed the tailgating', 'hesketh marlowe'],
    ['subj gideon ashcombe emailed the file to himself', 'gideon ashcombe'],
    ['poi ravenna tolliver uploaded 3 gb to mega', 'ravenna tolliver'],
    ['subject wilfreda quenby-hale denies the upload', 'wilfreda quenby-hale'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['supervisor (night shift) informed', 'night shift'],
    ['mgr (finance dept) in copy', 'finance dept'],
    ['witness (cctv footage) reviewed', 'cctv footage'],
    ['victim (shared mailbox) targeted', 'shared mailbox'],
    ['subj line changed to invoice', 'subj line changed'],
    ['subject alternative name mismatch on the cert', 'subject alternative name'],
    ['poi data refreshed nightly', 'poi data refreshed'],
    ['hrbp (emea region) notified', 'emea region'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('a URL user before a vendor token, and the token users of git hosts and registries', () => {
  it('masks the login before a GitLab token as a USERNAME beside the token', () => {
    const out = masked('git remote set-url origin https://mvellacott:glpat-kSaPeOD_-T0JxMi3p28B@gitlab.example.org/ir/notes.git');
    expect(out).not.toContain('mvellacott');
    expect(out).not.toContain('glpat-');
    expect(out).toContain('<USERNAME:');
    expect(out).toContain('@gitlab.example.org/ir/notes.git');
  });

  it('masks the login before an npm token', () => {
    const out = masked('registry=https://ofairclough:npm_TCllNwh2WLQlMWVhybM1iQrsTj6rMQ0BOh6d@registry.example.net/');
    expect(out).not.toContain('ofairclough');
  });

  it.each([
    'git push https://oauth2:glpat-tFrjFXD7soVU2fqxuDMh@gitlab.example.org/a/b.git',
    'git clone https://x-access-token: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@github.com/a/b.git',
    'git clone https://deploy-bot:glpat-tFrjFXD7soVU2fqxuDMh@gitlab.example.org/a/b.git',
  ])('keeps the token user of %j', (text) => {
    const user = /:\/\/([^:]+):/.exec(text)![1]!;
    expect(masked(text)).toContain(`://${user}:`);
  });

  it.each([
    ['twine upload --repository-url https://__token__@test.pypi.org/legacy/ dist/*', '__token__@test.pypi.org'],
    ['git clone ssh://git@gitlab.example.org/ir/notes.git', 'git@gitlab.example.org'],
    ['curl https://x-access-token@api.github.com/repos', 'x-access-token@api.github.com'],
  ])('keeps %j as no e-mail', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });

  it('still masks a person in a URL user-info as an e-mail', () => {
    expect(masked('git clone https://edda.vinterberg@git.example.org/x.git')).not.toContain('edda.vinterberg');
  });
});

describe('DLP findings: what the engine matched as an SSN, SSA samples too', () => {
  it('masks a Detections[].Value written as an SSN', () => {
    const out = maskedValue({
      SensitiveInformationTypeName: 'U.S. Social Security Number (SSN)',
      SensitiveInformationDetections: { Detections: [{ Value: '078-05-1120' }, { Value: '219099999' }], ResultsTruncated: false },
    });
    expect(out).not.toContain('078-05-1120');
    expect(out).not.toContain('219099999');
  });

  it('masks a Cloud DLP quote beside infoType and likelihood', () => {
    const out = maskedValue({
      findings: [{ quote: '219-09-9999', infoType: { name: 'US_SOCIAL_SECURITY_NUMBER' }, likelihood: 'POSSIBLE' }],
    });
    expect(out).not.toContain('219-09-9999');
  });

  it.each([
    [{ Detections: [{ Value: 'Confidential' }] }, 'Confidential'],
    [{ Detections: [{ Value: '2025-11-04' }] }, '2025-11-04'],
    [{ Detections: [{ Value: '000-00-0000' }] }, '000-00-0000'],
    [{ quote: '219-09-9999', note: 'no finding here' }, '219-09-9999'],
    [{ quote: 'Terms apply', infoType: { name: 'PERSON_NAME' }, likelihood: 'UNLIKELY' }, 'Terms apply'],
    [{ Count: 2, Confidence: 85 }, '85'],
  ])('keeps %j', (value, kept) => {
    expect(maskedValue(value)).toContain(kept);
  });
});
