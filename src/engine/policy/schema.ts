import { z } from 'zod';
import { ACTIONS } from '../../core/evidence.js';
import { DEFAULT_ALLOW_PATHS } from './default-allow-paths.js';

/**
 * The policy file's schema. Field descriptions are the user documentation (`auditmask policy
 * schema` prints them); every object is strict, so a misspelt key is an error, not a silent no-op.
 */

export { DEFAULT_ALLOW_PATHS };

const action = z.enum(ACTIONS).describe('token | redact | partial | drop | keep');
const entityName = z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/, 'entity names are UPPER_SNAKE_CASE, 2–41 characters, e.g. EMPLOYEE_ID');

const keyRule = z
  .object({
    name: z.string().min(1).describe('A field name or phrase (`employee code` also matches employeeCode, EMPLOYEE_CODE…)'),
    entity: entityName.describe('Entity type its values are masked as'),
  })
  .strict();

const customRule = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,62}$/, 'rule ids are lower_snake_case, e.g. internal_ticket')
      .describe('Rule id, shown in evidence as rule:<id>'),
    entity: entityName.describe('Entity type of what the rule finds'),
    pattern: z
      .string()
      .min(1)
      .describe('RE2 syntax (as in the OpenTelemetry Collector, Vector, gitleaks): runs in linear time; no backreferences or lookaround'),
    keywords: z
      .array(z.string().min(1))
      .default([])
      .describe('Prefilter: the pattern runs only on text that contains one of these (case-insensitive)'),
    case_insensitive: z.boolean().default(false).describe('Match the pattern without regard to case'),
    action: action.optional().describe("Action for this rule (default: the entity's action)"),
  })
  .strict();

const pathRule = z
  .object({
    path: z
      .string()
      .min(1)
      .describe(
        'Dotted field path: `user.email`, `*` for one level, `**` for any depth, `[*]` or `[0]` for array items; a bare name such as `trace_id` matches that field anywhere',
      ),
    action: action.describe('Action for every finding at or below this path'),
  })
  .strict();

