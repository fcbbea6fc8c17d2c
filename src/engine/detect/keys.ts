import { ASSESSMENT_IDENTITY_ITEMS } from './assessment-items.js';
import { DICOM_IDENTITY_TAGS } from './dicom-tags.js';
import {
  isNativeScriptPhrase,
  isUnspacedPhrase,
  NATIVE_SCRIPT_KEY_RULES,
  NON_LATIN_LETTER,
  nativeWords,
  THAI_NAME_WORD,
  thaiNameOfThing,
} from './native-script-keys.js';

/**
 * Layer 1: the name of a field marks its whole value. Names are split into words in any case style
 * (`userEmail`, `user_email`, `User-Email`, `PASSWORD`, `x.api.key`) and a rule matches when a run of
 * consecutive words spells its phrase (`api key` matches `apiKey`, `api_key`, `APIKEY`, `x-api-key`).
 */

export interface KeyRule {
  /** Words of the phrase, lower case (`['card', 'number']`). */
  phrase: string;
  entity: string;
  /** Matches only as the whole field name (`ach`), never as a word of a longer one (`ach_return_code`). */
  whole?: boolean;
}

/**
 * Languages whose words for passwords, names, dates of birth, addresses, accounts and national
 * identifiers are in BUILTIN_KEY_RULES (written without diacritics; names are folded to match).
 */
export const KEY_VOCABULARY_LANGUAGES: readonly string[] = [
  'English',
  'German',
  'French',
  'Spanish',
  'Italian',
  'Portuguese',
  'Dutch',
  'Swedish',
  'Norwegian',
  'Danish',
  'Finnish',
  'Polish',
  'Czech',
  'Slovak',
  'Hungarian',
  'Turkish',
];

/** People's names under marketplace dispute, tracking and review field names (red-team round 91). */
const MARKETPLACE_PERSON_KEYS: readonly string[] = [
  'received by name',
  'signed by name',
  'shopper name',
  'reviewer profile name',
  'reviewer display name',
];
/** Who acted on a document in a review platform, by login (red-team round 96). */
const REVIEW_ACTION_LOGIN_KEYS: readonly string[] = ['redacted by', 'coded by', 'tagged by'];
/** Dealer and lender staff whose login a field names (red-team round 93): F&I, collections, appraisal, BDC. */
const DEALER_STAFF_LOGIN_KEYS: readonly string[] = ['presented by', 'collector', 'appraiser', 'bdc rep', 'bdc agent'];
/**
 * PA reviewers, approvers and contact-centre agents whose login a field names (red-team round 92),
 * a clinic's employee and who dispensed a drug (red-team round 99), a study site's coordinator and
 * a data query's responder (a CTMS visit's `coordinator`, a CRIO-style `assignedCoordinator`, an
 * EDC query's `Responder` / `respondedBy`; leftovers of round 95), and a campaign's staff,
 * canvassers, texters and phone-bank callers (a check-in kiosk's `staff=kmbeki`, CallHub's
 * `agent_username`, a texting export's `texter_username`: red-team round 102): a person's login only
 * by its shape.
 */
export const STAFF_LOGIN_KEYS: readonly string[] = [
  'reviewer',
  'approved by',
  'agent',
  'assigned agent',
  'employee',
  'dispensed by',
  'coordinator',
  'assigned coordinator',
  'responder',
  'responded by',
  'staff',
  'canvasser',
  'texter',
  'agent username',
  'caller username',
  'texter username',
  // An e-prescribing audit's prescriber login (DrFirst-style `prescriber_user`; red-team round 103).
  'prescriber user',
  'prescriber login',
  // Who issued a badge in a PACS admin audit (`operator`) and who handed a parcel out at a
  // mailroom's front desk (`by_front_desk`; red-team round 106).
  'operator',
  'by front desk',
];

/**
 * A safety report's patient and reporter under the ICH E2B(R2) element names, which FAERS /
 * EudraVigilance exports and the JSON made of them keep as one lower-case word
 * (`patientbirthdate`, `reportergivename`, `reporterfamilyname`: red-team round 95).
 */
const E2B_BIRTH_DATE_KEYS: readonly string[] = ['patient birth date', 'parent birth date'];
const E2B_REPORTER_NAME_KEYS: readonly string[] = ['reporter give name', 'reporter middle name', 'reporter family name'];
/**
 * Clinical-research names (red-team round 95): the CDASH variable of a collected birth date
 * (`BRTHDAT`, beside SDTM's `BRTHDTC`), the printed name of a 21 CFR Part 11 signature manifest
 * (`signer_printed_name`), and a CDISC ODM `UserRef`'s `UserOID` (Medidata Rave writes the
 * login there; a coded `USR_37` stays, structure/types.ts keptUnderKey).
 */
const CDASH_BIRTH_DATE_KEYS: readonly string[] = ['brthdat'];
const SIGNATURE_PRINTED_NAME_KEYS: readonly string[] = ['printed name'];
const ODM_USER_KEYS: readonly string[] = ['user oid'];
/** A video room's name or slug (structure/types.ts isRoomNameField). */
export const ROOM_NAME_KEYS: readonly string[] = ['room name', 'room slug', 'unique name'];

