import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { arCbuValid, mxClabeValid } from '../../../src/engine/detect/values/latam-bank-accounts.js';
import { detectorCases, engine, firedOn } from './detectors/support.js';

// Red-team round 15 (Latin-script records in other languages than English): the detectors and
// field names its fixes added. Values: python-stdnum doctests (mx.curp BOXW310820HNERXN09, es.dni
// 54362315-K, es.nie X-2482300W, mx.clabe 002010077777777771, ar.cbu 2850590940090418135201),
// NPCI UPI handles, national numbering plans (Kenya 0712 345678, Colombia 300 123 4567, Brazil
// 11 91234-5678). Look-alikes: the same shapes with a wrong check character, the words inside
// longer words, dates with a month name and no birth word.

describe('date_of_birth_written_month', () => {
  detectorCases(
    'date_of_birth_written_month',
    [
      ['La clienta, nacida el 3 de marzo de 1985, solicita baja.', '3 de marzo de 1985'],
      ['Herr Müller, geboren am 1. Mai 1980, hat angerufen.', '1. Mai 1980'],
      ['La signora Esposito, nata il 7 luglio 1992 a Napoli', '7 luglio 1992'],
      ['O Sr. Sauro, nascido em 15 de agosto de 1975, pediu segunda via.', '15 de agosto de 1975'],
      ['M. N’Guessan, né le 1er avril 1979 à Abidjan', '1er avril 1979'],
      ['Ik ben Sanne, geboren op 2 mei 1990.', '2 mei 1990'],
      ['Nazywam się Kasia, urodzona 14 maja 1944 r.', '14 maja 1944'],
      ['Nama saya Dewi, lahir 17 Agustus 1995, mohon bantuannya.', '17 Agustus 1995'],
      ['Ako po si Maria, ipinanganak noong Hunyo 19, 1990.', 'Hunyo 19, 1990'],
      ['Client nascut la 5 octombrie 1970 în Cluj', '5 octombrie 1970'],
    ],
    [
      // A month name without a birth word: an invoice, a release, a meeting.
      'Factura emitida el 3 de marzo de 2024, vence el 3 de abril de 2024.',
      'Release vom 1. Mai 2024 mit Fehlerbehebungen',
      'Riunione fissata per il 7 luglio 2025',
      // A birth word, but no real date (31 February) or a year before 1900.
      'nacida el 31 de febrero de 1985',
      'nato il 7 luglio 1850',
      // English month names are date_of_birth's.
      'born on 3 March 1985',
    ],
  );
});

describe('lower-case and dotted Spanish and Mexican ids', () => {
  detectorCases(
    'mx_curp_lower_case',
    [['hola, mi curp es boxw310820hnerxn09 gracias', 'boxw310820hnerxn09']],
    ['mi curp es boxw310820hnerxn08', 'curp BOXW310820HNERXN09 (upper case is mx_curp’s)', 'build boxw310820hnerxn09 finished'],
  );
  detectorCases(
    'es_nif_written',
    [
      ['mi dni es 54362315k', '54362315k'],
      ['¿su documento? cliente: sí, es cincuenta y cuatro millones… bueno, 54.362.315-k', '54.362.315-k'],
    ],
    ['mi dni es 54362316k', 'midnight build 54362315k', 'dni: 54362315-K (upper case is es_nif’s)', 'importe 54.362.315,00 dni'],
  );
  it('masks a dotted DNI after `dni` too (ar_dni reads its digits there)', () => {
    expect(engine.maskText('dni: 54.362.315-K').value).not.toContain('54.362.315');
  });
  detectorCases(
    'es_nie_lower_case',
    [['el nie x2482300w, por favor', 'x2482300w']],
    ['el nie x2482300x', 'companies x2482300w', 'nie: X2482300W (upper case is es_nie’s)'],
  );
});