export const policySchema = z
  .object({
    version: z.literal(1).default(1).describe('Policy format version; only 1 exists'),
    name: z.string().optional().describe('A label for people; not used by the engine'),
    keys: z
      .object({
        enabled: z.boolean().default(true).describe('Mask whole values under sensitive field names (password, email, ssn…)'),
        extra: z.array(keyRule).default([]).describe('More sensitive field names'),
        ignore: z
          .array(z.string().min(1))
          .default([])
          .describe('Field names never treated as sensitive by name (values are still scanned)'),
      })
      .strict()
      .prefault({}),
    detectors: z
      .object({
        disabled: z.array(z.string()).default([]).describe('Built-in detector ids to switch off (see `auditmask rules`)'),
        phone_regions: z
          .array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO 3166 region code such as US or GB'))
          .default(['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'CA', 'AU', 'ES', 'IT', 'NL'])
          .describe('Regions tried for phone numbers written without +country code (in this order)'),
      })
      .strict()
      .prefault({}),
    actions: z
      .object({
        default: action.default('token').describe('Action for every entity without its own'),
        entities: z.record(entityName, action).default({}).describe('Action per entity type, e.g. EMAIL: partial'),
      })
      .strict()
      .prefault({}),
    paths: z.array(pathRule).default([]).describe('Actions per field path; the last matching entry wins'),
    rules: z.array(customRule).default([]).describe('Custom detectors'),
    allow: z
      .object({
        values: z.array(z.string()).default([]).describe('Exact values never masked'),
        patterns: z.array(z.string().min(1)).default([]).describe('RE2 patterns; a finding whose whole value matches one is not masked'),
        paths: z
          .array(z.string().min(1))
          .default([...DEFAULT_ALLOW_PATHS])
          .describe('Field paths never inspected (same syntax as paths[].path)'),
      })
      .strict()
      .prefault({}),
    limits: z
      .object({
        max_depth: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .default(64)
          .describe('Deeper records are rejected (dead-letter) rather than half-inspected'),
        max_string_bytes: z
          .number()
          .int()
          .min(1024)
          .default(8 * 1024 * 1024)
          .describe('A longer string is replaced whole by <OVERSIZE_TEXT> instead of being scanned'),
      })
      .strict()
      .prefault({}),
    evidence: z
      .object({
        field: z.string().min(1).default('_auditmask').describe('Reserved field that carries the evidence in JSON output'),
      })
      .strict()
      .prefault({}),
    structure: z
      .object({
        json_strings: z
          .boolean()
          .default(true)
          .describe('Parse JSON held in a string field, mask inside it with the same rules, and re-serialise it'),
        json_max_nesting: z.number().int().min(1).max(16).default(4).describe('How many levels of JSON-inside-a-JSON-string are opened'),
        urls: z
          .boolean()
          .default(true)
          .describe('Mask sensitive URL query and fragment parameters (token, api_key, sig, password, code…), keeping the rest of the URL'),
        headers: z.boolean().default(true).describe('Mask raw HTTP header lines in text: Authorization, Cookie, Set-Cookie, X-Api-Key…'),
        sql: z
          .boolean()
          .default(true)
          .describe('Mask SQL literals compared with or inserted into sensitive columns, keeping the query shape'),
        sql_all_literals: z.boolean().default(false).describe('Also mask every other SQL string and numeric literal as SQL_LITERAL'),
        key_value: z
          .boolean()
          .default(true)
          .describe(
            'Mask values of sensitive keys in key=value / logfmt text, configuration lines (.env, INI, TOML, YAML), XML elements and password sentences',
          ),
        csv: z
          .boolean()
          .default(true)
          .describe(
            'Mask every cell of a CSV / TSV column whose header the key rules call sensitive (phone, ssn, password, E-mail, Date of birth…), in text whose first line is a header row',
          ),
        command_lines: z
          .boolean()
          .default(true)
          .describe(
            'Mask password and token flags of command lines in text (mysql -pX, curl -u user:pass, docker login -p, --token X, echo X | sudo -S), and the bare output of a command that prints a secret (kubectl get secret … | base64 -d, vault kv get -field=…, printenv DB_PASSWORD) in the next output member of the record',
          ),
        hl7: z
          .boolean()
          .default(true)
          .describe(
            'Mask the identity fields of HL7 v2 messages in text by position (PID names, MRN, birth date, address, phone, SSN; NK1, GT1, IN1, MRG, PV1), the identity attributes of DICOM dcmdump lines by tag number, and the patient identity of C-CDA (HL7 v3 XML) documents',
          ),
        x12: z
          .boolean()
          .default(true)
          .describe(
            'Mask the identity elements of ASC X12 health care transactions in text by position (NM1 person names and member ids, N3/N4 address, DMG birth date, REF SSN and member numbers, PER contacts)',
          ),
        fhir: z
          .boolean()
          .default(true)
          .describe(
            'Mask the identity members of HL7 FHIR Patient, Person, RelatedPerson and Practitioner resources in JSON by name (name.family/given/text, address.line/city/postalCode, identifier.value, telecom.value, birthDate)',
          ),
        genai: z
          .boolean()
          .default(true)
          .describe(
            'Open OpenTelemetry GenAI attributes (gen_ai.input.messages, gen_ai.prompt…) and mask inside the messages, keeping role/type fields',
          ),
      })
      .strict()
      .prefault({}),
    // No default on purpose: absent, the key is absent from the parsed policy, so the hash of
    // every policy that does not use it is what it was before this field existed.
    vault: z
      .object({
        entities: z
          .array(entityName)
          .min(1, 'name the entity types to keep, e.g. [EMAIL, PERSON]')
          .describe(
            'Entity types whose (token, value) pairs are kept, sealed, in the token vault for `auditmask reveal`; every other type never reaches it. Only tokenized values are kept (a type whose action is not `token` leaves nothing to reveal).',
          ),
      })
      .strict()
      .optional()
      .describe(
        'Re-identification: which entity types the token vault keeps. Takes effect only where a vault is set up (run config `vault:` with its file and recipients, or `auditmask mask --vault`). Absent: no type is kept. Part of the policy hash only when present.',
      ),
  })
  .strict();

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
