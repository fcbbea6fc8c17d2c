import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

/**
 * The rules of the leftover pass of red-team round 70 (stop 39), with values other than the
 * corpora's: lower-case German / French titles, `typed` and `name` leads, rare given names before a
 * double-barrelled surname, capitalised names after log-message phrase leads, Stripe test tokens,
 * OpenTelemetry analytics session ids, Spring errors localized or under a bare `name`, GraphQL
 * variables in a GET URL, a LaunchDarkly `user.key`, Sentry's `sentry-user_id`, and phone numbers
 * after `unter` / `bel terug`. Each with look-alikes that must stay.
 */
const engine = testEngine();

function maskedText(text: string): string {
  const out = engine.maskText(text);
  return out.value + JSON.stringify(out.findings);
}
function maskedValue(value: unknown): string {
  const out = engine.maskValue(structuredClone(value));
  return JSON.stringify(out.value) + JSON.stringify(out.findings);
}

describe('left70: names in log and note text', () => {
  it.each([
    ['rückfrage von herrn lorenz abendroth zum vertrag', 'lorenz abendroth'],
    ['frau ingrid vollmerhaus hat angerufen', 'ingrid vollmerhaus'],
    ['mme juliette desrosiers souhaite un rappel', 'juliette desrosiers'],
    ['user typed "ramona ellsworth-pike" into input[name=holder]', 'ramona ellsworth-pike'],
    ['validate applicant {name:harriet okonedo-vance dob:1990-02-03}', 'harriet okonedo-vance'],
    ['Invoice reissued, caller was Leocadia Brennan-Ortiz', 'Leocadia Brennan-Ortiz'],
    ['Account locked for Theobald Marchetti after 5 attempts', 'Theobald Marchetti'],
    ['policy 77 already linked to Evangelina Stroud', 'Evangelina Stroud'],
  ])('masks the name in %s', (text, name) => {
    expect(maskedText(text)).not.toContain(name);
  });

  it.each([
    ['Account locked for Service Account Rotation Job', 'Service Account Rotation Job'],
    ['Inbound call, caller was Genesys Cloud Flow', 'Genesys Cloud Flow'],
    ['herr ober, die rechnung bitte', 'herr ober'],
    ['user typed password into the wrong field', 'typed password'],
    ['{name:payments-gateway replicas:3}', 'payments-gateway'],
    ['Report queued for Finance Team review', 'Finance Team'],
  ])('keeps %s', (text, kept) => {
    expect(maskedText(text)).toContain(kept);
  });
});

describe('left70: Stripe test tokens and analytics session ids', () => {
  it('keeps Stripe test tokens under a token name, masks a live-looking one', () => {
    const out = maskedText(
      "    token = 'tok_discover'\n    other = 'tok_4xQ9LmZ2hR7tY1wK8pN3vB6c'\n    token2 = 'tok_4xQ9LmZ2hR7tY1wK8pN3vB6c'",
    );
    expect(out).toContain('tok_discover');
    expect(out).not.toContain("token2 = 'tok_4xQ9LmZ2hR7tY1wK8pN3vB6c'");
    expect(maskedValue({ vars: { token: "'pm_card_mastercard'", card_token: 'tok_9Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk' } })).toContain(
      'pm_card_mastercard',
    );
    expect(maskedValue({ card_token: 'tok_9Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk' })).not.toContain('tok_9Zx8Yw7Vu6Ts5Rq4Po3Nm2Lk');
  });

  it('keeps an OTel / App Insights analytics session id, masks a session that may be a cookie', () => {
    const kept = maskedValue({
      attributes: [{ key: 'session.id', value: { stringValue: 'f0e1d2c3-b4a5-4697-8899-aabbccddee01' } }],
      'app.session.previous_id': '7c6b5a49-3827-4165-9f8e-7d6c5b4a3921',
      tags: { 'ai.session.id': 'Qw8ZpL2mNx' },
    });
    expect(kept).toContain('f0e1d2c3-b4a5-4697-8899-aabbccddee01');
    expect(kept).toContain('Qw8ZpL2mNx');
    const masked = maskedValue({
      sessionId: 'a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4',
      session_id: 'b9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4',
      request: { cookies: { 'session.id': 'c9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4' } },
      'http.request.header.cookie': ['session.id=d9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4'],
    });
    for (const v of ['a9b8c7d6', 'b9b8c7d6', 'c9b8c7d6', 'd9b8c7d6']) expect(masked).not.toContain(v);
  });
});

