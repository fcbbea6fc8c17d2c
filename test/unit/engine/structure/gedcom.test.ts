import { describe } from 'vitest';
import { leakCases } from '../../../helpers/leak-checks.js';

/**
 * GEDCOM 5.5.1 / 7.0 records (structure/gedcom.ts; red-team round 89): a person's name parts, a
 * living person's birth date, addresses and contacts by tag; the header's product, places, ids,
 * ancestors' dates and a repository stay. Names, dates and streets here are made up and differ
 * from the corpus's.
 */
const { masks, keeps } = leakCases();

const LIVING = [
  '0 @I3@ INDI',
  '1 NAME Perpetua Lowenna /Trevithick-Mayne/',
  '2 GIVN Perpetua Lowenna',
  '2 SURN Trevithick-Mayne',
  '2 NICK Pet',
  '1 SEX F',
  '1 BIRT',
  '2 DATE 21 SEP 1993',
  '2 PLAC Truro, Cornwall, England',
  '1 RESI',
  '2 ADDR 15 Penwithick Row',
  '2 EMAIL p.trevithick@example.org',
].join('\n');

const ANCESTOR = [
  '0 @I4@ INDI',
  '1 NAME Ezekiel /Trevithick/',
  '1 BIRT',
  '2 DATE 12 APR 1902',
  '2 PLAC Redruth, Cornwall, England',
  '1 DEAT',
  '2 DATE 30 NOV 1977',
].join('\n');

const HEADER = [
  '0 HEAD',
  '1 SOUR RootsMagic',
  '2 VERS 9.1.3',
  '2 NAME Legacy Family Tree Deluxe',
  '2 CORP RootsMagic, Inc.',
  '1 GEDC',
  '2 VERS 5.5.1',
  '0 @R1@ REPO',
  '1 NAME Cornwall Record Office',
  '1 ADDR Kresen Kernow, 4 Chapel Street',
  '0 @I9@ INDI',
  '1 NAME Living /Penhaligon/',
  '1 BIRT',
  '2 DATE ABT 1958',
  '0 TRLR',
].join('\n');

describe('GEDCOM records', () => {
  masks("a living person's name parts, birth date, street and e-mail", LIVING, [
    'Perpetua Lowenna',
    'Trevithick-Mayne',
    '21 SEP 1993',
    '15 Penwithick Row',
    'p.trevithick@example.org',
  ]);
  keeps('the place, the cross-reference id and the tags of that record', LIVING, ['Truro, Cornwall, England', '@I3@', '1 BIRT', '2 PLAC']);
  masks('the same record inside a JSON string', { job: 'ged-import', context: LIVING }, ['Perpetua Lowenna', '21 SEP 1993']);
  masks(
    'a record quoted into a log line with escaped line breaks',
    `WARN ged-import rejected record: ${LIVING.replaceAll('\n', '\\n')} (line 14)`,
    ['Perpetua Lowenna', 'Trevithick-Mayne', '21 SEP 1993', '15 Penwithick Row'],
  );
  masks("a deceased ancestor's name", ANCESTOR, ['Ezekiel']);
  keeps("a deceased ancestor's birth and death dates (the record has DEAT)", ANCESTOR, ['12 APR 1902', '30 NOV 1977', 'Redruth']);
  keeps("the header's version and company, a repository's id and an approximate year", HEADER, [
    '9.1.3',
    'RootsMagic, Inc.',
    'ABT 1958',
    '@R1@',
  ]);
  masks('a privatised name keeps no surname in clear', HEADER, ['Penhaligon']);
  keeps(
    'prose that mentions the tags without GEDCOM lines',
    'The INDI record needs a NAME and GIVN / SURN pieces; see 1 NAME in the spec.',
    ['The INDI record needs a NAME and GIVN / SURN pieces'],
  );
});
