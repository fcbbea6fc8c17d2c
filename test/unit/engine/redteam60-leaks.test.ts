import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 60 (audit and activity logs written in German, French, Spanish / Portuguese,
 * Italian / Dutch / Polish / Nordic and Japanese): the shapes that leaked, each fixed by a general
 * rule, with positives other than the corpus values and look-alikes that must stay. Values:
 * python-stdnum doctests and ids built with its check-digit rules, libphonenumber example numbers,
 * plausible names and streets of each language.
 */

const { masks, keeps } = leakCases();

describe('red-team 60: form builders’ field / value pairs in other languages', () => {
  masks(
    'German `Feld` / `Wert` rows',
    {
      felder: [
        { feld: 'Geburtsdatum', wert: '23.09.1981' },
        { feld: 'Sozialversicherungsnummer', wert: '53270881K012' },
      ],
    },
    ['23.09.1981', '53270881K012'],
  );
  masks(
    'Spanish / Portuguese `campo` / `valor`, French `champ` / `valeur`, Dutch `veld` / `waarde` and `label` / `waarde`',
    {
      respuestas: [{ campo: 'Fecha de nacimiento', valor: '1969-07-20' }],
      reponses: [{ champ: 'Date de naissance', valeur: '05/11/1974' }],
      velden: [
        { veld: 'Geboortedatum', waarde: '11-04-1988' },
        { label: 'Burgerservicenummer', waarde: '2345.67.892' },
      ],
    },
    ['1969-07-20', '05/11/1974', '11-04-1988', '2345.67.892'],
  );
  keeps(
    'pairs that name an order number, a product, an amount or a delivery date',
    {
      felder: [
        { feld: 'Bestellnummer', wert: '300-1234-5678' },
        { feld: 'Lieferdatum', wert: '14.05.2024' },
      ],
      respuestas: [{ campo: 'Producto', valor: 'Cafetera X200' }],
      reponses: [{ champ: 'Montant', valeur: '1 250,00 €' }],
    },
    ['300-1234-5678', '14.05.2024', 'Cafetera X200', '1 250,00 €'],
  );
});

describe('red-team 60: local field names of ids, birth dates, phones and insured persons', () => {
  masks(
    'German identity-card and ELSTER numbers, the French carte d’identité',
    { vorherigeAusweisnummer: 'LZ6311T47', identifikationsnummer: '65207491862', numeroCarteIdentite: 'X4RTBPFW4' },
    ['LZ6311T47', '65207491862', 'X4RTBPFW4'],
  );
  masks(
    'a bare French / Spanish "birth" member and `Geburtstag`',
    { assure: { naissance: '1971-02-08' }, cliente: { nacimiento: '08/02/1971' }, kunde: { Geburtstag: '8. Februar 1971' } },
    ['1971-02-08', '08/02/1971', '8. Februar 1971'],
  );
  masks(
    'a German / Nordic `Mobiltelefon` and `Mobil-Nr`',
    { kontakt: { 'Mobil-Nr': '0176 98765432' }, ansatt: { mobiltelefon: '+47 412 34 567' } },
    ['0176 98765432', '412 34 567'],
  );
  masks('the insured person of an insurer’s record', { Versicherter: 'Hans-Peter Krause', Versicherungsnehmer: 'Anja Lehmann' }, [
    'Hans-Peter Krause',
    'Anja Lehmann',
  ]);
  keeps(
    'an insurer, a kind of insurance, a mobile app version, a carrier and a SEPA creditor id',
    {
      Versicherer: 'Beispiel Versicherung AG',
      versicherungsart: 'Hausrat',
      mobil_app_version: '4.2.1',
      Mobilfunkanbieter: 'Telekom',
      'Gläubiger-Identifikationsnummer': 'DE98ZZZ09999999999',
    },
    ['Beispiel Versicherung AG', 'Hausrat', '4.2.1', 'Telekom', 'DE98ZZZ09999999999'],
  );
});

describe('red-team 60: support notes in Spanish, Portuguese, Italian, German and Dutch prose', () => {
  masks(
    'a call-back request in the third person',
    {
      nota: 'La clienta pide que la llamen al 622 48 91 07 por la tarde.',
      notiz: 'Rückruf erbeten unter 030 123456.',
      notitie: 'Graag terugbellen op 020 123 4567.',
      obs: 'Pediu para ligar para 21 234 5678.',
    },
    ['622 48 91 07', '030 123456', '020 123 4567', '21 234 5678'],
  );
  masks(
    'a street whose street word is written in lower case',
    {
      nota: 'vive en la calle Velázquez 27, 2º',
      obs: 'mora na rua Oscar Freire 379, apto 12',
      nota_it: 'residente in via Dante 14, Bologna',
    },
    ['Velázquez 27', 'Oscar Freire 379', 'Dante 14'],
  );
  masks(
    'a name after a closing in Dutch, German, Spanish and Polish',
    {
      chat: 'Bedankt voor de hulp, groetjes Sanne de Boer',
      mail: 'Viele Grüße, Jana Krüger',
      despedida: 'Saludos, Marta Gil Romero',
      wiadomosc: 'Pozdrawiam Katarzyna Wiśniewska',
    },
    ['Sanne de Boer', 'Jana Krüger', 'Marta Gil Romero', 'Katarzyna Wiśniewska'],
  );
  keeps(
    'English `via`, a street word without a house number, closings without a name',
    {
      evento: 'user signed in via Okta 2 minutes ago',
      route: 'routed via Gateway 3 to eu-west-1',
      nota: 'la calle estaba cortada 3 horas',
      mail: 'Viele Grüße aus Berlin',
      despedida: 'Saludos Cordiales',
      pedido: 'Número de pedido 4500123.',
    },
    ['Okta 2 minutes', 'Gateway 3', 'cortada 3 horas', 'Viele Grüße aus Berlin', 'Saludos Cordiales', '4500123'],
  );
});

describe('red-team 60: a Japanese name in katakana after a Japanese label', () => {
  masks(
    'the reading of a name after 氏名, フリガナ and お客様',
    { memo: '氏名: スズキ ハナコ', log: 'フリガナ：イノウエ ケンタ 電話 03-5555-0123', note: 'お客様: ナカムラ ミサキ 様より入電' },
    ['スズキ ハナコ', 'イノウエ ケンタ', 'ナカムラ ミサキ'],
  );
  keeps(
    'katakana loanwords after a Latin `user` or `name`, a single katakana word',
    { log: 'user=サポート チーム action=close', item: 'product name=ワイヤレス イヤホン', who: 'user=ゲスト' },
    ['サポート チーム', 'ワイヤレス イヤホン', 'ゲスト'],
  );
});

describe('red-team 60: an order number after a town is no postcode', () => {
  keeps(
    'Italian, Portuguese and German order words before a five-digit number',
    {
      nota: 'abita in via Verdi 3, Torino; Ordine n. 48211.',
      obs: 'Rua do Carmo 12, Lisboa, encomenda nº 55120',
      notiz: 'Lindenweg 4, Hamburg, Auftrag 30112 storniert',
    },
    ['48211', '55120', '30112'],
  );
  masks('the postcode of the same address lines', { adresse: 'Lindenweg 4, 22767 Hamburg' }, ['22767']);
});
