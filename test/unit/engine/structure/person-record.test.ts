import { describe, expect, it } from 'vitest';
import { maskJsonString } from '../../../../src/record/json-codec.js';
import { testEngine } from '../../../helpers/engine.js';

/**
 * structure/person-record.ts on the record walk: a bare `name` beside a person's contact is
 * PERSON (detector key:person_parent) in both walks (the decoded value and the record's text),
 * while the `name` of a thing stays.
 */
const engine = testEngine();

function both(record: unknown): { text: string; value: string } {
  const text = maskJsonString(engine, JSON.stringify(record)).output ?? '';
  const value = JSON.stringify(engine.maskValue(structuredClone(record)).value);
  return { text, value };
}

describe('a bare name beside a person contact (key:person_parent)', () => {
  const positives: [string, unknown, string][] = [
    ['Canvas LMS user', { event: 'login', user: { id: 42, name: 'Jane Roe', email: 'jane.roe@example.edu' } }, 'Jane Roe'],
    [
      'Maxwell data row',
      { database: 'shop', table: 'customers', type: 'insert', data: { id: 11, email: 'd.h@example.com', name: 'Dolores Haze' } },
      'Dolores Haze',
    ],
    ['Canal data[] row with a mobile', { data: [{ id: '3', name: '王小明', mobile: '13912345678' }], type: 'UPDATE' }, '王小明'],
    ['Debezium after row with a phone', { payload: { after: { name: 'Ines Duarte', phone: '+351 912 345 678' } } }, 'Ines Duarte'],
    [
      'Notion people[] entry with a person object',
      { people: [{ object: 'user', id: 'ee5f0f84', name: 'Avocado Lovelace', person: { email: 'avo@example.org' } }] },
      'Avocado Lovelace',
    ],
    ['plural person parent, a login', { assignees: [{ name: 'Ruth Okafor', login: 'rokafor' }] }, 'Ruth Okafor'],
    ['GitHub author with an escaped name', { commit: { author: { name: 'Zoë \\"Z\\" Brandt', email: 'zb@example.com' } } }, 'Brandt'],
    [
      'Pipedrive previous object, its e-mail a list',
      { event: 'merged.person', previous: { id: 1820, name: 'K. Adjei', email: [{ value: 'kadjei@example.com' }] } },
      'K. Adjei',
    ],
  ];
  for (const [label, record, name] of positives) {
    it(`masks the name: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).not.toContain(name);
      expect(text).not.toContain(name);
      expect(text).toContain('<PERSON:');
      expect(text).toContain('"detector":"key:person_parent"');
    });
  }

  const lookAlikes: [string, unknown, string][] = [
    ['a service with its owner e-mail', { service: { name: 'billing-api', owner_email: 'owner@example.com' } }, 'billing-api'],
    ['a team with its list address', { team: { name: 'Platform', email: 'platform@example.com' } }, 'Platform'],
    ['a product', { product: { name: 'Widget Pro', sku: 'W-1' } }, 'Widget Pro'],
    ['a file', { file: { name: 'report.pdf', size: 1024 } }, 'report.pdf'],
    ['a queue', { queue: { name: 'jobs-high', depth: 3 } }, 'jobs-high'],
    ['a row of a thing: only a qualified contact', { data: { name: 'billing-api', support_email: 'help@example.com' } }, 'billing-api'],
    ['a row without any contact', { data: { name: 'nightly-backup', status: 'ok' } }, 'nightly-backup'],
    ['a user parent with no contact (a service account)', { user: { name: 'deploy-bot', id: 7 } }, 'deploy-bot'],
    ['a row whose contact is empty', { data: { name: 'Acme Rollout', email: '' } }, 'Acme Rollout'],
    ['a previous object whose e-mail list is empty', { previous: { name: 'Acme Rollout', email: [] } }, 'Acme Rollout'],
    [
      'a previous deal with its own contact only qualified',
      { previous: { name: 'Q3 Renewal', person_email: 'x@example.com' } },
      'Q3 Renewal',
    ],
  ];
  for (const [label, record, name] of lookAlikes) {
    it(`keeps the name: ${label}`, () => {
      const { text, value } = both(record);
      expect(value).toContain(name);
      expect(text).toContain(name);
    });
  }
});
