import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../src/record/json-codec.js';
import { detectorCases, engine } from './detectors/support.js';

// Leftovers of red-team round 17 (records in non-Latin scripts): the value detectors added for the
// shapes it left. Values: Presidio / python-stdnum test numbers and libphonenumber examples;
// look-alikes: the same digits with a wrong check digit, without their word, or in other shapes.

describe('kr_rrn_spoken: the hyphen read out as a word', () => {
  detectorCases(
    'kr_rrn_spoken',
    [
      ['상담 녹취: 주민번호 불러 드릴게요 900101 다시 1234568 맞아요', '900101 다시 1234568'],
      ['주민등록번호는 971013 대시 9019902 입니다', '971013 대시 9019902'],
    ],
    ['주민번호 900101 다시 123456 번', '다시 말씀드리면 주문번호 900101 다시 1234568', '주민번호 901301 다시 1234568'],
  );
});

describe('names after (and before) the words that introduce them (native_script_name)', () => {
  it.each([
    [
      'a second label after the lead, and the romanisation',
      'ФИО / Full name: Сейткали Нұрлан (SEITKALI NURLAN), тел.',
      ['Сейткали Нұрлан', 'SEITKALI NURLAN'],
    ],
    ['a Sber transfer sender after the amount', 'Перевод 1500р от Ольга Петровна С. Баланс: 2 000р', ['Ольга Петровна']],
    ['a transfer sender without an amount', 'СБП: Перевод от Тимур Ахметов', ['Тимур Ахметов']],
    ['a Chinese dictated recipient', '语音转写：收件人写王芳，地址稍后发', ['王芳']],
    ['a Korean recipient line with the romanisation', '받는 분: 김서연 (KIM SEOYEON)\n연락처 곧 보낼게요', ['김서연', 'KIM SEOYEON']],
    ['a Marathi payee before यांना पाठवले', '₹750 अमोल देशमुख (amol.d@okaxis) यांना पाठवले. UPI Ref', ['अमोल देशमुख']],
    ['a Hindi payee before को भेजे', 'आपने ₹200 राहुल वर्मा को भेजे', ['राहुल वर्मा']],
  ])('%s', (_label, text, names) => {
    const out = engine.maskText(text);
    for (const name of names) expect(out.value).not.toContain(name);
    expect(out.findings.map((f) => f.detector)).toContain('native_script_name');
  });
  it.each([
    ['a dictating lead before no name', '收件人写错了，请改一下'],
    ['a lead word followed by an id in brackets', 'клиент (ID) не найден'],
    ['a transfer notice with no name after от', 'перевод 500р от 12.05 зачислен'],
    ['a verb without two words before it', '₹500 को भेजे'],
  ])('%s stays', (_label, text) => {
    expect(engine.maskText(text).findings.map((f) => f.detector)).not.toContain('native_script_name');
  });
});

describe('phones without a phone word: PK / BD mobile shapes, a bare тел', () => {
  detectorCases(
    'phone',
    [
      ['آپ کے اکاؤنٹ میں 0321 7654321 سے رقم موصول ہوئی', '0321 7654321'],
      ['ami account khulte chai, number ০১৭১২-৩৪৫৬৭৮', '০১৭১২-৩৪৫৬৭৮'],
      ['Алушы: Асқар, тел 87012345678', '87012345678'],
    ],
    ['я хотел 87012345678 раз', 'ref 0391 2345678', 'invoice 01212-345678', 'batch 0321-765432'],
  );
});

describe('date_of_birth_thai: a Thai month name, Buddhist-era year', () => {
  detectorCases(
    'date_of_birth_thai',
    [
      ['ลูกค้าแจ้งว่าเกิดวันที่ ๒๓ สิงหาคม ๒๕๓๓ ค่ะ', '๒๓ สิงหาคม ๒๕๓๓'],
      ['วันเกิด 3 ม.ค. 2530', '3 ม.ค. 2530'],
      ['เกิด 9 ตุลาคม พ.ศ. 2519', '9 ตุลาคม พ.ศ. 2519'],
    ],
    ['นัดวันที่ 12 เมษายน 2568', 'เกิดวันที่ 31 กุมภาพันธ์ 2528', 'เกิดวันที่ 12 เมษายน 2700'],
  );
});

describe('in_flat_address: Indian flat and house lines in Devanagari and Bengali', () => {
  detectorCases(
    'in_flat_address',
    [
      ['पत्ता: फ्लॅट क्र. ७, गणेश अपार्टमेंट, कोथरूड, पुणे ४११०३८', 'गणेश अपार्टमेंट'],
      ['डिलीवरी: मकान नं. 14, गली नंबर 2, शास्त्री नगर, जयपुर', 'मकान नं. 14'],
      ['ঠিকানা: বাড়ি নং ২৭, রোড ৫, ধানমন্ডি, ঢাকা', 'বাড়ি নং ২৭'],
    ],
    ['घर 5 मिनट में पहुँचेंगे', 'फ्लैट 2BHK, अच्छा है', 'मकान मालिक से बात हुई, किराया 5000'],
  );
});

