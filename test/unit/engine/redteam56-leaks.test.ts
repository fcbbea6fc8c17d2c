import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Red-team round 56 (AML cases, SAR narratives, sanctions screening, fraud risk): the shapes that
 * leaked, each fixed by a general rule, with positives other than the corpus values and look-alikes
 * that must stay. Values: FinCEN SAR narrative style (subject in capitals with a middle initial),
 * plausible names; look-alikes are headings and codes written in capitals.
 */

const { masks, keeps } = leakCases();

describe('red-team 56: a name in capitals with a middle initial', () => {
  masks(
    'a SAR narrative subject and a relative',
    {
      narrative:
        'The bank is reporting activity by subject DANIEL R PETERSON (DOB 11/02/1971). His wife, SARAH K PETERSON, is the joint owner.',
    },
    ['DANIEL R PETERSON', 'SARAH K PETERSON', 'PETERSON'],
  );
  masks('a reversed CTR-style row in a log line', 'ctr batch 7 person=ROBERT J ANDERSON amount=12000', ['ROBERT J ANDERSON']);
  keeps(
    'headings, codes and sentences in capitals with a single letter between',
    { title: 'SCHEDULE B INCOME', step: 'RUN A TEST NOW', plan: 'PLAN B PHASE TWO', part: 'PART C SUMMARY' },
    ['SCHEDULE B INCOME', 'RUN A TEST NOW', 'PLAN B PHASE TWO', 'PART C SUMMARY'],
  );
});

describe('red-team 56: a name in capitals as the quoted value of a party or subject key', () => {
  masks('a monitoring alert as key=value', 'alert_id=TM-8812 rule=HighRiskWire party="ELENA MARKOVA" score=81', ['ELENA MARKOVA']);
  masks('a counterparty key', 'wire out counterparty="JAMES WILSON" amt=9400 ccy=USD', ['JAMES WILSON']);
  keeps(
    'a party or subject naming a team, a queue or a list',
    'alert_id=TM-8813 party="RETAIL BANKING" subject="DISK FULL" beneficiary="OFAC SDN"',
    ['RETAIL BANKING', 'DISK FULL', 'OFAC SDN', 'TM-8813'],
  );
});
