import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier, splitKeyWords } from '../../../src/engine/detect/keys.js';
import { isNativeScriptPhrase, NATIVE_SCRIPT_KEY_RULES } from '../../../src/engine/detect/native-script-keys.js';
import { testEngine } from '../../helpers/engine.js';

const keys = new KeyClassifier(BUILTIN_KEY_RULES);
const entity = (name: string) => keys.classify(name)?.entity ?? null;

describe('field-name vocabulary (issue 13 item 5)', () => {
  const flagged: [name: string, entity: string][] = [
    ['pass', 'SECRET'],
    ['pwd', 'SECRET'],
    ['db_pass', 'SECRET'],
    ['auth', 'SECRET'],
    ['_auth', 'SECRET'],
    ['bearer', 'SECRET'],
    ['creds', 'SECRET'],
    ['session_key', 'SECRET'],
    ['client_secret', 'SECRET'],
    ['private_key', 'SECRET'],
    ['customer_name', 'PERSON'],
    ['cardholderName', 'PERSON'],
    ['patient_name', 'PERSON'],
    ['full_name', 'PERSON'],
    ['id_number', 'NATIONAL_ID'],
    ['national_id', 'NATIONAL_ID'],
    ['personnummer', 'NATIONAL_ID'],
    ['hetu', 'NATIONAL_ID'],
    ['cpr', 'NATIONAL_ID'],
    ['fodselsnummer', 'NATIONAL_ID'],
    ['fødselsnummer', 'NATIONAL_ID'],
    ['dni', 'ES_NIF'],
    ['nif', 'ES_NIF'],
    ['pasaporte', 'PASSPORT'],
    ['codice_fiscale', 'IT_FISCAL_CODE'],
    ['steuer_id', 'NATIONAL_ID'],
    ['Passwort', 'SECRET'],
    ['contraseña', 'SECRET'],
    ['hasło', 'SECRET'],
    ['mot_de_passe', 'SECRET'],
    ['senha', 'SECRET'],
    ['Geburtsdatum', 'DATE_OF_BIRTH'],
    ['fecha_de_nacimiento', 'DATE_OF_BIRTH'],
    ['Vorname', 'PERSON'],
    ['nachname', 'PERSON'],
    ['Straße', 'ADDRESS'],
    ['courriel', 'EMAIL'],
    ['telefono', 'PHONE'],
    ['kontonummer', 'BANK_ACCOUNT'],
    // ISO 20022 PostalAddress elements, postcodes and vehicle plates (fleet logs).
    ['StrtNm', 'ADDRESS'],
    ['AdrLine', 'ADDRESS'],
    ['StreetName', 'ADDRESS'],
    ['PstCd', 'POSTCODE'],
    ['postal_code', 'POSTCODE'],
    ['zipCode', 'POSTCODE'],
    ['PLZ', 'POSTCODE'],
    ['license_plate', 'LICENSE_PLATE'],
    ['plate', 'LICENSE_PLATE'],
    ['Kennzeichen', 'LICENSE_PLATE'],
    ['kenteken', 'LICENSE_PLATE'],
    // Payment files and checkout webhooks (red-team round 6): NACHA individual_name, WooCommerce
    // address_1, Latin-American and Turkish tax ids, the Romanian CNP.
    ['individual_name', 'PERSON'],
    ['beneficiaryName', 'PERSON'],
    ['address_1', 'ADDRESS'],
    ['address2', 'ADDRESS'],
    ['customer_nit', 'NATIONAL_ID'],
    ['cuit', 'NATIONAL_ID'],
    ['tckn', 'NATIONAL_ID'],
    ['cnp', 'RO_CNP'],
    // Annotation names are read after their DNS prefix.
    ['example.com/password', 'SECRET'],
    ['vault.hashicorp.com/agent-inject-secret-db', 'SECRET'],
    // Red-team round 7: config files, telecom, travel and card-payment logs.
    ['identitytoken', 'SECRET'],
    ['client-key-data', 'SECRET'],
    ['SECURE_AUTH_KEY', 'SECRET'],
    ['transactionKey', 'SECRET'],
    ['pin_block', 'SECRET'],
    ['track2', 'SECRET'],
    ['track_2_data', 'SECRET'],
    ['cardCode', 'CARD_SECURITY_CODE'],
    ['security_code', 'CARD_SECURITY_CODE'],
    ['calledNumber', 'PHONE'],
    ['calling_party', 'PHONE'],
    ['destination_addr', 'PHONE'],
    ['servedIMSI', 'IMSI'],
    ['GUEST_NAME', 'PERSON'],
    ['passengerName', 'PERSON'],
    ['Base_Pay', 'COMPENSATION'],
    ['payRate', 'COMPENSATION'],
    ['annual_salary', 'COMPENSATION'],
    ['identityDocId', 'PASSPORT'],
    ['mnemonic', 'SECRET'],
    ['seed_phrase', 'SECRET'],
  ];
  for (const [name, e] of flagged) {
    it(`${name} → ${e}`, () => expect(entity(name)).toBe(e));
  }

  // Names that describe a value, or share letters with a sensitive word.
  const plain = [
    'phone_country',
    'phone_country_code',
    'ssn_last_updated',
    'password_last_changed_at',
    'email_is_verified',
    'auth_method',
    'authProvider',
    'token_url',
    'pass_rate',
    'password_file',
    'password_stdin',
    'passenger',
    'bypass',
    'compass',
    'author',
    'oauth_scope',
    'pinned',
    'spinner',
    'template',
    'platform',
    'plate_count',
    'postcode_country',
    'zip_file',
    'gzip',
    'TwnNm',
    'authorization.k8s.io/decision',
    'authorization.k8s.io/reason',
    'token.kubernetes.io/owner',
    'unit',
    'nitrogen',
    'address_1_type',
    'nit_count',
    'payee_name_length',
    // Where credentials are kept or read from, not a credential (Docker, git, Gradle).
    'credsStore',
    'credHelpers',
    'credential_helper',
    'signing.secretKeyRingFile',
    'auth_key_file',
    'source_addr',
    'salary_currency',
    'salary_grade',
    'wage_frequency',
    'pay_rate_type',
  ];
  for (const name of plain) {
    it(`${name} is not flagged`, () => expect(entity(name)).toBeNull());
  }

  // A person's login is personal since stop 37 (system and service accounts stay: login-names.ts).
  it.each(['username', 'user_name', 'UserName', 'TargetUserName'])('%s names a login', (name) => {
    expect(entity(name)).toBe('USERNAME');
  });

  it('folds diacritics and letters without a decomposition', () => {
    expect(splitKeyWords('Contraseña_Straße_fødsel_hasło')).toEqual(['contrasena', 'strasse', 'fodsel', 'haslo']);
  });

  it('every phrase is lower-case words, each unique once joined', () => {
    const joined = new Map<string, string>();
    for (const r of BUILTIN_KEY_RULES) {
      // Native-script phrases (native-script-keys.ts) are matched in their own script.
      if (isNativeScriptPhrase(r.phrase)) continue;
      expect(r.phrase).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
      const j = r.phrase.replace(/ /g, '');
      const before = joined.get(j);
      if (before !== undefined) expect(before, `${r.phrase} duplicates a phrase of ${before}`).toBe(r.entity);
      joined.set(j, r.entity);
    }
  });
});

