import { describe } from 'vitest';
import { detectorCases } from './support.js';

// Sources: NHTSA / ISO 3779 VIN check digit (1M8GDM9AXKP042788 is the worked example in 49 CFR 565
// summaries; 11111111111111111 is the classic all-ones look-alike that passes the check digit but has
// no letter); 3GPP TS 23.003 IMEI Luhn (490154203237518 is the example of the GSMA IMEI article);
// IEEE EUI-48 notation for MAC addresses; Datadog Sensitive Data Scanner's coordinate rule (needs
// location keywords).

describe('lat_long', () => {
  detectorCases(
    'lat_long',
    [
      ['location: 37.77493, -122.41942', '37.77493, -122.41942'],
      ['gps=48.8584/2.2945', '48.8584/2.2945'],
    ],
    ['location: 91.00000, 10.00000', 'price 37.774, 122.419', 'location: 1.5, 2.5', 'version 37.774 -122.419'],
  );
});

describe('vin', () => {
  detectorCases('vin', [['VIN 1M8GDM9AXKP042788', '1M8GDM9AXKP042788']], ['11111111111111111', '1M8GDM9A1KP042788', 'ABCDEFGHJKLMNPRST']);
});

describe('imei', () => {
  detectorCases(
    'imei',
    [
      ['IMEI 490154203237518', '490154203237518'],
      ['49-015420-323751-8', '49-015420-323751-8'],
    ],
    ['IMEI 490154203237517', 'order 490154203237518'],
  );
});

describe('mac_address', () => {
  detectorCases(
    'mac_address',
    [
      ['eth0 00:1A:2B:3C:4D:5E up', '00:1A:2B:3C:4D:5E'],
      ['mac=a4-5e-60-e8-1f-9b', 'a4-5e-60-e8-1f-9b'],
      ['cisco 0018.b974.528f', '0018.b974.528f'],
    ],
    [
      '00:00:00:00:00:00',
      'ff:ff:ff:ff:ff:ff',
      '12:34:56',
      '2001:db8::1',
      '00:1A:2B:3C:4D:5E:6F',
      'uuid 550e8400-e29b-41d4-a716-446655440000',
    ],
  );
});

describe('rfid_uid', () => {
  detectorCases(
    'rfid_uid',
    [
      ['Ladevorgang abgebrochen, Karte 04:E9:1C:5A:2B:6F:80, bitte melden', '04:E9:1C:5A:2B:6F:80'],
      ['badge uid=04-a2-2f-b1-9c-5d-80 denied', '04-a2-2f-b1-9c-5d-80'],
    ],
    [
      'mac 00:1A:2B:3C:4D:5E up',
      'eight pairs 01:02:03:04:05:06:07:08 here',
      'mixed 04:E9-1C:5A:2B:6F:80',
      'zeros 00:00:00:00:00:00:00',
      'at 10:22:33 and 11:22:33',
    ],
  );
});
