import { createHash } from 'node:crypto';
import { builtinDetectors } from './detect/catalog.js';
import { BUILTIN_KEY_RULES, type KeyRule } from './detect/keys.js';
import type { ValueDetector } from './detect/types.js';
import { regexSpecs } from './detect/values/helpers.js';
import { STRUCTURE_HANDLERS } from './structure/index.js';

/**
 * Bump by hand when the engine's code changes a masking decision in a way the detector specs, key
 * rules and structure handlers below do not show (a validator's body, the scan order, how spans
 * merge, how a structure handler cuts its text) or the token construction (src/engine/mask/token.ts;
 * 4: tokens v2; 5: the ipv6 prefilter lets through the full form with an IPv4 tail, masked since;
 * 6: windowed detectors recheck a match at a window's cut edge on the full text instead of dropping
 * it, and fi_hetu finds the `+` century sign; 7: red-team round five: Terraform sensitivity maps,
 * secret-declaring objects, the key=value word rule, `--password-stdin` echoes, `%2B` phones;
 * 8: over-masking cuts: Docker's `--password via the CLI` warning, a word after a `--…stdin` flag,
 * database URLs under key=value names masked in their user-info only, Postman auth objects,
 * LangChain secret references, `jti`, `hashed_token`; 9: the CSV / TSV header-column handler;
 * 10: red-team round six (identity-document siblings, FIX passwords, loopback IPv4 kept in free
 * text, Belgium's spaced check pair) and the URI credential readings (a blank or a port-shaped
 * password, Oracle passwords with `/` and `@`, `dsn=` URIs keep host and port), CSV headers after a
 * sentence); 11: a tool's bare output after a command that prints a secret, in a later member or
 * on the next line of a transcript (structure/secret-output.ts), and phone numbers that are
 * possible but not valid (written with `+` / `00`, or North American after a phone keyword), the
 * X12 handler, Redis MONITOR passwords, PowerShell encoded commands, keys as URL users, escaped CSV,
 * a bare `type` member naming its siblings' field when its value is a sensitive field name, and
 * red-team rounds seven and eight (credential and config files, wallet keys, card track data, APIS;
 * health, tax, education and device record names, EIN, UTR, MPAN, MRN; spoken and spaced digits,
 * DICOM and C-CDA identity attributes, ages over 89, spelled-out e-mails; .pgpass, EMV TLV, base64
 * config files, copies of a context-masked value in the same string, and the look-alikes they keep;
 * a span holding a whole postcode wins the overlap with it); 12: red-team rounds nine to eleven
 * and their leftovers (network device configuration commands, LDIF, UN/EDIFACT contacts, JSON
 * Patch paths and typed names (DynamoDB `{S: …}`, Firestore, Avro unions, form questions) as
 * sibling names, a bare `number` / `name` read with its parent's name, `key=\"…\"` escaped values,
 * whole base64 payloads and mail bodies (quoted-printable, base64url) read decoded, `%2B` phones;
 * field names in non-Latin scripts, Turkish and Vietnamese, Unicode digits and separators folded,
 * national ids of Russia, Ukraine, Greece, Vietnam and the UAE, MRZ, names and addresses in local
 * scripts, one-time codes, APNs tokens; finance, KYC, insurance, ad-tech and e-signature field
 * names, Open Banking scheme pairs, sort codes, account words of six languages, PINs, policy and
 * loyalty numbers, pixel parameters, account changes, lat,lng pairs; company names and preference
 * cookies kept; a value masked on its context masked wherever else it stands in the record);
 * 13: red-team rounds twelve to fifteen and the leftovers of rounds eight to fifteen (unified-diff
 * and code-literal configuration lines, Kubernetes Secret `data:` values, bash history numbers,
 * private key bodies without their BEGIN line, browser-step selectors naming the typed value;
 * Windows password hashes, FTP/POP3 `PASS`, account-link URL tokens, `email:password` lines,
 * `cmd.exe /c`, 7-Zip `-p`, auditd EXECVE arguments, CEF labels; objects printed by Ruby, Rust, Node,
 * Python, PHP and Go, multipart form fields, pairs inside a quoted value, door and gate codes; label
 * objects (Textract, Azure) and Typeform refs naming their value, Python repr dicts, a bare `name`
 * under a person parent or a change-data row with a contact, column names onto row cells of query
 * results and wal2json, pieces of one value split across an array's deltas or typed actions,
 * e-mails on a bare host, DocuSign `t=`, Central European streets, GS1 UDI serials, NCPDP D.0,
 * Metro 2, PAN-OS users, caption-split cards; Latin-script field names, written birth dates, CURP /
 * DNI / NIE in lower case, CLABE, CBU, UPI ids, Pix payloads, phone and name words of a dozen more
 * languages; round sixteen's LinkedIn profile names, numbered contact fields and AWS CLI shorthand
 * pairs; a bare name word beside a person field, terminal input after a password prompt, a
 * password typed after a click on a password field, Extended JSON dates in text; IDS rule
 * messages, automated senders and a BLZ kept).
 * 14: red-team rounds seventeen to twenty and the leftovers of rounds ten to nineteen (field names,
 * ids, phones, addresses, birth dates and name introductions in 18 more non-Latin-script and 25 more
 * Latin-script languages; chat-export senders, wallet-SMS parties, Telegram `from`, e-KYC markup
 * attributes; errors that echo a value and bound SQL parameters; object dumps of Ruby, C#, Go and
 * Ruby hashes read for a person's `name`; env tables, job argument lists, box-wrapped values;
 * vendor credentials recognised with the vendor named in the same sentence, scanners' placeholder
 * samples kept; name parts, Textract KEY/VALUE blocks, form label/value pairs, a name beside an id
 * or a phone; lower-case introductions, split cards, WebVTT speakers, Firebase exports, 4625
 * unknown-user names; Zoom dial-in numbers, estate names and Boundary ids kept).
 * 15: red-team rounds twenty-one to twenty-five and the leftovers of rounds seventeen to twenty-four
 * (printed query results, dataframes, HTML and markdown tables read by their header; French DSN
 * rubriques; EU payroll, tax and payment field names, German pension and eGK numbers, Polish NRB,
 * EU phone plans after a phone word; non-Latin field names, ids and addresses of the largest
 * markets; spelled e-mails, spoken and oddly grouped numbers, recovery codes, typed passphrases,
 * short birth dates; device ids, push tokens, bare coordinates, bare base64 private keys; a vendor
 * named in a sibling label, FastAPI `loc` / `input`, Vietnamese letters in names, Baltic and
 * Balkan street words, a surname field beside a given-name field, school-roster ids; auth
 * methods, Clerk ids, Thai product names and GA4 session ids kept).
 * 16: red-team rounds twenty-six to thirty and the leftovers of rounds twenty-one to twenty-nine
 * (change records: YAML lists under a sensitive key, change rows naming their column, SCIM filter
 * paths; SIM / eSIM ids, message parties, PNR / PNL / PAXLST / MRZ names, plates, AAMVA barcodes;
 * Commonwealth health, tax and national ids, accounts after a bare sort code / BSB / transit;
 * speech recognisers' word lists, spoken digits in ten languages, spelled letters and e-mails,
 * answers read with the question before them, meeting speaker lines; in-house audit field names;
 * rows without column names; pagination cursors, card descriptors under an authorization, a
 * GP practice code and a firm's tax number by its role kept).
 * 17: red-team rounds thirty-one to thirty-five and the leftovers of rounds twenty-four to thirty
 * (ids and names glued into file names, document metadata and document-AI fields, shared-link
 * tokens, GPS positions in degrees-minutes-seconds; e-mail signatures, quoted replies, DSNs,
 * Eircodes, Message-IDs kept; fixed-width payment, wage, positive-pay and census records, X12 BPR
 * accounts, an account beside its routing field; Meta advanced-matching members, rrweb input text;
 * immigration case references, A-numbers, NCIC fields, CAD shorthand, TD1 MRZ lines; IMSIs after
 * their word, SQL INSERT rows naming their field, dotted name labels, capitals after a title;
 * values announced in two halves, dotted and letter-spaced values, DTMF buffers, the words of a
 * transcript's finding, filled placeholders; document-extraction scores kept).
 * 18: red-team rounds thirty-six to thirty-nine and the leftovers of rounds twenty-seven, thirty-one
 * and thirty-three to thirty-nine (SAP field names and change-document rows, tax numbers after
 * their words, German Steuernummern, an ES VAT that is a DNI; policy numbers in prose, grouped
 * licences, name halves under short keys, header-less name and person rows; learner numbers (UPN,
 * ULN, USI, INE), titled name cells; Postgres bind parameters, pgaudit parameters, load-error
 * fields, Snowflake credentials; CAD party words, `SURNAME,GIVEN`, LEDES tax ids, NOC and BAI2
 * originators, the Canadian dash account; person folders, document-id type pairs, EU licence
 * fields, device owners' names; ids proved by their check in header-less rows and SQL tuples,
 * vendor keys by their flag, NetSuite token ids, nested latitude / longitude arrays, name cells
 * a row's e-mail spells, `nm` under a person parent; relationship cells, organisations' EINs,
 * company VAT ids under a generic tax id, internal account codes and lower-case hosts kept; an
 * OrgNr that is a personnummer masked).
 * 19: red-team rounds forty to forty-four and the leftovers of rounds thirty-six to forty-four
 * (entry, lockbox, key-safe and digicode codes, deed parties over a value only, routing / account
 * pairs and MICR lines, Encompass field calls, agents' licences; Alloggiati guest lines, Oracle
 * `DD-MON-YY` birth dates, a phone in brackets after a name, passport books after their word,
 * short guest / loyalty members read by their neighbours, dish names kept, `Surname, Given` after
 * a name label, the Italian identity card; Korean PCCC, CJK names under a party's role, carriers'
 * shipment numbers and short account codes kept, a client key beside its password; hiring field
 * names, I-94 numbers, a chat reply to a bot's question for an id, health conditions in leave
 * text; energy EANs, prepaid voucher PINs, header-less postcode and mobile cells; Workday type /
 * value pairs, BAPI message variables, padded person rows, institutions' names kept; Encompass
 * field ids as members, NACHA `indiv_name`, real-estate licences in prose, alarm codes before
 * `disarm`; a personnummer as a URL path segment, sort code + account pairs in key=value text,
 * abbreviated meter-point keys, digit-by-digit door codes, MPAN and street cells in header-less
 * rows; `addr` / `bd` by their value's shape, certificate numbers named by their parent, HL7 names
 * after a person key, system mailboxes kept; a company sending party's address kept), and stop
 * 34's gates (gate words by rarity, the bare-cells and glued file-name gates: no decision changed);
 * 20: red-team rounds forty-five to fifty and the leftovers of rounds forty-five to forty-eight
 * (HL7 v2 fields as JSON members, NCPDP segments with `|` and as a JSON map, health-plan member
 * ids beside BIN / PCN, SDTM birth dates and SAS dates, ZPL patient labels, REDCap `name = 'x'`
 * change lines, compact and mismatched birth dates, header-less rows with a written phone or a
 * ZIP after the names; AAMVA licence barcodes, IRS e-file error paths, owners beside a parcel,
 * surnames under `last=` beside an SSN, names before a failed lookup's pairs, birth dates in
 * brackets after an age, lower-case case-note parties, a bare `social` holding an SSN, preparer
 * and payer EINs kept; lock boxes, intercoms, spelled door codes, subscripted form keys, app
 * handles, UK licences in printed blocks, sole traders' VAT ids, identity document numbers after
 * `ID#`, smart-lock codes, Jumio credential lists kept, percent-encoded phones masked whole;
 * badge and card numbers, guest and pickup codes, named lat / lon pairs, visitor names, Mosquitto
 * passwords, YAML keys read with their block, Wiegand card numbers, alarm panel codes, names in
 * capitals as a name key's value, run-together plates beside parking words, card formats and
 * facility codes kept; relatives and particles in names, `surname is`, Spanish and Portuguese
 * birth words, PKCE verifiers, LiteLLM key labels kept; cards' embossed names, IVMS101 national
 * identifiers, payment cryptograms, JSON escaped twice read on its text, token contracts and
 * requestors kept), a BAPIRET2 row's strings kept out of the scan memo, and stop 35's member-name
 * gate (no decision changed);
 * 21: red-team rounds fifty-one to fifty-six and the leftovers of rounds forty-two, fifty-two,
 * fifty-three and fifty-five (Kubernetes Secret data and SecretLists masked whatever their key,
 * `kubectl exec` argv words, `with password X`, GCP service accounts and `authorizationInfo` kept;
 * IMEI / IMSI after 5G prefixes, eSIM activation codes, UK PAC / STAC codes, SIP display names and
 * Digest responses, grouped account numbers, DTMF / CNAM / PUK field names; health-plan member ids
 * beside a subscriber, patient account numbers, microchip and rabies tag numbers, X12 CLP01 and
 * short NM1 quotes, payers and practices kept; hashed e-mails and phones masked as personal,
 * nested form field names, link tracking tokens, geolocation places kept, company office streets
 * kept; APIS DOCS in any case and without its header, DOCO / DOCA / CTCM elements, GDS e-mails and
 * titled names, FOP cards, frequent-flyer and Known Traveler numbers, PNRGOV TIF / FTI, baggage file
 * phones; Cargo-IMP party lines, ZPL addressees, spelled e-mails with dots, `addr=` street lines,
 * lower-case signers; CDISC USUBJIDs, card-issuing object ids, card product names, a company's
 * phone after its legal form and coding agents' session ids kept; kv.ts's quoted spaced keys
 * read; URL-encoded form bodies read decoded, SIP user parts and caller names, `msisdn:` queries,
 * codes after `my code is`, TAP3 records and MCC / MNC names kept, a state before a ZIP outside
 * its area no address; member ids after `member=`, pet tags and chart numbers, surname-first rows,
 * glued phone names; Sabre frequent-flyer lists, crew staff numbers beside a name, TD1 numbers
 * beside `gn`, passports in person rows, encoded boarding passes, Sabre entry and `pax` names,
 * Travelport name attributes; SIM vendor output lines, port-in form numbers beside a carrier and a
 * PIN, kamailio and STIR caller numbers; names in capitals with a middle initial and after
 * party / subject keys), and stop 36's gates (prefilters on numeric runs, the SQL `update` and line-feed gates: no
 * decision changed).
 * 22: red-team rounds fifty-seven to sixty-two and the leftovers of rounds twenty-five,
 * thirty-eight, fifty-seven and sixty, and person names in lower case (people's logins masked as
 * USERNAME and Windows user SIDs as ACCOUNT_ID, system and service accounts kept, dotted versions
 * under version names kept; `sh -c` / `cmd /c` scripts
 * read as command lines, PuTTY `-pw`, auditd whole-command hex and USER_CMD, full names written as
 * logins and home folders, pipe-delimited URLs end at the next field, SES Message-IDs kept;
 * backslash-quoted SQL passwords, Oracle `REPLACE old`, `changeUserPassword`, Oracle bind
 * placeholders kept, a `name` column beside person columns, SQL_BINDS rows, JSON documents one per
 * line, Redis SET / HSET values under sensitive keys, IPv4 glued to `-h`, quoted names in log
 * lines; environment and secret-store reads kept as placeholders, connection strings losing only
 * their secret settings, YAML name / value items, tags with a `value` attribute, accessibility
 * snapshots' form fields, a bare `key` read with its parent's name, Python repr names beside a
 * phone; form-builder field / value pairs in four languages, call-back phone words, lower-case
 * street words, names after closings in other languages, katakana names after Japanese labels;
 * plist values by their `<key>`, IMEISV after `iphonesubinfo`, codes between `Use` and `to
 * confirm`, `adid` UUIDs, Adjust tokens and SDK session ids kept, Google Fit points, lower-case
 * introduced names copied elsewhere in a record; ClassLink / Clever state ids, UCAS personal ids,
 * pinyin phone names, GoCardless bank-account ids kept, names after `student` / `son` /
 * `daughter`, bare passwords after `password`, ULN after UPN; gift-card codes, GB / FR mobiles
 * without a phone word, CPF cells, foreign TINs, Reddit fullnames kept, IP objects' own-named
 * members; lower-case full names after role words and `cust` / `for`), and stop 37's digit-bounded
 * searches and prefilter cuts (no decision changed).
 * 23: stop 38's red-team rounds 63–69 (HR systems and payroll, ITSM histories, identity governance /
 * PAM / secrets managers, CI/CD / Kubernetes / cloud control plane, tax and government e-services,
 * collaboration content, banks' payment messages), the leftover passes of rounds 57, 61, 63 and 65
 * (logins under SIEM / EDR field names, home folders, `DOMAIN\login`, `Name (login)`, login copies
 * in a record; inverted `Surname, Given` pairs, HL7 names quoted alone, FHIR type / value pairs),
 * header-less rows and values split by line breaks, and stop 38's prefilter cuts (no decision
 * changed).
 * 24: stop 39's red-team rounds 70–75 (OpenTelemetry telemetry as instrumentation writes it,
 * utilities / energy / EV charging, customer identity (CIAM), crypto exchanges and the Travel Rule,
 * HR cases / investigations / hotlines, P&C and workers' compensation claims), the leftover passes of
 * rounds 68, 69 and 70 (free-text and lower-case names, load files, SWIFT fields without tags,
 * Temenos / Bacs reports, OTel flag contexts, GraphQL variables; OTel `session.id` kept), header-less
 * rows read as evidence about their cells (structure/person-rows.ts), firms' legal forms (Pty, BV,
 * AB…), and stop 39's speed cuts (anchored searches, one-pass role leads: no decision changed).
 * 25: stop 40's red-team rounds 76, 77 and 79 (IoT, connected vehicles and fleet telematics; legal
 * practice management, courts and e-filing; browser and computer-use agents, RPA and form
 * automation), the leftover passes of rounds 73 and 75 (public contracts and exchange wallets kept,
 * deposit tags, AL3 / IAIABC flat records, XML name parts, bureau labels), names no list knows
 * (person_name_unlisted_lower, quoted echoes, surnames wrapped onto the next line, sign-offs, masked
 * names' case copies), and stop 40's keyword-hit cuts (no decision changed).
 * 26: stop 41's red-team rounds 80–82 (learning platforms, lending origination, wealth / brokerage /
 * retirement), the leftover passes of rounds 76, 79 and 63, values split by a line break or a wrap
 * (structure/wrapped-tokens.ts), and stop 41's prompt cuts (no decision changed).
 * 27: stop 42's red-team rounds 83–86 (insurance underwriting and policy administration,
 * contact-centre voice bots and agent assist, fitness / gyms / clubs / ticketing, security
 * analysts' case work), the leftover passes of rounds 82, 77 and 74, UFO step `Args` named only
 * when the step enters text, prefilters that asked for an occurrence past the text's start, and
 * stop 42's speed cuts (no decision changed).
 * 28: stop 43's red-team rounds 87–90 (home care and senior living, mobile apps, genealogy and
 * consumer DNA, airline crew / flight operations / maintenance: the GEDCOM reader, OASIS / MDS
 * items, aviation licences and crew rows), the leftover passes of rounds 83, 81 and 86 (a login
 * before a vendor token in a URL's userinfo, filter expressions and encoded queries, header-less
 * alert rows, wrapped e-mails, VITAL_RECORD_NUMBER), and stop 43's speed cuts (no decision changed).
 * 29: stop 44's red-team rounds 91–94 (marketplace support and disputes, PBMs and specialty
 * pharmacy, automotive dealers and auto finance, local government: NCPDP field ids in text, toll
 * interoperability rows, ADF lead names, fixed-width DMS reports), the leftover passes of rounds 90,
 * 87 and 89 (crew columns, badge rows, name-proven header-less columns, GEDCOM X birth facts,
 * licence kinds, an identity document object's details kept), and stop 44's keyword-pass cuts (no
 * decision changed).
 * 31: stop 46's red-team rounds 99–102 (veterinary clinics and pet services, property management
 * and HOA portals, funeral homes and death care, political campaigns and fundraising: microchips by
 * their words, tenancy and obituary names, FEC rows split by FS, death-record field names), the
 * leftover passes of rounds 95, 96 and 98 (staff logins under coordinator / responder, bare audit
 * rows, OpenClinica attributes, Graph person resources, custodian folders, custom fields named only
 * by an id), and perf47's quoting and member-name cuts (no decision changed).
 * 32: stop 47's red-team rounds 103–106 (telehealth visits, public libraries, P&C claims
 * adjusting, coworking and visitor management: video room names, clinician credentials, patron
 * cards and SIP2 fields, proxy-log users, policy numbers after their words, door credentials), the
 * leftover passes of rounds 99, 101 and 102 (registrant and OCR-label names, form name blocks,
 * lower-case header-less rows, committee names kept), and the shared staff-login list.
 * The specs themselves are hashed: changing a pattern, a keyword or a key rule changes
 * ENGINE_VERSION without a bump.
 */
