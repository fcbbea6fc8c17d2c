import type { CountryCode } from 'libphonenumber-js';
import type { ValueDetector } from './types.js';
import { cardTrackData } from './values/card-track.js';
import { emvCardData, iso8583PinBlock } from './values/emv.js';
import {
  apisDocs,
  apisDocsFreeText,
  baggageFilePhone,
  boardingPassFrequentFlyer,
  boardingPassName,
  boardingPassNameEncoded,
  crewStaffNumber,
  frequentFlyerAfterName,
  gdsEmail,
  gdsFopCard,
  gdsTitledName,
  knownTravelerAfterName,
  pnlName,
  pnrCtcm,
  pnrDoca,
  pnrDoco,
  pnrFoid,
  pnrFqtv,
  pnrName,
  paxName,
  pnrPhone,
  sabreEntryName,
  travelerNameAttributes,
} from './values/travel.js';
import { mrz } from './values/mrz.js';
import {
  arAddress,
  euStreetAddress,
  cnAddress,
  grAddress,
  heAddress,
  inCrossAddress,
  inFlatAddress,
  jpRomanAddress,
  krRoadAddress,
  vnAddress,
} from './values/intl-addresses.js';
import { cyrillicHomeAddress } from './values/cyrillic-addresses.js';
import { cjkNumeralPhone } from './values/cjk-digit-phones.js';
import { chatExportSender, meetingSpeakerLine } from './values/chat-export-senders.js';
import {
  isBankAccount,
  nzBankAccount,
  jpBankAccount,
  krBankAccount,
  ngNubanGrouped,
  plNrb,
  routingCodeAccount,
  ruBankAccount,
} from './values/local-bank-accounts.js';
import * as eurasia from './values/ids-eurasia.js';
import { krRrnSpoken } from './values/kr-rrn-spoken.js';
import { ruInnWordAfter, ruSnilsWordAfter } from './values/ru-ids-word-after.js';
import { ruSnilsPrinted } from './values/ru-snils-printed.js';
import { hkHkidSpaced, twIdLowerCase } from './values/hk-tw-id-variants.js';
import { jpAddress, jpDashAddress } from './values/jp-address.js';
import { announcedHalves } from './values/announced-halves.js';
import { otpSeedInGroups } from './values/otp-seeds.js';
import { oneTimeCode, recoveryCode } from './values/one-time-codes.js';
import { deviceOwnerName } from './values/device-owner-names.js';
import {
  adCmdletIdentityLogin,
  awsArnPrincipalLogin,
  ciActorLogin,
  directoryUserCn,
  directoryUserUid,
  domainLoginDetector,
  loginAfterLabel,
  loginAfterUserIdLabel,
  loginBesideNameDetector,
  loginNameAfterBy,
  loginNameAfterLabel,
  loginNameValue,
  vaultAuthPathLogin,
  windowsAccountSid,
} from './values/login-names.js';
import { digestResponse, sipDisplayName } from './values/sip-headers.js';
import {
  accessCodeAfterName,
  badgeNumberAfterName,
  dtmfDigits,
  esimActivationCode,
  ukSwitchingCode,
  handoverCodeAfterName,
  smartLockCode,
  wiegandCardNumber,
} from './values/access-codes.js';
import { agentLicenceInProse } from './values/agent-licences.js';
import { idDocumentNumberAfterName } from './values/id-document-numbers.js';
import { soleTraderVatId } from './values/sole-trader-vat.js';
import { encompassFieldBirthDate, encompassFieldName, encompassFieldSsn } from './values/encompass-fields.js';
import { nativeScriptName } from './values/native-names.js';
import { dateOfBirthCjk } from './values/birth-dates-cjk.js';
import { unicodeDigitsDetector } from './values/unicode-digits.js';
import { creditCard, giftCardCode, giftCardWithPin, iban, prepaidVoucherPin, usSsn, usSsnDotted } from './values/financial.js';
import { entityJoinedCard, wrappedCard } from './values/wrapped-card.js';
import { firebaseAuthExport } from './values/firebase-auth-export.js';
import { ipv4, ipv6 } from './values/network.js';
import { dateOfBirthThai } from './values/birth-dates-thai.js';
import { dateOfBirthSpoken } from './values/birth-dates-spoken.js';
import { spelledLetters } from './values/spelled-letters.js';
import { dateOfBirthCyrillicGreek, dateOfBirthGatheredDigits, dateOfBirthWrittenMonth } from './values/birth-dates-written.js';
import { arCbuInText, mxClabeInText } from './values/latam-bank-accounts.js';
import {
  lowerCaseEsNie,
  lowerCaseFiHetu,
  lowerCaseMxCurp,
  lowerCaseUkDrivingLicence,
  spokenEsNie,
  writtenEsDni,
} from './values/latin-ids-lower-case.js';
import { upiVirtualAddress } from './values/upi-ids.js';
import { pixBrCode } from './values/pix-br-code.js';
import { aamvaDlBarcode } from './values/aamva-barcode.js';
import { appHandleAfterName, linkedInProfile } from './values/profile-urls.js';
import { dateOfBirth, dateOfBirthLocal, email, obfuscatedEmail, phoneDetector, phoneDetectors } from './values/pii.js';
import { accountLinkToken } from './values/path-tokens.js';
import { windowsPasswordHash } from './values/windows-hashes.js';
import { emailPasswordPair } from './values/credential-pair.js';
import { protocolPassword } from './values/protocol-login.js';
import { authorizationCredential, awsAccessKeyId, jwt, privateKey, privateKeyBody, secretAssignment } from './values/secrets.js';
import {
  abaRouting,
  accountNumberWithLetters,
  accountBesideBankKey,
  bai2OriginatorName,
  caDashAccount,
  cardExpiry,
  cardSecurityCode,
  nocCorrectedAccount,
  pinAfterKeyword,
  swiftBic,
  ukSortCodeAccount,
  usBankAccount,
  accountNumberGrouped,
  routingAccountPair,
} from './values/banking.js';
import { bitcoinAddress, ethereumAddress, extendedPublicKey, tronAddress, xrplAddress } from './values/crypto.js';
import { bip39Mnemonic, walletImportKey } from './values/wallet-keys.js';
import {
  advertisingIdAfterName,
  apnsDeviceToken,
  imei,
  imeisv,
  imsi,
  iccid,
  simVendorOutLine,
  portFormNumbers,
  sipCallerInLogLine,
  euiccId,
  plateAfterWord,
  ukPlate,
  latLong,
  latLongBare,
  latLongNamedPair,
  latLongDms,
  macAddress,
  haTrackerMac,
  trackerCommandPassword,
  pushRegistrationToken,
  rfidUid,
  vin,
} from './values/devices.js';
import * as europe from './values/ids-europe.js';
import * as world from './values/ids-world.js';
import * as commonwealth from './values/commonwealth-ids.js';
import * as students from './values/student-numbers.js';
import { titledNameCells } from './values/titled-name-cells.js';
import * as proseIds from './values/ids-prose-separators.js';
import { chpasswdListPassword } from './values/cloud-init.js';
import * as encodings from './values/encodings.js';
import * as ids from './values/national-ids.js';
import { lowerCaseInPan } from './values/in-pan-lower-case.js';
import { krPcccAfterName } from './values/kr-pccc.js';
import { lowerCaseItFiscalCode } from './values/it-fiscal-code-lower-case.js';
import { insurancePolicyAfterName, loyaltyNumberAfterName } from './values/policy-loyalty-numbers.js';
import {
  chartNumberAfterName,
  microchipAfterName,
  petLicenceTagAfterName,
  petTagAfterTag,
  planMemberIdAfterName,
} from './values/patient-and-pet-ids.js';
import * as generic from './values/secrets-generic.js';
import * as vendors from './values/secrets-vendors.js';
import { secretFormatDetectors } from './values/secret-formats.js';
import { postcode, streetAddress } from './values/addresses.js';
import { residenceStreet } from './values/residence-street.js';
import { exchangeObjectMailbox, lookalikeAtEmail, mailboxDisplayName } from './values/mailbox.js';
import { powershellHereStringPassword, powershellPlainTextSecureString } from './values/powershell.js';
import { fixPassword } from './values/fix-protocol.js';
import { vcardAddress, vcardName } from './values/vcard.js';
import { mt940CounterpartyAccount, mt940CounterpartyName, swiftMtParty, swiftMtPartyAccount, t24Operator } from './values/swift.js';
import {
  arTransferPayeeName,
  arTransferPayeePhone,
  dutchPayeeName,
  mpesaRecipientName,
  mpesaRecipientPhone,
  upiPayeeName,
  walletSmsLowerPartyName,
  walletSmsLowerPartyPhone,
  walletSmsPartyName,
  walletSmsPartyPhone,
} from './values/payee-names.js';
import {
  personName,
  personNameCaseParty,
  personNameIntro,
  personNameIntroOther,
  personNameSentenceIntro,
  personNameSignature,
} from './values/person-names.js';
import { personNameLowerCustomer, personNameLowerRole, personNameLowerTitle } from './values/lower-case-names.js';
import { filledPlaceholderName } from './values/filled-placeholder.js';
import { aamvaElements, usDea, usDriverLicense, usItin, usNpi, usPassport } from './values/us-ids.js';
import {
  birthDateAfterInvertedName,
  callbackAfterDispatchCb,
  compactBirthDateAfterLabel,
  initialHyphenatedSurname,
  invertedNameNoBlank,
  nameAfterDispatchWord,
  upperCaseStreetLine,
  usPlateNearVehicleWord,
} from './values/dispatch-records.js';
import { hl7QuotedPersonName } from './values/hl7-quoted-names.js';
import {
  immigrationCaseReference,
  immigrationNumberAfterName,
  ncicFields,
  usAlienNumber,
  uscisReceiptNumber,
} from './values/immigration-ids.js';
import { emaId, euEnergyEan, meterSerial, mrnInText, ukMpan, ukUtr, usEin, ledesTaxId } from './values/record-ids.js';
import { auNmi, deMaloId, deMeloId, ukDtcFlowMpan, ukMprn, usEsiId } from './values/meter-points.js';
import { ocpiTokenUidPath } from './values/ev-tokens.js';
import {
  commaGroupedIban,
  dottedDigits,
  commaGroupedPhone,
  lookalikeLetterCard,
  oddSeparatedCard,
  reversedDigits,
  spacedDigits,
  spokenDigits,
} from './values/spoken-digits.js';
import { spokenNumbersRu } from './values/spoken-numbers-ru.js';
import { ageOver89, dateOfBirthAfterAge } from './values/ages.js';
import { healthConditionInLeave } from './values/health-conditions.js';
import { letterSpacedEmail, spelledEmail } from './values/spelled-email.js';
import { describedEmail } from './values/described-email.js';
import { hostOnlyEmail } from './values/host-email.js';

