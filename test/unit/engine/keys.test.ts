import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier, splitKeyWords } from '../../../src/engine/detect/keys.js';

const keys = new KeyClassifier(BUILTIN_KEY_RULES, ['token_type']);

describe('splitKeyWords', () => {
  it.each([
    ['userEmail', ['user', 'email']],
    ['user_email', ['user', 'email']],
    ['User-Email', ['user', 'email']],
    ['PASSWORD', ['password']],
    ['APIKey', ['api', 'key']],
    ['x.api.key', ['x', 'api', 'key']],
    ['card number', ['card', 'number']],
    ['HTTPServerURL', ['http', 'server', 'url']],
  ])('%s → %j', (key, words) => {
    expect(splitKeyWords(key)).toEqual(words);
  });
});

describe('KeyClassifier', () => {
  it.each([
    ['password', 'SECRET'],
    ['PASSWORD', 'SECRET'],
    ['db_password', 'SECRET'],
    ['userPassword', 'SECRET'],
    ['authorization', 'SECRET'],
    ['Authorization', 'SECRET'],
    ['x-api-key', 'SECRET'],
    ['apiKey', 'SECRET'],
    ['APIKEY', 'SECRET'],
    ['access_token', 'SECRET'],
    ['Set-Cookie', 'SECRET'],
    ['ssn', 'US_SSN'],
    ['socialSecurityNumber', 'US_SSN'],
    ['card_number', 'CREDIT_CARD'],
    ['creditCardNumber', 'CREDIT_CARD'],
    ['email', 'EMAIL'],
    ['userEmail', 'EMAIL'],
    ['User-Email', 'EMAIL'],
    ['dob', 'DATE_OF_BIRTH'],
    ['dateOfBirth', 'DATE_OF_BIRTH'],
    ['first_name', 'PERSON'],
    ['lastName', 'PERSON'],
    ['phone_number', 'PHONE'],
    ['client_ip', 'IP_ADDRESS'],
    ['SAMLResponse', 'SECRET'],
    ['saml_assertion', 'SECRET'],
    ['pwd', 'SECRET'],
    ['DB_PWD', 'SECRET'],
    ['password_b64', 'SECRET'],
    ['adminPassword', 'SECRET'],
    ['patient_mrn', 'MEDICAL_RECORD_NUMBER'],
    // KYC document checks (`document: {type: ID_CARD, document_number: …}`).
    ['document_number', 'NATIONAL_ID'],
    ['documentNumber', 'NATIONAL_ID'],
    // Resource names of secret-store entries name a secret whatever the entry is called (GCP
    // Secret Manager, Azure Key Vault, AWS Secrets Manager resource formats from their docs).
    ['projects/my-project/secrets/stripe/versions/1', 'SECRET'],
    ['https://myvault.vault.azure.net/secrets/mysecretname/4387e9f3d6e14c459867679a90fd0f79', 'SECRET'],
    ['/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-app/secrets/Example', 'SECRET'],
    ['arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3', 'SECRET'],
    // Vendor names of API keys (red-team round 19): New Relic / MaxMind, New Relic Insights,
    // Honeycomb's header, the Azure DevOps CLI's PAT variable.
    ['NEW_RELIC_LICENSE_KEY', 'SECRET'],
    ['license_key', 'SECRET'],
    ['X-Insert-Key', 'SECRET'],
    ['X-Honeycomb-Team', 'SECRET'],
    ['AZURE_DEVOPS_EXT_PAT', 'SECRET'],
    ['license_plate', 'LICENSE_PLATE'],
    ['pat_name', 'PERSON'],
  ])('%s is %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });

  it.each([
    'password_length',
    'passwordPolicy',
    'has_password',
    'token_count',
    'input_tokens',
    'max_tokens',
    'secret_name',
    'email_verified',
    'emailCount',
    'token_type',
    'ip_version',
    'trace_id',
    'order_id',
    'name',
    'status',
    'keyboard',
    // Red-team round 3: references to secrets, outcomes of checks, settings beside a credential.
    'secretKeyRef',
    'passwordRef',
    'secretKeys',
    'cvc_check',
    'address_line1_check',
    'auth.username',
    'auth.database',
    'auth_host',
    'PWD',
    'OLDPWD',
    'SAMLRequest',
    // Helm charts' reference to a Kubernetes Secret that holds the value (Bitnami convention).
    'existingSecret',
    'existing_secret',
    'document_number_type',
    // Round 19's vendor key names do not reach their neighbours.
    'license_type',
    'license_expires_at',
    'honeycomb_dataset',
    'insert_count',
    // Microsoft Graph directoryAudit modifiedProperties display names of settings (Microsoft Learn).
    'PasswordPolicies',
    'ForceChangePasswordNextLogin',
    // A path that mentions secrets without naming an entry of a store.
    'projects/my-project/secrets',
    '/docs/secrets/overview',
    // Round 8: what sits beside the new record names without being one.
    'patient_id_type',
    'student_id_format',
    'mpan_status',
    'ein_verified',
  ])('%s is not sensitive by name', (key) => {
    expect(keys.classify(key)).toBeNull();
  });

  it.each([
    // Epic Clarity, Oracle Health, DICOM, Canvas, IRS MeF, voter files, benefit claims (round 8).
    ['PAT_NAME', 'PERSON'],
    ['personName', 'PERSON'],
    ['ReferringPhysicianName', 'PERSON'],
    ['sortable_name', 'PERSON'],
    ['PersonLastNm', 'PERSON'],
    ['Name_Last', 'PERSON'],
    ['claimantName', 'PERSON'],
    ['PAT_MRN_ID', 'MEDICAL_RECORD_NUMBER'],
    ['PatientID', 'MEDICAL_RECORD_NUMBER'],
    ['AccessionNumber', 'MEDICAL_RECORD_NUMBER'],
    ['MedicalRecordIdentificationNumberEHR', 'MEDICAL_RECORD_NUMBER'],
    ['student_number', 'STUDENT_ID'],
    ['sis_user_id', 'STUDENT_ID'],
    ['EmployerEIN', 'US_EIN'],
    ['lastEmployerFein', 'US_EIN'],
    ['utr', 'UK_UTR'],
    ['directDepositAcct', 'BANK_ACCOUNT'],
    ['dd_account', 'BANK_ACCOUNT'],
    ['psk', 'SECRET'],
    ['lockCode', 'SECRET'],
    ['idTag', 'SECRET'],
    ['mprn', 'METER_POINT_ID'],
    ['meter_serial_number', 'METER_POINT_ID'],
    ['supply_address', 'ADDRESS'],
  ])('record name %s is %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });

  it.each([
    // Round 20: field names of e-government, telecom, mobile-money, clinic and NGO records.
    ['perenimi', 'PERSON'],
    ['uzvards', 'PERSON'],
    ['priezvisko', 'PERSON'],
    ['prezime', 'PERSON'],
    ['ime_priimek', 'PERSON'],
    ['mbiemri', 'PERSON'],
    ['kunjom', 'PERSON'],
    ['cognoms', 'PERSON'],
    ['abizenak', 'PERSON'],
    ['Virnumm', 'PERSON'],
    ['Numm', 'PERSON'],
    ['soyad_ad', 'PERSON'],
    ['familiya_ismi', 'PERSON'],
    ['isibongo', 'PERSON'],
    ['nguoi_nhan', 'PERSON'],
    ['vards', 'PERSON'],
    ['talrunis', 'PHONE'],
    ['telefonoa', 'PHONE'],
    ['mobilni', 'PHONE'],
    ['farsimi', 'PHONE'],
    ['Handy', 'PHONE'],
    ['lambar_waya', 'PHONE'],
    ['nọmba_ekwentị', 'PHONE'],
    ['gimimo_data', 'DATE_OF_BIRTH'],
    ['usuku_lokuzalwa', 'DATE_OF_BIRTH'],
    ['data_breithe', 'DATE_OF_BIRTH'],
    ['tugʻilgan_sana', 'DATE_OF_BIRTH'],
    ['heimilisfang', 'ADDRESS'],
    ['adreça', 'ADDRESS'],
    ['helbidea', 'ADDRESS'],
    ['noi_thuong_tru', 'ADDRESS'],
    ['emso', 'NATIONAL_ID'],
    ['davcna_stevilka', 'NATIONAL_ID'],
    ['kennitala', 'NATIONAL_ID'],
    ['ppsn', 'NATIONAL_ID'],
    ['numru_tal_karta_tal_identita', 'NATIONAL_ID'],
    ['vergi_no', 'NATIONAL_ID'],
    ['jshshir', 'NATIONAL_ID'],
    ['ma_so_thue_ca_nhan', 'NATIONAL_ID'],
    ['indangamuntu', 'NATIONAL_ID'],
    ['laharana_kara_panondro', 'NATIONAL_ID'],
    ['sss', 'NATIONAL_ID'],
    ['pangalan', 'PERSON'],
    ['igama_lomsebenzi', 'PERSON'],
    ['reisija', 'PERSON'],
    ['reisija_email', 'EMAIL'],
    ['pasport', 'PASSPORT'],
    ['tekuci_racun', 'BANK_ACCOUNT'],
  ])('round 20 name %s is %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });

  it.each([
    // Round 20's short words only as the whole name; the words left out for their other senses.
    'ime',
    'nid',
    'psn',
    'unvan',
    'naslov',
    'mobil',
    'cin',
    'mst',
    'voen',
    'sss_status',
    'mst_version',
    'handy_tools',
    'cep_code',
    'suna_version',
    'numm_rows',
  ])('round 20: %s is not sensitive by name', (key) => {
    expect(keys.classify(key)).toBeNull();
  });

  it('applies extra rules from the policy in any case style', () => {
    const k = new KeyClassifier([...BUILTIN_KEY_RULES, { phrase: 'employee code', entity: 'EMPLOYEE_ID' }]);
    expect(k.classify('employeeCode')?.entity).toBe('EMPLOYEE_ID');
    expect(k.classify('EMPLOYEE_CODE')?.entity).toBe('EMPLOYEE_ID');
  });
});
