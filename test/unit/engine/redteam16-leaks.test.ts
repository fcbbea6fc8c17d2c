import { describe, expect, it } from 'vitest';
import { BUILTIN_KEY_RULES, KeyClassifier } from '../../../src/engine/detect/keys.js';
import { detectorCases, engine } from './detectors/support.js';

// Red-team round 16 (people platforms: ATS, background checks, schools, identity and CRM exports):
// the detectors and field names its fixes added. Values: vendors' documented example payloads
// (Greenhouse `social_media_addresses`, Lever `links`, Moodle `phone1`, Dynamics 365
// `governmentid`, Clever SFTP `STUDENT_LAST`). Look-alikes: LinkedIn pages that are not a
// person's profile, the same words inside names that describe something else.

describe('linkedin_profile', () => {
  detectorCases(
    'linkedin_profile',
    [
      ['social: https://www.linkedin.com/in/john-locke-4815162342', 'john-locke-4815162342'],
      ['JORDAN ALVAREZ · linkedin.com/in/jordanalvarezpine · Brooklyn', 'jordanalvarezpine'],
      ['see https://LinkedIn.com/in/Priya_Raghunathan/ for details', 'Priya_Raghunathan'],
      ['old profile linkedin.com/pub/jane-doe/12/345/678', 'jane-doe'],
    ],
    [
      // A company page, a job, a post, a learning course: no person's vanity name.
      'Apply at https://www.linkedin.com/company/acme-corp/jobs',
      'https://www.linkedin.com/jobs/view/3791234567',
      'https://www.linkedin.com/posts/acme-corp_hiring-activity-7123',
      'https://www.linkedin.com/learning/python-essential-training',
      // Too short to be a vanity name.
      'linkedin.com/in/ab',
    ],
  );
});

describe('field names of round 16', () => {
  const keys = new KeyClassifier(BUILTIN_KEY_RULES, []);
  it.each([
    ['candidate_name', 'PERSON'],
    ['applicantName', 'PERSON'],
    ['student_name', 'PERSON'],
    ['STUDENT_LAST', 'PERSON'],
    ['STUDENT_FIRST', 'PERSON'],
    ['guardian_name', 'PERSON'],
    ['parentName', 'PERSON'],
    ['donor_name', 'PERSON'],
    ['tenantName', 'PERSON'],
    ['npsp__Honoree_Name__c', 'PERSON'],
    ['phone1', 'PHONE'],
    ['phone2', 'PHONE'],
    ['telephone3', 'PHONE'],
    ['emailaddress2', 'EMAIL'],
    ['email_2', 'EMAIL'],
    ['governmentid', 'NATIONAL_ID'],
    ['government_id', 'NATIONAL_ID'],
  ])('%s → %s', (key, entity) => {
    expect(keys.classify(key)?.entity).toBe(entity);
  });
  it.each([
    'student_grade',
    'student_count',
    'candidate_stage',
    'phone_type',
    'government_id_type',
    'has_candidate_name',
    'tenant_id',
    'donor_level',
  ])('%s is no sensitive name', (key) => {
    expect(keys.classify(key)).toBeNull();
  });
});

describe('AWS CLI shorthand pairs (Name=…,Value=…)', () => {
  it.each([
    ['aws cognito-idp admin-create-user --user-attributes Name=family_name,Value=Donnadieu Name=locale,Value=fr', 'Donnadieu', 'PERSON'],
    ['--user-attributes Name=given_name,Value=Ifeoma', 'Ifeoma', 'PERSON'],
    ['aws cloudformation deploy --parameters ParameterKey=DbPassword,ParameterValue=hunter2xyz', 'hunter2xyz', 'SECRET'],
    ['{Name=birthdate,Value=1990-02-17}', '1990-02-17', 'DATE_OF_BIRTH'],
  ])('%s', (text, secret, entity) => {
    const out = engine.maskText(text);
    expect(out.value).not.toContain(secret);
    expect(out.findings.map((f) => f.entity)).toContain(entity);
  });
  it.each([
    // Names that say nothing sensitive: tags, instance types, locales.
    'aws ec2 create-tags --tags Key=Environment,Value=prod Key=Team,Value=platform',
    'ParameterKey=InstanceType,ParameterValue=t3.micro',
    '--user-attributes Name=locale,Value=fr-FR',
    // A `Value=` that does not follow a name pair after a comma.
    'Name=family_name Value=unrelated',
  ])('%s stays', (text) => {
    expect(engine.maskText(text).value).toBe(text);
  });
});
