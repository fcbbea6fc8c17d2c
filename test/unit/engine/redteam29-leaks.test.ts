import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './detectors/support.js';

// Red-team round 29 (speech: ASR engine outputs, contact-centre transcripts, IVR and assistant
// slots, values spoken and spelled in many languages): the detectors, words and structure its fixes
// added. Values differ from the corpus's: other test cards (Stripe, Adyen lists), ARCEP / Ofcom
// fictional ranges and other libphonenumber-style numbers, the well-known valid CPF 111.444.777-35,
// UIDAI's sample Aadhaar, plausible names. Look-alikes: menu choices, counts, prices, order numbers
// and booking references read out, spelling words in prose, confidence scores and offsets.

describe('numbers read out in pairs, hundreds and more languages', () => {
  detectorCases(
    'spoken_digits',
    [
      ['rappelez-moi au zéro six, trente-neuf, quatre-vingt-dix-huit, quarante-cinq, douze', 'quarante-cinq, douze'],
      ['mi número es el seis cero cero, doce, treinta y cuatro, cincuenta y seis', 'doce, treinta y cuatro'],
      ['apunta: seiscientos cincuenta, doce, treinta y cuatro, cincuenta y seis', 'seiscientos cincuenta'],
      ['bel me op nul zes, achtennegentig, vijfenzestig, drieëndertig, eenentwintig', 'achtennegentig, vijfenzestig'],
      ['il mio cellulare è tre quattro sette uno due tre quattro cinque sei sette', 'sette uno due tre'],
      ['meu cpf é um um um quatro quatro quatro sete sete sete três cinco', 'quatro quatro quatro sete'],
      ['mera aadhaar hai nine nine nine nine four one zero five seven zero five eight', 'four one zero five seven'],
      ["yeah so it's oh seven seven double oh, nine double oh, one two three", 'nine double oh, one two three'],
      ['also null eins sieben null, eins zwo drei, vier fünf sechs sieben', 'eins zwo drei, vier'],
      ['meu celular é vinte e um, nove oito sete seis cinco, quatro três dois um', 'nove oito sete seis cinco'],
    ],
    [
      'press one two three four for billing',
      'your order number is one one four three nine four one two five',
      'counting one two three four five six seven eight nine zero',
      'zero zero zero zero zero zero zero zero zero zero',
      'cuesta treinta y cuatro, cincuenta y seis euros',
      'total forty nine ninety nine for two items',
      'quarante-deux, vingt et un, trente',
      'número de pedido seis uno dos tres cuatro cinco seis siete ocho',
    ],
  );
});

describe('names and postcodes spelled letter by letter', () => {
  detectorCases(
    'spelled_letters',
    [
      ['my surname is Kowalski, Kilo Oscar Whiskey Alfa Lima Sierra Kilo India', 'Oscar Whiskey Alfa'],
      ['Kowalski, Kilo Oscar Whiskey Alfa Lima Sierra Kilo India', 'Kowalski'],
      ['Nachname bitte: Heinrich Anton Nordpol Samuel Emil Nordpol', 'Heinrich Anton Nordpol'],
      ['apellido: G de Granada, A de Almería, R de Roma, C de Cádiz, I de Italia, A de Almería', 'G de Granada'],
      ['last name D U R A N D Durand', 'D U R A N D'],
      ['postcode is sierra whiskey one alpha, two alpha alpha', 'sierra whiskey one alpha'],
    ],
    [
      'your booking reference is x-ray seven kilo two quebec papa',
      'the Delta flight from Lima to Quebec via India',
      'Team: Alpha, Bravo, Charlie, Delta squads are ready',
      'column names: A B C D E',
      'grades A B C D for the report',
    ],
  );
});

