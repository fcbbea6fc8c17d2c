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

describe('leftovers, stop 37', () => {
  masks(
    'a 12-digit personnummer under a Swedish `pnr`, in a record, escaped JSON, SQL and a URL',
    {
      kund: { pnr: '197204152388' },
      meddelande: '{"namn":"Karin Lund","pnr":"199001014563"}',
      sql: "update kund set pnr='196509238710' where id=7",
      url: 'GET /api/kund?pnr=19720415-2388&typ=privat',
    },
    ['197204152388', '199001014563', '196509238710', '19720415-2388'],
  );
  keeps(
    'an airline booking locator under `pnr` in a record, SQL, a flag and a URL',
    {
      booking: { pnr: 'ZK4M8P' },
      sql: "select * from bookings where pnr='HX2T9Q'",
      cmd: 'dcs-cli retrieve --pnr LM3Q7R --json',
      url: 'GET /checkin/retrieve?pnr=TT8V2W&lang=sv',
    },
    ['ZK4M8P', 'HX2T9Q', 'LM3Q7R', 'TT8V2W'],
  );
  masks(
    'the word for "name" as a query parameter beside a given name or a personal id',
    {
      fr: 'GET /rappel?prenom=Camille&nom=Lefebvre&tel=0612345678 302',
      fi: 'curl "https://api.example.fi/v1/asiakas?henkilotunnus=131052-308T&nimi=Veikko%20Nieminen"',
      sv: 'GET /sok?personnummer=811228-9874&namn=Lars+Berg',
      ja: 'GET /mypage/edit?shimei=%E4%BD%90%E8%97%A4%E8%8A%B1%E5%AD%90&tel=0312345678',
    },
    ['Lefebvre', 'Veikko%20Nieminen', 'Lars+Berg', '%E4%BD%90%E8%97%A4%E8%8A%B1%E5%AD%90'],
  );
  keeps(
    'the word for "name" naming a place, a product or a team, alone or beside other parameters',
    {
      fr: 'GET /magasins?nom=Bordeaux&cp=33000',
      sv: 'GET /station?namn=Stockholm+Central&lang=sv',
      nl: 'GET /producten?naam=Koffiezetapparaat&pagina=2',
      no: 'GET /team?navn=Drift+Oslo&id=4',
      ja: 'GET /search?shimei=abc&page=2',
    },
    ['nom=Bordeaux', 'Stockholm+Central', 'Koffiezetapparaat', 'Drift+Oslo', 'shimei=abc'],
  );
  masks(
    'Italian, Polish, Swedish, Norwegian and Dutch field names of identity cards, home addresses and birth dates',
    {
      cliente: { numero_carta_identita: 'CA48213KD', cartaIdentita: 'AY7730412' },
      klient: { numer_dowodu: 'ABS123458', dowod_osobisty: 'AXC918273' },
      kund: { hemadress: 'Storgatan 14, 114 55 Stockholm' },
      kunde: { gateadresse: 'Storgata 7', foedselsdato: '14.03.1979' },
      klant: { woonadres: 'Kerkstraat 21, Utrecht' },
    },
    ['CA48213KD', 'AY7730412', 'ABS123458', 'AXC918273', 'Storgatan 14', 'Storgata 7', '14.03.1979', 'Kerkstraat 21'],
  );
  keeps(
    'an identity card’s expiry date and type beside its number',
    { documento: { tipo_carta_identita: 'CIE 3.0', carta_identita_scadenza: '2031-05-04', dowod_osobisty_wazny_do: '2029-11-30' } },
    ['CIE 3.0', '2031-05-04', '2029-11-30'],
  );
  masks(
    'a Norwegian mobile in its 3-2-3 grouping alone in a member',
    { ansatt: { mobil: '412 34 567' }, kontakt: { nummer: '934 56 789' } },
    ['412 34 567', '934 56 789'],
  );
  keeps(
    'other 3-2-3 groups and a platform flag under `mobil`',
    { ordre: { ref: '123 45 678' }, klient: { mobil: 'ios' }, beløp: '512 34 12' },
    ['123 45 678', 'ios', '512 34 12'],
  );
  masks(
    'a phone after "the customer called from" in Swedish, Danish, Norwegian, Finnish, Dutch, Portuguese, Italian and Polish notes',
    {
      sv: 'Kunden ringde från 070-987 65 43 om fakturan',
      da: 'Kunden ringede fra 20 12 34 56 i går',
      no: 'Kunden ringte fra 912 34 567 i dag',
      fi: 'Asiakas soitti numerosta 050 987 6543 laskusta',
      nl: 'De klant belde vanaf 06-87654321 over de levering',
      pt: 'O cliente ligou do 913 456 789 sobre a encomenda',
      it: 'Il cliente ha chiamato dal 347 123 4567 per il reso',
      pl: 'Klient dzwonił z numeru 698 765 432 w sprawie zwrotu',
    },
    ['070-987 65 43', '20 12 34 56', '912 34 567', '050 987 6543', '06-87654321', '913 456 789', '347 123 4567', '698 765 432'],
  );
  keeps(
    'a count, a time and a date after the same verbs',
    {
      sv: 'Kunden ringde 3 gånger om order 2024-118 772',
      fi: 'Asiakas soitti klo 14.30 laskusta 2024-0042',
      nl: 'Klanten belde op 12-03-2024 om 10:15',
      pt: 'O cliente ligou às 14h30 sobre a fatura 2024/118',
    },
    ['2024-118 772', '14.30', '2024-0042', '12-03-2024', '10:15', '2024/118'],
  );
  masks(
    'a Polish identity card number after its name in prose',
    { notatka: 'Klient okazał dowód osobisty CKR240517, numer dowodu sprawdzony', log: 'nr dowodu AXC 218273 zweryfikowany' },
    ['CKR240517', 'AXC 218273'],
  );
  keeps(
    'three letters and six digits without the check digit or without the word',
    { notatka: 'nr dowodu AXC618273 (błędny)', zamowienie: 'Zamówienie CKR240517 wysłane' },
    ['AXC618273', 'CKR240517'],
  );
  masks(
    'a birth date after the Italian, Polish, Nordic and Finnish words for birth',
    {
      it: 'Data di nascita: 21/09/1968, residente a Torino',
      pl: 'data urodzenia 30.01.1977, tel. zweryfikowany',
      sv: 'Född 1981-11-02 i Göteborg',
      no: 'Kunden er født 17.05.1990 i Tromsø',
      fi: 'Asiakas syntynyt 6.12.1966 Tampereella',
    },
    ['21/09/1968', '30.01.1977', '1981-11-02', '17.05.1990', '6.12.1966'],
  );
  keeps(
    'dates of registration and delivery in the same languages',
    { no: 'Kunden ble registrert 04.07.2019', sv: 'Ordern levererades 2024-03-12', it: 'Data di consegna: 21/09/2024' },
    ['04.07.2019', '2024-03-12', '21/09/2024'],
  );
  keeps(
    'a street type alone under its own name in an address object',
    {
      direccion: { tipo_via: 'Avenida', nombre_via: 'de la Constitución', numero: '41' },
      endereco: { tipo_logradouro: 'Travessa', logradouro: 'do Carmo', numero: '8' },
    },
    ['"Avenida"', '"Travessa"'],
  );
  masks(
    'the street and number beside it, and a whole street under the same name',
    {
      direccion: { tipo_via: 'Avenida', nombre_via: 'de la Constitución', numero: '41' },
      otra: { tipo_via: 'Paseo de Gracia 92' },
    },
    ['de la Constitución', 'Paseo de Gracia 92'],
  );
});