describe('CLABE, CBU / CVU and UPI addresses in text', () => {
  it('checks the CLABE and CBU check digits', () => {
    expect(mxClabeValid('002010077777777771')).toBe(true);
    expect(mxClabeValid('002010077777777772')).toBe(false);
    expect(arCbuValid('2850590940090418135201')).toBe(true);
    expect(arCbuValid('2850590940090418135202')).toBe(false);
    expect(arCbuValid('0000000000000000000000')).toBe(false);
  });
  detectorCases(
    'mx_clabe',
    [
      ['te paso mi clabe: 002 010 07777777777 1, a nombre de Lupita', '07777777777'],
      ['CLABE 002010077777777771', '002010077777777771'],
    ],
    ['clabe 002010077777777772', 'folio 002010077777777771'],
  );
  detectorCases(
    'ar_cbu',
    [['mi CBU es 2850590940090418135201, gracias', '2850590940090418135201']],
    ['mi CBU es 2850590940090418135202', 'pedido 2850590940090418135201'],
  );
  detectorCases(
    'upi_vpa',
    [
      ['pay to rahul.sharma@okicici for the order', 'rahul.sharma@okicici'],
      ['upi://pay?pa=priyapatel@ybl&pn=Priya&am=499.00&cu=INR', 'priyapatel@ybl'],
    ],
    ['write to support@icici.co.in', 'see @paytm on twitter', 'git@upi.example.com:repo.git'],
  );
});

describe('pix_br_code', () => {
  // Banco Central do Brasil, Manual de Padrões para Iniciação do Pix: the static BR Code example
  // (key 123e4567-e12b-12d1-a456-426655440000, receiver Fulano de Tal, Brasília).
  const manual =
    '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';
  it('masks the Pix key and the receiver name of a BR Code, and keeps the rest', () => {
    const out = engine.maskText(manual);
    expect(out.value).not.toContain('123e4567-e12b-12d1-a456-426655440000');
    expect(out.value).not.toContain('Fulano de Tal');
    expect(out.value).toContain('0014br.gov.bcb.pix0136');
    expect(out.value).toContain('6008BRASILIA');
    expect(out.findings.map((f) => f.detector)).toContain('pix_br_code');
  });
  it('masks an e-mail key glued to its neighbours', () => {
    const qr = '00020126510014BR.GOV.BCB.PIX0129fernanda.costa@exemplo.com.br5204000053039865802BR5914FERNANDA COSTA6009SAO PAULO6304ABCD';
    expect(engine.maskText(qr).value).not.toContain('fernanda.costa');
  });
  it.each([
    // Another GUI in the template: not a Pix key.
    '00020126330014COM.EXAMPLE.PAY0111ABCDEFGHIJK5204000053039865802BR6304ABCD',
    // The GUI without a payload that parses from 000201.
    'see BR.GOV.BCB.PIX0129 docs for the key field',
  ])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('pix_br_code');
  });
});

describe('phone words of round 15', () => {
  it.each([
    ['Pode me ligar no 11 9 1234-5678?', '1234-5678'],
    ['Nipigie kwa 0712345678 tafadhali', '0712345678'],
    ['Enviaste $50.000 a ANDRES, cel 300 123 4567', '300 123 4567'],
    ['Tolong hubungi saya di 0812-3456-7891 ya', '0812-3456-7891'],
  ])('masks the number in %j', (text, number) => {
    expect(engine.maskText(text).value).not.toContain(number);
  });
  it.each([
    // `cel` and `simu` only as words: inside `celui`, `simulation` they are no phone words.
    'celui de mon conjoint 300 123 4567',
    'simulation run 0712345678 done',
  ])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('phone');
  });
});

describe('names after introductions of round 15', () => {
  it.each([
    ['Ik ben Sanne de Vries, geboren op 2 mei 1990.', 'Sanne de Vries'],
    ['Nama saya Dewi Lestari.', 'Dewi Lestari'],
    ['Jina langu ni Wanjiru Kamau', 'Wanjiru Kamau'],
    ['Ako po si Maria Clara Santos', 'Maria Clara'],
    ['hola, me llamo Lucía Pereyra', 'Lucía Pereyra'],
    ["Bonjour, je m'appelle Camille Dupont", 'Camille Dupont'],
    // A West African surname with its apostrophe (`N'Guessan`, `N'Diaye`) after a lead.
    ["Client: Aya N'Diaye", "N'Diaye"],
  ])('masks the name in %j', (text, name) => {
    expect(engine.maskText(text).value).not.toContain(name);
  });
  it.each([
    // German capitalises nouns: `ich bin` is a weak lead, so a noun after it stays.
    'Ich bin Kunde seit 2010',
    'Ik ben blij met de Service',
  ])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('person_name');
  });
});

