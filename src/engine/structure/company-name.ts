/**
 * A company's name, not a person's: a value that ends with a legal-form suffix (Corporation, Inc.,
 * Ltd, Limited, LLC, LLP, PLC, GmbH, AG, S.A., Co., Ltd.; Pty, BV, NV, AB, Oy, ASA, SARL, SRL, SpA, KG: stop 39,
 * a KYB row's `Acme Mining Pty`, a SWIFT party `… SHIPPING AB`) or, in Japanese, Chinese and Korean,
 * starts or ends with its legal form (株式会社 / 有限会社 / 合同会社, 주식회사 / (주)), or in Chinese
 * ends with a firm's or an institution's word (有限公司, 集团, 商行, 银行, 医院, 大学…). Invoice extractors put the buyer under `CustomerName` whether it is a person or a firm
 * (Azure Document Intelligence prebuilt-invoice `CustomerName: MICROSOFT CORPORATION`).
 *
 * Narrow on purpose, so a person is never let through: at most 60 characters, no digit, no `@`,
 * no `/` (`Jane Doe c/o Acme Ltd`), and a Latin name only of letters, blanks, `&`, `'`, `.`, `-`
 * and one comma before the suffix; a CJK name without any blank (`山田太郎 株式会社サンプル` is
 * not a company's name alone).
 */