describe('left70: validation errors and GraphQL GET variables', () => {
  it('masks the value of a localized Spring field error and a person under a bare name field', () => {
    expect(maskedText("Feldfehler in Objekt 'antrag' bei Feld 'name': abgelehnter Wert [Reinhild Sauerbrey]")).not.toContain(
      'Reinhild Sauerbrey',
    );
    expect(maskedText("Erreur sur le champ 'email' : valeur rejetée [noemie.vasseur@example.fr]")).not.toContain('noemie.vasseur');
    expect(maskedText("Field error in object 'member' on field 'name': rejected value [Osvaldo Pereira-Lund]; codes [Size]")).not.toContain(
      'Osvaldo Pereira-Lund',
    );
    // A company's or a product's name under `name` stays.
    expect(maskedText("Field error in object 'vendor' on field 'name': rejected value [Initech Holdings Ltd]; codes [Size]")).toContain(
      'Initech Holdings Ltd',
    );
    expect(maskedText("Feld 'name' abgelehnter Wert [x]; darf nicht leer sein")).toContain('[x]');
  });

  it('reads GraphQL variables percent-encoded in a GET URL by member name', () => {
    const url =
      'https://api.example.org/graphql?operationName=Signup&variables=%7B%22fullName%22%3A%22Dorotea%20Vanterpool%22%2C%22email%22%3A%22dvanterpool%40example.org%22%2C%22plan%22%3A%22team%22%2C%22name%22%3A%22Acme%20Corp%22%7D';
    const out = maskedValue({ 'url.full': url });
    expect(out).not.toContain('Dorotea%20Vanterpool');
    expect(out).not.toContain('dvanterpool%40example.org');
    expect(out).toContain('%22team%22');
    expect(out).toContain('operationName=Signup');
  });
});

describe('left70: logins in flag contexts and baggage, phones after a cue', () => {
  it('masks a LaunchDarkly user key and Sentry sentry-user_id, keeps ids', () => {
    const out = maskedValue({ context: { kind: 'multi', user: { key: 'gpolanski' }, device: { key: 'dev-7781' } } });
    expect(out).not.toContain('gpolanski');
    expect(out).toContain('dev-7781');
    expect(maskedValue({ user: { key: '8d1e6c52-1f3a-4b7e-9c0d-2e4f6a8b0c1d' } })).toContain('8d1e6c52-1f3a-4b7e-9c0d-2e4f6a8b0c1d');
    const flagsmith = maskedValue({ identity: { identifier: 'rkowalewski', traits: [{ trait_key: 'tier', trait_value: 'gold' }] } });
    expect(flagsmith).not.toContain('rkowalewski');
    expect(flagsmith).toContain('gold');
    expect(maskedValue({ document: { identifier: 'DOC-2024-0042' }, identity: { identifier: 'svc-flag-sync' } })).toContain(
      'DOC-2024-0042',
    );
    const baggage = maskedValue({
      b: ['sentry-trace_id=0af7651916cd43dd8448eb211c80319c,sentry-user_id=mbeaufort,sentry-release=web@4.2.0'],
    });
    expect(baggage).not.toContain('mbeaufort');
    expect(baggage).toContain('0af7651916cd43dd8448eb211c80319c');
  });

  it('masks a phone after `unter` and `bel terug`, keeps other numbers after `unter`', () => {
    expect(maskedText('Kunde bittet um Kontakt, erreichbar ab 14 Uhr unter 01512 3456789')).not.toContain('01512 3456789');
    expect(maskedText('graag bel terug op 06 12345678 vandaag')).not.toContain('06 12345678');
    const kept = maskedText('Lieferung unter 100 EUR, Antwort unter 5 Minuten, Ticket unter 2024-118');
    expect(kept).toContain('100 EUR');
    expect(kept).toContain('2024-118');
  });
});

describe('left70: German street names in lower case', () => {
  it.each([
    ['neue anschrift ab mai: kastanienallee 7b, 10435 berlin', 'kastanienallee 7b'],
    ['paket bitte an rosenstraße 112 liefern', 'rosenstraße 112'],
    ['kunde wohnt jetzt in der muehlgasse 4', 'muehlgasse 4'],
  ])('masks the street in %s', (text, street) => {
    expect(maskedText(text)).not.toContain(street);
  });
  it.each([
    'parkplatz 12 ist frei',
    'rückweg 2 stunden',
    'die straße 5 km lang',
    'hauptstrasse 3.2.1 release',
    'seite 4 der allee 3 broschüre',
  ])('keeps %s', (text) => {
    expect(maskedText(text)).toBe(text + '[]');
  });
});