describe('field names of round 15', () => {
  const keys = new KeyClassifier(BUILTIN_KEY_RULES, []);
  it.each([
    ['numero_documento', 'NATIONAL_ID'],
    ['no_kad_pengenalan', 'NATIONAL_ID'],
    ['numéro_national', 'NATIONAL_ID'],
    ['ruc', 'NATIONAL_ID'],
    ['npwp', 'NATIONAL_ID'],
    ['kra_pin', 'NATIONAL_ID'],
    ['nik', 'NATIONAL_ID'],
    ['nip', 'NATIONAL_ID'],
    ['tanggal_lahir', 'DATE_OF_BIRTH'],
    ['data_nascita', 'DATE_OF_BIRTH'],
    ['tarehe_ya_kuzaliwa', 'DATE_OF_BIRTH'],
    ['nomor_hp', 'PHONE'],
    ['móvil', 'PHONE'],
    ['nambari_ya_simu', 'PHONE'],
    ['numero_ng_telepono', 'PHONE'],
    ['alamat', 'ADDRESS'],
    ['nama_lengkap', 'PERSON'],
    ['jina_kamili', 'PERSON'],
    ['full_names', 'PERSON'],
    ['prenume', 'PERSON'],
    ['clabe_beneficiario', 'BANK_ACCOUNT'],
    ['cbu_destino', 'BANK_ACCOUNT'],
    ['alias_cbu', 'BANK_ACCOUNT'],
    ['payer_vpa', 'BANK_ACCOUNT'],
    ['chave', 'BANK_ACCOUNT'],
  ])('%s → %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });
  it.each(['tipo_chave', 'chave_acesso', 'rfc3339_time', 'nip_code', 'nik_produk', 'nama_produk', 'tipo_documento', 'numero_de_pedido'])(
    '%s is no sensitive name',
    (key) => {
      expect(keys.classify(key)).toBeNull();
    },
  );
});

describe('payee names in payment formats', () => {
  detectorCases(
    'payee_name_nl',
    [
      ['Kun je het bedrag overmaken naar nl91abna0417164300 t.n.v. S. de Vries? Dank je!', 'de Vries'],
      ['IBAN NL91ABNA0417164300 t.n.v. R. Wijaya', 'Wijaya'],
      ['Betaling ten name van P.J. Jansen ontvangen', 'Jansen'],
    ],
    [
      // A lower-case word after it is an organisation or a role, not a person's name.
      'Overmaken t.n.v. de gemeente Utrecht',
      'graag t.n.v. het bestuur',
      // No `t.n.v.`: a name after `naar` is person_name's to decide.
      'Betaal aan S. de Vries',
    ],
  );
  detectorCases(
    'upi_payee_name',
    [
      ['upi://pay?pa=rahul.sharma@okicici&pn=Rahul%20Sharma&am=499.00&cu=INR', 'Rahul%20Sharma'],
      ['scan: upi://pay?pn=Priya+Patel&pa=priyapatel@ybl', 'Priya+Patel'],
    ],
    [
      // `pn` of another URL is a part or page number.
      'https://shop.example/item?pn=ACME-4411&qty=2',
      'upi://pay?pa=merchant@ybl&am=10.00&cu=INR',
    ],
  );
  detectorCases(
    'mpesa_recipient_name',
    [
      ['QBC3XK7Y2N Confirmed. Ksh1,500.00 sent to WANJIRU KAMAU 0712345678 on 15/3/24 at 10:22 AM.', 'WANJIRU KAMAU'],
      ['RKT1AB2CD3 Confirmed. Ksh200.00 sent to JOHN OTIENO OCHIENG +254722000111 on 1/2/24. M-PESA balance', 'OTIENO'],
    ],
    [
      // A till or paybill: a business name without a phone number after it.
      'QBC3XK7Y2N Confirmed. Ksh1,500.00 sent to KPLC PREPAID for account 12345678 on 15/3/24.',
      'QBC3XK7Y2N Confirmed. Ksh950.00 paid to NAIVAS SUPERMARKET. on 15/3/24. M-PESA balance',
      // Not an M-Pesa confirmation.
      'report sent to OPS TEAM 0712345678 queue',
    ],
  );
  it('masks the recipient number of an M-Pesa confirmation', () => {
    const out = engine.maskText('Confirmed. Ksh1,500.00 sent to WANJIRU KAMAU 0712345678 on 15/3/24');
    expect(out.value).not.toContain('0712345678');
  });
});

describe('names after French M. and in capitals after an introduction', () => {
  it.each([
    ["M. Jean-Baptiste N'Guessan, né le 12/04/1979 à Abidjan, conteste le prélèvement.", "N'Guessan"],
    ['Bonjour, M. Koffi Yao a rappelé.', 'Koffi Yao'],
    ['Nama saya DEWI LESTARI, lahir 17 Agustus 1995.', 'DEWI LESTARI'],
    ['me llamo XIMENA QUISPE, necesito ayuda', 'XIMENA QUISPE'],
  ])('masks the name in %j', (text, name) => {
    expect(engine.maskText(text).value).not.toContain(name);
  });
  it.each([
    // `M.` before a lower-case word (millions) or a heading word; capitals without a lead.
    'Ventes: 3 M. de dollars en 2024',
    'Section M. Overview of results',
    'ERROR TIMEOUT after retry',
    'Nama saya: STATUS AKTIF',
  ])('leaves %j', (text) => {
    expect(firedOn(text)).not.toContain('person_name');
  });
});

describe('payee names far from their gate word', () => {
  it('reads an M-Pesa recipient when M-PESA comes only at the end, and a pn= after a long VPA', () => {
    const sms = `QBC3XK7Y2N ${'x'.repeat(60)} Ksh1,500.00 sent to AMINA WAFULA 0712345678 on 15/3/24. New M-PESA balance is Ksh3,210.00.`;
    expect(engine.maskText(sms).value).not.toContain('AMINA WAFULA');
    const link = `upi://pay?pa=${'a'.repeat(60)}@okicici&tn=${'b'.repeat(40)}&pn=Ravi%20Kumar`;
    expect(engine.maskText(link).value).not.toContain('Ravi%20Kumar');
  });
});

describe('a bare `nom` / `nama` / `name` column beside a person column in a CSV export', () => {
  it.each([
    ['nom;prénom;date de naissance\nDupont;Camille;12/04/1979', 'Dupont'],
    ['nama;nama_lengkap;kota\nAisyah;Nurul Aisyah binti Ahmad;Bandung', 'Aisyah;'],
    ['name,first_name,email\nOkonkwo,Chidi,chidi@example.com', 'Okonkwo'],
    // Two exports in one text: the second header (another number of columns) applies from its line on.
    [
      'nome;cpf;telefone;cidade\nFernanda Costa;390.533.447-05;(11) 91234-5678;São Paulo\nnom;prénom;date de naissance\nDupont;Camille;12/04/1979',
      'Dupont',
    ],
  ])('masks the name in %j', (csv, name) => {
    expect(engine.maskText(csv).value).not.toContain(name);
  });
  it.each([
    // No person column beside it: a package, a product, a place.
    'name,version,license\nlodash,4.17.21,MIT',
    'nom;prix;stock\nBaguette;1,20;42',
  ])('keeps %j', (csv) => {
    expect(engine.maskText(csv).value).toBe(csv);
  });
});

describe('birth days spelled out (date_of_birth_written_month)', () => {
  detectorCases(
    'date_of_birth_written_month',
    [
      ['Hola, soy Maria Jose, naci el tres de marzo de 1985. I need to change my address.', 'tres de marzo de 1985'],
      ['Client né le trois mars 1985 à Lyon', 'trois mars 1985'],
      ['née le vingt-deux juin 1979', 'vingt-deux juin 1979'],
      ['nascida em vinte e um de abril de 1990', 'vinte e um de abril de 1990'],
      ['nacida el treinta y uno de enero de 1980', 'treinta y uno de enero de 1980'],
    ],
    [
      // No birth word: an invoice date.
      'Factura del tres de marzo de 2024',
      // 31 February does not exist, and its `uno` is not a day of its own.
      'nacida el treinta y uno de febrero de 1985',
      'née le trente et un avril 1980',
    ],
  );
});