const LATIN_COMPANY =
  /^[A-Za-z\u00C0-\u024F&'’. -]{1,50}?,? (?:corporation|corp\.?|incorporated|inc\.?|ltd\.?|limited|llc|l\.l\.c\.|llp|plc|gmbh|ag|s\.a\.|co\.,? ?ltd\.?|pty\.?|b\.?v\.?|n\.?v\.?|ab|oyj?|asa|s\.?a\.?r\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|kgaa|kg)$/i;
const CJK_COMPANY =
  /^(?:株式会社|有限会社|合同会社|주식회사|\(주\)|㈜)[^\s\d]{1,30}$|^[^\s\d]{1,30}(?:株式会社|有限会社|合同会社|公司|集团|商行|商店|中心|银行|医院|学校|大学|研究所|研究院|协会|事务所|工厂|주식회사)$/u;

/**
 * Legal forms of Central and Eastern Europe, the Baltics and the Nordics in the case their
 * registers print them (`Kovalenko Auto Export s.r.o.`, `Vilnius Auto Parts UAB`, `Tallinn Cargo OÜ`,
 * `Rīga Motors SIA`, `Kraków Parts sp. z o.o.`, `Budapest Trade Kft.`: salvage buyers and
 * insurers under a `name`; leftovers of red-team round 75). Case-sensitive: `Sia`, `Uab` after a
 * given name are no legal form.
 */
const REGIONAL_COMPANY =
  /^[A-Za-z\u00C0-\u024F&'’. -]{1,50}? (?:s\.r\.o\.|S\.R\.O\.|spol\. s r\.o\.|a\.s\.|UAB|AB|OÜ|SIA|sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.|d\.o\.o\.|D\.O\.O\.|Kft\.?|Zrt\.?|Nyrt\.?|ApS|Oy|Oyj|S\.L\.U?\.?|SLU|S\.A\.S\.?|SAS|Ltda\.?|Lda\.?|e\.K\.|OHG|GbR)$/;

/** A company name written as one CamelCase word with its legal form glued on (`AcmeCorp`, `GlobexInc`: red-team round 36). */
const GLUED_COMPANY = /^(?:[A-Z][a-z]+){1,4}(?:Corp|Inc|Ltd|LLC|Llc|GmbH|Gmbh|Plc|PLC)$/;

/**
 * A limited partnership in its registers' capitals (`Brazos Petrochem LP`, `Harbor Point Partners,
 * L.P.`: a civil case's party under `defendant`; red-team round 94). Case-sensitive: `Lp` after a
 * name is no legal form.
 */
const LIMITED_PARTNERSHIP = /^[A-Za-z\u00C0-\u024F&'’. -]{1,50}?,? (?:LP|L\.P\.)$/;

/**
 * A congregation's name as giving platforms and ChMS write a merchant or an organisation (Pushpay
 * `recipient.name: Redeemer Church Midtown`, `First Baptist Church of Tulsa`, `Hope Chapel`:
 * red-team round 98): a faith or denomination word right before `Church` (a surname too: `Charlotte
 * Church` is a person), or a house of worship's word no list holds as a surname, then at most a
 * campus or an `of` place.
 */
const CONGREGATION =
  /^(?:[A-Z][\p{L}'’.-]* ){0,3}(?:(?:Baptist|Methodist|Lutheran|Catholic|Presbyterian|Episcopal|Evangelical|Pentecostal|Covenant|Community|Bible|Christian|Orthodox|Reformed|Redeemer|Nazarene|Adventist|Mennonite|Apostolic|Anglican|Congregational|Unitarian|Gospel|Memorial|Missionary|Calvary|Trinity|Zion|Bethel|Cornerstone|Vineyard) Church|Chapel|Cathedral|Tabernacle|Ministries|Synagogue|Mosque)(?: of(?: [A-Z][\p{L}'’.-]*){1,3}| [A-Z][\p{L}'’.-]*){0,2}$/u;

/**
 * A political committee as the FEC and the states register it and donation platforms name a
 * recipient (`Hartwell for Senate`, `Okafor for Congress`, `Texans for Calderón` is a PAC's own
 * style and stays out; `Friends of Maria Lopez`, `Committee to Elect Dana Cho`: red-team round
 * 102): one to three capitalised words, then `for` and an office, or a committee's lead words and a
 * name. A person's name never ends in an office after `for`.
 */
const CAMPAIGN_COMMITTEE =
  /^(?:(?:[A-Z][\p{L}'’.-]*|[A-Z]\.) ){1,3}for (?:(?:U\.?S\.? |US |State |the )?(?:Congress|Senate|House|Assembly|Governor|Lieutenant Governor|Mayor|President|Council|City Council|Delegate|Legislature|Supervisor|Sheriff|Judge|Attorney General|District Attorney|Comptroller|Treasurer|Controller|Auditor|Commissioner|School Board|Alderman|Senator)(?: \d{4})?|[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)? (?:Congress|Senate|House|Assembly|Council))$|^(?:Friends of|Committee to Elect|Committee to Re-?[Ee]lect|Citizens for) (?:[A-Z][\p{L}'’.-]*|[A-Z]\.)(?: (?:[A-Z][\p{L}'’.-]*|[A-Z]\.)){0,3}$/u;

export function isCompanyName(value: string): boolean {
  if (value.length > 60) return false;
  if (LIMITED_PARTNERSHIP.test(value)) return true;
  if (value.indexOf(' for ') > 0 || value.indexOf(' of ') > 0 || value.indexOf(' to ') > 0) {
    if (CAMPAIGN_COMMITTEE.test(value)) return true;
  }
  if (value.indexOf(' ') > 0 && CONGREGATION.test(value)) return true;
  if (LATIN_COMPANY.test(value) || CJK_COMPANY.test(value) || GLUED_COMPANY.test(value) || INSTITUTION.test(value)) return true;
  if (value.indexOf(' ') > 0 && REGIONAL_COMPANY.test(value)) return true;
  // An institution in capitals, as X12 files and payer lists print it (`KEY INSURANCE COMPANY`,
  // `DELTA DENTAL OF ILLINOIS`: red-team round 53).
  return (
    UPPER_WORDS.test(value) &&
    INSTITUTION.test(
      value
        .toLowerCase()
        .replace(/(^|[ '’.-])([a-z])/g, (_, b, c) => b + c.toUpperCase())
        .replace(/ Of /g, ' of '),
    )
  );
}
const UPPER_WORDS = /^[A-Z][A-Z&'’. -]{3,59}$/;

/**
 * An institution named by its head noun after one to five capitalised words (`Wells Fargo Home
 * Mortgage`, `Phoenix Police Department`, `Mercy General Hospital`: a mortgagee, an agency, a
 * provider under a party's `name`; `Delta Dental of Illinois`, `Key Insurance Company`: a payer,
 * red-team round 53, maybe with its plan type or its state after it); `and` / `&` between the
 * words (`State Farm Fire and Casualty Company`, an ACORD form's `Insurer_FullName_A`), and the
 * trades a claim pays (`ServiceMaster Restore of Tulsa`, `… Restoration`, `… Roofing`, `…
 * Collision`, `… Towing`, `… Injury Law`: payees of red-team round 105). Only head nouns that no name list holds as a surname or a given
 * name (not `Bank`, `College`, `Church`, `Police`, `Union` alone, `Trust`, `Council`: all surnames
 * too, and `Officer Daniel Police` is a person).
 */
const INSTITUTION =
  /^[A-Z][A-Za-z&'’.-]*[ ](?:(?:[A-Z][A-Za-z&'’.-]*|and|&)[ ]){0,5}(?:Mortgage|Department|Hospital|University|Foundation|Agency|Authority|Association|Ministry|Institute|Insurance|Clinic|Services|Holdings|School|Schools|Lending|Financial|Credit Union|Company|Dental|Dentistry|Orthodontics|Pharmacy|Healthcare|Restoration|Restore|Roofing|Collision|Towing|Injury Law)(?: PPO| HMO| of(?: [A-Z][a-z]+){1,2})?$/;

/**
 * A site's or a department's name (`Returns Dept`, `Lakeside Furniture DC`, `Depot Torino Sud`,
 * `Midlands Fulfilment Centre`: a shipper's or a returns centre's `name`): capitalised words with a
 * facility's head word, never a person's.
 */
const FACILITY =
  /^(?:[A-Z][\p{L}&'’.-]* ){1,4}(?:Dept\.?|Department|Warehouse|Depot|DC|(?:Distribution|Fulfil?ment|Returns?|Logistics) Cent(?:er|re))$|^Depot(?: [A-Z][\p{L}'’.-]*){1,4}$/u;

/**
 * A support contact point's name (`Support line`, `IT Service Desk`, `Billing Team`, `Sales
 * Hotline`): a helpdesk's phone number or queue as Zendesk voice writes it under `via.source.to.name`
 * (red-team round 64). The function word (support, service, help, sales, billing) and the head
 * word (line, desk, team, queue, hotline) together, in either case; never a person's name.
 */
const CONTACT_POINT =
  /^(?:[A-Z][\p{L}&'’.-]* ){0,3}(?:[Ss]upport|[Ss]ervice|[Hh]elp|[Ss]ales|[Bb]illing)[ -]?(?:[Ll]ine|[Dd]esk|[Tt]eam|[Qq]ueue|[Hh]otline)$/u;

export function isFacilityName(value: string): boolean {
  return value.length <= 60 && (FACILITY.test(value) || CONTACT_POINT.test(value));
}
