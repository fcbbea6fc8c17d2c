import { describe, expect, it } from 'vitest';
import { detectorCases, engine } from './support.js';

// Claims adjusting and field claims (red-team round 105): the shapes its fixes read, with their
// look-alikes. Names, streets, policy numbers and plates made up; phones in the 555-01XX range.

describe('insurance_policy_after_name in claim chats and adjusters shorthand', () => {
  detectorCases(
    'insurance_policy_after_name',
    [
      ['My husband hit a deer. His policy is PA-4471208833.', 'PA-4471208833'],
      ['Hola, mi póliza es AUT-7718204456. Choqué ayer.', 'AUT-7718204456'],
      ['following up, your pol # aut-5518220417. pls confirm', 'aut-5518220417'],
      ['intake ok|pol=HO3-5502818443|clm=0599214410', 'HO3-5502818443'],
    ],
    ['the policy is active until May', 'our policy is to call back within 24h', 'pol=1 poll=2', 'policy is 12345678 days old'],
  );
});

describe('street_address: USPS short suffixes before city, state and ZIP (not Trl: round 40 keeps a listing), and a CSV cell after an id', () => {
  detectorCases(
    'street_address',
    [
      ['insured="Philippa Vanderhoek" addr="3390 Meadowlark Cv, Amarillo TX 79118" sq=31.5', '3390 Meadowlark Cv'],
      ['Property: 2210 Kestrel Pte, Round Rock, TX 78664', '2210 Kestrel Pte'],
      ['CS2025-88177,MCALLISTER,TORVALD,1966-02-28,536-90-4399,8801 Saguaro Bend,Tucson,AZ', '8801 Saguaro Bend'],
    ],
    ['listed at 5512 Ridgewood Trl, Austin, TX 78745', 'paid 1,250 Main Street', 'Total 12 Pt sizes, 4 Trl runs', 'row 3,Green Hill,yes'],
  );
});

describe('plate_after_placa_word with the vehicle word between', () => {
  detectorCases(
    'plate_after_placa_word',
    [
      ['Placa do veículo BRA2E19. Oficina: Centro Automotivo Paulista.', 'BRA2E19'],
      ['placa del vehículo ABC-1234, color rojo', 'ABC-1234'],
    ],
    ['placas base 2024', 'placa do veículo nova', 'placa de video RTX4090 nueva'],
  );
});

describe('residence_street after who lives with whom', () => {
  detectorCases(
    'residence_street',
    [['he lives w me at 3715 sandpiper cove now, his cell 361 555 0129', '3715 sandpiper cove']],
    ['she lives with me at work most days', 'living w/ 3 roommates'],
  );
});

describe('person_name_lower_role after field adjusters shorthand', () => {
  detectorCases(
    'person_name_lower_role',
    [
      ['heads up, insd is hermione ashworth-bello at the risk. dog in yard', 'hermione ashworth-bello'],
      ['per ho maria castillo, roof replaced 2009', 'maria castillo'],
    ],
    ['insd paid deductible by phone', 'insd is home after 5pm'],
  );
});

describe('secret_assignment leaves a country code that starts a phone', () => {
  it('masks the whole phone under a token name, and nothing is left for a second pass', () => {
    const once = engine.maskText('zelle_send ok recipient_token=+1 214 555 0119 amt=2500.00').value;
    expect(once).not.toContain('555 0119');
    expect(engine.maskText(once).value).toBe(once);
  });
});

describe('claim-file records (structure)', () => {
  const mask = (v: unknown) => JSON.stringify(engine.maskValue(structuredClone(v)).value);

  it('masks an adjuster beside an e-mail and a driver under driverName; keeps insurers and vendors', () => {
    const out = mask({
      adjuster: { name: 'Kwabena Oduya', email: 'k.oduya@example.com' },
      respondent: { company: 'GEICO General Insurance Company', driverName: 'Sigismund Lindqvist' },
      Insurer_FullName_A: 'State Farm Fire and Casualty Company',
      payee: { name: 'ServiceMaster Restore of Tulsa' },
    });
    expect(out).not.toContain('Kwabena Oduya');
    expect(out).not.toContain('Sigismund Lindqvist');
    expect(out).toContain('State Farm Fire and Casualty Company');
    expect(out).toContain('ServiceMaster Restore of Tulsa');
  });

  it('reads a piped key=value line to the next pair for a loss address', () => {
    const out = engine.maskText('intake ok|loss_addr=15 Kestrel Pointe|dob=1969-12-07|lob=HO').value;
    expect(out).not.toContain('Kestrel Pointe');
    expect(out).toContain('|lob=HO');
  });

  it('reads no field name from a masked value (masking twice changes nothing)', () => {
    const once = engine.maskValue({ to: 'Loss Draft Department', property: '4409 Redbud Trace, Owasso OK 74055' }).value;
    expect(engine.maskValue(structuredClone(once)).value).toEqual(once);
  });
});