describe('kr_road_address: Korean road-name addresses', () => {
  detectorCases(
    'kr_road_address',
    [
      ['주소: 경기도 성남시 분당구\n판교역로 146번길 20, 205동 803호', '146번길 20'],
      ['배송지 부산 해운대구 센텀중앙로 97 103동 1201호', '103동 1201호'],
      ['주소: 서울특별시 마포구 월드컵북로 396', '월드컵북로 396'],
    ],
    ['새로 3 개 주문했어요', '다음으로 2 단계 진행', '마포구 월드컵북로 396 근처 카페'],
  );
});

describe('spoken_numbers_ru: a Russian phone dictated in compound number words', () => {
  detectorCases(
    'spoken_numbers_ru',
    [
      ['оператор: продиктуйте номер. клиент: восемь девятьсот шестнадцать сто два тридцать ноль пять', 'шестнадцать сто два'],
      ['девятьсот двадцать один четыреста пятьдесят шесть семьдесят восемь девяносто', 'четыреста пятьдесят шесть'],
    ],
    [
      'мне двадцать пять лет, а ему тридцать два, и сорок семь у неё',
      'счёт: двадцать два сорок один пятьдесят три',
      'восемь девятьсот двенадцать',
    ],
  );
});

describe('Russian and Kazakh ids in more of their spellings', () => {
  detectorCases(
    'ru_snils_printed',
    [['клиент: 112-233-445 95, перезвонить', '112-233-445 95']],
    ['order 112-233-445 96', '112-233-44595', 'v1-112-233-445 95'],
  );
  detectorCases('ru_inn', [['ИНН 1234 5678 9047', '1234 5678 9047']], ['ИНН 1234 5678 9048', 'заказ 1234 5678 9047']);
  detectorCases(
    'kz_iin',
    [
      ['Sálem! Meniń nómirim 791028302728, kartamdy bugattap', '791028302728'],
      ['Менің нөмірім 061211600012', '061211600012'],
    ],
    ['Meniń nómirim 791028302729', 'Meniń nómirim +77012345678'],
  );
});

describe('over-masking noticed by round 17', () => {
  it.each([
    ["a Marathi lead inside a longer word (ग्राहकाचे, customer's)", 'ग्राहकाचे समाधान महत्वाचे आहे'],
    ['a Hindi label after the lead (ग्राहक का नाम) is no name', 'रिपोर्ट: ग्राहक का नाम, पता और फोन'],
  ])('%s stays', (_label, text) => {
    expect(engine.maskText(text).value).toBe(text);
  });
  it('still masks the name after the Hindi label', () => {
    expect(engine.maskText('ग्राहक का नाम: सुनीता देवी').value).not.toContain('सुनीता देवी');
  });
  it.each([
    ['Hebrew product name', { 'שם המוצר': 'מחשב נייד' }, 'מחשב נייד'],
    ['Hindi product name', { 'उत्पाद नाम': 'साबुन' }, 'साबुन'],
  ])('a bare word for name inside a longer field name stays: %s', (_label, record, kept) => {
    expect(JSON.stringify(engine.maskValue(structuredClone(record)).value)).toContain(kept);
  });
  it.each([
    ['Hebrew', { שם: 'ישראל ישראלי' }, 'ישראל ישראלי'],
    ['Arabic', { الاسم: 'محمد علي' }, 'محمد علي'],
    ['Hindi', { नाम: 'अजय शर्मा' }, 'अजय शर्मा'],
    ['Hindi customer name', { 'ग्राहक का नाम': 'सुनीता देवी' }, 'सुनीता देवी'],
  ])('the bare word as the whole field name is a person: %s', (_label, record, name) => {
    expect(JSON.stringify(engine.maskValue(structuredClone(record)).value)).not.toContain(name);
  });
});

describe('idn: an id number, or an internationalised-domain-name setting', () => {
  it.each([
    [{ resolver: { idn: 'punycode' } }, 'punycode'],
    [{ mail: { idn: 'xn--80ak6aa92e.com' } }, 'xn--80ak6aa92e.com'],
  ])('keeps a setting: %j', (record, kept) => {
    expect(JSON.stringify(engine.maskValue(structuredClone(record)).value)).toContain(kept);
    expect(maskJsonString(engine, JSON.stringify(record)).output ?? '').toContain(kept);
    expect(engine.maskText(`idn=${kept} ok`).value).toContain(kept);
  });
  it('masks an id number under idn', () => {
    const record = { holder: { idn: '784196865703050' } };
    expect(JSON.stringify(engine.maskValue(structuredClone(record)).value)).not.toContain('784196865703050');
    expect(maskJsonString(engine, JSON.stringify(record)).output ?? '').not.toContain('784196865703050');
  });
});

describe('Russian INN and SNILS named by the word after them', () => {
  detectorCases(
    'ru_inn_word_after',
    [['продиктовал 500100732259 — мой налоговый', '500100732259']],
    ['заказ 1234 5678 9048 — налоговый', 'налоговый 1234 5678 9047', '1234 5678 9047 — номер заказа, налоговый вычет потом'],
  );
  detectorCases(
    'ru_snils_word_after',
    [['вот 11223344595, это страховой', '11223344595']],
    ['сумма 11223344596 пенсионный', 'пенсионный 11223344595'],
  );
});