export const ENGINE_REVISION = 32;

/** What decides a masking, as data: the parts ENGINE_VERSION is a hash of. */
export interface EngineParts {
  revision: number;
  /** In priority order (the order decides overlaps). */
  detectors: readonly ValueDetector[];
  keyRules: readonly KeyRule[];
  /** The option names of the structure handlers. */
  structureHandlers: readonly string[];
}

/**
 * `<revision>-<12 hex>`: a hash of the detector specs (id, entity, validation summary, context
 * flag, keywords, requirement and, for regex detectors, pattern source and flags, capture groups,
 * shrinking and run search), the key rules and the structure handlers.
 *
 * Only data goes in, never function source text: the same catalog gives the same version in every
 * process, from the TypeScript sources (tests) and from the compiled JavaScript (dist/) alike.
 */
export function engineVersionOf(parts: EngineParts): string {
  // One line per part, hashed in one update (computed at every start: some 800 updates cost more).
  let text = `revision ${parts.revision}\n`;
  for (const d of parts.detectors) text += `detector ${JSON.stringify(detectorFingerprint(d))}\n`;
  for (const r of parts.keyRules) text += `key ${JSON.stringify([r.phrase, r.entity])}\n`;
  text += `structure ${JSON.stringify(parts.structureHandlers)}\n`;
  return `${parts.revision}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

function detectorFingerprint(d: ValueDetector): unknown[] {
  const spec = regexSpecs.get(d);
  const regex =
    spec === undefined
      ? null
      : [spec.pattern.source, spec.pattern.flags, spec.group ?? 0, spec.shrinkWords ?? 0, spec.shrinkSeparators ?? ' ', spec.run ?? null];
  return [d.id, d.entity, d.validation, d.context, d.keywords ?? [], d.requires ?? null, regex];
}

/** The parts of the built-in engine (phone detection with the default region; regions are policy). */
export function builtinEngineParts(): EngineParts {
  return {
    revision: ENGINE_REVISION,
    detectors: builtinDetectors({ phoneRegions: ['US'] }),
    keyRules: BUILTIN_KEY_RULES,
    structureHandlers: STRUCTURE_HANDLERS.map((h) => h.option),
  };
}

/** Version of the built-in engine; part of every policy hash, so a catalog change changes the hash. */
export const ENGINE_VERSION: string = engineVersionOf(builtinEngineParts());