export interface CatalogOptions {
  phoneRegions: readonly string[];
}

/**
 * The built-in value detectors in priority order: where two findings overlap, the earlier detector
 * wins (a private key block beats the email inside it; a JWT beats the base64 around it).
 */
export function builtinDetectors(options: CatalogOptions): ValueDetector[] {
  return [
    // Secrets with a fixed shape first: they are the most specific.
    privateKey,
    privateKeyBody,
    jwt,
    vendors.anthropicApiKey,
    vendors.openaiApiKey,
    vendors.githubFineGrainedPat,
    vendors.githubPat,
    vendors.githubOauth,
    vendors.githubAppToken,
    vendors.githubRefreshToken,
    vendors.gitlabToken,
    vendors.slackToken,
    vendors.slackWebhook,
    vendors.stripeKey,
    vendors.tableauPatSecret,
    vendors.sendgridApiKey,
    vendors.twilioApiKey,
    vendors.huggingfaceToken,
    vendors.npmToken,
    vendors.pypiToken,
    vendors.googleApiKey,
    vendors.googleOauthSecret,
    vendors.gcpPrivateKeyId,
    vendors.azureConnectionString,
    awsAccessKeyId,
    generic.awsSessionToken,
    generic.awsSecretKey,
    vendors.azureStorageKey,
    // The table of vendor secret formats (values/secret-formats.ts): prefixed, then context-gated.
    ...secretFormatDetectors,
    generic.dbCredentials,
    generic.urlCredentials,
    generic.oracleJdbcCredentials,
    generic.bcryptHash,
    generic.argon2Hash,
    generic.cryptHash,
    generic.sessionCookie,
    authorizationCredential,
    powershellPlainTextSecureString,
    powershellHereStringPassword,
    fixPassword,
    protocolPassword,
    windowsPasswordHash,
    accountLinkToken,
    secretAssignment,
    encodings.base64Credential,
    encodings.base64CredentialInText,
    chpasswdListPassword,
    // Personal data with a checksum or a distinctive shape.
    // Before email: where both match, the whole internationalised address wins over its ASCII tail.
    encodings.internationalEmail,
    email,
    emailPasswordPair,
    obfuscatedEmail,
    spelledEmail,
    letterSpacedEmail,
    describedEmail,
    hostOnlyEmail,
    lookalikeAtEmail,
    encodings.encodedEmail,
    apisDocs,
    apisDocsFreeText,
    pnrDoco,
    pnrDoca,
    gdsEmail,
    pnrCtcm,
    boardingPassName,
    boardingPassNameEncoded,
    boardingPassFrequentFlyer,
    pnrName,
    gdsTitledName,
    sabreEntryName,
    paxName,
    travelerNameAttributes,
    crewStaffNumber,
    pnlName,
    pnrFoid,
    pnrFqtv,
    frequentFlyerAfterName,
    knownTravelerAfterName,
    pnrPhone,
    baggageFilePhone,
    gdsFopCard,
    mrz,
    cardTrackData,
    // EMV TLV hex and DE52 PIN blocks, before creditCard: a PAN inside a TLV is masked without its tag.
    emvCardData,
    iso8583PinBlock,
    creditCard,
    wrappedCard,
    entityJoinedCard,
    encodings.dottedCard,
    encodings.formEncodedCard,
    // Numbers read out digit by digit (transcripts): cards, SSNs, phones, accounts (red-team round 8).
    spokenDigits,
    // Names and postcodes spelled letter by letter (NATO, DIN 5009, Spanish; red-team round 29),
    // before the name detectors: `Viktor Otto Gustav Emil Ludwig` is one spelling, not two names.
    spelledLetters,
    oddSeparatedCard,
    lookalikeLetterCard,
    reversedDigits,
    commaGroupedPhone,
    commaGroupedIban,
    spacedDigits,
    dottedDigits,
    spokenNumbersRu,
    iban,
    encodings.lowerCaseIban,
    // Before the SSN: a bill's grouped MPAN core (`12 0001 2345 679`) holds an SSN-shaped `100 12 0001`.
    ukMpan,
    euEnergyEan,
    meterSerial,
    // Round 71: other countries' supply points and gas meter points after their names, MPANs in DTC flows.
    usEsiId,
    ukMprn,
    auNmi,
    deMaloId,
    deMeloId,
    ukDtcFlowMpan,
    emaId,
    ocpiTokenUidPath,
    usSsn,
    usSsnDotted,
    giftCardWithPin,
    prepaidVoucherPin,
    giftCardCode,
    usItin,
    ids.ukNino,
    encodings.lowerCaseNino,
    encodings.spokenNino,
    ids.esNif,
    ids.esNie,
    ids.itFiscalCode,
    lowerCaseItFiscalCode,
    ids.frNir,
    ids.brCpf,
    ids.brCnpj,
    ids.krRrn,
    ids.sgNric,
    ids.inPan,
    lowerCaseInPan,
    krPcccAfterName,
    // Numbers that need a keyword nearby (the checksum alone passes too many random numbers).
    abaRouting,
    usNpi,
    usDea,
    ids.ukNhs,
    ids.ukNinoDashed,
    ids.caSin,
    ids.inAadhaar,
    ids.auTfn,
    ids.auAbn,
    ids.auMedicare,
    ids.plPesel,
    usPassport,
    aamvaElements,
    // Immigration case references and NCIC message fields (red-team round 35).
    uscisReceiptNumber,
    immigrationCaseReference,
    usAlienNumber,
    immigrationNumberAfterName,
    ncicFields,
    usDriverLicense,
    // Record identifiers after their name: EIN, UTR, MPAN, MRN (red-team round 8).
    usEin,
    ledesTaxId,
    ukUtr,
    mrnInText,
    // National identifiers of issue 14 (natids branch): Europe, then the rest of the world.
    europe.fiHetu,
    europe.beNationalNumber,
    europe.chAhv,
    europe.sePersonnummer,
    europe.sePersonnummerPath,
    europe.dkCpr,
    europe.noFodselsnummer,
    europe.nlBsn,
    europe.deTaxId,
    europe.deSteuernummer,
    europe.deIdCard,
    europe.itIdentityCard,
    europe.plIdCard,
    europe.atSvnr,
    europe.deRvnr,
    europe.deKvnr,
    europe.czBirthNumber,
    europe.ptNif,
    europe.iePps,
    europe.trTckn,
    europe.roCnp,
    world.mxCurp,
    world.mxRfc,
    world.cnResidentId,
    world.cnResidentIdGrouped,
    world.twId,
    world.hkHkid,
    world.hkHkidBare,
    world.usMbi,
    world.ukDrivingLicence,
    world.clRut,
    world.arCuit,
    world.arDni,
    world.thId,
    world.zaId,
    world.ilId,
    // Round 23: Saudi national id / iqama, Egypt national number, Russian passport and ОМС policy,
    // Greek ΑΦΜ and India ABHA after their words.
    world.saNationalId,
    world.egNationalId,
    world.ruPassport,
    world.ruOmsPolicy,
    world.grAfm,
    world.inAbha,
    world.ngNin,
    world.ngBvn,
    // Round 28: NZ NHI, Australian IHI, Ontario health cards, Ghana Card, ABHA addresses, MyKad,
    // KRA PINs and lower-case NRIC / FIN.
    commonwealth.nzNhi,
    commonwealth.nzIrd,
    commonwealth.auIhi,
    commonwealth.ukNhsPatientPath,
    commonwealth.caOhip,
    commonwealth.ghCard,
    commonwealth.inAbhaAddress,
    commonwealth.myMykad,
    commonwealth.keKraPin,
    // Round 38: national learner numbers (England UPN, UK ULN, Australia USI).
    students.gbUpn,
    students.gbUln,
    students.gbUlnAfterUpn,
    students.auUsi,
    students.frIne,
    students.studentIdInText,
    titledNameCells,
    commonwealth.keNationalId,
    commonwealth.lowerCaseSgNric,
    // Ids typed with unusual separators in prose (red-team round 20).
    proseIds.lvPersonalCode,
    proseIds.iePpsTyped,
    proseIds.peDniChecked,
    proseIds.cedulaDotted,
    proseIds.rwNid,
    proseIds.azFin,
    proseIds.siTaxNumberGrouped,
    world.jpMyNumber,
    world.ruInn,
    world.ruSnils,
    world.uaRnokpp,
    world.grAmka,
    world.vnCccd,
    world.aeEmiratesId,
    world.phPhilsys,
    world.phUmid,
    world.phSss,
    world.phTin,
    world.idNik,
    world.passport,
    eurasia.kzIin,
    eurasia.bgEgn,
    eurasia.bgPnf,
    eurasia.jmbg,
    eurasia.pkCnic,
    eurasia.irNationalCode,
    eurasia.bdNid,
    eurasia.gePersonalNumber,
    eurasia.mnRegisterNumber,
    hkHkidSpaced,
    twIdLowerCase,
    krRrnSpoken,
    ruSnilsPrinted,
    ruInnWordAfter,
    ruSnilsWordAfter,
    // End of the issue-14 national identifiers.
    swiftBic,
    imei,
    imeisv,
    imsi,
    iccid,
    simVendorOutLine,
    portFormNumbers,
    sipCallerInLogLine,
    euiccId,
    plateAfterWord,
    ukPlate,
    usPlateNearVehicleWord,
    callbackAfterDispatchCb,
    usBankAccount,
    accountNumberGrouped,
    routingAccountPair,
    ukSortCodeAccount,
    caDashAccount,
    nocCorrectedAccount,
    krBankAccount,
    jpBankAccount,
    ruBankAccount,
    isBankAccount,
    nzBankAccount,
    ngNubanGrouped,
    routingCodeAccount,
    plNrb,
    accountNumberWithLetters,
    accountBesideBankKey,
    // Devices, networks, wallets, places.
    bitcoinAddress,
    ethereumAddress,
    xrplAddress,
    tronAddress,
    extendedPublicKey,
    walletImportKey,
    bip39Mnemonic,
    vin,
    apnsDeviceToken,
    pushRegistrationToken,
    advertisingIdAfterName,
    macAddress,
    rfidUid,
    ipv4,
    ipv6,
    latLong,
    latLongBare,
    latLongNamedPair,
    latLongDms,
    haTrackerMac,
    trackerCommandPassword,
    dateOfBirth,
    birthDateAfterInvertedName,
    compactBirthDateAfterLabel,
    dateOfBirthLocal,
    dateOfBirthWrittenMonth,
    dateOfBirthGatheredDigits,
    dateOfBirthCyrillicGreek,
    dateOfBirthSpoken,
    dateOfBirthThai,
    lowerCaseMxCurp,
    lowerCaseUkDrivingLicence,
    writtenEsDni,
    lowerCaseEsNie,
    spokenEsNie,
    lowerCaseFiHetu,
    mxClabeInText,
    arCbuInText,
    upiVirtualAddress,
    pixBrCode,
    aamvaDlBarcode,
    linkedInProfile,
    appHandleAfterName,
    dateOfBirthCjk,
    ageOver89,
    dateOfBirthAfterAge,
    healthConditionInLeave,
    cardExpiry,
    cardSecurityCode,
    pinAfterKeyword,
    accessCodeAfterName,
    badgeNumberAfterName,
    wiegandCardNumber,
    handoverCodeAfterName,
    dtmfDigits,
    esimActivationCode,
    sipDisplayName,
    digestResponse,
    ukSwitchingCode,
    smartLockCode,
    agentLicenceInProse,
    idDocumentNumberAfterName,
    soleTraderVatId,
    encompassFieldSsn,
    encompassFieldBirthDate,
    encompassFieldName,
    insurancePolicyAfterName,
    loyaltyNumberAfterName,
    planMemberIdAfterName,
    microchipAfterName,
    petLicenceTagAfterName,
    petTagAfterTag,
    chartNumberAfterName,
    // Names and addresses in free text (street lines before names: `Baker Street` is a place).
    vcardAddress,
    vcardName,
    swiftMtParty,
    swiftMtPartyAccount,
    mt940CounterpartyName,
    mt940CounterpartyAccount,
    t24Operator,
    streetAddress,
    upperCaseStreetLine,
    residenceStreet,
    jpAddress,
    jpDashAddress,
    vnAddress,
    euStreetAddress,
    arAddress,
    cnAddress,
    heAddress,
    grAddress,
    inFlatAddress,
    inCrossAddress,
    krRoadAddress,
    cyrillicHomeAddress,
    jpRomanAddress,
    postcode,
    mailboxDisplayName,
    exchangeObjectMailbox,
    // A native-script name after its label (Vietnamese `Khách hàng: Nguyễn Văn A`) ranks before the
    // capitalised-run reader, which reads the same Latin-script words without the label's extent.
    nativeScriptName,
    personName,
    personNameIntro,
    personNameIntroOther,
    personNameCaseParty,
    personNameSentenceIntro,
    personNameSignature,
    personNameLowerCustomer,
    personNameLowerRole,
    personNameLowerTitle,
    nameAfterDispatchWord,
    invertedNameNoBlank,
    hl7QuotedPersonName,
    initialHyphenatedSurname,
    bai2OriginatorName,
    filledPlaceholderName,
    dutchPayeeName,
    upiPayeeName,
    mpesaRecipientName,
    mpesaRecipientPhone,
    walletSmsPartyName,
    walletSmsPartyPhone,
    walletSmsLowerPartyName,
    walletSmsLowerPartyPhone,
    arTransferPayeePhone,
    arTransferPayeeName,
    firebaseAuthExport,
    chatExportSender,
    meetingSpeakerLine,
    generic.genericSecret,
    oneTimeCode,
    recoveryCode,
    deviceOwnerName,
    loginNameValue,
    loginNameAfterLabel,
    loginNameAfterBy,
    loginAfterLabel,
    loginAfterUserIdLabel,
    vaultAuthPathLogin,
    awsArnPrincipalLogin,
    adCmdletIdentityLogin,
    directoryUserCn,
    directoryUserUid,
    otpSeedInGroups,
    ciActorLogin,
    windowsAccountSid,
    domainLoginDetector,
    loginBesideNameDetector,
    announcedHalves,
    cjkNumeralPhone,
    ...phoneDetectors(options.phoneRegions as CountryCode[]),
    // The same detectors over text folded to ASCII digits and separators (values/unicode-digits.ts).
    unicodeDigitsDetector([
      email,
      dateOfBirthThai,
      creditCard,
      iban,
      usSsn,
      ids.krRrn,
      ids.inAadhaar,
      world.cnResidentId,
      world.jpMyNumber,
      world.thId,
      world.ilId,
      world.saNationalId,
      world.egNationalId,
      world.aeEmiratesId,
      world.ruInn,
      world.ruSnils,
      world.grAmka,
      arAddress,
      dateOfBirthCjk,
      europe.trTckn,
      eurasia.kzIin,
      eurasia.pkCnic,
      eurasia.irNationalCode,
      eurasia.bdNid,
      phoneDetector(options.phoneRegions as CountryCode[]),
    ]),
  ];
}

/** Ids of every built-in detector, for policy validation. */
export const BUILTIN_DETECTOR_IDS: readonly string[] = builtinDetectors({ phoneRegions: ['US'] }).map((d) => d.id);
