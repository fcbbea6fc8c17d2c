import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

/**
 * Stop 41's rules for round 63's leftover HR shapes (left63b corpus): names after HR person labels,
 * signatures after an escaped line break, a local phone after an e-mail and an "or" word,
 * Message-IDs, header-less payroll and change-audit rows, onboarding tasks naming their value.
 * Values differ from the corpora's: made-up names, python-stdnum / HMRC example numbers other than
 * the corpus ones where a check applies.
 */
const engine = testEngine();

function masked(text: string): string {
  return maskText(engine, text).text;
}
function maskedValue(value: unknown): string {
  return JSON.stringify(engine.maskValue(structuredClone(value)).value);
}

describe('person_name_hr_label: a name after an HR label for a person, in any case', () => {
  it.each([
    ['notfallkontakt: irmela dornberger (schwester), tel. siehe akte', 'irmela dornberger'],
    ['contatto di emergenza: teodora santangelo; relazione: madre', 'teodora santangelo'],
    ['beneficiária: marta quintela guedes, iban anexo', 'marta quintela guedes'],
    ['empfänger: ansgar wöhlke konto gesperrt', 'ansgar wöhlke'],
    ['payroll note, employee: radomir kostadinov (pay group B)', 'radomir kostadinov'],
    ['passport scan uploaded by ronan keogh, awaiting review', 'ronan keogh'],
    ['certificato caricato da Eleonora Vitale: verificare', 'Eleonora Vitale'],
    ['Nachweis hochgeladen von Jorinde Faltermeier am 12.02.2025', 'Jorinde Faltermeier'],
  ])('masks %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['notfallkontakt: keine angabe', 'keine angabe'],
    ['contacto de emergencia: no facilitado', 'no facilitado'],
    ['emergency contact: declined to provide', 'declined to provide'],
    ['file uploaded by SFTP Import at 02:00', 'SFTP Import'],
    ['documento caricato da Amministratore di sistema', 'Amministratore di sistema'],
    ['odbiorca: ZUS Oddział Warszawa', 'ZUS'],
    ['employee: self service portal', 'self service'],
    ['employee: 204417, status active', '204417'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('signatures after a line break written as an escape', () => {
  it.each([
    ['Bonjour,\\nmerci.\\nBien cordialement,\\nSéverine Lachaud', 'Séverine Lachaud'],
    ['Hallo,\\r\\nbitte prüfen.\\r\\nMit freundlichen Grüßen\\r\\nOttokar Wendling', 'Ottokar Wendling'],
    ['Hej,\\ntack.\\nMed vänliga hälsningar\\nIngegerd Åkesson', 'Ingegerd Åkesson'],
    ['Prezados,\\nobrigado.\\nAtenciosamente,\\nGraciliano Moutinho', 'Graciliano Moutinho'],
  ])('masks the name of %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });

  it.each([
    ['Hi,\\nyour P60 is ready.\\nKind regards,\\nPayroll Team', 'Payroll Team'],
    ['Bonjour,\\nCordialement,\\nService Paie', 'Service Paie'],
    ['C:\\\\Users\\\\nadia\\\\Documents\\\\New Folder', 'New Folder'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('phone_after_email_or: a local phone right after an e-mail and an "or" word', () => {
  it.each([
    ['me chama em tiago.brum@example.com.br ou 21 99876-5432', '21 99876-5432'],
    ['erreichbar unter j.kaltenbach@example.de oder 0176 98765432', '0176 98765432'],
    ['contact me at aoife.r@example.ie or on 087 765 4321', '087 765 4321'],
    ['already masked <EMAIL:abcdefghijkl> ou 21 99876-5432', '21 99876-5432'],
  ])('masks the number of %j', (text, number) => {
    expect(masked(text)).not.toContain(number);
  });

  it.each([
    ['sent to ops@example.com or 2025-06-01 backup', '2025-06-01'],
    ['mail hr@example.com or 10:30 tomorrow', '10:30'],
    ['ticket owner@example.com or ticket 4417', '4417'],
  ])('keeps %j', (text, kept) => {
    expect(masked(text)).toContain(kept);
  });
});

describe('Message-IDs are no e-mail addresses', () => {
  it('keeps an id after its header and an id list as a whole value, masks an address in brackets', () => {
    expect(masked('Message-ID: <20240102.7781@mx.example.org>')).toContain('<20240102.7781@mx.example.org>');
    expect(masked('postfix/cleanup[88]: 9A1B2C: message-id=<a1b2*c3d4@example.org>')).toContain('<a1b2*c3d4@example.org>');
    expect(maskedValue({ in_reply_to: '<998877@mail.example.net>' })).toContain('<998877@mail.example.net>');
    expect(maskedValue({ references: '<5501@a.example> <5502@b.example>' })).toContain('<5502@b.example>');
    expect(maskedValue({ to: '<rosalind.frey@example.com>' })).not.toContain('rosalind.frey@example.com');
    expect(maskedValue({ note: '<jdoe1985@example.com>' })).not.toContain('jdoe1985@example.com');
  });
});

describe('header-less payroll and change-audit rows (person-rows.ts)', () => {
  it('masks a lower-case NI number, a UTR, the surname and the birth date of an FPS row', () => {
    const out = masked('E-118,ab123456d,8258106771,Pettigrew,1984-07-09,BR,N');
    for (const v of ['ab123456d', '8258106771', 'Pettigrew', '1984-07-09']) expect(out).not.toContain(v);
    expect(out).toContain('E-118');
  });
  it('keeps a lower-case code of the NINO shape without a birth date in its row', () => {
    expect(masked('ORD-22,ce654321a,Widget Pro,2024-01-03,shipped')).toContain('ce654321a');
  });
  it('masks the old and new values of a personal field, keeps the other fields', () => {
    const out = masked('2025-01-07 08:12:55|PerPersonal|lastName|Hollis|Hollis-Barrow|100871|sfapi_user|UPDATE');
    expect(out).not.toContain('Hollis-Barrow');
    expect(out).toContain('100871');
    const kept = masked('2025-01-07 08:13:02|EmpJob|jobCode|FIN-02|FIN-03|100871|sfapi_user|UPDATE');
    expect(kept).toContain('FIN-03');
  });
});

describe('onboarding tasks name what their response or input holds (siblings.ts)', () => {
  it('masks a SIN under response beside its step, keeps hours beside theirs', () => {
    const out = maskedValue({ steps: [{ step: 'Social Insurance Number', response: '046 454 286' }] });
    expect(out).not.toContain('046 454 286');
    expect(maskedValue({ todo: [{ item: 'Set weekly hours', input: '37.5' }] })).toContain('37.5');
  });
});
