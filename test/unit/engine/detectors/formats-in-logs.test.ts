import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Microsoft Learn ConvertTo-SecureString example 3; look-alikes: a variable, a prompt, no -AsPlainText.
describe('powershell_plaintext_securestring', () => {
  detectorCases(
    'powershell_plaintext_securestring',
    [
      ['$Secure_String_Pwd = ConvertTo-SecureString "P@ssW0rD!" -AsPlainText -Force', 'P@ssW0rD!'],
      ["$pw = convertto-securestring -String 'Tr0ub4dor&3' -AsPlainText -Force", 'Tr0ub4dor&3'],
    ],
    [
      'ConvertTo-SecureString $env:DB_PASSWORD -AsPlainText -Force',
      'ConvertTo-SecureString "$plain" -AsPlainText -Force',
      '$s = Read-Host -AsSecureString | ConvertFrom-SecureString',
      '$s = ConvertTo-SecureString "01000000d08c9ddf0115d1118c7a00c04fc297eb" -Key $key',
    ],
  );
});

// Oracle JDBC Developer's Guide thin URL with the classic scott/tiger; look-alikes: no credentials, a placeholder.
describe('oracle_jdbc_credentials', () => {
  detectorCases(
    'oracle_jdbc_credentials',
    [
      ['Connecting to jdbc:oracle:thin:scott/tiger@//dbhost.example:1521/ORCLPDB1', 'tiger'],
      ['url=jdbc:oracle:oci:app_user/S3cr3t-9@prod_tns', 'S3cr3t-9'],
    ],
    ['jdbc:oracle:thin:@//dbhost.example:1521/ORCLPDB1', 'jdbc:oracle:thin:scott/***@//db:1521/X', 'jdbc:oracle:thin:@db:1521:ORCL'],
  );
});

// RFC 6350 §8 example vCard; look-alikes: the same property names outside a vCard, empty values.
const VCARD =
  'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Simon Perreault\r\nN:Perreault;Simon;;;ing. jr,M.Sc.\r\nADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada\r\nEND:VCARD';
describe('vcard_name and vcard_address', () => {
  detectorCases('vcard_name', [[VCARD, 'Perreault;Simon']], ['FN:Function body\nN:Newton iterations', 'BEGIN:VCARD\nN:;;;;\nEND:VCARD']);
  detectorCases('vcard_address', [[VCARD, '2875 Laurier']], ['ADR:here', 'BEGIN:VCARD\nADR;TYPE=home:;;;;;;\nEND:VCARD']);
});

// SWIFT MT103 field layout (50K ordering customer, 59 beneficiary) with the Wikipedia example
// IBANs; look-alikes: option A (a BIC), other fields, a tag inside prose.
const MT103 =
  ':20:REF-24061-0001\n:23B:CRED\n:50K:/DE89370400440532013000\nERIKA MUSTERMANN\nHEIDESTRASSE 17\n51147 KOELN\n:59:/GB29NWBK60161331926819\nJOHN SMITH\n1 CHURCHILL PLACE\n:71A:SHA\n-}';
describe('swift_mt_party', () => {
  detectorCases(
    'swift_mt_party',
    [
      [MT103, 'HEIDESTRASSE 17'],
      [MT103, '1 CHURCHILL PLACE'],
      [':59F:/BE68539007547034\n1/JEAN DUPONT\n2/12 RUE DE LA PAIX\n:70:INVOICE 42', '1/JEAN DUPONT'],
    ],
    [':59A:/12345678\nDEUTDEFF\n:71A:SHA', ':20:REF-24061-0001\n:23B:CRED\n:71A:SHA', 'the field :59: holds the beneficiary'],
  );
});

// pgaudit's parameter field (pgaudit README, pgaudit.log_parameter: the bind parameters as one CSV
// field) puts a number between two fields, the next one numeric; NANP fiction numbers 555-01xx.
// Look-alikes: figures with thousands separators or a decimal comma, which are no phone numbers.
describe('phone numbers followed by a CSV field', () => {
  detectorCases(
    'phone',
    [
      [
        'AUDIT: SESSION,2,1,WRITE,UPDATE,TABLE,public.customer,"UPDATE t SET phone = $1 WHERE id = $2","+1 (646) 555-0143,4417"',
        '+1 (646) 555-0143',
      ],
      ['rachel@example.org,(646) 555-0143,4417', '(646) 555-0143'],
    ],
    ['total 1 234 567,89 EUR', 'phone bill: 030 901820,5 EUR', 'amount 12.345.678,90', 'rows 5550143,4417,12'],
  );
});