/** The built-in sensitive names. Each phrase also matches written as one word. */
export const BUILTIN_KEY_RULES: readonly KeyRule[] = [
  ...[
    'password',
    'passwd',
    // OpenLDAP slapd.conf `rootpw`, cn=config `olcRootPW`: the root DN's password.
    'rootpw',
    'root pw',
    'pwd',
    // Embedded firmware's spelling in NVS / config dumps (`sta.pswd` of an ESP32 Wi-Fi station,
    // `wifi_pswd`; red-team round 76).
    'pswd',
    // The shortest spelling, as a word of a longer name (`pw_bg` of a break-glass envelope record,
    // `admin_pw`, `dbPw`, `smtp_pw`; red-team rounds 65 and 66).
    'pw',
    'passphrase',
    'pass phrase',
    'secret',
    'client secret',
    'api key',
    'access key',
    'secret key',
    'private key',
    'signing key',
    // The key that signs an app's JWTs (ASP.NET `"Jwt": {"Key": …}`, read with its parent's name:
    // structure/siblings.ts parentWordOf), and WordPress's keys and salts (`define('LOGGED_IN_KEY', …)`,
    // `NONCE_SALT`) beyond `auth key` (red-team round 59).
    'jwt key',
    'logged in key',
    'logged in salt',
    'nonce key',
    'nonce salt',
    // An Azure Storage account's shared key under its app-setting names (`StorageAccountKey`,
    // `AZURE_STORAGE_KEY`): a bare `account key` names an account's id in other products.
    'storage account key',
    'storage key',
    'encryption key',
    'master key',
    'token',
    'access token',
    'refresh token',
    'id token',
    'auth token',
    'bearer token',
    'session token',
    'csrf token',
    'xsrf token',
    'authorization',
    'proxy authorization',
    'credential',
    'credentials',
    'cookie',
    'set cookie',
    'session id',
    'sessionid',
    'connection string',
    'conn str',
    'dsn',
    'pin',
    'otp',
    'mfa code',
    'totp',
    'recovery code',
    'security answer',
    // The answers of an account's security questions as in-house services name them (red-team round 30).
    'security answers',
    'secret answer',
    'secret answers',
    'signature',
    'sig',
    'x api key',
    // Short and compound names seen in real logs (issue 13).
    'pass',
    'db pass',
    'auth',
    'bearer',
    'creds',
    'session key',
    // A session carried under a custom header (`X-Session`) or Express's session cookie
    // (`connect.sid`), as HAR exports list them: `{name: "X-Session", value: …}` (red-team round 34).
    'x session',
    'connect sid',
    'app secret',
    'app key',
    // An Azure IoT Hub device identity's `authentication.symmetricKey` {primaryKey, secondaryKey}
    // (the device's SAS keys; a bare `primaryKey` names a table's key column): red-team round 76.
    'symmetric key',
    'consumer secret',
    'webhook secret',
    'passcode',
    // The raw private key of the account that signs an Ethereum deployment (Hardhat and Foundry
    // scripts' `deployer_key`, `signer_key`, `wallet_key`): 64 hex digits that no shape tells apart
    // from a digest, so only the name can.
    'deployer key',
    'signer key',
    'wallet key',
    // Vendor names of API keys (red-team round 19): New Relic / MaxMind `LICENSE_KEY`, New Relic
    // `X-Insert-Key`, Honeycomb `X-Honeycomb-Team`, the Azure DevOps CLI's `AZURE_DEVOPS_EXT_PAT`.
    'license key',
    'insert key',
    'honeycomb team',
    'ext pat',
    // Segment / RudderStack source `writeKey` (the HTTP API's Basic-auth user): it sends events
    // into the workspace as the source (red-team round 54).
    'write key',
    // A SAML response or assertion is a signed bearer credential for its validity window and carries
    // the subject's attributes (OASIS saml-core §2.3, saml-bindings §3.5 `SAMLResponse`).
    'saml response',
    'saml assertion',
    // RFC 7636 PKCE `code_verifier` (OAuth 2.1, MCP authorization): the secret that redeems an
    // authorization code at the token endpoint (red-team round 49).
    'code verifier',
    'pkce verifier',
    // Other languages our users log in (diacritics are folded: contraseña → contrasena).
    'passwort', // de
    'kennwort', // de
    'mot de passe', // fr
    'mdp', // fr
    'contrasena', // es
    'senha', // pt
    'wachtwoord', // nl
    'losenord', // sv
    'passord', // no
    'adgangskode', // da
    'salasana', // fi
    'haslo', // pl
    'heslo', // cs, sk
    'jelszo', // hu
    'sifre', // tr
    'parola d ordine', // it
    // Credential and config files agents and CI read (red-team round 7): Docker config.json
    // `identitytoken`, kubeconfig `client-key-data`, WordPress `AUTH_KEY` / `SECURE_AUTH_KEY`
    // salts, Authorize.net `transactionKey`, ISO 8583 / HSM `pin_block`, card track data.
    'identity token',
    'client key data',
    'auth key',
    'transaction key',
    'pin block',
    'track1',
    'track2',
    'track data',
    'track 2 data',
    // A wallet's BIP-39 mnemonic spends its funds.
    'mnemonic',
    'seed phrase',
    'recovery phrase',
    'secret recovery phrase',
    'seed words',
    // Identity and network infrastructure (red-team round 9): MFA recovery / backup code lists
    // (`recoveryCodes`), Azure Event Grid `aeg-sas-key`, FortiOS `set psksecret`, SNMP community
    // strings, IPsec pre-shared keys.
    'recovery codes',
    'backup code',
    'backup codes',
    'sas key',
    'psksecret',
    'community string',
    'snmp community',
    'pre shared key',
    'preshared key',
    // Windows password hashes, which pass-the-hash tools take in place of the password (secretsdump
    // and CrackMapExec output columns). `ntlm` alone names a protocol setting (`ntlm: enabled`):
    // the windows_password_hash detector reads it before 32 hex digits only.
    'ntlm hash',
    'nt hash',
    'lm hash',
    // A wallet's or a network token's payment cryptogram (Apple Pay `onlinePaymentCryptogram`,
    // VTS `cryptogram`, Mastercard `de48se43` TAVV): it authorises the charge it was made for
    // (red-team round 50).
    'cryptogram',
    'payment cryptogram',
  ].map((phrase) => ({ phrase, entity: 'SECRET' })),
  // Equifax's consumer credit report request `socialNum: [{identifier: "current", number}]`: the number under the list (red-team round 81).
  ...['ssn', 'social security number', 'social security no', 'social security', 'social num number'].map((phrase) => ({
    phrase,
    entity: 'US_SSN',
  })),
  ...['card number', 'credit card', 'credit card number', 'cc number', 'card no', 'pan', 'debit card', 'card num'].map((phrase) => ({
    phrase,
    entity: 'CREDIT_CARD',
  })),
  // Authorize.net `cardCode`, 3DS / gateway `card_cvc`, `security_code`.
  // HTML autofill field names (WHATWG HTML "Autofill": `autocomplete="cc-csc"`, `name="cc-csc"`):
  // `cc-csc` is the card's security code (red-team round 79).
  ...['cvv', 'cvv2', 'cvc', 'cvc2', 'card security code', 'card verification', 'card code', 'security code', 'cc csc'].map((phrase) => ({
    phrase,
    entity: 'CARD_SECURITY_CODE',
  })),
  ...['email', 'e mail', 'email address', 'mail address', 'courriel', 'correo', 'correo electronico', 'posta elettronica'].map(
    (phrase) => ({ phrase, entity: 'EMAIL' }),
  ),
  ...[
    'phone',
    'phone number',
    'telephone',
    'tel',
    'mobile',
    'mobile number',
    'cell phone',
    'landline',
    'msisdn',
    'fax',
    'telefon', // de, sv, da, no, pl
    'telefono', // es, it
    'telefone', // pt
    'telefoonnummer', // nl
    'numero de telephone', // fr
    'handynummer', // de
    // Audit logs written in German (red-team round 60): `Mobil-Nr`.
    'mobil nr', // de
    // Telecom CDRs, SIP and SMS gateway logs: the parties of a call or message.
    'calling number',
    'called number',
    'calling party',
    'called party',
    'caller id',
    'destination addr',
    'dest addr',
    // Developers' abbreviations (red-team round 30): `mob`, `guardianMob`, `mob_no`; `phn` after a
    // person word or before a number word (`usr_phn`, `cust_phn`, `phn_no`). `phn` alone stays
    // British Columbia's Personal Health Number.
    'mob',
    'mob no',
    'mob number',
    ...['usr', 'user', 'cust', 'customer', 'contact', 'home', 'work', 'cell', 'mob'].map((w) => `${w} phn`),
    'phn no',
    'phn num',
    'phn number',
    // A person's phone by its kind, as e-prescribing and intake APIs name it, written as one word
    // in key=value lines (DoseSpot `PrimaryPhone` logged as `primaryphone=`; red-team round 103).
    ...['primary', 'secondary', 'alternate', 'home', 'work', 'mobile', 'patient', 'contact'].map((w) => `${w} phone`),
  ].map((phrase) => ({
    phrase,
    entity: 'PHONE',
  })),
  ...[
    'dob',
    // Lists of them under a plural name (`dobs: "1983-06-21|1990-01-08"`: red-team round 37).
    'dobs',
    'birthdates',
    'birth dates',
    'date of birth',
    'birth date',
    'birthdate',
    'birthday',
    // HTML autofill's birth date field (`autocomplete="bday"`, WHATWG HTML "Autofill"; red-team round 79).
    'bday',
    'birth day',
    'geburtsdatum', // de
    'date de naissance', // fr
    'fecha de nacimiento', // es
    'fecha nacimiento', // es
    'data di nascita', // it
    'data de nascimento', // pt
    // Portuguese abbreviations of developers' field names (`dataNascimento`, `dt_nasc`).
    'data nascimento', // pt
    'dt nascimento', // pt
    'data nasc', // pt
    'dt nasc', // pt
    // A bare `nascimento` ("birth") member holds the birth date in Portuguese documents and
    // schemas (`{nome, celular, nascimento: "…"}`, red-team round 39).
    'nascimento', // pt
    'geboortedatum', // nl
    // A bare "birth" member, as `nascimento` above (red-team round 60): `{nom, naissance}`,
    // `{nombre, nacimiento}`.
    'naissance', // fr
    'nacimiento', // es
    // The Dutch BRP (Haal Centraal) `geboorte: {datum: {datum, type, langFormaat}}` (red-team round 67).
    'geboorte', // nl
    'fodelsedatum', // sv
    'fodselsdato', // da, no
    'syntymaaika', // fi
    'data urodzenia', // pl
    // CDISC SDTM DM `BRTHDTC` (ISO 8601 birth date of a trial subject) and ODM item OIDs
    // (`DM.BRTHDTC`): red-team round 45.
    'brthdtc',
    // Jumio Netverify's `idDob`, also glued in lower case by a logger (`iddob=…`; left73).
    'id dob',
  ].map((phrase) => ({
    phrase,
    entity: 'DATE_OF_BIRTH',
  })),
  ...[...E2B_BIRTH_DATE_KEYS, ...CDASH_BIRTH_DATE_KEYS].map((phrase) => ({ phrase, entity: 'DATE_OF_BIRTH' })),
  ...[...E2B_REPORTER_NAME_KEYS, ...SIGNATURE_PRINTED_NAME_KEYS].map((phrase) => ({ phrase, entity: 'PERSON' })),
  ...ODM_USER_KEYS.map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // A video visit's room named after its patient (Twilio Video `RoomName`, `room_name`:
  // `visit-<given>-<surname>-0304`; red-team round 103): a room only when its words spell a name
  // (structure/types.ts keptUnderKey keeps `peds-consult-20260305-1100`).
  ...ROOM_NAME_KEYS.map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  ...[
    'first name',
    'last name',
    'full name',
    'given name',
    'family name',
    'surname',
    'middle name',
    'maiden name',
    'firstname',
    'lastname',
    'fullname',
    // Jumio Netverify's `idFirstName` / `idLastName`, also glued in lower case by a logger
    // (`idfirstname=… idlastname=…`; red-team round 73, left73).
    'id first name',
    'id last name',
    'legal name',
    // Payment files and payout APIs: NACHA entry detail `individual_name`, beneficiary / payee
    // names of transfers.
    'individual name',
    'indiv name',
    'beneficiary name',
    'payee name',
    'payer name',
    'customer name',
    'cardholder name',
    'cardholder',
    // The name embossed on a card, as issuer processors and card-fulfilment files name it
    // (Galileo `name_on_card`, `embossed_name`, `emboss_name`: red-team round 50).
    'name on card',
    'embossed name',
    'emboss name',
    'patient name',
    // A PA or claims export's columns of the patient's names (`patient_last`, `patient_first`:
    // red-team round 92).
    'patient last',
    'patient first',
    // Legacy pharmacy and claims exports' abbreviations (`pt_fnm`, `PAT_LNM`: red-team round 45).
    'fnm',
    'lnm',
    'account holder',
    'account holder name',
    // The cardholder's name as HTML autofill names the field (`autocomplete="cc-name"`: WHATWG
    // HTML "Autofill"), which checkout forms use as the input's name too (red-team round 79).
    'cc name',
    // The account holder in Dutch and German payroll and banking screens (red-team round 79).
    'rekeninghouder',
    'kontoinhaber',
    // SAP SuccessFactors PaymentInformationDetailV3 `accountOwner`; a person's name before
    // marriage (SuccessFactors PerPersonal `birthName`, German `Geburtsname`): red-team round 63.
    'account owner',
    'account owner name',
    'birth name',
    'name at birth',
    'geburtsname', // de
    // The witnesses of an employee-relations case by name (`witness_name`): red-team round 63.
    'witness name',
    // A conflicts search's hit (Aderant / Intapp-style `hits: [{matchedName}]`: leftovers of
    // red-team round 77); a company matched stays (keptUnderKey: isCompanyName).
    'matched name',
    // The people of a law firm's and a court's records (red-team round 77): LEDES XML 2.0
    // timekeepers (`tk_lname`, `tk_fname`), LEDES 1998B `TIMEKEEPER_NAME`, and read with the
    // parent (structure/siblings.ts parentFieldName) the `name` of a lawyer's, a deponent's or an
    // affiant's object or list item (CourtListener `attorneys: [{name, contact_raw}]`).
    'tk lname',
    'tk fname',
    'timekeeper name',
    ...[
      'attorney',
      'attorneys',
      'lawyer',
      'lawyers',
      'solicitor',
      'solicitors',
      'barrister',
      'barristers',
      'paralegal',
      'paralegals',
      'deponent',
      'affiant',
      'declarant',
      'decedent',
    ].map((w) => `${w} name`),
    // A card or account holder in a checkout or KYC log line (`holder=TARO YAMADA`).
    'holder',
    'holder name',
    // Berlin Group NextGenPSD2 `PSU-ID` / `PSU-Corporate-ID` headers: the payment service user's
    // login at its bank, often the person's name (`erika.mustermann`).
    'psu id',
    'psu corporate id',
    'contact name',
    'employee name',
    // A new hire's record in onboarding and ATS handoffs (`new_hire: {name}`, Greenhouse /
    // Rippling `hire: {name}`, read with the parent: structure/siblings.ts parentFieldName; left63).
    'hire name',
    // Travel and hospitality (PNR, NDC, hotel PMS exports).
    'guest name',
    'passenger name',
    'traveler name',
    'traveller name',
    'pax name',
    'vorname', // de
    'nachname', // de
    'prenom', // fr
    'nom de famille', // fr
    'nom complet', // fr
    'apellido', // es
    'apellidos', // es
    'nombre completo', // es
    'cognome', // it
    'nome completo', // it, pt
    'sobrenome', // pt
    'voornaam', // nl
    'achternaam', // nl
    'fornavn', // da, no
    'efternavn', // da
    'etternavn', // no
    'fornamn', // sv
    'efternamn', // sv
    'etunimi', // fi
    'sukunimi', // fi
    'imie', // pl
    'nazwisko', // pl
    // The insured person of an insurer's records (red-team round 60).
    'versicherte', // de
    'versicherter', // de
    'versicherungsnehmer', // de
  ].map((phrase) => ({ phrase, entity: 'PERSON' })),
  ...[
    'street',
    'street address',
    'address line',
    'address line1',
    'address line 1',
    'address line 2',
    // WooCommerce / Magento / Stripe `address_1`, `address_2`, Shopify `address1`.
    'address 1',
    'address 2',
    'address1',
    'address2',
    'home address',
    // HiBob `address.fullAddress`, Personio `Privatadresse` (red-team round 63).
    'full address',
    'privatadresse', // de
    'mailing address',
    'postal address',
    'billing address',
    'shipping address',
    'residential address',
    // Indian KYC and HR forms' address kinds, and the abbreviation `addr` (red-team round 30).
    'permanent address',
    'present address',
    'correspondence address',
    'communication address',
    'home addr',
    'residential addr',
    // A claim's loss and risk addresses in adjusters' key=value lines (`loss_addr=15 Kestrel
    // Pointe|dob=…`, `property_addr`, `mailing_addr`: red-team round 105).
    'loss addr',
    'loss address',
    'property addr',
    'mailing addr',
    'risk addr',
    'strasse', // de (straße)
    'anschrift', // de
    'adresse postale', // fr
    'direccion', // es
    'endereco', // pt
    'adres', // nl, pl, tr
    'street name',
    // ISO 20022 PostalAddress elements (pain.001, pacs.008): StrtNm, AdrLine.
    'strt nm',
    'adr line',
  ].map((phrase) => ({ phrase, entity: 'ADDRESS' })),
  ...[
    'postcode',
    'post code',
    'postal code',
    'zip',
    'zip code',
    'postleitzahl', // de
    'plz', // de
    'code postal', // fr
    'codigo postal', // es, pt
    'pst cd', // ISO 20022 PstCd
  ].map((phrase) => ({ phrase, entity: 'POSTCODE' })),
  // Kindful / Bloomerang imports `postal` (round 38); whole name only (`postal_service`, `postal_rate`).
  { phrase: 'postal', entity: 'POSTCODE', whole: true },
  // An Australian `nmi` (AEMO National Metering Identifier, round 71); whole name only (`distance_nmi`
  // is nautical miles), and only an NMI's shape (structure/types.ts keptUnderKey).
  { phrase: 'nmi', entity: 'METER_POINT_ID', whole: true },
  // A room or desk booking's `Booker` (Condeco, round 48); whole name only (`booker_email` is an e-mail).
  { phrase: 'booker', entity: 'PERSON', whole: true },
  // A member's emergency contact written out in one field (OfficeRnD / Nexudus custom properties
  // `emergency_contact: "Chidi … +1 415 …"`; red-team round 106): the person, often with a phone.
  // Whole name only (`emergency_contact_phone` is a phone, `emergencyContactName` a name already).
  { phrase: 'emergency contact', entity: 'PERSON', whole: true },
  // A pet sitter's visit sheet's `lockboxCode` and `alarmCode` (red-team round 99; a field app's
  // `alarm_code`, round 44): whole names only (`alarmCodeDescription` names no code), and under an
  // alarm's code only a keypad code is one (structure/types.ts keptUnderKey).
  ...['lockbox code', 'lockbox combo', 'alarm code'].map((phrase) => ({ phrase, entity: 'SECRET', whole: true })),
  // A registry lookup's `chip` (an AAHA universal lookup's query, red-team round 99); whole name
  // only, and only a microchip's digits there are one (structure/types.ts keptUnderKey).
  { phrase: 'chip', entity: 'MICROCHIP_ID', whole: true },
  // A device's `mac` (Fitbit Web API devices `mac: "…"`, twelve hex digits without separators:
  // red-team round 85); only a MAC's shape is one there (structure/types.ts keptUnderKey), so a
  // message authentication code's algorithm or a flag stays.
  { phrase: 'mac', entity: 'MAC_ADDRESS', whole: true },
  // Claims records (red-team round 75): a UK askMID / CUE reply's `policyholder` and
  // `named_drivers`, a `claimant_name`; a UB-04 bill logged by its NUBC form locators (`fl8b`
  // patient name, `fl10` birth date, `fl58a` insured's name, `fl60a` insured's unique id). Whole
  // names only: a claim's `claimant_id`, `policyholder_type` and a flight's `fl10` route code are
  // other things. Not a bare `claimant`: claims systems nest the claimant's injury, codes and ids
  // under it (`claimant: {injury: {icd10}}`, round 37), and every member would inherit PERSON.
  ...['policyholder', 'named drivers', 'named driver', 'claimant name'].map((phrase) => ({
    phrase,
    entity: 'PERSON',
    whole: true,
  })),
  ...(
    [
      ['PERSON', ['fl8', 'fl8b', 'fl58', 'fl58a', 'fl58b', 'fl58c']],
      ['DATE_OF_BIRTH', ['fl10']],
      ['HEALTH_PLAN_ID', ['fl60', 'fl60a', 'fl60b', 'fl60c']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity, whole: true }))),
  // NCPDP Telecommunication fields by their full field id, as claims APIs and adjudication logs
  // key a claim (`{"302-C2": "…", "310-CA": "…", "304-C4": "…"}`; red-team round 92): the
  // cardholder, patient and Medigap / Medicaid ids, names, birth date, street, ZIP, phone and
  // e-mail. Whole names only; the BIN (`101-A1`), the pharmacy (`201-B1`), the Rx number
  // (`402-D2`) and the NDC (`407-D7`) are no person's.
  ...(
    [
      ['HEALTH_PLAN_ID', ['302 c2', '359 2a', '115 n5']],
      ['MEDICAL_RECORD_NUMBER', ['332 cy']],
      ['PERSON', ['310 ca', '311 cb', '312 cc', '313 cd']],
      ['DATE_OF_BIRTH', ['304 c4']],
      ['ADDRESS', ['322 cm']],
      ['POSTCODE', ['325 cp']],
      ['PHONE', ['326 cq']],
      ['EMAIL', ['350 hn']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity, whole: true }))),
  // A return's or a recall's original debtor and creditor as payment hubs log them (`orgnlDbtr="…"`,
  // ISO 20022 abbreviations; red-team round 69); whole name only (`orgnlDbtrAcct` is an account).
  ...['orgnl dbtr', 'orgnl cdtr', 'orgnl ultmt dbtr', 'orgnl ultmt cdtr'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // SWIFT MT party fields by tag, as parsers and payment hubs key them (`"50K": "/…\nNAME\n…"`,
  // Prowide's `{name: "59F", value}`, FLEXCUBE `F50K`): the ordering and beneficiary customers'
  // name and address lines (leftovers of red-team round 69). Whole name only; a bare `59` (a number
  // as a key) is read by the value's shape (swift_field_content).
  ...['50k', '50f', '59f', 'f50k', 'f50f', 'f59', 'f59f'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  ...['ordering customer', 'beneficiary customer', 'ordering cust', 'bnf customer'].map((phrase) => ({ phrase, entity: 'PERSON' })),
  // A software version under an agent's or a sensor's name (`agentVersion: 23.3.2.12` of SentinelOne,
  // `sensorVersion`): a dotted version stays as it is, though it reads as an IPv4 address (stop
  // 37); anything else there is read as any text (engine.ts #whole).
  ...[
    'agent version',
    'sensor version',
    'client version',
    'os version',
    'app version',
    'product version',
    'engine version',
    'firmware version',
  ].map((phrase) => ({ phrase, entity: 'VERSION' })),
  // A person's login under a user-account field (stop 37): Windows `TargetUserName`,
  // `SubjectUserName`, `SamAccountName`, EDR `UserName`, ECS `user.name` (read with
  // its parent), `login`, `usrName`, Wazuh `srcuser` / `dstuser`, CEF `suser` / `duser`. System,
  // service and role accounts stay (structure/types.ts keptUnderKey: login-names.ts isSystemAccount).
  // A bare `user name` / `account name` only as the whole name: `auth.username` of a settings block
  // and Azure's `AccountName` (a storage account) are no person's login.
  ...[
    'target user name',
    'subject user name',
    'source user name',
    'logged in user name',
    'sam account name',
    'logon name',
    'login name',
    'user login',
    'actor login',
    // Identity-governance and PAM records (red-team round 65): One Identity Manager's
    // `CentralAccount` (the person's central login), the login of who asked for access
    // (BeyondTrust Password Safe `RequestorUserName`, `RequesterUserName`) and of who decided
    // (`ApproverUserName`, `ReviewerUserName`).
    'central account',
    'requestor user name',
    'requester user name',
    'approver user name',
    'reviewer user name',
    // Stop 38: Google SecOps UDM `principal.user.userid` / `target.user.userid` (a bare `userid`
    // under `user` is read with its parent: structure/siblings.ts), SentinelOne `processUser` /
    // `src.process.user`, Carbon Black `process_username`, Cortex XDR `actor_effective_username`,
    // Elastic `user.target.name` written flat.
    'user userid',
    'user user id',
    'process user',
    'process username',
    'effective username',
    'user target name',
    // Defender XDR `InitiatingProcessAccountName` (a bare `AccountName` stays: Azure storage).
    'process account name',
    // Auditbeat `auditd.summary.actor.primary` (the login uid's name) and `.secondary` (the uid's).
    'summary actor primary',
    'summary actor secondary',
  ].map((phrase) => ({ phrase, entity: 'USERNAME' })),
  // auditd's login uid as `ausearch -i` / Auditbeat / Wazuh write it by name (`auid: asingh`); a
  // number there is read as any number.
  { phrase: 'auid', entity: 'USERNAME' },
  // Who asked for access, by login (Saviynt ARS `requestor`, a ticket's `requester`), and an audit
  // event's `actor.name` (SailPoint ISC search events: `"actor": {"name": "phil.ellis"}`; read with
  // its parent): whole names only. A display name, an e-mail or an id there is read as any text
  // (engine.ts, keptUnderKey), and a system account (`System`, `spadmin`-style service names by
  // their shape) stays (red-team round 65).
  ...['requestor', 'requester', 'actor name'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Who approved a wire, a journal or a check in brokerage operations (`approvals[].approver`;
  // red-team round 82): the same reading, a desk's service account stays. Not `approvedBy`, which
  // names a role account as often (a teller system's `approvedBy=supervisor.0417`, round 69).
  { phrase: 'approver', entity: 'USERNAME', whole: true },
  // Who accepted, confirmed, verified, reviewed or rejected a record hint, a match or a review item
  // (an Ancestry-style hint's `acceptedBy`, a MyHeritage-style match review's `confirmedBy`,
  // `verifiedBy` / `rejectedBy`; red-team round 89 and its leftovers): whole names only. A way of
  // verifying (`email`, `sms`), a team (`dsl-team`) or a system account there stays
  // (structure/types.ts keptUnderKey), a display name is a person's, an id is read as any text.
  ...['accepted by', 'confirmed by', 'verified by', 'rejected by', 'declined by', 'reviewed by', 'validated by'].map((phrase) => ({
    phrase,
    entity: 'USERNAME',
    whole: true,
  })),
  // Who coded, tagged or redacted a document in a review platform's export (a redaction log's
  // `redactedBy`, a coding history's `codedBy` / `taggedBy`; red-team round 96): the same reading.
  ...REVIEW_ACTION_LOGIN_KEYS.map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Who asked for a part and who released a flight, by login (a Ramco-style parts issue's
  // `requestedBy`, a dispatch release's `dispatcher=`; red-team round 90): whole names only; a
  // display name or an e-mail there is read as any text, a service account stays.
  ...['requested by', 'dispatcher'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Dealer and lender staff by login (red-team round 93): an F&I menu log's `presentedBy`, a
  // collection note's `collector`, a trade-in appraisal's `appraiser`, a CRM lead's `BdcRep`.
  // Whole names only; a display name there is read as any text, an agency's name and a service
  // account stay (structure/types.ts keptUnderKey).
  ...DEALER_STAFF_LOGIN_KEYS.map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Who audited a pharmacy, by login (a network desk audit's `auditor`; red-team round 92): whole
  // name only; a display name or an e-mail there is read as any text, a service or role account
  // stays. (`reviewer` reads only initial-and-surname logins below: a back office's team accounts
  // stand there as often, `kyc-ops-de`, round 73.)
  { phrase: 'auditor', entity: 'USERNAME', whole: true },
  // Who reviewed or approved a PA, an exception or an audit finding, and a contact-centre case's
  // agent (`reviewer=`, `approvedBy=`, a CRM export's `Agent:`; red-team round 92 and its
  // leftovers), a kennel's report card's `employee` and a controlled-drug log's `dispensedBy`
  // (red-team round 99): whole names only, and only a login that reads as a person's by its shape
  // (structure/types.ts keptUnderKey, login-names.ts isPersonLoginShape): team, queue, role and
  // service accounts stand there as often (`kyc-ops-de` round 73, `supervisor.0417` round 69,
  // `ts-queue-eu-2` round 16) and stay, as do user agents and programs under `agent`.
  ...STAFF_LOGIN_KEYS.map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // An HR system's login under `User_ID` (Workday Get_Workers `wd:User_ID`, RaaS and sign-on
  // reports' `User ID`; SuccessFactors / BambooHR `userId`; left63): whole name only. An id there
  // (hex, a UUID, digits, `usr_4411`) is kept (structure/types.ts keptUnderKey), as is a system
  // or integration account (`ISU_Payroll`, login-names.ts).
  { phrase: 'user id', entity: 'USERNAME', whole: true },
  // The login of who made a request or owns a process as telemetry records it (red-team round 70):
  // OpenTelemetry `enduser.id` (the username or client id from the access token) and
  // `process.owner`, Datadog's user-tracking `usr.id`, an OpenFeature evaluation context's
  // `targetingKey` and OpenTelemetry's `feature_flag.context.id`. An id there (`cust_99124`, a
  // UUID, digits) stays (structure/types.ts keptUnderKey), an e-mail is read as any text.
  ...['enduser id', 'end user id', 'process owner', 'feature flag context id'].map((phrase) => ({ phrase, entity: 'USERNAME' })),
  ...['usr id', 'targeting key'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Sentry's dynamic sampling context in the `baggage` header (`sentry-user_id=…`, beside
  // `sentry-trace_id`, `sentry-release`): the user the SDK was told of (left70).
  { phrase: 'sentry user id', entity: 'USERNAME', whole: true },
  // An audit event's `actor` (GitHub / GitLab audit-log events: the login that acted) and the CI
  // variables that name the login who started a job (GitHub Actions `GITHUB_ACTOR` /
  // `GITHUB_TRIGGERING_ACTOR`, GitLab `GITLAB_USER_LOGIN`, CircleCI `CIRCLE_USERNAME`; red-team round
  // 66); whole name only: an `actor` object's members are read by their own names (engine.ts
  // inheritedEntity), a display name there is a person's name, an e-mail or an id any text.
  ...[
    'user name',
    'login',
    'usr',
    'usr name',
    'src user',
    'dst user',
    'suser',
    'duser',
    'srcuser',
    'dstuser',
    'actor',
    'github actor',
    'github triggering actor',
    'gitlab user login',
    'circle username',
    // Customer-identity claims that hold the login (red-team round 72): OpenID Connect's
    // `preferred_username`, Cognito's `cognito:username`, a GitHub sign-in's `github_login` /
    // `gh_login`.
    'preferred username',
    'cognito username',
    'github login',
    'gh login',
    // ServiceNow's `sys_created_by` / `sys_updated_by` (HR Service Delivery cases, journal and
    // audit rows: the `user_name` of who wrote the record; red-team round 74). A system account
    // there (`system`, `admin`, integration users) stays (login-names.ts isSystemAccount).
    'sys created by',
    'sys updated by',
    // Chrome's `Login Data` `logins` table as forensic extracts print it (`origin_url`,
    // `username_value`, `password_value`): the saved login (red-team round 86).
    'username value',
    // Who changed an order, a proposal or a record in an order-management, rebalancing or CRM
    // audit (`modifiedBy`, `lastModifiedBy`, `changedBy`; leftovers of red-team round 82). A display
    // name or an e-mail there is read as any text, a system or role account stays.
    'modified by',
    'last modified by',
    'changed by',
    // Who cleared or answered an alarm or a call in wander-management, door-alarm and nurse-call
    // logs (`cleared_by=sbaptiste`, `acknowledgedBy`; red-team round 87).
    'cleared by',
    'acknowledged by',
    'answered by',
    // Who last changed a record in a ChMS's, a giving platform's or a benevolence fund's audit
    // (`updated_by=tbrannigan` beside `modified by`, a case's `caseworker`; red-team round 98).
    'updated by',
    'last updated by',
    'caseworker',
    'case worker',
    // A registrar's or a records office's clerk who issued a certificate, by login (state vital
    // records fulfilment logs: `status=ISSUED clerk=rdelgado`; red-team round 89).
    'clerk',
    // The technician a work order or a service issue is assigned to and the inspector of a
    // move-out inspection, by login (Rent Manager `AssignedToUserName`, an inspection app's
    // `inspector=`; red-team round 100).
    'assigned to user name',
    'assigned to username',
    'inspector',
    // Who took a funeral home's first call and who synced a director's notes (`taken_by=jmcallister`,
    // `synced_by`: first-call logs and arrangement-note apps; red-team round 101).
    'taken by',
    'synced by',
  ].map((phrase) => ({
    phrase,
    entity: 'USERNAME',
    whole: true,
  })),
  // A whistleblowing report's key (NAVEX EthicsPoint `Report Key`, which with the reporter's
  // password opens the anonymous report for follow-up; red-team round 74): a credential, not the
  // case's number (`reportNumber` stays). Whole name only: a reporting tool's `report_key_id`
  // names a report.
  { phrase: 'report key', entity: 'SECRET', whole: true },
  // Yardi Voyager's interface licence, which every SOAP call of an integration sends beside its
  // login and password (`<InterfaceLicense>` of ItfResidentData, ItfILSGuestCard…; red-team round
  // 100): a vendor's key.
  { phrase: 'interface license', entity: 'SECRET', whole: true },
  // An address object's lines as Stripe, Jumio, Afterpay and Checkout.com name them (`address.line1`;
  // red-team round 47: a document's street in capitals, `418 ALMOND AVE`); whole name only.
  ...['line1', 'line2', 'line 1', 'line 2'].map((phrase) => ({ phrase, entity: 'ADDRESS', whole: true })),
  // Vehicle registration plates (fleet and parking logs): no detector can tell one by its shape.
  ...[
    'license plate',
    'licence plate',
    'number plate',
    'plate',
    'plate number',
    'vehicle registration',
    'kennzeichen', // de
    'immatriculation', // fr
    'matricula', // es, pt
    'targa', // it
    'kenteken', // nl
  ].map((phrase) => ({ phrase, entity: 'LICENSE_PLATE' })),
  // NYC Open Data "Parking Violations Issued" `Plate ID` and a plate reader's `plateId`: the plate
  // itself, not an id of one (red-team round 94; `id` after a phrase otherwise describes it).
  { phrase: 'plate id', entity: 'LICENSE_PLATE' },
  // A toll transponder (E-ZPass-style tag) under its names (`transponder`, `transponderId`,
  // `tagSerial`, `toll_tag_number`): it names the account holder's vehicle (red-team round 94).
  // Not `tag` or `tag id` alone: image, release and RFID tags.
  ...['transponder', 'transponder id', 'transponder number', 'tag serial', 'tag serial number', 'toll tag', 'toll tag number'].map(
    (phrase) => ({ phrase, entity: 'DEVICE_ID' }),
  ),
  // A court case's defendant by name (`defendant="…"` of a case-management log line, a docket's
  // `defendant_name`; red-team round 94): whole names only, `defendant_dob` is read as a date.
  ...['defendant', 'defendant name'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // The staff member a public-records request is assigned to (NextRequest `point_of_contact`, a
  // login; red-team round 94): a display name there is left to the name detectors (keptUnderKey).
  { phrase: 'point of contact', entity: 'USERNAME', whole: true },
  ...['iban'].map((phrase) => ({ phrase, entity: 'IBAN' })),
  ...[
    'account number',
    'bank account',
    'acct number',
    'acct no',
    'bank account number',
    // Payroll exports' direct-deposit columns (ADP `DD Account`, `Direct Deposit Account`).
    'dd account',
    // Where a payout goes (red-team round 30: `beneficiary_acct`, `payee_account`, `bank_acct`).
    'beneficiary account',
    'beneficiary acct',
    'payee account',
    'payee acct',
    'bank acct',
    // Payment hubs' and ISO 20022's abbreviated account names: the account charges are taken from
    // (`ChrgsAcct`, `chargesAcct`, `chgAcct`) and the ordering customer's (`ordCustAcct`; SWIFT
    // 50K's account line): leftovers of red-team round 69.
    'chrgs acct',
    'charges acct',
    'charges account',
    'chg acct',
    'ord cust acct',
    'ordering customer account',
    'direct deposit account',
    // Where a wire or journal is taken from and a retirement account's number in brokerage and
    // recordkeeping records (`fromAccount`, `ira_acct`; red-team round 82).
    'from account',
    'ira acct',
    'ira account',
    'kontonummer', // de, sv, da, no
    'numero de cuenta', // es
    'numero de compte', // fr
    'rekeningnummer', // nl
  ].map((phrase) => ({
    phrase,
    entity: 'BANK_ACCOUNT',
  })),
  ...[
    'passport',
    'passport number',
    'passport no',
    'pasaporte',
    'passeport',
    'passaporto',
    'passaporte',
    'reisepass',
    'paspoort',
    'pass nummer',
    'pasport', // sk, cs, sl, hr, az, uz (round 20)
  ].map((phrase) => ({ phrase, entity: 'PASSPORT' })),
  ...['driver license', 'drivers license', 'driving licence', 'driver licence', 'license number', 'dl number'].map((phrase) => ({
    phrase,
    entity: 'DRIVER_LICENSE',
  })),
  // A list of them under the plural alone (a quote's `licenses: ["…", "…"]`, red-team round 37):
  // software licences (`MIT`, `Apache-2.0`) and licence keys stay (keptUnderKey, structure/types.ts).
  ...['licenses', 'licences'].map((phrase) => ({ phrase, entity: 'DRIVER_LICENSE', whole: true })),
  // ID.me's attribute `{handle: "social", value}` (red-team round 46): alone, `social` is as often
  // a profile's links, so only an SSN's shape stays masked under it (keptUnderKey, structure/types.ts).
  { phrase: 'social', entity: 'US_SSN', whole: true },
  ...[
    'tax id',
    'tin',
    // IRS Form W-8BEN line 6a `Foreign tax identifying number` (a creator's or contractor's tax
    // form in a payout platform's event: red-team round 62).
    'tax identifying number',
    'national id',
    'national id number',
    // IVMS101 (Travel Rule) `nationalIdentification.nationalIdentifier` (red-team round 50).
    'national identifier',
    'identity number',
    'id card number',
    // Identity-document checks (KYC APIs: `document: {type: ID_CARD, document_number: …}`).
    'document number',
    'id number',
    // The number an identity-verification check read off the document (`idv_number` of a CRM
    // custom field copied from Stripe Identity verified_outputs; red-team round 47).
    'idv number',
    // The `ID No.` caption of identity cards, as OCR key-value pairs write it (`"ID NO"="…"`).
    'id no',
    'identification number',
    // IDnow's result `identificationdocument: {number: {value}}` (the number member read with its
    // parent's name, glued in lower case; left73).
    'identification document number',
    // A handover's or a check-in's identity document under its own name (`releasedTo: {idDocument}`,
    // `identityDocument`: ground handling apps, leftovers of red-team round 90).
    'id document',
    'identity document',
    'citizen id',
    // Local names of national identifiers without an entity type of their own.
    'personnummer', // se, no
    'hetu', // fi
    'henkilotunnus', // fi
    'cpr', // dk
    'cpr nummer', // dk
    'fodselsnummer', // no
    'steuer id', // de
    'steuernummer', // de
    'steueridentifikationsnummer', // de
    'sozialversicherungsnummer', // de
    'personalausweisnummer', // de
    // `ausweisnummer`, `vorherigeAusweisnummer`, the French `numéro de carte d'identité` (red-team round 60).
    'ausweisnummer', // de
    'carte identite', // fr
    'carte d identite', // fr
    'ahv nummer', // ch
    'bsn', // nl
    'burgerservicenummer', // nl
    'rijksregisternummer', // be
    'curp', // mx
    'cedula', // es-419
    'rut', // cl
    'amka', // gr
    'egn', // bg
    'oib', // hr
    'jmbg', // rs, ba, me, mk
    'rodne cislo', // cz, sk
    'isikukood', // ee
    'asmens kodas', // lt
    'personas kods', // lv
    'tc kimlik', // tr
    'tc kimlik no', // tr
    'tckn', // tr
    'nit', // co, gt, sv
    'cuit', // ar
    'cuil', // ar
    'hkid', // hk
    'my number', // jp
    'ird', // nz (Inland Revenue)
    'ird number', // nz
  ].map((phrase) => ({
    phrase,
    entity: 'NATIONAL_ID',
  })),
  // One entity per national identifier, as the value detectors report them, so a value found by
  // its field name and the same value found in free text get one token.
  ...(
    [
      ['UK_NINO', ['national insurance number', 'national insurance no', 'national insurance', 'nino', 'ni number']],
      ['UK_NHS', ['nhs number', 'nhs no', 'nhs id']],
      // `nas`: Quebec's numéro d'assurance sociale (a T4A / RL-1 slip's recipient; leftovers of
      // round 95); only a SIN's shape is one there (structure/types.ts keptUnderKey: a NAS device).
      ['CA_SIN', ['sin', 'sin number', 'social insurance number', 'nas', 'numero assurance sociale']],
      ['IN_AADHAAR', ['aadhaar', 'aadhar', 'aadhaar number', 'uidai']],
      ['IN_PAN', ['pan number', 'pan card', 'permanent account number']],
      ['ES_NIF', ['nif', 'dni', 'dni number', 'numero dni', 'documento nacional de identidad']],
      ['ES_NIE', ['nie', 'nie number']],
      ['IT_FISCAL_CODE', ['codice fiscale', 'fiscal code', 'cod fiscale']],
      ['FR_NIR', ['nir', 'numero securite sociale', 'social security number fr', 'insee number']],
      ['BR_CPF', ['cpf']],
      ['BR_CNPJ', ['cnpj']],
      ['AU_TFN', ['tfn', 'tax file number']],
      ['AU_ABN', ['abn', 'australian business number']],
      ['AU_MEDICARE', ['medicare number', 'medicare card', 'medicare no', 'medicare num']],
      ['SG_NRIC', ['nric', 'fin number', 'nric fin']],
      ['PL_PESEL', ['pesel']],
      ['RO_CNP', ['cnp', 'cod numeric personal']],
      ['KR_RRN', ['rrn', 'resident registration number']],
      // Korea Customs Service personal customs clearance code (개인통관고유부호, `P` + 12 digits):
      // the id Korean buyers give every overseas shop and forwarder (red-team round 42).
      ['KR_PCCC', ['pccc', 'personal customs clearance code', 'personal customs code']],
      ['US_ITIN', ['itin']],
      ['US_NPI', ['npi', 'npi number', 'national provider identifier']],
      // The Medicare Beneficiary Identifier under its own name in eligibility and claims JSON
      // (`mbi`, `medicareBeneficiaryId`; red-team round 61).
      ['US_MBI', ['mbi', 'medicare beneficiary id', 'medicare beneficiary identifier', 'medicare beneficiary number']],
      // And under the names home care and EVV systems give it (AlayaCare's client attribute
      // `medicare_id`, `medicareId`), or the legacy claim number's (`hicn`; red-team round 87).
      ['US_MBI', ['medicare id', 'hicn']],
      ['US_DEA', ['dea number', 'dea registration']],
      // A health plan's member under the names pharmacy and claims records give it (red-team round
      // 45): NCPDP SCRIPT `BenefitsCoordination/CardholderID`, integrators' `cardholderId`,
      // `subscriberId`, a legacy export's `ins_mbr`. Not `memberId` alone: a SaaS workspace's
      // member too (red-team round 30). Card-issuing APIs' object ids stay (types.ts keptUnderKey).
      [
        'HEALTH_PLAN_ID',
        ['cardholder id', 'cardholder identifier', 'subscriber id', 'insurance member id', 'ins mbr', 'ins member id', 'medicaid id']
          // Eligibility APIs' subscriber and patient member ids (pVerify-style `subscriberMemberId`;
          // red-team round 103).
          .concat(['subscriber member id', 'patient member id'])
          // A state Medicaid program's id of its member under the names resident, home health
          // and EVV systems give it (PointClickCare `medicaidNumber`, `medicaid_num`, `MedicaidNo`;
          // red-team round 87).
          .concat(['medicaid number', 'medicaid num', 'medicaid no'])
          // NCPDP SCRIPT ePA `BenefitsCoordination/PBMMemberID` (red-team round 92).
          .concat(['pbm member id']),
      ],
      // A PACE enrollee's id under its own name (`pace_participant_id`: PACE platforms' day-center
      // and transport events; leftovers of red-team round 87). A bare `participant id` is a trial's.
      ['HEALTH_PLAN_ID', ['pace participant id', 'pace participant number', 'pace participant no']],
      ['MEDICAL_RECORD_NUMBER', ['mrn', 'medical record number', 'medical record no']],
      // The revenue cycle's account of a patient (red-team round 53): X12 CLM01 / CLP01 as
      // clearinghouse JSON names it (`patientControlNumber`, Change Healthcare
      // `patientAccountNumber`), a statement's guarantor account. An account number under HIPAA's
      // identifiers; a payer's claim control number (`payerClaimControlNumber`) is the payer's id
      // of the claim and stays.
      [
        'PATIENT_ACCOUNT_NUMBER',
        ['patient control number', 'patient control no', 'patient account number', 'patient account no', 'patient account']
          .concat(['patient acct', 'patient acct no', 'pt acct', 'pt account', 'guarantor account', 'guarantor acct'])
          .concat(['guarantor account number', 'guarantor acct no']),
      ],
      // A pet's ISO 11784 microchip (the registries resolve it to the owner's name and phone) and
      // its rabies tag or dog licence (the county's register does), red-team round 53; under a
      // generic `chip id` only a microchip's digits are one (structure/types.ts keptUnderKey).
      // A pet passport's and a European PIMS's transponder (`Transpondernummer`, Dutch
      // `Transpondercode`, `Chipnummer`: red-team round 99), joined words only (a toll tag is a
      // `transponder`).
      [
        'MICROCHIP_ID',
        ['microchip', 'microchip number', 'microchip id', 'microchip no', 'microchip code', 'chip id', 'chip number'].concat([
          'transpondernummer',
          'transpondercode',
          'chipnummer',
        ]),
      ],
      [
        'PET_LICENSE_NUMBER',
        [
          'rabies tag',
          'rabies tag number',
          'rabies tag no',
          'rabies certificate number',
          'dog license number',
          'dog licence number',
        ].concat(['pet license number', 'pet licence number', 'rabies license number', 'rabies licence number']),
      ],
      ['ABA_ROUTING', ['routing number', 'aba number', 'aba routing', 'routing transit number', 'dd aba', 'direct deposit aba']],
      ['SWIFT_BIC', ['swift', 'swift code', 'bic', 'bic code']],
      ['CARD_EXPIRY', ['card expiry', 'card expiration', 'card exp', 'cc exp', 'cc expiry']],
      ['VIN', ['vin', 'vehicle identification number']],
      ['IMEI', ['imei', 'imeisv']],
      // ITU-T E.118 SIM card numbers in eSIM activation, SIM-swap and provisioning events
      // (`iccid`, `oldIccid`, Android `SubscriptionInfo.getIccId`).
      ['ICCID', ['iccid', 'icc id', 'sim serial number']],
      // GSMA SGP.22 eUICC identifier of an eSIM device (`eid` alone names event ids too).
      ['EUICC_ID', ['euicc id', 'eid number']],
      // OCPI 2.2 Token `visual_number` (the number printed on a charging card) and the eMAID.
      ['EMOBILITY_ACCOUNT_ID', ['visual number', 'emaid', 'emobility account id']],
      // 3GPP TS 23.003 subscriber identity in CDRs and Diameter / GTP traces (`servedIMSI`).
      ['IMSI', ['imsi']],
      // Pay in HR and payroll exports (Workday `Base_Pay`, BambooHR `payRate`, ADP `gross pay`).
      [
        'COMPENSATION',
        ['salary', 'base salary', 'annual salary', 'base pay', 'pay rate', 'gross pay', 'net pay', 'hourly rate', 'wage', 'wages'],
      ],
      // Immigration records (red-team round 35): USCIS A-numbers, I-94 admission numbers, SEVIS ids,
      // UK GWF / BRP, IRCC UCI, Australian visa grants, E-Verify cases, DS-160 confirmations.
      ['US_A_NUMBER', ['a number', 'alien number', 'alien registration number', 'uscis number', 'uscis a number']],
      [
        'IMMIGRATION_CASE_NUMBER',
        [
          'i94 number',
          'i94 admission number',
          'admission number',
          'sevis id',
          'sevis number',
          'gwf reference',
          'gwf number',
          'brp number',
          'uci',
          'visa grant number',
          'everify case number',
          'e verify case number',
          'ds160 confirmation',
          'uscis receipt number',
          // Hiring and onboarding records (red-team round 43): Form I-9 / E-Verify document fields
          // (`i94`, `ead_card_number`, `i766_number`, `i551_number`), UK Home Office right-to-work
          // share codes.
          'i94',
          'ead card number',
          'ead number',
          'i766 number',
          'i551 number',
          'green card number',
          'share code',
          'rtw share code',
        ],
      ],
      // Criminal-history identifiers in booking and RMS records (FBI Universal Control Number, state id).
      // UK DBS certificate numbers of hiring checks (red-team round 43).
      [
        'CRIMINAL_RECORD_NUMBER',
        [
          'fbi number',
          'fbi no',
          'ucn',
          'state id number',
          'sid number',
          'dbs certificate number',
          'dbs certificate no',
          'dbs number',
          'dbs check number',
          'dbs update service number',
        ],
      ],
      // Travel documents in airline booking APIs (IATA NDC `IdentityDoc/IdentityDocID`).
      ['PASSPORT', ['identity doc id', 'identity document id', 'travel document number']],
      ['MAC_ADDRESS', ['mac address', 'mac addr', 'hw addr', 'hardware address']],
      // A building device's own address under its name (Kisi `reader_mac`, UniFi `ap_mac`, a
      // RADIUS `Called-Station-Id`; red-team round 106): kept whole (structure/types.ts
      // keptUnderKey), as macAddress keeps a reader's named before it in text. Not a Wi-Fi scan's
      // `bssid`: the network a phone sees tells where its person is (red-team round 8).
      ['MAC_ADDRESS', ['ap mac', 'reader mac', 'controller mac', 'camera mac', 'gateway mac', 'router mac', 'called station id']],
      [
        'GEO_COORDINATES',
        [
          'latitude',
          'longitude',
          'lat',
          'lng',
          'lon',
          'geo location',
          'geolocation',
          'gps',
          'coordinates',
          'lat lng',
          'lat lon',
          'lat long',
        ],
      ],
      // A Wi-Fi network's name (`ssid`, `wifi_ssid`, an ESP32's `sta.ssid`, Apple's `SSID_STR`): a
      // person's only where it names a household (`Abernathy-Family-5G`); any other network name
      // stays (structure/types.ts keptUnderKey; red-team round 76).
      ['PERSON', ['ssid']],
      ['CRYPTO_WALLET', ['wallet address', 'btc address', 'eth address', 'bitcoin address', 'ethereum address', 'crypto wallet']],
      // The tag or memo that routes a deposit to one customer's account on a shared address (XRP
      // `DestinationTag`, Fireblocks `destinationTag`, Binance `addressTag`; red-team round 73).
      ['CRYPTO_WALLET', ['destination tag', 'dest tag', 'address tag']],
      // A memo does the same on Stellar, Cosmos, EOS, Hedera and BNB chains (Horizon
      // `memo_type: "id"` + `memo`, a chain watcher's `memo=…`, Kraken / Binance `memo`): only its
      // numeric form is a customer's deposit id; a text memo stays (structure/types.ts keptUnderKey;
      // left73).
      ['CRYPTO_WALLET', ['memo', 'memo id']],
      // IVMS101 (Travel Rule) `nameIdentifier` / Sygna `name_identifier` and their `localNameIdentifier`,
      // `phoneticNameIdentifier`: a natural person's `primaryIdentifier` / `secondaryIdentifier`
      // (its members inherit it; `nameIdentifierType` stays a code), also under a log shipper's
      // flattened `….nameIdentifier.0.primaryIdentifier` (red-team round 73). A legal person's
      // `legalPersonName` is read by its own name.
      ['PERSON', ['name identifier']],
      // The same members read without their parent (a log line's `"primary_identifier":"…"` pairs,
      // a gateway's `primary_identifier=… secondary_identifier=…`): IVMS101's surname and given
      // names; `…IdentifierType` stays a code.
      ['PERSON', ['primary identifier', 'secondary identifier']],
      ['GCP_PRIVATE_KEY_ID', ['private key id']],
      ['PASSWORD_HASH', ['password hash', 'passwd hash', 'pwd hash', 'hashed password', 'password digest']],
      [
        'DB_CREDENTIALS',
        ['database url', 'db url', 'database uri', 'db uri', 'jdbc url', 'mongo uri', 'mongodb uri', 'redis url', 'amqp url'],
      ],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Health, tax, education and device records (red-team round 8): the names their systems give
  // identifiers that no value detector can tell by shape.
  ...(
    [
      // Epic Clarity `PAT_NAME` / `PAT_MRN_ID`, Oracle Health `personName`, DICOM
      // `ReferringPhysicianName`, Canvas `sortable_name`, IRS MeF `PersonLastNm`, voter files'
      // `Name_Last`, benefit claims' `claimantName`, face-match `personName`.
      [
        'PERSON',
        ['pat name', 'person name', 'sortable name', 'physician name', 'claimant name', 'first nm', 'last nm', 'name last', 'name first'],
      ],
      // HIPAA's "any other unique identifying number" of a patient: DICOM `PatientID` and
      // `AccessionNumber`, Epic `PAT_MRN_ID`, NCPDP `MedicalRecordIdentificationNumberEHR`.
      ['MEDICAL_RECORD_NUMBER', ['mrn id', 'patient id', 'accession number', 'medical record identification number']],
      // Oracle Health (Cerner) encounter "financial number" (`fin`, `FIN NBR`), an account of one visit.
      ['MEDICAL_RECORD_NUMBER', ['fin', 'fin nbr', 'encounter number']],
      // FERPA education records: SIS student numbers, Canvas `sis_user_id`.
      ['STUDENT_ID', ['student id', 'student number', 'sis user id', 'sis id']],
      // Round 38: learner ids as rostering, SIS and LMS records name them: Ed-Fi `studentUniqueId`,
      // PowerSchool `state_province_id`, D2L `OrgDefinedId`, PeopleSoft `EMPLID`, LTI
      // `lis_person_sourcedid`, Common App ID, UK ULN, India APAAR, AU USI. Not Italian `matricola`:
      // also the staff number of payroll records (cedolino), a look-alike of round 22.
      [
        'STUDENT_ID',
        [
          'student unique id',
          'state student id',
          'state province id',
          'org defined id',
          'emplid',
          'person sourcedid',
          'common app id',
          'uln',
          'unique learner number',
          'apaar',
          'apaar id',
          'unique student identifier',
          // Leftovers, stop 37: a state's student id as rostering APIs name it (Clever `state_id`,
          // ClassLink `metadata.classlink.stateId`); the value must have an id's digits
          // (structure/types.ts keptUnderKey: a workflow's `stateId: 10001` stays). Not a bare
          // `stu`: PowerSchool's portal writes its internal record number so (`?stu=210337`).
          'state id',
        ],
      ],
      // A person's own identifier under `personalId` (UCAS Personal ID `123-456-7890`): 8 or more
      // digits only (keptUnderKey).
      ['NATIONAL_ID', ['personal id']],
      // Pinyin field names of Chinese forms: `lianxi_dianhua` (contact phone), `shouji` (mobile).
      ['PHONE', ['dianhua', 'shouji']],
      // API gateways' per-subscriber keys (Azure APIM `Ocp-Apim-Subscription-Key`, Blackbaud SKY
      // `Bb-Api-Subscription-Key`).
      ['SECRET', ['subscription key']],
      // IRS employer identification numbers (W-2 `EmployerEIN`, claims' `lastEmployerFein`).
      ['US_EIN', ['ein', 'fein', 'employer identification number']],
      // HMRC Self Assessment Unique Taxpayer Reference.
      ['UK_UTR', ['utr', 'unique taxpayer reference']],
      // Direct-deposit accounts of refunds and benefit payments (`directDepositAcct`, `dd_account`).
      ['BANK_ACCOUNT', ['deposit acct', 'deposit account', 'dd account', 'dd acct']],
      // Wi-Fi pre-shared keys (wpa_supplicant `psk=`), smart-lock user codes, OCPP RFID `idTag`.
      ['SECRET', ['psk', 'wpa psk', 'lock code', 'door code', 'keypad code', 'id tag']],
      // OCPP 1.6 Security Profile 1 / 2 `AuthorizationKey` (the charge point's Basic-auth
      // password), as ChangeConfiguration and GetConfiguration carry it.
      ['SECRET', ['authorization key']],
      // UK electricity and gas supply points and meter serials (a meter is at one home).
      ['METER_POINT_ID', ['mpan', 'mprn', 'meter point', 'meter serial', 'meter serial number']],
      // Round 71: a Dutch or German CRM's customer name (`klantnaam`, `Kundenname`); SAP's address
      // fields (BAPI / ADRC `POSTL_COD1`, `POST_CODE1`: a postcode).
      ['PERSON', ['klantnaam', 'naam klant', 'kundenname']],
      // Round 99: a pet's keeper and owner in a registry's change log (Petlog `keeper_name=`) and a
      // Dutch pet passport's `Eigenaar` (section I). Not German `Tierhalter`: a PIMS export writes
      // `Tierhalter: …; Anschrift: …` on one line, which a configuration line would read whole
      // (person-names.ts reads the label).
      ['PERSON', ['keeper name', 'eigenaar']],
      ['POSTCODE', ['postl cod1', 'postl cod2', 'post code1', 'post code2']],
      // Round 71: a Texas ESI ID (`esiId`), German market and metering locations' ids (`marktlokationsId`,
      // `messlokationsId`, `maloId`, `zaehlpunktbezeichnung`; not a bare `marktlokation`, often an
      // object); structure/types.ts keptUnderKey keeps what has no id's shape.
      [
        'METER_POINT_ID',
        ['esi id', 'marktlokations id', 'messlokations id', 'malo id', 'melo id', 'zahlpunktbezeichnung', 'zaehlpunktbezeichnung'],
      ],
      ['ADDRESS', ['supply address']],
      // Round 44: EU energy connection codes (`ean`, `ean_elektra`, `ean_gas`: 18 digits, GS1;
      // structure/types.ts keptUnderKey keeps anything else there, a product's barcode too); the
      // codes of a field visit (`key_safe_code`, `gate_code`), a NETELLER `secureId`, prepaid
      // voucher `pins`; a wallet's or BankID's `personalNumber`; where a bill or an SMS goes (not
      // `mobil`: alone a platform flag, round 20).
      ['METER_POINT_ID', ['ean']],
      ['SECRET', ['key safe', 'keysafe', 'gate code', 'secure id', 'pins']],
      ['NATIONAL_ID', ['personal number']],
      ['PERSON', ['billed to']],
      // A senior-living resident's agent under a power of attorney (`poaName`, `poa_name`; red-team
      // round 87). Not a bare `poa`: a claim line's present-on-admission indicator.
      ['PERSON', ['poa name', 'power of attorney name']],
      // The people of home care and senior-living exports by their column names (`Resident Name`,
      // `Caregiver Name`, `Aide Name`; red-team round 87). Not `client name`: OAuth's registered
      // application (RFC 7591 `client_name`).
      ['PERSON', ['resident name', 'caregiver name', 'aide name', 'responsible party name']],
      ['PHONE', ['sms to', 'telefoon']],
      // Spanish registration forms' birth date (`fecha_nac`, `f_nac`, `fechaNac`).
      ['DATE_OF_BIRTH', ['fecha nac', 'f nac']],
      // Round 48: the codes that open a door, a locker or a lock (Verkada `entry_code`, smart
      // lockers' `pickup_code`, Z-Wave JS `usercode`, a smart lock's `guest_code`); a room or desk
      // booking's booker (Condeco), a visitor sign-in's visitor and invitee.
      ['SECRET', ['entry code', 'pickup code', 'user code', 'guest code']],
      // An access badge's number under its name (LenelS2 OpenAccess `badge_id`, round 48): one holder's, and enough to clone a 26-bit card.
      ['SECRET', ['badge id', 'badge number', 'badge no']],
      // A coworking member's door credentials (Nexudus `AccessPincode`, `AccessCardId`,
      // `KeyFobNumber`; red-team round 106). Not a bare `pincode`: an Indian address's postcode.
      ['SECRET', ['access pincode', 'door pincode', 'access card id', 'access card number', 'key fob number', 'key fob id', 'fob number']],
      ['PERSON', ['booker name', 'booked by', 'visitor name', 'invitee name']],
      // Property-management, HOA and assisted-housing records (red-team round 100): a lockbox's or
      // a key box's code on a work order or a self-guided tour, and a HUD-50059 / TRACS household's
      // head and co-head (`HeadOfHousehold`, `hoh_name`, `co_head_name`) and its occupants.
      ['SECRET', ['lockbox code', 'lock box code', 'key box code', 'keybox code']],
      ['PERSON', ['head of household', 'hoh name', 'co head name', 'occupant name', 'occupant names']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Finance, credit, insurance, ad-tech, e-signature and marketplace records (red-team round 11):
  // the names their APIs and files give values no detector tells by shape.
  ...(
    [
      // TrueLayer `/info` `phones` / `emails` (lists of numbers and addresses).
      ['PHONE', ['phones']],
      ['EMAIL', ['emails']],
      // ACORD P&C XML `BirthDt`, CDIA Metro 2 base segment `dateBirth`.
      ['DATE_OF_BIRTH', ['birth dt', 'date birth']],
      // Metro 2 `firstLineOfAddress` / `secondLineOfAddress`.
      ['ADDRESS', ['line of address']],
      // MISMO 3.4 `TaxpayerIdentifierValue` (its type, SSN or ITIN, stands in a sibling).
      ['NATIONAL_ID', ['taxpayer identifier']],
      // Dropbox Sign `signer_name`, loan, rental, claim and ticketing parties.
      [
        'PERSON',
        [
          'signer name',
          'insured name',
          // ACORD-style abbreviated party records (`pty: {nm: …}`, read as `pty name`).
          'pty name',
          'policyholder name',
          'borrower name',
          'applicant name',
          'tenant name',
          'landlord name',
          'rider name',
          'attendee name',
          'recipient name',
        ],
      ],
      // Bank-change forms' `accno` / `acc_no`, `account_no`; Bill.com vendors' `accNumber`.
      ['BANK_ACCOUNT', ['acc no', 'account no', 'acc number']],
      // DocuSign recipient `accessCode`: the code a signer types to open the envelope.
      ['SECRET', ['access code']],
      // ACORD `PolicyNumber`, FNOL `policyNumber`, policy-admin `policy_no`: names the insured.
      ['INSURANCE_POLICY_NUMBER', ['policy number', 'policy no', 'policy num', 'policy nr']],
      // Sapiens / Majesco / Duck Creek `PolicyRef`, `PolicyReference`: the same number by another
      // name (leftovers of red-team round 75); only a policy number's shape is one there
      // (structure/types.ts keptUnderKey), so a policy document's `policyRef: "Code of Conduct 4.2"`
      // or an access policy's name stays.
      ['INSURANCE_POLICY_NUMBER', ['policy ref', 'policy reference']],
      // OpenRTB `device.ifa`, iOS IDFA / IDFV, Android GAID / AAID, `user.buyeruid` (the bidder's
      // cookie id of the user): identifiers of one person's device or browser across sites.
      // OpenRTB 2.6 `user.eids[].uids[]` and Prebid `userId` modules (Unified ID 2.0 tokens, The
      // Trade Desk `tdid`, `pubcid`, ID5, LiveRamp RampID envelopes `idl_env`).
      [
        'ADVERTISING_ID',
        [
          'ifa',
          'idfa',
          'idfv',
          'gaid',
          'aaid',
          'advertising id',
          'mobile ad id',
          'buyeruid',
          'buyer uid',
          'uids',
          'uid2',
          'tdid',
          'pubcid',
          'id5id',
          'idl env',
          'ramp id',
        ],
      ],
      // Loan, rental and KYC applications: income is pay by another name.
      ['COMPENSATION', ['annual income', 'monthly income', 'yearly income', 'gross income', 'household income']],
      // A gift card's number, or the claim code that redeems it (Amazon Incentives `gcClaimCode`).
      ['GIFT_CARD_NUMBER', ['gift card number', 'gift card no', 'gift card code', 'giftcard number', 'claim code', 'redemption code']],
      ['LOYALTY_NUMBER', ['loyalty number', 'loyalty id', 'loyalty card number', 'membership number', 'member number', 'rewards number']],
      // A library card's number, the patron's barcode, under its own names (an API gateway's
      // `patron_card`, an OpenAthens attribute `libraryCardNumber`, a booking's `patronBarcode`;
      // red-team round 104). A bare `barcode` or `card` is read by its value (structure/id-shape-members.ts).
      [
        'LOYALTY_NUMBER',
        [
          'library card',
          'library card number',
          'library card no',
          'patron card',
          'patron card number',
          'patron barcode',
          'borrower barcode',
        ],
      ],
      // Airline records (red-team round 55): a frequent-flyer number under its name or its programme's
      // (BCBP `frequentFlyerNumber`, `mileagePlusNumber`, an order's `fqtv`); US Secure Flight's
      // Known Traveler and DHS redress numbers (a traveller profile's `knownTravelerNumber`).
      [
        'LOYALTY_NUMBER',
        [
          'frequent flyer number',
          'frequent flier number',
          'frequent flyer no',
          'frequent traveller number',
          'ff number',
          'ffp number',
          'fqtv',
          'mileage plus number',
          'mileageplus number',
          'skymiles number',
          'aadvantage number',
          'flying blue number',
          'latam pass number',
          'executive club number',
        ],
      ],
      [
        'TRAVEL_DOCUMENT',
        ['known traveler number', 'known traveller number', 'known traveler id', 'redress number', 'redress no', 'trusted traveler number'],
      ],
      ['DATE_OF_BIRTH', ['born on']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Insurance and automotive records (red-team round 37): ACORD Life TXLife `PolNumber` and a party's
  // `GovtID` (its SSN or TIN), policy-admin `polNo`; a licence number under `dlNo` or after the party
  // that holds it (`buyer_dl`, `ownerDL`); a title's `registeredOwner`; agency-system phone columns
  // (`hmPh`, `cellPh`); a credit application's income under its party (`app_income`) and address
  // history; a mortgagee's or lienholder's loan number (the borrower's account with the lender).
  ...(
    [
      ['INSURANCE_POLICY_NUMBER', ['pol number', 'pol no', 'pol num']],
      ['NATIONAL_ID', ['govt id', 'gvt id', 'govt id number']],
      [
        'DRIVER_LICENSE',
        [
          'dl no',
          'dl num',
          'dl nr',
          ...['owner', 'buyer', 'seller', 'renter', 'driver', 'applicant', 'app', 'coapp', 'insured', 'claimant', 'member', 'cust'].map(
            (w) => `${w} dl`,
          ),
        ],
      ],
      ['PERSON', ['registered owner', 'reg owner', 'registered owner name']],
      // Credit applications' address history (RouteOne / Dealertrack `currentAddress`,
      // `previousAddress`) and a personal auto policy's `garagingAddress`.
      ['ADDRESS', ['current address', 'previous address', 'prior address', 'garaging address']],
      // Offboarding requests' `forwarding_address` (where the leaver's final payslip and P45 go)
      // and new hires' `personal_address` (red-team round 64).
      ['ADDRESS', ['forwarding address', 'personal address']],
      // A company's registered office and head office (Companies House `registered_office_address`,
      // a KYB record's `registeredAddress`): named here so that structure/types.ts keptUnderKey keeps
      // them whole, a company register's public entry (left73).
      ['ADDRESS', ['registered address', 'registered office', 'registered office address', 'head office address']],
      // A legacy pharmacy export's patient phone (`pt_ph` beside `pt_fnm`: red-team round 45).
      ['PHONE', ['home ph', 'hm ph', 'cell ph', 'work ph', 'wk ph', 'mobile ph', 'pt ph', 'pat ph', 'patient ph']],
      // A lab order's and a PIMS's parties' cell phones (Antech V6 `ClientCell`, `DoctorCell`;
      // red-team round 99): `cell` after a person's word (a bare `cell` is a key of its own; a
      // `cellId` or a spreadsheet's `cellValue` names no phone).
      ['PHONE', ['client cell', 'owner cell', 'customer cell', 'doctor cell', 'contact cell', 'parent cell', 'guardian cell']],
      ['COMPENSATION', ['app income', 'applicant income', 'coapp income', 'borrower income', 'stated income']],
      ['BANK_ACCOUNT', ['loan number', 'loan no', 'loan account number', 'lienholder account', 'lien account']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // A payoff's or a trade-in's loan account (`payoff.loanAccount`; red-team round 93), as `loan
  // number`; whole names only (`loanAccountType`, `loan_account_status` name no number).
  ...['loan account', 'loan acct'].map((phrase) => ({ phrase, entity: 'BANK_ACCOUNT', whole: true })),
  // Deeds and property records (red-team round 40): a recorder index's `grantor` / `grantee` (the
  // parties of a deed, written `LAST FIRST M`), a tax roll's `owner_of_record`, a title
  // commitment's `vested_in`. Whole names only: AWS `Grantee` objects and KMS `GranteePrincipal`
  // hold ARNs and canonical ids.
  ...['grantor', 'grantee', 'grantors', 'grantees'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  ...['grantor name', 'grantee name', 'owner of record', 'record owner', 'vested in', 'vested owner'].map((phrase) => ({
    phrase,
    entity: 'PERSON',
  })),
  // A real-estate agent's or a loan originator's own licence: RESO `ListAgentStateLicense`,
  // `BuyerAgentStateLicense`, `MemberStateLicense`; a 1003's `LoanOriginatorNMLSID` (a company's
  // NMLS id, `CompanyNMLSID`, is public and stays).
  ...['state license', 'state licence', 'agent license', 'agent licence', 'originator nmls', 'originator nmlsid', 'lo nmls'].map(
    (phrase) => ({ phrase, entity: 'PROFESSIONAL_LICENSE' }),
  ),
  // SaaS inventories and carriers' proof of delivery (red-team round 14): Jamf Pro
  // `userAndLocation.realname`, Slack `profile.real_name`; UPS Tracking `receivedBy`, FedEx
  // `signedForByName` / `deliverySignatureName`: the person who signed for a parcel.
  // Shipping-label APIs: EasyPost / Shippo / ShipStation `street1` / `street2`, the party names
  // of a shipment (`shipTo.name` is read as `ship to name`, structure/siblings.ts parentWordOf).
  ...[
    'real name',
    'received by',
    'signed for by',
    'signed for by name',
    'delivery signature name',
    'ship to name',
    'bill to name',
    'sold to name',
    'receiver name',
    'consignee name',
    'deliver to name',
    // Cross-border orders and customs pushes (red-team round 42: `buyerName`, `addresseeName`).
    'buyer name',
    'addressee name',
    'orderer name',
    'purchaser name',
    // People platforms: ATS, school, donor and tenant records (`candidate_name`, Clever SFTP
    // `STUDENT_LAST`, NPSP `npsp__Honoree_Name__c`).
    'candidate name',
    'applicant name',
    'student name',
    'student first',
    'student last',
    'student middle',
    'guardian name',
    'parent name',
    'donor name',
    // Campaign-finance records name the contributor's parts (an FEC filing tool's `contributor_last`
    // / `contributor_first`, OpenFEC `contributor_name`; a house party's `co-host`: red-team round 102).
    'contributor name',
    'contributor first',
    'contributor last',
    'contributor middle',
    'co host',
    'cohost',
    'tenant name',
    'honoree name',
    // Marriage licence and certificate records name the couple as numbered parties or by role
    // (`party1: {name, age}`, `bride.name`, `groom.name`: county clerk indexes and vital-records
    // orders; red-team round 89).
    'party1 name',
    'party 1 name',
    'party2 name',
    'party 2 name',
    'bride name',
    'groom name',
    // Sports, fitness and event records name their people by role (red-team round 85: a race
    // timer's `participant_name`, a club's `player_name`, an upload's `x-amz-meta-athlete-name`,
    // a studio's `instructor_name`, a league's `volunteer_name`).
    'athlete name',
    'player name',
    'runner name',
    'participant name',
    'entrant name',
    'competitor name',
    'coach name',
    'trainer name',
    'instructor name',
    'volunteer name',
  ].map((phrase) => ({ phrase, entity: 'PERSON' })),
  // Numbered contact fields (Moodle `phone1` / `phone2`, Dynamics 365 `telephone1`,
  // `emailaddress2`): the digit is glued to the word, so the phrase is written with it.
  ...['phone 1', 'phone 2', 'phone 3', 'telephone 1', 'telephone 2', 'telephone 3', 'mobile 1', 'mobile 2'].map((phrase) => ({
    phrase,
    entity: 'PHONE',
  })),
  ...['email 1', 'email 2', 'email 3', 'email address 1', 'email address 2', 'email address 3'].map((phrase) => ({
    phrase,
    entity: 'EMAIL',
  })),
  // Dynamics 365 contact `governmentid`: the contact's national id (SSN in the US).
  { phrase: 'government id', entity: 'NATIONAL_ID' },
  ...['street1', 'street2', 'street3'].map((phrase) => ({ phrase, entity: 'ADDRESS' })),
  // iCIMS person profile `addresses[]` members, written as one word (`addressstreet1`, `addresszip`: red-team round 43).
  ...['address street 1', 'address street 2', 'address street'].map((phrase) => ({ phrase, entity: 'ADDRESS' })),
  { phrase: 'address zip', entity: 'POSTCODE' },
  // Plaid `/auth/get` `numbers.ach` / `eft` / `bacs`: lists of an account's numbers (`{account,
  // routing}`, `{account, branch, institution}`, `{account, sort_code}`), whose bare `account` no
  // other name tells. Only as the whole name: `ach_return_code`, `eft_status` name other things.
  ...['ach', 'eft', 'bacs'].map((phrase) => ({ phrase, entity: 'BANK_ACCOUNT', whole: true })),
  // NetSuite / SuiteScript vendor fields (`achAcct`, red-team round 36).
  ...['ach acct', 'ach account'].map((phrase) => ({ phrase, entity: 'BANK_ACCOUNT' })),
  // Payment files and payout APIs (red-team round 33): ACB `homing account`, SPEI
  // `cuentaBeneficiario`, a demand deposit account (`--dda`: only as the whole name, `dda_status`
  // is not one); the payee of a SPEI dispersion or CNAB remittance as a whole column name
  // (`BENEFICIARIO`, `sacado_nome`). Not `debtor account`: Open Banking's `DebtorAccount` is an
  // object whose scheme name and holder it would mask as an account.
  ...['homing account', 'dda number', 'cuenta beneficiario', 'cuenta ordenante', 'clabe'].map((phrase) => ({
    phrase,
    entity: 'BANK_ACCOUNT',
  })),
  { phrase: 'dda', entity: 'BANK_ACCOUNT', whole: true },
  // Tax and benefits records (red-team round 46): IRS MeF `DepositorAccountNum` (a refund's
  // account; `dan` as the whole name, a preparer's `--dan` flag); a tax preparer's PTIN; HMRC
  // fraud-prevention header `Gov-Client-User-IDs` (`os=<login>&…`); the parties of permits, vehicle
  // records and child-welfare intake (`owner_first`, `owner_last`, `alleged_perpetrator: {name}`;
  // not `owner_name`: an owner may be a team, as structure/person-parent.ts holds).
  ...(
    [
      ['BANK_ACCOUNT', ['depositor account', 'depositor account num', 'depositor account number']],
      ['PROFESSIONAL_LICENSE', ['preparer ptin']],
      [
        'PERSON',
        [
          'gov client user ids',
          'owner first',
          'owner last',
          // An account or card holder's name parts in a payout DTO (`holderFirst`, `holderLast`; stop 40).
          'holder last',
          'perpetrator name',
          'victim name',
          'appellant name',
          'taxpayer name',
        ],
      ],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // The person a device, a tracker or a vehicle is issued to (AWS IoT thing `attributes.assignedTo`,
  // The Things Stack device `attributes.assigned_to`, an Azure IoT Hub twin's `tags.issuedTo`, an
  // asset's `custodian`; round 76 and its leftovers). Whole names only; structure/types.ts
  // keptUnderKey keeps what is not written as a person's name (a team, a shift, an id).
  // A matter's `custodians` list (an e-discovery intake form, a collection plan; red-team round 96).
  ...['assigned to', 'issued to', 'custodian', 'custodians'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // ID.me attribute handles `{handle: "lname", value}` (its `fname` is an SAP change document's name member).
  { phrase: 'lname', entity: 'PERSON', whole: true },
  // A dental attachment upload's query `patLast=…&patFirst=…` (red-team round 53); whole names only.
  ...['pat last', 'pat first', 'pt last', 'pt first', 'pat lname', 'pat fname'].map((phrase) => ({
    phrase,
    entity: 'PERSON',
    whole: true,
  })),
  // The people of a death record by their NCHS IJE mortality field names (the decedent's `GNAME`,
  // `DMIDDLE`, `DMAIDEN`; the father's `DDADF` / `DDADMID`, the mother's `DMOMF` / `DMOMMID` /
  // `DMOMMDN`, the spouse's `SPOUSEF` / `SPOUSEL` / `SPOUSEMIDNAME`, the certifier's `CERTFIRST` /
  // `CERTMIDDLE` / `CERTLAST`), a funeral-home system's abbreviated decedent (`dec_fname`,
  // `dec_lname`) and a pre-need form's insured (`insured_first`, `insured_last`): red-team round
  // 101. Whole names only (`gname` alone is a tar header's group: structure/types.ts keeps a system
  // account there).
  ...[
    'gname',
    'dmiddle',
    'dmaiden',
    'ddadf',
    'ddadmid',
    'dmomf',
    'dmommid',
    'dmommdn',
    'spousef',
    'spousel',
    'spousemidname',
    'certfirst',
    'certmiddle',
    'certlast',
    'dec fname',
    'dec lname',
    'insured first',
    'insured last',
    'decedent',
  ].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // A veteran's military service number and VA claim or file number (vets-json-schema 40-10007
  // `veteran.militaryServiceNumber`, `vaClaimNumber`: a pre-need burial application; red-team round
  // 101).
  ...['military service number', 'va claim number', 'va file number'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID' })),
  ...['dan', 'ptin'].map((phrase) => ({ phrase, entity: phrase === 'dan' ? 'BANK_ACCOUNT' : 'PROFESSIONAL_LICENSE', whole: true })),
  // Trustly's `personid` (the payer's personnummer or HETU); elsewhere a `personId` is a record's
  // id, kept by structure/types.ts keptUnderKey unless it is a valid Nordic personal number.
  { phrase: 'personid', entity: 'NATIONAL_ID', whole: true },
  // A Swedish `pnr` (personnummer) as the whole name; an airline's `pnr` (a booking locator,
  // `QW7R2T`) stays by keptUnderKey, which masks only a valid personnummer there (round 60).
  { phrase: 'pnr', entity: 'NATIONAL_ID', whole: true },
  // ELSTER's `Identifikationsnummer` (the Steuer-IdNr) as the whole name (red-team round 60); the
  // SEPA `Gläubiger-Identifikationsnummer` is a creditor company's id.
  { phrase: 'identifikationsnummer', entity: 'NATIONAL_ID', whole: true },
  // Australia's Unique Student Identifier and France's identifiant national étudiant, as whole field
  // names only (`usi`, `ine`; round 38): as a word of a longer name they are other things.
  ...['usi', 'ine'].map((phrase) => ({ phrase, entity: 'STUDENT_ID', whole: true })),
  // Australia's Commonwealth Higher Education Student Support Number (HELP records' `CHESSN`, TCSI
  // element E488), as the whole name (red-team round 80).
  { phrase: 'chessn', entity: 'STUDENT_ID', whole: true },
  // Student Finance England / SLC's Customer Reference Number under its full name
  // (`customerReferenceNumber`; red-team round 80): the student's own number at the SLC.
  { phrase: 'customer reference number', entity: 'STUDENT_ID', whole: true },
  // SCORM 2004's `cmi.learner_id` and `cmi.learner_name` (read in words: `cmi learner id`), the
  // learner as the LMS knows them; SCORM 1.2's `cmi.core.student_id` / `student_name` are `student
  // id` / `student name` already (red-team round 80).
  { phrase: 'learner id', entity: 'STUDENT_ID' },
  { phrase: 'learner name', entity: 'PERSON' },
  // An xAPI Agent's `mbox` (`mailto:` IRI) and `mbox_sha1sum` (the SHA-1 of that IRI: a hashed
  // e-mail, personal data as `hashed_email` is), as whole names; with one of them an `actor: {name}`
  // is a person's (structure/person-parent.ts; red-team round 80). Not a word of a longer name:
  // `mbox_path`, `mboxSize` are a mail store's.
  ...['mbox', 'mbox sha1sum'].map((phrase) => ({ phrase, entity: 'EMAIL', whole: true })),
  ...['beneficiario', 'ordenante', 'favorecido', 'nome favorecido', 'sacado nome', 'nome sacado'].map((phrase) => ({
    phrase,
    entity: 'PERSON',
    whole: true,
  })),
  // The CNAB 400 payer's registration number (`sacado_inscricao`: a CPF, or a CNPJ when the payer is
  // a company): whole name only, as the payer's name above.
  ...['sacado inscricao', 'inscricao sacado'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  // International records, document-AI fields and mobile SDK events (red-team round 10): Turkish
  // and Vietnamese field names, identity-document parsers' `Given Names`, advertising ids (IDFA,
  // GAID: personal data under GDPR and CCPA). Not `ad_id` (an ad's id in ad-platform logs).
  ...(
    [
      ['PERSON', ['ad soyad', 'adi soyadi', 'ho va ten', 'ho ten', 'given names']],
      ['PHONE', ['cep telefonu', 'telefon numarasi', 'so dien thoai', 'sdt', 'dien thoai']],
      ['EMAIL', ['e posta', 'eposta']],
      ['DATE_OF_BIRTH', ['dogum tarihi', 'ngay sinh']],
      ['ADDRESS', ['dia chi', 'ikametgah']],
      ['NATIONAL_ID', ['cccd', 'cmnd', 'can cuoc']],
      ['ADVERTISING_ID', ['advertising identifier', 'google ad id']],
      // Mobile attribution and MDM records (red-team round 25): Adjust `gps_adid` (not `adid`
      // alone: written `ad_id` it is an ad's id in ad-platform logs, and the two names fold alike),
      // AppsFlyer `oaid` (Huawei / MSA open advertising id), Airbridge `ifv`, Android `appSetID`
      // (App Set ID), `android_id`; Intune / Jamf `meid`, Workspace ONE and Apple MDM `udid`,
      // Apple MDM check-in `PushMagic` (the string that wakes one enrolled device); Firebase Auth
      // e-mail action links' `oobCode` (the one-time code of a password reset or sign-in link).
      ['ADVERTISING_ID', ['gps adid', 'oaid', 'ifv', 'app set id']],
      ['DEVICE_ID', ['android id', 'meid', 'udid', 'push magic', 'eas device identifier']],
      // Apple MDM check-in and DeviceInformation: the device user's full name (stop 37).
      ['PERSON', ['user long name']],
      ['SECRET', ['oob code']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Adjust's and Crashlytics custom keys' `adid` (red-team round 25, stop 37): only a device's
  // random id (a UUID, Adjust's 32 hex) is one; an ad's numeric id under `ad_id` stays (keptUnderKey).
  { phrase: 'adid', entity: 'ADVERTISING_ID', whole: true },
  // Airship channel lookups (red-team round 88): the channel's `push_address` (the APNs or FCM
  // token of one app install on one device) and `named_user_id` (Airship "Named Users": the app's
  // own login for the person). A record id there (`cust_61044`, a UUID) stays (keptUnderKey).
  { phrase: 'push address', entity: 'DEVICE_ID', whole: true },
  { phrase: 'named user id', entity: 'USERNAME', whole: true },
  // A customer's or user's name in the data-warehouse abbreviation (`CUST_NM`, `cust nm:` of a
  // developer's crash log; `first nm` / `last nm` are read above; red-team round 88).
  ...['cust nm', 'customer nm', 'full nm', 'user nm'].map((phrase) => ({ phrase, entity: 'PERSON' })),
  // Google Fit's location data type (`com.google.location.sample`: latitude, longitude, accuracy,
  // altitude), read as a sibling's name (structure/siblings.ts `dataTypeName`).
  { phrase: 'com google location sample', entity: 'GEO_COORDINATES', whole: true },
  // English-language records of the Commonwealth and Ireland (red-team round 28): Scottish CHI
  // numbers (the NHS number's role, the same mod-11 rule), provincial health cards (Ontario
  // `health_number` with its version code, BC `phn`), NZ `nhi`, Australian `ihi`, India's ABHA
  // number and address and EPFO `uan`, driving licences spelt the British way, the relatives and
  // members KYC and provident-fund exports name (`father_name`, `member_name`), phone columns
  // with a trailing `no` (`telephoneno`, `mobile_no`) or the Malay `no_telefon`, and Ghana Post
  // GPS `digital_address`.
  ...(
    [
      ['UK_NHS', ['chi number', 'chi no']],
      [
        'NATIONAL_ID',
        [
          'health number',
          'health card number',
          'health card no',
          'ohip number',
          'personal health number',
          'nhi number',
          'ihi number',
          'abha number',
          'abha address',
          'health id number',
          'uan number',
        ],
      ],
      ['DRIVER_LICENSE', ['licence number', 'licence no', 'license no', 'driving licence number', 'driver licence number']],
      [
        'PERSON',
        [
          'forename',
          'forenames',
          'father name',
          'mother name',
          'spouse name',
          'husband name',
          'member name',
          'nominee name',
          'next of kin',
        ],
      ],
      [
        'PHONE',
        ['telephone no', 'phone no', 'mobile no', 'tel no', 'contact no', 'contact number', 'cell number', 'cell no', 'no telefon'],
      ],
      ['ADDRESS', ['digital address']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Whole names only: `chi_square`, `nhi_status`, `phn_verified` or a spreadsheet's `cell_ref`
  // name other things; RTI `Sur` / `Fore` (HMRC Full Payment Submission name parts).
  { phrase: 'chi', entity: 'UK_NHS', whole: true },
  { phrase: 'health id', entity: 'NATIONAL_ID', whole: true },
  // A leave or FMLA request's medical reason (red-team round 43); `reason` alone stays (`vacation`),
  // and so does `diagnosis`: clinical records keep it (red-team rounds 2, 8 and 23).
  ...['medical reason', 'medical condition', 'health condition'].map((phrase) => ({ phrase, entity: 'HEALTH_CONDITION' })),
  // A voice assistant's slot for a contact detail (Alexa `contactValue`, red-team round 29).
  { phrase: 'contact value', entity: 'PHONE', whole: true },
  ...['ohip', 'phn', 'nhi', 'ihi', 'abha', 'uan'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  { phrase: 'cell', entity: 'PHONE', whole: true },
  // A texting platform's or an RSVP's `sms` number (red-team round 102); a message's text under
  // `sms` stays (structure/types.ts: digits only).
  { phrase: 'sms', entity: 'PHONE', whole: true },
  // I-94 / APIS lookup forms' passport number (`ppn`; red-team round 35).
  { phrase: 'ppn', entity: 'PASSPORT', whole: true },
  // Secure Flight's Known Traveler Number as forms and profiles abbreviate it (red-team round 55).
  { phrase: 'ktn', entity: 'TRAVEL_DOCUMENT', whole: true },
  // A check-in kiosk's or DCS's `docNo` beside `docType: P`; keptUnderKey (structure/types.ts)
  // keeps any value without a travel document's shape (an accounting document number is digits).
  ...['doc no', 'doc nr'].map((phrase) => ({ phrase, entity: 'PASSPORT', whole: true })),
  // The people of an employee-relations case (`witnesses: ["…"]`, `grievant`; red-team round 63),
  // whole names only: `grievant_employee_no`, `witnesses_count` stay.
  ...['witnesses', 'grievant'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // E9-1-1 ALI / CAD records: the caller's number (Automatic Number Identification) and callback (red-team round 35).
  ...['ani', 'callback number', 'calling party uri'].map((phrase) => ({ phrase, entity: 'PHONE', whole: phrase === 'ani' })),
  // Five9's call variable for the caller's number (`Call.ANI` in CRM connectors and screen pops;
  // red-team round 84); whole name only, as `ani` above.
  { phrase: 'call ani', entity: 'PHONE', whole: true },
  // Centrelink's Customer Reference Number (round 28); UK and Korean records use `crn` for a
  // company's registration number, which keptUnderKey (structure/types.ts) keeps by its shape.
  { phrase: 'crn', entity: 'NATIONAL_ID', whole: true },
  ...['sur', 'fore'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // Latin-script records of Latin America, Africa, South and Southeast Asia and continental
  // Europe (red-team round 15): KYC, HR, CRM, delivery and payment field names in Spanish,
  // Portuguese, French, Italian, Romanian, Polish, Indonesian / Malay, Swahili and Tagalog, and
  // the local names of ids and payment keys (Mexico CLABE, Argentina CBU / CVU, Brazil Pix
  // `chave`, India UPI `vpa`). Not the bare words for "name" (`nom`, `nama`, `jina`, `naam`): like
  // English `name`, they name products and places as often.
  ...(
    [
      [
        'PERSON',
        [
          'nama lengkap',
          'jina kamili',
          'full names',
          'prenume',
          'nominativo',
          'titulaire du compte',
          'titular da conta',
          'titular de la cuenta',
          // The holder's name a Spanish or Portuguese payment form asks for (`nombre del titular`,
          // `nome do titular`; left79).
          'nombre del titular',
          'nome do titular',
        ],
      ],
      [
        'PHONE',
        [
          'movil',
          'celular',
          'cellulare',
          'cellulaire',
          'telemovel',
          'telefonu', // pl `numer telefonu`
          'telepono', // tl
          'nomor hp',
          'no hp',
          'nomor telepon',
          'no telp',
          'nambari ya simu',
          'namba ya simu',
          'tel portable',
          'telephone portable',
          'numero portable',
          'mobilnummer',
          'puhelinnumero',
        ],
      ],
      [
        'DATE_OF_BIRTH',
        [
          'data nascita',
          'tanggal lahir',
          'tgl lahir',
          'tarehe ya kuzaliwa',
          'data nasterii',
          'datum narozeni',
          'szuletesi datum',
          'petsa ng kapanganakan',
        ],
      ],
      ['ADDRESS', ['alamat', 'morada', 'domicilio', 'indirizzo', 'anwani', 'tirahan']],
      [
        'NATIONAL_ID',
        [
          'numero documento',
          'numero de documento',
          'nro documento',
          'documento de identidad',
          // The support number of a Spanish DNI / NIE card (SES.HOSPEDAJES `soporteDocumento`, round 41).
          'soporte documento',
          'numero soporte',
          'ruc', // pe
          'npwp', // id
          'numero national', // be
          'registre national', // be
          'kad pengenalan', // my
          'no kad pengenalan', // my (`no` before a name otherwise reads as a flag: `no_password`)
          'mykad', // my
          'kra pin', // ke
          'numero de securite sociale', // fr
          'seguridad social', // es
          'numero contribuinte', // pt
          'cartao cidadao', // pt
          'svnr', // at
        ],
      ],
      ['BANK_ACCOUNT', ['clabe', 'cbu', 'cvu', 'alias cbu', 'chave pix', 'pix key', 'vpa', 'upi id', 'nomor rekening']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Whole names only: `nik_produk`, `nin_status`, `chave_acesso` (an NF-e invoice key) name other
  // things. Indonesian NIK and Nigerian NIN / BVN; Romanian `nume` (surname); a Pix `chave`.
  // Mexico RFC and Polish NIP too (`rfc3339_time`, `nip_code`).
  ...['nik', 'nin', 'bvn', 'rfc', 'nip'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  { phrase: 'nume', entity: 'PERSON', whole: true },
  ...['carta identita', 'carta d identita', 'dowod osobisty'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  // A column named `birth` alone (mongoexport / CSV headers: `fullName,taxCode,birth`); whole
  // names only (`birth_place`). Not `mobil` alone, a platform flag (round 20).
  { phrase: 'birth', entity: 'DATE_OF_BIRTH', whole: true },
  { phrase: 'chave', entity: 'BANK_ACCOUNT', whole: true },
  // Polish `NrRB` (numer rachunku bankowego) of KSeF e-invoices' RachunekBankowy and of JPK files:
  // a 26-digit NRB; whole names only.
  { phrase: 'nrrb', entity: 'BANK_ACCOUNT', whole: true },
  // French `portable` (a mobile number in a customer file, `fiche_client.portable`): its value is
  // masked as PHONE whatever libphonenumber says of it (ARCEP's fiction range 06 39 98 is no valid
  // number to it). Only as the whole name: `is_portable`, `portable_device` name other things.
  { phrase: 'portable', entity: 'PHONE', whole: true },
  // Marketplace, wallet and identity-portal records (red-team round 17): the delivery address
  // fields of order APIs (Taobao `receiver_address`, Meituan `recipient_address`, Rakuten RMS
  // `subAddress`, Coupang `addr1` / `addr2`, Naver `baseAddress` / `detailedAddress`, Ozon
  // `address_tail`), the party of an order or transfer (Coupang `orderer.name`, Alipay
  // `payee_info.name`), and ids by their local abbreviations: Russia `snils`, UAE Pass `idn`,
  // Kazakhstan `iin`, ex-Yugoslav `jmbg`, Bulgaria `egn`, Pakistan `cnic`, Sri Lanka `nic`,
  // Hong Kong `hkid`, Iran `code melli`, and `nic number`. Whole names only for `inn` (`inn_name`
  // of a hotel) and `idn` / `iin`; not `nic` alone (a network interface card in host inventories).
  ...(
    [
      [
        'ADDRESS',
        [
          'receiver address',
          'recipient address',
          'consignee address',
          'delivery address',
          'customer address',
          'buyer address',
          'sub address',
          'address tail',
          'base address',
          'detailed address',
          'detail address',
          'addr1',
          'addr2',
          'addr 1',
          'addr 2',
          // Cal-Access Form 460 `Ctrib_Adr1` / `Ctrib_Adr2` (a contributor's street; red-team round 102).
          'adr1',
          'adr2',
          'adr 1',
          'adr 2',
        ],
      ],
      ['PERSON', ['orderer name', 'payee info name', 'payer info name']],
      ['RU_SNILS', ['snils']],
      ['NATIONAL_ID', ['jmbg', 'egn', 'cnic', 'hkid', 'code melli', 'melli code', 'national code', 'nic number', 'nic no']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  ...['idn', 'iin'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  { phrase: 'inn', entity: 'RU_INN', whole: true },
  // Russian APIs' `fio` (ФИО: surname, name, patronymic) in Latin letters; only as the whole name.
  { phrase: 'fio', entity: 'PERSON', whole: true },
  // Round 23: Chinese back ends name columns by the pinyin initials of the Chinese field name
  // (`xm` 姓名, `sfzh` 身份证号, `sjh` 手机号, `lxdh` 联系电话, `csrq` 出生日期, `jtzz` 家庭住址),
  // as government and hospital APIs print them; only as the whole name.
  ...['xm', 'xingming'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  ...['sjh', 'sjhm', 'lxdh', 'shoujihao'].map((phrase) => ({ phrase, entity: 'PHONE', whole: true })),
  ...['sfzh', 'sfzhm', 'shenfenzheng'].map((phrase) => ({ phrase, entity: 'CN_RESIDENT_ID', whole: true })),
  { phrase: 'csrq', entity: 'DATE_OF_BIRTH', whole: true },
  ...['jtzz', 'xzz', 'hjdz'].map((phrase) => ({ phrase, entity: 'ADDRESS', whole: true })),
  // Latin-script records of the Baltics, the western Balkans, Iceland, Ireland, Malta, Catalonia,
  // the Basque Country, Galicia, Luxembourg, Turkey, Azerbaijan, Uzbekistan, Vietnam, southern,
  // western and eastern Africa, Madagascar, Haiti, the Pacific and the Philippines (red-team round
  // 20): e-government, telecom, mobile-money, clinic, school and NGO registry field names, and the
  // local names of ids. Not the bare short words whose other senses are common in logs (`ime`, an
  // input method; `nid`, a Drupal node id; `psn`, PlayStation Network; Turkish `unvan`, a title;
  // Croatian `naslov`, a heading; `mobil` alone, a platform flag). Not Azerbaijan `VÖEN` nor
  // Albania `NIPT`: taxpayer numbers of companies as often as of persons (red-team round 17 keeps
  // them as look-alikes on e-invoices).
  ...(
    [
      [
        'PERSON',
        [
          'eesnimi', // et
          'perenimi', // et
          'uzvards', // lv
          'pavarde', // lt
          'vardas pavarde', // lt
          'priezvisko', // sk
          'prezime', // hr, sr, bs
          'ime prezime', // hr, sr, bs
          'ime i prezime', // hr, sr, bs
          'ime priimek', // sl
          'priimek', // sl
          'mbiemri', // sq
          'kunjom', // mt
          'cognoms', // ca
          'nom i cognoms', // ca
          'abizena', // eu
          'abizenak', // eu
          'apelidos', // gl
          'virnumm', // lb
          'soyad', // tr, az
          'soyadi', // tr
          'soyad ad', // az
          'familiya', // uz
          'familiya ismi', // uz
          'fornafn', // is
          'eftirnafn', // is
          'sloinne', // ga
          'isibongo', // zu, xh
          'siyati', // ht
          'anarana', // mg
          'magaca', // so
          'amazina', // rw
          'ten khach hang', // vi
          'nguoi nhan', // vi (the recipient of a delivery)
          'igama lomsebenzi', // xh (employee name)
          'sender name',
          'recipient name',
          'receiver name',
          // A label's or a return's parties (USPS `FromName` / `ToName`, prepaid return links'
          // `from_name=`, red-team round 42).
          'from name',
          'to name',
        ],
      ],
      [
        'PHONE',
        [
          'talrunis', // lv
          'telefonas', // lt
          'telefona', // hr, sr, bs `broj telefona`
          'telefonoa', // eu
          'telefoni', // sq, sm
          'mobilni', // hr, sr, bs
          'mobitel', // hr
          'mobil nomre', // az
          'farsimi', // is
          'guthan', // ga
          'mowbajl', // mt
          'selfoon', // af
          'selnommer', // af
          'umnxeba', // xh
          'inombolo yocingo', // zu
          'lambar waya', // ha
          'nomba ekwenti', // ig
          'taleefanka', // so
          'finday', // mg
          'talevoni', // fj
        ],
      ],
      [
        'DATE_OF_BIRTH',
        [
          'sunniaeg', // et
          'dzimsanas datums', // lv
          'gimimo data', // lt
          'datum narodenia', // sk
          'datum rodenja', // hr, sr, bs
          'datum rojstva', // sl
          'data e lindjes', // sq
          'datelindja', // sq
          'data breithe', // ga
          'data tat twelid', // mt
          'data de naixement', // ca
          'data naixement', // ca
          'jaiotze data', // eu
          'data de nacemento', // gl
          'gebuertsdatum', // lb
          'dogum tarixi', // az
          'tugilgan sana', // uz
          'tug ilgan sana', // uz, with the apostrophe letter of `tugʻilgan`
          'usuku lokuzalwa', // zu
          'dat nesans', // ht
          'taariikhda dhalashada', // so
          'daty nahaterahana', // mg
          'petsa sa pagkatawo', // ceb
        ],
      ],
      [
        'ADDRESS',
        [
          'adrese', // lv
          'adresas', // lt
          'adresa', // sk, hr, sr, bs
          'adresi', // sq
          'heimilisfang', // is
          'seoladh', // ga
          'indirizz', // mt
          'adreca', // ca
          'helbidea', // eu
          'enderezo', // gl
          'adress', // lb, sv
          'manzil', // uz
          'posadres', // af
          'noi thuong tru', // vi (permanent residence)
        ],
      ],
      [
        'NATIONAL_ID',
        [
          'emso', // si
          'davcna', // si
          'davcna stevilka', // si
          'maticni broj', // hr, sr, bs
          'kennitala', // is
          'ppsn', // ie
          'pps number', // ie
          'pps no', // ie
          'karta tal identita', // mt
          'vergi no', // tr
          'vergi numarasi', // tr
          'vergi kimlik no', // tr
          'vkn', // tr
          'fin kod', // az
          'pinfl', // uz
          'jshshir', // uz
          'ma so thue', // vi
          'id nommer', // af
          'identiteitsnommer', // af
          'inombolo kamazisi', // zu
          'ghana card', // gh
          'ghana card pin', // gh
          'indangamuntu', // rw
          'kara panondro', // mg
          'ninea', // sn
          'sss number', // ph
          'philsys', // ph
        ],
      ],
      ['BANK_ACCOUNT', ['tekuci racun', 'ziro racun', 'llogaria bankare', 'bankareikningur', 'konts']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Whole names only: Latvian / Lithuanian `vards` / `vardas`, Albanian `emri`, Maltese `isem`,
  // Basque `izena`, Icelandic `nafn`, Irish `ainm`, Zulu `igama`, Hausa `suna`, Fijian / Samoan
  // `igoa`, Tongan `hingoa`, Luxembourgish `Numm` and Tagalog / Cebuano `pangalan` are the bare word
  // for "name"; Estonian `reisija` (passenger), Turkish / Azerbaijani `surucu` (driver) and Albanian
  // `bleresi` (buyer) name a person alone, not in `reisija_email`; German `Handy`, Turkish `cep`
  // (a mobile); the Philippines' `sss`. Not `mst` (a Vietnamese company's tax code as often as a
  // person's) nor `cin` (India's Corporate Identity Number).
  ...[
    'vards',
    'vardas',
    'emri',
    'isem',
    'izena',
    'nafn',
    'ainm',
    'igama',
    'suna',
    'igoa',
    'hingoa',
    'numm',
    'pangalan',
    'reisija',
    'surucu',
    'bleresi',
  ].map((phrase) => ({
    phrase,
    entity: 'PERSON',
    whole: true,
  })),
  ...['handy', 'cep'].map((phrase) => ({ phrase, entity: 'PHONE', whole: true })),
  ...['sss'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  // The documents of the large EU markets (red-team round 22): payroll and social-insurance
  // records (DEÜV `Familienname` / `Geburtsname`, the German Rentenversicherungsnummer and eGK
  // Krankenversichertennummer, ELSTER `IdNr`, the Spanish número de afiliación, the Belgian
  // NISS, the French numéro fiscal and `date_naissance` written without its `de`), payment
  // notifications (Swish `payerAlias`, a phone number; Mollie iDEAL `consumerName`; ISO 20022
  // `Dbtr` / `Cdtr` names written out) and local phone words. Not `nss` alone (Linux's Name
  // Service Switch) nor `mobil` alone (a platform flag).
  ...(
    [
      [
        'PERSON',
        [
          'familienname', // de
          'geburtsname', // de
          'vornamen', // de
          'prenoms', // fr
          'nom de naissance', // fr
          'nom naissance', // fr
          'nom d usage', // fr
          'nom usage', // fr
          'onomateponymo', // el (transliterated)
          'eponymo', // el
          'consumer name',
          'debtor name',
          'creditor name',
          'ultimate debtor name',
          // The same in ISO 20022's abbreviated element names, as gateways flatten or log them
          // (`orgnlDbtrNm`, `pmtinf.dbtr.nm`, `UltmtCdtrNm`; XML `<Cdtr><Nm>` is read as `Cdtr name`
          // by structure/config-text.ts): red-team round 69.
          'dbtr nm',
          'cdtr nm',
          'dbtr name',
          'cdtr name',
          // Open Banking UK's `DebtorAccount.Name` / `CreditorAccount.Name` (the account holder)
          // and `CardInstrument.Name` (the cardholder), read as `card instrument name`; Bacs
          // Standard 18's destination account name.
          'debtor account name',
          'creditor account name',
          'card instrument name',
          'dest account name',
          'destination account name',
          'kontoinhaber', // de (account holder)
          'titulaire', // fr (account or card holder)
          'prijmeni', // cs
          'jmeno prijmeni', // cs
          'volledige naam', // nl
          'fullt navn', // no
          'apellido 1', // es (`apellido1`)
          'apellido 2', // es
        ],
      ],
      [
        'ADDRESS',
        [
          'adresse',
          'wohnanschrift',
          'wohnadresse',
          'postadresse',
          'straat',
          'ulica',
          'ulice',
          'gatuadress',
          'osoite',
          'katuosoite',
          // Home and street addresses (stop 37): Swedish, Norwegian, Dutch.
          'hemadress',
          'bostadsadress',
          'gateadresse',
          'woonadres',
          'huisadres',
        ],
      ],
      ['POSTCODE', ['postnummer', 'postinumero', 'kod pocztowy']],
      ['EMAIL', ['epost', 'e post', 'sahkoposti']],
      ['BANK_ACCOUNT', ['numer konta', 'nr konta', 'numero conto', 'numero cuenta', 'tilinumero', 'bankkonto', 'kontonr']],
      [
        'PHONE',
        [
          'payer alias',
          'kinito',
          'tilefono',
          'mobiltelefon',
          'mobilnr',
          'telefonnummer',
          'telefonnr',
          'handynr',
          'tlf nr',
          'matkapuhelin',
          'puhelin',
          'telefonni cislo',
        ],
      ],
      [
        'DATE_OF_BIRTH',
        ['date naissance', 'geburtstag', 'syntymapaiva', 'fodselsdag', 'fodelsedag', 'imerominia gennisis', 'foedselsdato', 'foedselsdag'],
      ],
      [
        'NATIONAL_ID',
        [
          'idnr', // de
          'versicherungsnummer', // de, at
          'rentenversicherungsnummer', // de
          'sv nummer', // de
          'rvnr', // de
          'kvnr', // de
          'versichertennummer', // de
          'krankenversichertennummer', // de
          'numero fiscal', // fr (SPI), es
          'personnr', // se
          'fodselsnr', // no
          'niss', // be
          'inss', // be
          'num afiliacion', // es
          'numero afiliacion', // es
          'numero de afiliacion', // es
          'sofinummer', // nl
          // Identity cards' numbers (stop 37): Italian carta d'identità, Polish dowód osobisty
          // (the card's own name as the whole field name only: `carta_identita_scadenza` is a date).
          'numero carta identita', // it
          'numero carta d identita', // it
          'numer dowodu', // pl
          'nr dowodu', // pl
        ],
      ],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Greek `AFM` (tax number), Norwegian `fnr` (fødselsnummer) and Danish / Norwegian `tlf` only as
  // the whole name (`afm_code`, `tlf_type`).
  ...['afm', 'fnr'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  { phrase: 'tlf', entity: 'PHONE', whole: true },
  // A Swedish `OrgNr` holds a sole trader's personnummer (enskild firma): a company's organisation
  // number there stays (keptUnderKey).
  ...['org nr', 'organisationsnummer'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID', whole: true })),
  ...NATIVE_SCRIPT_KEY_RULES,
  // Square Gift Cards API `gan`: the gift card account number (the card's number). Only as the
  // whole name: `gan_source` names where it came from.
  { phrase: 'gan', entity: 'GIFT_CARD_NUMBER', whole: true },
  // Spanish `clave` is the password of a login form (`usuario=…&clave=…`, Spanish tax and bank
  // portals' `clave de acceso`). Only as the whole name: `clave_producto` names a product code.
  { phrase: 'clave', entity: 'SECRET', whole: true },
  // A SIM's subscriber key Ki (3GPP TS 33.102 K, 128 bits in hex) as HLR / HSS provisioning
  // commands write it (`ADD SUB: IMSI="…", KI="…"`) and a SIM's PUK: the whole name only.
  { phrase: 'ki', entity: 'SECRET', whole: true },
  { phrase: 'puk', entity: 'SECRET', whole: true },
  // Telecom and CPaaS records (red-team round 52): a SIM's PUK1 / PUK2 and operator key OPc
  // (3GPP TS 35.206) as provisioning writes them; UK porting's PAC and STAC (Ofcom switching
  // codes: they move or end a number's service); an eSIM profile's matching id (GSMA SGP.22, the
  // secret part of an activation code); digits keyed into an IVR under `dtmf` (a PIN, an account,
  // a card; a trunk's `dtmf: rfc2833` mode stays, types.ts keptUnderKey); a calling party's CNAM
  // and a PBX's caller id name; a PASSporT's `tn` (RFC 8225 orig / dest telephone number, digits
  // only: keptUnderKey); a contact centre's `fromAddr`.
  ...['puk1', 'puk2', 'opc', 'pac', 'stac', 'dtmf'].map((phrase) => ({ phrase, entity: 'SECRET', whole: true })),
  ...['matching id', 'activation code matching id', 'dtmf digits', 'dtmf input'].map((phrase) => ({ phrase, entity: 'SECRET' })),
  ...['cnam', 'caller id name', 'effective caller id name', 'cnam name', 'caller name'].map((phrase) => ({ phrase, entity: 'PERSON' })),
  ...['tn', 'from addr', 'orig addr'].map((phrase) => ({ phrase, entity: 'PHONE', whole: true })),
  // The user parts of a SIP call's URIs as Homer / HEP and sngrep summaries name them (`from_user`,
  // `to_user`, `ruri_user`, P-Asserted-Identity's `pid_user`): the parties' numbers; a user part of
  // letters (`alice`) stays (keptUnderKey, as for `tn`; red-team round 52, stop 36).
  ...['from user', 'to user', 'ruri user', 'pid user', 'pai user'].map((phrase) => ({ phrase, entity: 'PHONE', whole: true })),
  ...['clave de acceso', 'clave secreta'].map((phrase) => ({ phrase, entity: 'SECRET' })),
  // SAP field names as IDocs, change documents and table exports carry them (red-team round 36),
  // whole names only: phone and fax (`TELF1`, `TELF2`, `TELFX`, `TELNR`: E1LFA1M, E1KNA1M,
  // E1P0006), tax numbers 1–5 (`STCD1`…`STCD5`: a sole trader's is personal; the VAT id `STCEG`
  // stays), bank account (`BANKN`, PAYEXT `ACNUM`), account holder and payee (`KOINH`, `ACNAM`,
  // `EMFTX`), HR last / first name and birth date (`NACHN`, `VORNA`, `GBDAT`: E1P0002) and identity
  // numbers (`ICNUM`: E1P0185, `PERID`).
  ...(
    [
      ['PHONE', ['telf1', 'telf2', 'telfx', 'telnr', 'telnr long']],
      ['NATIONAL_ID', ['stcd1', 'stcd2', 'stcd3', 'stcd4', 'stcd5', 'icnum', 'perid']],
      ['BANK_ACCOUNT', ['bankn', 'acnum']],
      ['PERSON', ['koinh', 'acnam', 'emftx', 'nachn', 'vorna']],
      // SAP HCM infotypes beyond E1P0002's: PA0002 second surname, name at birth, known-as and
      // middle name (`NACH2`, `NAME2` stays: a vendor's second name line; `RUFNM`, `MIDNM`), PA0021
      // family members' first name, last name and name at birth (`FAVOR`, `FANAM`, `FGBNA`) and
      // birth date (`FGBDT`), as HRMD_A segment E1P0021 and change documents carry them (red-team
      // round 63).
      ['PERSON', ['nach2', 'rufnm', 'midnm', 'favor', 'fanam', 'fgbna']],
      ['DATE_OF_BIRTH', ['fgbdt']],
      // Not SAP: Portuguese `fone` (NF-e `dest.fone`). (`mobil` stays out: round 20, its other senses.)
      ['PHONE', ['fone']],
      ['DATE_OF_BIRTH', ['gbdat']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity, whole: true }))),
  // A tax number under its generic name (SAP `BPTaxNumber`, Business Central
  // `taxRegistrationNumber`): as `tax id`, a firm's named by its role stays (below). Coupa contact
  // names (`name-given`, `name-family`).
  ...['tax number', 'tax registration number'].map((phrase) => ({ phrase, entity: 'NATIONAL_ID' })),
  // Tax authorities', payroll and e-government records (red-team round 67): QuickBooks Online
  // `Vendor.TaxIdentifier` (a 1099 vendor's SSN or EIN) and `AcctNum`, Xero
  // `BankAccountDetails`, IRS MeF acknowledgement `TaxpayerIdentificationNum`, assessor rolls'
  // `situsAddress` and a conveyancing record's `propertyAddress`, the Dutch BRP (Haal Centraal)
  // `geslachtsnaam` / `voornamen`, French `num_fiscal`, German `Führerscheinnummer`, itsme's
  // `BENationalNumber` claim and Singpass Myinfo's `uinfin`.
  ...(
    [
      ['NATIONAL_ID', ['tax identifier', 'taxpayer identification num', 'taxpayer identification number', 'num fiscal']],
      ['NATIONAL_ID', ['be national number']],
      ['SG_NRIC', ['uinfin']],
      ['BANK_ACCOUNT', ['acct num', 'bank account details']],
      ['ADDRESS', ['situs address', 'property address']],
      // DATEV's Debitoren/Kreditoren column `Name (Adressattyp natürl. Person)` (a company's is `… Unternehmen)`).
      ['PERSON', ['geslachtsnaam', 'voornamen', 'name adressattyp naturl person']],
      ['DRIVER_LICENSE', ['fuhrerscheinnummer', 'fuehrerscheinnummer']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // IRS MeF `NameLine1Txt` (an individual return's filer; a business's is `BusinessNameLine1Txt`)
  // and the CRA T4 XML slip's `snm` / `gvn_nm` (surname, given name): whole names only.
  ...['name line1 txt', 'snm', 'gvn nm'].map((phrase) => ({ phrase, entity: 'PERSON', whole: true })),
  // Bill.com's `devKey`: the developer key sent with every API call beside the session id.
  { phrase: 'dev key', entity: 'SECRET' },
  ...['name given', 'name family'].map((phrase) => ({ phrase, entity: 'PERSON' })),
  // Documents and files (red-team round 31): the people EXIF / XMP / PDF Info / Office and Tika
  // properties name (`Artist`, exiftool `PDF:Author`, Tika `Last-Author`, Mindee `surnames`; a bare
  // `author` stays, a commit's or a post's object), camera body serials (EXIF `BodySerialNumber`),
  // machine-readable zones as document-AI and KYC outputs name them (`mrz1`, Azure
  // `MachineReadableZone`, Textract `MRZ_CODE`) and the keys of shared-file links (Dropbox `rlkey`,
  // Google Drive `resourcekey`, Box `shared_link_id`).
  ...(
    [
      ['PERSON', ['pdf author', 'last author', 'artist', 'surnames']],
      ['DEVICE_ID', ['body serial number', 'body serial', 'camera serial number', 'camera serial']],
      ['MRZ', ['mrz', 'mrz code', 'machine readable zone']],
      ['SECRET', ['rlkey', 'resourcekey', 'shared link id']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Insurance distribution, underwriting and policy service (red-team round 83): a producer's
  // National Producer Number (NIPR PDB `npn`, DTCC IPS commission files' `producerNpn`), one
  // licensed person's; a producer's or an annuitant's name; a vendor's abbreviated insured name
  // (`insd_nm` beside `insd_dob`); ACORD TXLife `Phone/DialNumber` (the number after `AreaCode`);
  // a life application's `Proposed Insured (First, Middle, Last)` label (document extraction's key
  // / value pairs); a commission statement's `EFT Account` column; ACORD P&C `AdditionalInterestInfo/
  // AccountNumberId` (a lienholder's or a mortgagee's loan number, the borrower's account).
  ...(
    [
      ['PROFESSIONAL_LICENSE', ['npn', 'national producer number']],
      ['PERSON', ['producer name', 'annuitant name', 'insd nm', 'insured nm', 'proposed insured']],
      ['PHONE', ['dial number']],
      ['BANK_ACCOUNT', ['eft account', 'eft acct', 'account number id']],
    ] as const
  ).flatMap(([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity }))),
  // Claims adjusting (red-team round 105): the people of a claim file named by their role, as
  // Arbitration Forums filings, appraisal and dispatch records write them (`respondent.driverName`,
  // `adjusterName`, `appraiserName`, `witnessName`, `ownerNm`).
  ...([['PERSON', ['driver name', 'adjuster name', 'appraiser name', 'estimator name', 'witness name', 'owner nm']]] as const).flatMap(
    ([entity, phrases]) => phrases.map((phrase) => ({ phrase, entity })),
  ),
  // A reinsurance bordereau's `cedentPolicy`, a 1035 exchange's `relinquishingContract` (the
  // annuity being given up) and a policy-admin event's `policyId`: a policy number only in its
  // shape (structure/types.ts keptUnderKey); an access policy's id (`ANPAJ2UCCR6DPCEXAMPLE`, a
  // UUID, `B2C_1A_SIGNUP_SIGNIN`) stays.
  ...['cedent policy', 'ceded policy', 'relinquishing contract', 'replacing contract'].map((phrase) => ({
    phrase,
    entity: 'INSURANCE_POLICY_NUMBER',
  })),
  { phrase: 'policy id', entity: 'INSURANCE_POLICY_NUMBER', whole: true },
  // The underwriter a life case is assigned to and who entered an agency-system note (Vertafore
  // AMS360 `EnteredBy`), by login: whole names only; a display name there is read as any text and
  // a service account (`svc_cashiering`) stays (structure/types.ts keptUnderKey).
  ...['underwriter', 'entered by'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Leftovers of red-team round 83 (stop 43): an annuity's or a policy's contract number under
  // `contractNumber` / `ContractNo` (a policy number only in a carrier's shape, structure/types.ts
  // keptUnderKey: a vendor's `CNTR0010041`, a loan's `KRD-2026-33817` stay); a death or birth
  // record's number (NAPHSIS EVVE `stateFileNumber`, a claim's
  // `deathCertificateNumber`): the state's vital record of one person.
  ...['contract number', 'contract no', 'contract num'].map((phrase) => ({ phrase, entity: 'INSURANCE_POLICY_NUMBER' })),
  ...[
    'death certificate number',
    'death certificate no',
    'death cert number',
    'death cert no',
    'death cert num',
    'birth certificate number',
    'birth certificate no',
    'birth cert no',
    'state file number',
    'state file no',
  ].map((phrase) => ({ phrase, entity: 'VITAL_RECORD_NUMBER' })),
  // Who submitted or performed a policy-service action (`submittedBy: "portal:<login>"`,
  // `performedBy: "web:<login>"`): only a login after a channel's prefix (login-names.ts
  // loginChannelLength) is one there; `web-portal`, `i9-admin`, `system:workflow` stay.
  // `requested by` is a plain login's name (above, red-team round 90).
  ...['submitted by', 'performed by'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Marketplace disputes, returns and reviews (red-team round 91): FedEx Track `deliveryDetails.
  // receivedByName` / `signedByName` (the signer: `name` after `received by` is no descriptive word
  // here), Adyen dispute webhooks' `additionalData.shopperName`, a review's `reviewerProfileName`;
  // eBay GetFeedback's `CommentingUser` (the buyer's login) and a dispute document's `uploadedBy`
  // (whole names only; a service account stays).
  ...MARKETPLACE_PERSON_KEYS.map((phrase) => ({ phrase, entity: 'PERSON' })),
  ...['commenting user', 'uploaded by'].map((phrase) => ({ phrase, entity: 'USERNAME', whole: true })),
  // Comparative raters' party-prefixed abbreviations (EZLynx / TurboRater style bridges: the
  // applicant's `pi_ln`, `appl_soc`, `appl_bdt`, an insured's `ins_ss`): whole names only, each
  // a party's prefix and a field's abbreviation (`ln` alone is a logarithm or a line).
  ...(['pi', 'appl', 'ins', 'insd', 'coapp'] as const).flatMap((party) => [
    ...['ln', 'fn'].map((f) => ({ phrase: `${party} ${f}`, entity: 'PERSON', whole: true })),
    ...['ss', 'soc'].map((f) => ({ phrase: `${party} ${f}`, entity: 'US_SSN', whole: true })),
    ...['bdt', 'bd'].map((f) => ({ phrase: `${party} ${f}`, entity: 'DATE_OF_BIRTH', whole: true })),
  ]),
  // A driver licence by its abbreviated label (a policy-change form's `Driver's Lic. No.`, a
  // comparative rater's `drv1_lic` / `drvr_lic`).
  ...['drivers lic', 'driver lic', 'drv lic', 'drvr lic', 'drv1 lic', 'drv2 lic', 'drv3 lic', 'drv4 lic'].map((phrase) => ({
    phrase,
    entity: 'DRIVER_LICENSE',
  })),
  // DICOM attributes by tag number (DICOMweb JSON `"00100010": {"vr": "PN", …}`): detect/dicom-tags.ts.
  ...[...DICOM_IDENTITY_TAGS].map(([tag, entity]) => ({ phrase: tag.toLowerCase(), entity })),
  // OASIS and MDS items that identify the person assessed, by item code (`M0040_PAT_FNAME`,
  // `A0600A`): detect/assessment-items.ts (red-team round 87).
  ...[...ASSESSMENT_IDENTITY_ITEMS].map(([item, entity]) => ({ phrase: item, entity })),
  ...['ip', 'ip address', 'ip addr', 'client ip', 'remote ip', 'remote addr', 'source ip', 'x forwarded for', 'x real ip'].map(
    (phrase) => ({ phrase, entity: 'IP_ADDRESS' }),
  ),
];

/**
 * Words that, after the matched phrase, make the name describe the secret rather than hold it
 * (`password_length`, `token_count`, `secret_name`, `email_verified`); or before it
 * (`has_password`, `max_tokens` is already a different word).
 */
const DESCRIPTIVE_AFTER = new Set([
  'count',
  // An event about the value (Supabase Auth `auth_event: {action, actor_id, log_type, traits}`, a
  // `password_events` list), not the value: its members are read by their own names (red-team
  // round 72).
  'event',
  'events',
  // A form or a search about the identifier, not the identifier: an ATO `tfnDeclaration` (title,
  // residency, tax-free threshold), a Checkr `ssn_trace` and its `ssn_trace_id` (red-team round 43).
  // Their members that hold one are read by their own names and shapes.
  'declaration',
  'declarations',
  'trace',
  'traces',
  // A payment method named after the phrase: `MobilePay:` (a Danish wallet's notification), not a mobile number.
  'pay',
  'length',
  'len',
  'type',
  'types',
  'policy',
  // Microsoft Graph `PasswordPolicies` (`DisablePasswordExpiration`) and
  // `ForceChangePasswordNextLogin` (true or false), as directory audits show them.
  'policies',
  'next',
  'enabled',
  'required',
  'expiry',
  'expires',
  'expiration',
  'expired',
  'ttl',
  'name',
  'names',
  'hint',
  'strength',
  'set',
  'changed',
  'updated',
  'reset',
  'rotation',
  'rotated',
  'version',
  'format',
  'field',
  'fields',
  'verified',
  'valid',
  'present',
  'provided',
  'domain',
  'id',
  'ids',
  'kind',
  'status',
  'state',
  'usage',
  'limit',
  'limits',
  'scope',
  'scopes',
  'source',
  'provider',
  'template',
  'path',
  'prefix',
  'at',
  'algorithm',
  'alg',
  'label',
  'key',
  // Names of settings and outcomes around a credential (`auth_method`, `token_url`, `pass_rate`,
  // `phone_country`), not the credential.
  'method',
  'methods',
  'mode',
  'url',
  'uri',
  'endpoint',
  'server',
  'realm',
  'strategy',
  'plugin',
  'flow',
  'level',
  'country',
  'region',
  'locale',
  'rate',
  'error',
  'errors',
  'failed',
  'failure',
  'failures',
  'success',
  'attempt',
  'attempts',
  'retries',
  'mismatch',
  'result',
  'last',
  // Where a secret is read from, not the secret (`--password-file`, `--password-stdin`, `token_env`).
  'file',
  'files',
  'dir',
  'stdin',
  'env',
  'var',
  // A reference to where a secret is kept, not the secret (`secretKeyRef`, `passwordRef`,
  // `secretKeys.adminPasswordKey` of Helm charts), and the outcome of a check on it (Stripe
  // `cvc_check: "pass"`, `address_line1_check`).
  'ref',
  'refs',
  'reference',
  'keys',
  'check',
  'checks',
  // What sits beside a credential in a settings block (`auth.username`, `auth.database`,
  // `auth_host`, `token_user` of Helm values and connection settings): not the credential.
  'user',
  'username',
  'database',
  'host',
  'port',
  // What describes pay, not the amount (`salary_currency`, `salary_grade`, `wage_frequency`).
  'currency',
  'frequency',
  'grade',
  'band',
  // Where credentials are kept, not one (Docker `credsStore` / `credHelpers`, git `credential.helper`).
  'store',
  'helper',
  'helpers',
  // The program that prints a credential, not the credential (AWS CLI `credential_process`).
  'process',
  // Who authenticated how, not the credential (Keycloak AdminEvent `authDetails`: realm, client,
  // user id and IP address of the administrator).
  'details',
  // The same abbreviated, as Indian government schemas write it (ITR `BankAccountDtls`: IFSC
  // code, bank name and the account number, which its own name marks).
  'dtls',
]);
/**
 * Words that make the name describe something else after one phrase only: e-signature products
 * call a document sent for signing a signature request (Dropbox Sign `signature_request`, with
 * its title, signers and status; `signature_request_id`), which holds no signature value.
 */
const DESCRIPTIVE_AFTER_PHRASE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // ISO 20022 `FinInstnId` (a financial institution's identification: its BIC, a clearing
  // system's member id), no hospital's FIN (leftovers of red-team round 69), nor Salesforce
  // Financial Services Cloud's namespace (`FinServ__Balance__c`, `FinServ__Occupation__pc`: its
  // fields are read by the words after it; red-team round 82).
  ['fin', new Set(['instn', 'institution', 'serv'])],
  // A party's bank and codes, not the party (`ordering_customer_bic`, `beneficiaryCustomerAgent`).
  ...['ordering customer', 'beneficiary customer', 'ordering cust', 'bnf customer'].map(
    (p) => [p, new Set(['bic', 'bank', 'agent', 'institution', 'swift', 'type', 'country', 'currency', 'ccy'])] as const,
  ),
  // A W-9's `signature_date`, a contract's `signatureDate`: when it was signed (red-team round 36).
  ['signature', new Set(['request', 'requests', 'date', 'dated', 'day'])],
  // UKG / Kronos `auth_chain` (`OAuthLdapService`): the name of the login chain a token request uses.
  ['auth', new Set(['chain', 'number'])],
  // NCPDP SCRIPT `Sig/SigText`: a prescription's directions (`Take 1 tablet by mouth daily`), not
  // a signature. An NCPDP claim's `authNumber` (a payer's authorization of a claim) stays too.
  ['sig', new Set(['text', 'code', 'codes'])],
  // Concur `CreditCardTransaction`: the card transaction's object (merchant, amount), whose own
  // members (`CardNumber`) are read by their names (red-team round 36).
  ['credit card', new Set(['transaction', 'transactions'])],
  // SMPP 3.4 `source_addr_ton` / `dest_addr_npi`: the type of number and numbering plan (small
  // integers) of an address, not the address.
  ...['destination addr', 'dest addr'].map((p) => [p, new Set(['ton', 'npi'])] as const),
  // What an LLM gateway logs about the virtual key a request used (LiteLLM spend logs'
  // `user_api_key_alias`, `user_api_key_team_id`, `user_api_key_org_id`, `user_api_key_spend`):
  // the key's label, owner and budget, not the key (red-team round 49).
  ['api key', new Set(['alias', 'team', 'org', 'spend', 'budget', 'end'])],
  // A crypto token's contract (`token_contract`, `tokenAddress`: public, on every block explorer)
  // and a card network's token requestor (`tokenRequestorID`, an 11-digit id the network assigns
  // a wallet or a merchant), not a credential (red-team round 50). The network token itself sits
  // in the object's `token` member, read by its own name. A swap's `tokenIn` / `tokenOut` and a
  // pool's `token0` / `token1` are contracts too (left73).
  ['token', new Set(['contract', 'requestor', 'info', 'symbol', 'decimals', 'in', 'out', '0', '1'])],
  // OCPP `idTagInfo` ({status, expiryDate, parentIdTag}): the Central System's verdict on a card,
  // not the card; `parentIdTag` inside it is read by its own name.
  ['id tag', new Set(['info'])],
  // What an ESP or engagement platform logs about a message sent by e-mail (`email_subject`,
  // Braze `email_campaign`): its subject line and names, not an address (red-team round 54). A
  // subject holding an address is still read by the value detectors. (`email` and `e mail` are
  // one joined name: the rule found carries either phrase.)
  ...['email', 'e mail'].map((p) => [p, new Set(['subject', 'campaign', 'preheader'])] as const),
  // GCP Cloud Audit Logs `authorizationInfo[]` (resource, permission, granted): the IAM check a call
  // passed, not a credential (red-team round 51).
  // A life application's HIPAA authorization and when it was signed (`authorizationSigned`,
  // `authorization_date` of an APS order: red-team round 83): a date, no credential.
  ['authorization', new Set(['info', 'signed', 'date', 'dated'])],
  // Telecom records named after a mobile network's events and codes: TAP3 / RAP call records
  // (`MobileOriginatedCall`, `MobileTerminatedCall`, `MobileSession`: a whole CDR, whose members are
  // read by their own names) and a SIM's network (`mobile_country_code`, `mobile_network_code`:
  // MCC / MNC, a country's and an operator's; red-team round 52, stop 36).
  // A mobile app, OS or SDK (`mobile_app: "ios-4.2.0"`, `mobile_sdk`): what a device runs, not
  // its number.
  [
    'mobile',
    new Set([
      'originated',
      'terminated',
      'session',
      'country',
      'network',
      'app',
      'apps',
      'os',
      'sdk',
      'platform',
      'version',
      'build',
      'browser',
    ]),
  ],
]);
/**
 * Words before one phrase (written joined) that make the name another thing's: GA4 / Firebase Analytics
 * `ga_session_id` is the session's start time in seconds (an event parameter of every BigQuery
 * export row), not a session credential.
 */
const DESCRIPTIVE_BEFORE_PHRASE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // A health plan's or a pharmacy's authorizations (red-team round 92): a prior authorization
  // (`priorAuthorization: {number, status}`, `prior_auth=APPROVED`), a HIPAA authorization form
  // (`hipaaAuthorization: {signedBy, signedDate}`) and a reversed claim's original authorization
  // number (`origAuth=U7781239917`, NCPDP 503-F3) are no credentials.
  ['authorization', new Set(['prior', 'hipaa', 'orig', 'original'])],
  ['auth', new Set(['prior', 'hipaa', 'orig', 'original'])],
  // A vehicle's parking pass or a season ticket (Buildium `Vehicles[].ParkingPassNumber`, an HOA's
  // permit registry: red-team round 100): a printed permit's number, no password.
  ['pass', new Set(['parking', 'season', 'transit'])],
  // Who bears a payment's charges (`chgBearer: "SHA"`, `chargeBearer: "SLEV"`; ISO 20022 ChrgBr,
  // SWIFT field 71A): a code, no bearer token (leftovers of red-team round 69).
  ['bearer', new Set(['charge', 'charges', 'chg', 'chrg', 'chrgs'])],
  // A SEPA mandate's `dateOfSignature` (pain.008 `DtOfSgntr` written out), `date_of_signature`:
  // when the mandate was signed, a date (red-team round 69).
  // An OSDI petition signature (`osdi:signature`, `osdi:signatures` of Action Network's API and
  // webhooks: red-team round 102): a signer's action record (ids, comments, tags, the person), whose
  // members are read by their own names; it holds no signature value.
  ['signature', new Set(['of', 'osdi'])],
  // RADIUS (RFC 2866) `Acct-Session-Id` / `Acct-Multi-Session-Id`: the id of an accounting
  // record, which every Start / Interim / Stop of one session repeats; it grants nothing.
  ['sessionid', new Set(['ga', 'acct', 'multi'])],
  // SMPP `source_addr_npi`: the numbering plan of an address, not a US National Provider Identifier.
  // A dispensing pharmacy's NPI (`pharmacyNpi`, `pharmacy_npi`: red-team round 92) is an
  // organisation's, as X12's organisation NPIs (structure/x12.ts); a prescriber's stays masked.
  ['npi', new Set(['addr', 'pharmacy'])],
  // A shipment's origin party (`shipFrom: {name: "Central Warehouse"}`, read as `ship from name`):
  // a warehouse or a store, where `from_name` alone is a label's or a return's sender.
  ['fromname', new Set(['ship'])],
  // IVMS101 (Travel Rule) `legalPersonName`: a company's registered name, not a person's (red-team round 50).
  ['personname', new Set(['legal'])],
  // UPS `ShipmentIdentificationNumber`, a package's or a waybill's id: a parcel's tracking number,
  // printed on its label, not a person's id (red-team round 42).
  ...['identificationnumber', 'idnumber'].map(
    (p) => [p, new Set(['shipment', 'package', 'parcel', 'consignment', 'waybill', 'tracking'])] as const,
  ),
  // A firm's tax number named by its role (ATO STP `payerABN`, `merchant_tin`, `company_tin`,
  // `employer_gstin`): the business's public registration, read by the value detectors as any
  // value (red-team round 28). `tin` / `abn` alone, `payee_tin`, `customer_tin` stay masked.
  // Azure Document Intelligence invoices name the seller's `VendorTaxId` so.
  // QuickBooks Online's `VendorTaxIdentifier` and an ATO SBR lodgment's
  // `Intermediary.AustralianBusinessNumber` (the tax agent's) too (red-team round 67).
  ...[
    'tin',
    'abn',
    'australian business number',
    'gstin',
    'kra pin',
    'tax id',
    'tax identifier',
    'tax number',
    'tax registration number',
  ].map(
    (p) =>
      [
        p.replace(/ /g, ''),
        new Set([
          'company',
          'business',
          'employer',
          'merchant',
          'vendor',
          'supplier',
          'seller',
          'firm',
          'corporate',
          'payer',
          'intermediary',
        ]),
      ] as const,
  ),
  // Pagination and change-stream cursors (MongoDB `resume_token` / `resumeToken`, Google APIs
  // `pageToken` / `nextPageToken` / `syncToken`, AWS `NextToken`, `continuation_token`): an opaque
  // position in a result set, not a credential. A value that is one (a JWT, a vendor key) is still
  // found by the value detectors. MCP `progressToken` (`params._meta`): the id a caller picks
  // to match `notifications/progress` to its request (red-team round 49).
  // AWS `ClientRequestToken` (Secrets Manager, CloudFormation, ECS… as CloudTrail logs it): the
  // idempotency token a caller picks for one request (red-team round 66).
  ['token', new Set(['resume', 'page', 'next', 'continuation', 'pagination', 'sync', 'progress', 'request'])],
  // An organisation's EIN named by its role (grant portals' `org_ein`, DAF grants' `sponsor_ein` /
  // `recipient_ein`): a charity's or company's public registration (IRS Pub. 78, Form 990), not a
  // person's (red-team round 38). `ein`, `employer_ein`, `payee_ein` stay masked. A return's
  // preparer firm and an information return's payer (MeF `PreparerFirmEIN`, `payer_ein`; round 46).
  [
    'ein',
    new Set([
      'org',
      'organization',
      'organisation',
      'charity',
      'nonprofit',
      'sponsor',
      'recipient',
      'grantee',
      'foundation',
      'company',
      'firm',
      'payer',
    ]),
  ],
]);
/**
 * Words that make the name describe the value wherever they follow the phrase, not only right
 * after it (`ssn_last_updated`, `password_was_changed_at`, `email_is_verified`).
 */
const DESCRIPTIVE_LATER = new Set([
  'updated',
  'changed',
  'modified',
  'verified',
  'rotated',
  'reset',
  'expires',
  'expiry',
  'expiration',
  'expired',
  'count',
  'length',
  'policy',
  'enabled',
  'required',
  'country',
  'type',
  'status',
  'format',
  // The file a key is read from (Gradle `signing.secretKeyRingFile`), not the key.
  'file',
]);
/*
 * `hashed` before a token phrase (`hashed_token` of GitHub's audit log, a SHA-256 its docs list as
 * safe to log): a token is long and random, so its digest gives nothing back. Not before other
 * phrases: the digest of a password or a PIN can be reversed by trying them (`hashed_password`
 * is PASSWORD_HASH, `hashed_pin` stays SECRET). Tested in the match loop below.
 */
const DESCRIPTIVE_BEFORE = new Set([
  // A reference to a Kubernetes Secret that already holds the value (Helm charts' `existingSecret`).
  'existing',
  'has',
  'is',
  'num',
  'no',
  'max',
  'min',
  'use',
  'uses',
  'require',
  'requires',
  'needs',
  'masked',
  'redacted',
]);

/** Splits a field name into lower-case words: camelCase, PascalCase, ACRONYMCase, snake, kebab, dots, spaces. */
export function splitKeyWords(key: string): string[] {
  return foldLatin(key)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const NON_ASCII = /[^\x00-\x7f]/;
const FOLDED: Readonly<Record<string, string>> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
};

/**
 * Names in European languages written with their letters (`contraseña`, `fødselsnummer`,
 * `Straße`, `hasło`) fold to the ASCII spelling the phrases use; ASCII names cost one test.
 */
function foldLatin(key: string): string {
  if (!NON_ASCII.test(key)) return key;
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæÆßłŁđĐıœŒþ]/g, (c) => FOLDED[c] ?? c);
}

export interface KeyMatch {
  entity: string;
  /** The phrase that matched, for evidence (`key:api key`). */
  phrase: string;
}

/**
 * Compiled key rules with a per-name cache: a record stream repeats the same few hundred names, so
 * each name is classified once.
 */
export class KeyClassifier {
  readonly #byJoined = new Map<string, KeyRule>();
  readonly #wholeNames = new Map<string, KeyMatch>();
  readonly #maxWords: number;
  readonly #cache = new Map<string, KeyMatch | null>();
  readonly #ignore: Set<string>;
  /** Ignored names with non-Latin letters, lower case, compared whole. */
  readonly #ignoreNative: Set<string>;
  /** Phrases in non-Latin scripts (native-script-keys.ts), longest first: found inside a name. */
  readonly #unspaced: KeyRule[] = [];
  /** Phrases in non-Latin scripts written with spaces, as ` word word `: found as whole words. */
  readonly #spaced: { words: string; rule: KeyRule }[] = [];
  /** Non-Latin phrases that match only the whole name, by its ` word word ` form. */
  readonly #wholeNative = new Map<string, KeyMatch>();

  constructor(rules: readonly KeyRule[], ignore: readonly string[] = []) {
    let maxWords = 1;
    for (const rule of rules) {
      if (isNativeScriptPhrase(rule.phrase)) {
        if (rule.whole === true) this.#wholeNative.set(nativeWords(rule.phrase), { entity: rule.entity, phrase: rule.phrase });
        else if (isUnspacedPhrase(rule.phrase)) this.#unspaced.push({ phrase: rule.phrase.toLowerCase(), entity: rule.entity });
        else this.#spaced.push({ words: nativeWords(rule.phrase), rule });
        continue;
      }
      const words = rule.phrase
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      if (rule.whole === true) {
        this.#wholeNames.set(words.join(''), { entity: rule.entity, phrase: rule.phrase });
        continue;
      }
      maxWords = Math.max(maxWords, words.length);
      this.#byJoined.set(words.join(''), rule);
    }
    this.#maxWords = maxWords;
    this.#ignore = new Set(ignore.map((k) => splitKeyWords(k).join('')).filter(Boolean));
    this.#ignoreNative = new Set(ignore.filter((k) => NON_LATIN_LETTER.test(k)).map((k) => k.toLowerCase()));
    this.#unspaced.sort((a, b) => b.phrase.length - a.phrase.length);
    this.#spaced.sort((a, b) => b.words.length - a.words.length);
  }

  /** The rule a field name falls under, or null. */
  classify(key: string): KeyMatch | null {
    let hit = this.#cache.get(key);
    if (hit === undefined) {
      hit = this.#classifyUncached(key);
      if (this.#cache.size > 50_000) this.#cache.clear();
      this.#cache.set(key, hit);
    }
    return hit;
  }

  #classifyUncached(key: string): KeyMatch | null {
    // `PWD` in upper case is the shell's working directory (POSIX, sudo log lines `PWD=/home/x`),
    // not a password; `pwd`, `db_pwd`, `DB_PWD` still are.
    if (key === 'PWD' || key === 'OLDPWD') return null;
    // A prefixed annotation or label name (`authorization.k8s.io/decision`,
    // `vault.hashicorp.com/agent-inject-secret-db`): the DNS prefix names its owner, the part
    // after the slash names the value.
    const prefix = PREFIXED_NAME.exec(key);
    if (prefix !== null) return this.#classifyUncached(key.slice(prefix[0].length));
    // An AMS attribute named by its group and its part between brackets and pipes (MemberClicks
    // `[Name | First]`, `[Address | Primary | Line 1]`, `[Email | Primary]`: red-team round 98).
    if (key.charCodeAt(0) === 91 && key.indexOf('|') > 0) {
      const piped = this.#classifyPiped(key);
      if (piped !== undefined) return piped;
    }
    // A SCIM filter or an index selects an item of a list (`phoneNumbers[type eq "work"].value`,
    // `emails[0]`): it says which item, not what the value is, so it is read as a blank.
    if (key.indexOf('[') >= 0 && ITEM_SELECTOR.test(key)) return this.#classifyUncached(key.replace(ITEM_SELECTOR_ALL, ' '));
    const words = splitKeyWords(key);
    if (words.length === 0) return NON_LATIN_LETTER.test(key) ? this.#classifyNative(key) : null;
    if (this.#ignore.has(words.join(''))) return null;
    const whole = this.#wholeNames.size > 0 ? this.#wholeNames.get(words.join('')) : undefined;
    if (whole !== undefined) return whole;
    if (words.length <= 3 && words.length >= 2 && HL7_FIELDS.has(words[0]!)) {
      const field = hl7FieldMatch(words);
      if (field !== undefined) return field;
    }
    if (key.indexOf('secret') >= 0 && SECRET_RESOURCE.test(key)) return SECRET_RESOURCE_MATCH;
    // An electricity or gas supply point under an abbreviated name of two words (`e_mp`, `gasMp`:
    // red-team round 44; not `emp`, an employee); structure/types.ts keptUnderKey masks only a valid
    // MPAN or an MPRN's digits there.
    if (words.length === 2 && words[1] === 'mp' && SUPPLY_ABBREVIATIONS.has(words[0]!)) return ABBREVIATED_SUPPLY_POINT;
    // Longest window first, so `credit card number` wins over `card number`.
    for (let size = Math.min(words.length, this.#maxWords + 2); size >= 1; size--) {
      for (let i = 0; i + size <= words.length; i++) {
        const rule = this.#byJoined.get(words.slice(i, i + size).join(''));
        if (rule === undefined) continue;
        const after = words[i + size];
        const before = words[i - 1];
        if (after !== undefined && DESCRIPTIVE_AFTER.has(after)) continue;
        if (before !== undefined && DESCRIPTIVE_BEFORE.has(before)) continue;
        if (before === 'hashed' && rule.phrase.endsWith('token')) continue;
        if (after !== undefined && DESCRIPTIVE_AFTER_PHRASE.get(rule.phrase)?.has(after) === true) continue;
        if (before !== undefined && DESCRIPTIVE_BEFORE_PHRASE.get(rule.phrase.replace(/ /g, ''))?.has(before) === true) continue;
        if (describedLater(words, i + size + 1)) continue;
        return { entity: rule.entity, phrase: rule.phrase };
      }
    }
    // A vendor's key header (`X-Lims-Key`, `x-functions-key`, `X-Partner-Key`: red-team round 45):
    // `x-`, a vendor or product word, then `key`; not a cache, idempotency or routing key.
    if (
      words.length >= 3 &&
      words.length <= 4 &&
      words[0] === 'x' &&
      words[words.length - 1] === 'key' &&
      !NON_SECRET_KEY_WORDS.has(words[words.length - 2]!)
    )
      return VENDOR_HEADER_KEY;
    // `nbr` for `number` (E-Verify / SOAP `AlienNbr`, `I94Nbr`, mainframe `SSN_NBR`: red-team round 43),
    // tried after the name as written so phrases spelled with it (`fin nbr`) keep their reading.
    if (words.includes('nbr')) return this.#classifyUncached(words.map((w) => (w === 'nbr' ? 'number' : w)).join(' '));
    // A nested form field (PHP / Rails / Mailchimp webhooks `data[merges][LNAME]`,
    // `contact[fields][dob]`): named by its last bracket when the whole name says nothing.
    const last = key.charCodeAt(key.length - 1);
    if (last === 93) {
      const open = key.lastIndexOf('[');
      if (open > 0 && open < key.length - 2) {
        const inner = key.slice(open + 1, -1);
        // Mailchimp's merge tag `FNAME` (a form subscript is no SAP change document's field name).
        return inner.length === 5 && inner.toLowerCase() === 'fname' ? FORM_FIRST_NAME : this.#classifyUncached(inner);
      }
    } else if ((last === 68 || last === 100) && ENCODED_BRACKET_END.test(key)) {
      // The same percent-encoded, as a form body logged raw spells it (`data%5Bmerges%5D%5BLNAME%5D`).
      return this.#classifyUncached(key.replace(/%5B/gi, '[').replace(/%5D/gi, ']'));
    }
    return NON_LATIN_LETTER.test(key) ? this.#classifyNative(key) : null;
  }

  /**
   * A piped attribute name (`[Name | First]`): read as its part before its group (`First Name`),
   * then its group before its last part (`Address Line 1`); undefined when neither names a rule
   * or the key is no such name.
   */
  #classifyPiped(key: string): KeyMatch | null | undefined {
    const m = PIPED_ATTRIBUTE.exec(key);
    if (m === null) return undefined;
    const parts = m[1]!.split('|').map((p) => p.trim());
    const group = parts[0]!;
    const part = parts[parts.length - 1]!;
    return this.#classifyUncached(`${part} ${group}`) ?? this.#classifyUncached(`${group} ${part}`) ?? undefined;
  }

  /** A name with letters of a non-Latin script, against the native-script phrases. */
  #classifyNative(key: string): KeyMatch | null {
    const lower = key.toLowerCase();
    if (this.#ignoreNative.has(lower)) return null;
    const whole = this.#wholeNative.size > 0 ? this.#wholeNative.get(nativeWords(key)) : undefined;
    if (whole !== undefined) return whole;
    for (const rule of this.#unspaced) {
      if (!lower.includes(rule.phrase)) continue;
      // `ชื่อสินค้า` (product name) names a thing: read on for another phrase (`นามสกุล`).
      if (rule.phrase === THAI_NAME_WORD && thaiNameOfThing(lower)) continue;
      return { entity: rule.entity, phrase: rule.phrase };
    }
    if (this.#spaced.length === 0) return null;
    const words = nativeWords(key);
    for (const { words: phrase, rule } of this.#spaced) if (words.includes(phrase)) return { entity: rule.entity, phrase: rule.phrase };
    return null;
  }
}

/**
 * The resource name of an entry of a secret store names a secret, whatever the entry is called:
 * GCP Secret Manager `projects/p/secrets/stripe/versions/1` (the `name` of an
 * AccessSecretVersionResponse, beside its `payload`), Azure Key Vault
 * `https://kv.vault.azure.net/secrets/x/…` and `…/vaults/kv/secrets/x`, AWS Secrets Manager
 * `arn:aws:secretsmanager:…:secret:x`.
 */
const SECRET_RESOURCE =
  /(?:^|\/)projects\/[^/]+\/secrets\/[^/]+|\.vault\.azure\.net\/secrets\/[^/]|\/vaults\/[^/]+\/secrets\/[^/]|^arn:aws:secretsmanager:[^:]*:\d*:secret:./;
const SECRET_RESOURCE_MATCH: KeyMatch = { entity: 'SECRET', phrase: 'secret resource name' };
const VENDOR_HEADER_KEY: KeyMatch = { entity: 'SECRET', phrase: 'x vendor key' };
const NON_SECRET_KEY_WORDS = new Set([
  'cache',
  'idempotency',
  'dedup',
  'dedupe',
  'routing',
  'partition',
  'sort',
  'request',
  'correlation',
  'trace',
  'public',
  'pub',
  'lookup',
  'primary',
  'foreign',
  'object',
  'message',
  'event',
  'hash',
]);
const SUPPLY_ABBREVIATIONS = new Set(['e', 'elec', 'g', 'gas']);
const ABBREVIATED_SUPPLY_POINT: KeyMatch = { entity: 'METER_POINT_ID', phrase: 'supply point abbreviation' };

/**
 * HL7 v2 fields as JSON members, the way HL7 parsers and interface engines name them
 * (`PID.5.1`, `PID-7`, `NK1_2`, `PID.13`): the identity fields of structure/hl7.ts by segment and
 * field number; with a component, only the components of the name, id, address or phone that
 * hold the identity (`PID.3.1`, not the assigning authority `PID.3.4`; `PID.11.1`, not the state
 * `PID.11.4`). Red-team round 45.
 */
const CX = [1];
const XPN = [1, 2, 3];
const XAD = [1, 2, 3, 5];
const XTN = [1, 4, 5, 6, 7, 12];
type Hl7Field = readonly [entity: string, components: readonly number[] | undefined];
const MRN_FIELD: Hl7Field = ['MEDICAL_RECORD_NUMBER', CX];
const NAME_FIELD: Hl7Field = ['PERSON', XPN];
const DOB_FIELD: Hl7Field = ['DATE_OF_BIRTH', [1]];
const ADDRESS_FIELD: Hl7Field = ['ADDRESS', XAD];
const PHONE_FIELD: Hl7Field = ['PHONE', XTN];
const SSN_FIELD: Hl7Field = ['US_SSN', undefined];
const HL7_FIELDS: ReadonlyMap<string, ReadonlyMap<number, Hl7Field>> = new Map(
  Object.entries({
    pid: {
      2: MRN_FIELD,
      3: MRN_FIELD,
      4: MRN_FIELD,
      5: NAME_FIELD,
      6: NAME_FIELD,
      7: DOB_FIELD,
      9: NAME_FIELD,
      11: ADDRESS_FIELD,
      13: PHONE_FIELD,
      14: PHONE_FIELD,
      18: MRN_FIELD,
      19: SSN_FIELD,
      20: ['DRIVER_LICENSE', [1]] as Hl7Field,
    },
    nk1: { 2: NAME_FIELD, 4: ADDRESS_FIELD, 5: PHONE_FIELD, 6: PHONE_FIELD, 16: DOB_FIELD, 37: SSN_FIELD },
    gt1: { 3: NAME_FIELD, 5: ADDRESS_FIELD, 6: PHONE_FIELD, 7: PHONE_FIELD, 8: DOB_FIELD, 12: SSN_FIELD },
    in1: { 16: NAME_FIELD, 18: DOB_FIELD, 19: ADDRESS_FIELD, 36: ['HEALTH_PLAN_ID', [1]] as Hl7Field },
  }).map(([id, fields]) => [id, new Map(Object.entries(fields).map(([n, f]) => [Number(n), f]))]),
);
const HL7_NUMBER = /^\d{1,2}$/;

function hl7FieldMatch(words: readonly string[]): KeyMatch | undefined {
  if (!HL7_NUMBER.test(words[1]!) || (words.length === 3 && !HL7_NUMBER.test(words[2]!))) return undefined;
  const field = HL7_FIELDS.get(words[0]!)?.get(Number(words[1]));
  if (field === undefined) return undefined;
  if (words.length === 3 && field[1] !== undefined && !field[1].includes(Number(words[2]))) return undefined;
  return { entity: field[0], phrase: `hl7 ${words[0]} ${words[1]}` };
}

const FORM_FIRST_NAME: KeyMatch = { entity: 'PERSON', phrase: 'fname' };
/** A name that ends in a percent-encoded `[…]` (`%5B…%5D`). */
const ENCODED_BRACKET_END = /%5B[^%]+%5D$/i;

/** A bracketed item selector: a SCIM filter (blanks inside: `[type eq "work"]`) or a list index (`[0]`). */
/** A MemberClicks-style attribute name: a group and one to three parts between brackets, joined by pipes. */
const PIPED_ATTRIBUTE = /^\[([^\]|]{1,40}(?:\|[^\]|]{1,40}){1,3})\]$/;
const ITEM_SELECTOR = /\[(?:\d{1,6}|[^\]\s]{0,60}\s[^\]]{1,120})\]/;
const ITEM_SELECTOR_ALL = new RegExp(ITEM_SELECTOR.source, 'g');

/** The DNS prefix of a Kubernetes-style annotation or label name (`authorization.k8s.io/`). */
const PREFIXED_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)+[a-z]{2,63}\//;

function describedLater(words: readonly string[], from: number): boolean {
  for (let j = from; j < words.length && j < from + 3; j++) if (DESCRIPTIVE_LATER.has(words[j]!)) return true;
  return false;
}
