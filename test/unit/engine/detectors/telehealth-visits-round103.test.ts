import { describe } from 'vitest';
import { detectorCases } from './support.js';

/**
 * Names of telehealth visit records that round 103 leaked: a clinician named with the credential
 * after a comma (person_name_clinician_credential), and a relative's given name after a kin word
 * followed by a two-letter word (person_name_kin_given). Names are made up and differ from the
 * corpus's; the negatives are the look-alikes analysts need.
 */
describe('person_name_clinician_credential: a name before a clinical credential', () => {
  detectorCases(
    'person_name_clinician_credential',
    [
      ['licensure-gate clinician="Quillon Marchwood, NP" result=BLOCKED', 'Quillon Marchwood'],
      ['therapist=Fenwyn Strathallan, LCSW; modality=video', 'Fenwyn Strathallan'],
      ['verified by pharmacist Aurelion Beaucastel, PharmD', 'Aurelion Beaucastel'],
      ['seen by Ravindra Achterberg, PA-C today', 'Ravindra Achterberg'],
      ['Care Manager Idonea Lindqvist, FNP-C will call', 'Idonea Lindqvist'],
    ],
    ['Silver Spring, MD 20910', 'Family Medicine, MD', 'Harrisburg, PA', 'Urgent Care, NP', 'Clinic Staff, RN', 'results: NP, RN, MD'],
  );
});

describe('person_name_kin_given: a given name before a two-letter word', () => {
  detectorCases(
    'person_name_kin_given',
    [
      ['called pt and her son barnabas re: refill', 'barnabas'],
      ['husband florian on the call too', 'florian'],
    ],
    ['her son re: refill', 'wife on camera too'],
  );
});