describe('field names in non-Latin scripts and in Turkish / Vietnamese (red-team round 10)', () => {
  const flagged: [name: string, entity: string][] = [
    ['氏名', 'PERSON'],
    ['お名前', 'PERSON'],
    ['電話番号', 'PHONE'],
    ['メールアドレス', 'EMAIL'],
    ['生年月日', 'DATE_OF_BIRTH'],
    ['収货地址', 'ADDRESS'],
    ['收货人', 'PERSON'],
    ['手机号', 'PHONE'],
    ['身份证号', 'CN_RESIDENT_ID'],
    ['주민등록번호', 'KR_RRN'],
    ['휴대폰번호', 'PHONE'],
    ['ПІБ', 'PERSON'],
    ['РНОКПП', 'UA_RNOKPP'],
    ['дата_рождения', 'DATE_OF_BIRTH'],
    ['ИНН', 'RU_INN'],
    ['ΑΜΚΑ', 'GR_AMKA'],
    ['الاسم', 'PERSON'],
    ['رقم الهاتف', 'PHONE'],
    ['מספר זהות', 'IL_ID'],
    ['पासवर्ड', 'SECRET'],
    ['เลขประจำตัวประชาชน', 'TH_ID'],
    ['customer_電話', 'PHONE'],
    ['Doğum Tarihi', 'DATE_OF_BIRTH'],
    ['Cep Telefonu', 'PHONE'],
    ['Số điện thoại', 'PHONE'],
    ['advertising_id', 'ADVERTISING_ID'],
    ['idfa', 'ADVERTISING_ID'],
  ];
  it.each(flagged)('%s is %s', (name, expected) => {
    expect(entity(name)).toBe(expected);
  });

  // Names that only hold a word for "name" inside another word, or say nothing sensitive.
  const plain = ['件名', 'ファイル名', 'お問い合わせ内容', '価税合計', 'バージョン', '発行日', 'длинный', 'صفحة'];
  it.each(plain)('%s is not sensitive', (name) => {
    expect(entity(name)).toBeNull();
  });

  // `adid` / `ad_id` name an advertising id since stop 37, but only a device's random id (a UUID,
  // 32 hex) is masked under them; an ad's numeric id stays (structure/types.ts keptUnderKey).
  it('ad_id and adId keep an ad-platform numeric ad id', () => {
    const engine = testEngine();
    const out = JSON.stringify(engine.maskValue({ ad_id: '23851234567890123', adId: '120208765432101234' }).value);
    expect(out).toContain('23851234567890123');
    expect(out).toContain('120208765432101234');
  });

  it('every native-script phrase is lower case and in a non-Latin script', () => {
    for (const r of NATIVE_SCRIPT_KEY_RULES) {
      expect(isNativeScriptPhrase(r.phrase), r.phrase).toBe(true);
      expect(r.phrase).toBe(r.phrase.toLowerCase());
    }
  });

  it('an ignored native-script name is not flagged', () => {
    expect(new KeyClassifier(BUILTIN_KEY_RULES, ['氏名']).classify('氏名')).toBeNull();
  });
});