describe('e-mails spelled with the words of Italian, Polish, Dutch, German and Portuguese', () => {
  detectorCases(
    'email_spelled',
    [
      ['la mia mail è paolo punto bianchi chiocciola libero punto it', 'bianchi chiocciola libero'],
      ['mój email to jan kropka kowalski małpa wp kropka pl', 'kowalski małpa wp'],
      ['mijn e-mail is pieter apenstaartje ziggo punt nl', 'pieter apenstaartje ziggo'],
      ['Mail: s punkt meier Klammeraffe web punkt de', 'meier Klammeraffe web'],
      ['o meu email é ana ponto lima arroba uol ponto com ponto br', 'lima arroba uol'],
      ['set it to tom dot baker at example dot org please', 'tom dot baker at example'],
    ],
    ['we met at noon after the dot com bubble', 'meet him at the station point five', 'la chiocciola è un animale lento'],
  );
});

describe('call-back and repetition words before a phone number in transcripts', () => {
  const masked = (text: string) => engine.maskText(text).value;
  it('masks numbers after the call-back phrases of French, Spanish, German, Hindi-English and repetitions', () => {
    expect(masked('vous pouvez me rappeler au 06 39 98 45 12 merci')).not.toContain('06 39 98 45 12');
    expect(masked('llámame al 600 12 34 56 por la tarde')).not.toContain('600 12 34 56');
    expect(masked('Sie erreichen mich unter 030 1234567')).not.toContain('030 1234567');
    expect(masked('haan ji, mera number 98765 43210 hai')).not.toContain('98765 43210');
    expect(masked('son las cinco; o sea 600123456')).not.toContain('600123456');
    expect(masked('اسمي سارة ورقمي ٠٥٠٩٨٧٦٥٤٣')).not.toContain('٠٥٠٩٨٧٦٥٤٣');
  });
  it('leaves short numbers and counts after the same words', () => {
    expect(masked('je répète la question 3')).toContain('question 3');
    expect(masked('mera number 12 hai')).toContain('12');
    expect(masked('o sea 2024 fue un buen año')).toContain('2024');
    expect(masked('رقم الطلب ٤٥٠٠٠١٢٣٤٥')).toContain('٤٥٠٠٠١٢٣٤٥');
  });
});

describe('speech recognisers word lists: a value split over words', () => {
  const masked = (record: unknown) => JSON.stringify(engine.maskValue(structuredClone(record)).value);
  const item = (content: string, start: string) => ({
    start_time: start,
    end_time: start,
    alternatives: [{ confidence: '0.97', content }],
    type: 'pronunciation',
  });
  it('masks every item of a card number split over Amazon Transcribe items', () => {
    const out = masked({ results: { items: ['6011', '0009', '9013', '9424'].map((c, i) => item(c, `${i}.5`)) } });
    for (const group of ['"0009"', '"9013"', '"9424"']) expect(out).not.toContain(group);
  });
  it('masks a phone number split over Google words after its call-back words', () => {
    const words = ['please', 'call', 'me', 'on', '07700', '900123'].map((word, i) => ({ startTime: `${i}s`, endTime: `${i + 1}s`, word }));
    const out = masked({ alternatives: [{ transcript: '[redacted]', words }] });
    expect(out).not.toContain('"900123"');
  });
  it('masks a number in one Rev element read with the elements before it', () => {
    const elements = [
      { type: 'text', value: 'mi', ts: 0.1, end_ts: 0.2 },
      { type: 'punct', value: ' ' },
      { type: 'text', value: 'móvil', ts: 0.3, end_ts: 0.6 },
      { type: 'punct', value: ' es el ' },
      { type: 'text', value: '600 12 34 56', ts: 0.9, end_ts: 2.1 },
    ];
    expect(masked({ monologues: [{ speaker: 0, elements }] })).not.toContain('600 12 34 56');
  });
  it('leaves order numbers, counts, offsets and confidence scores in word lists', () => {
    const items = ['order', 'number', '4471', '2290', 'two', 'items'].map((c, i) => item(c, `${i}.25`));
    const out = masked({ results: { items } });
    for (const kept of ['"4471"', '"2290"', '"two"', '"0.97"', '"3.25"']) expect(out).toContain(kept);
    const words = [
      { text: 'press', start: 100, end: 300, confidence: 0.99 },
      { text: 'one', start: 300, end: 500, confidence: 0.98 },
    ];
    expect(masked({ words })).toContain('"press"');
  });
});
