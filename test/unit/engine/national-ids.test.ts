import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/index.js';

/**
 * Engine-level table of the national identifiers of issue 14: each one in free text under a neutral
 * key (`note`), with its context word, is masked with its entity's token; where the detector is
 * context-gated, the same number without the word is left alone. Examples: see
 * test/unit/engine/detectors/ids-europe.test.ts and ids-world.test.ts for their sources.
 */
const engine = createEngine({ key: Buffer.alloc(32, 9), keyId: 'k-natids' });

interface Row {
  entity: string;
  /** Free text with the context word. */
  text: string;
  /** The identifier as written in `text`. */
  id: string;
  /** False when the identifier alone, without its word, must stay (context-gated detector). */
  alone: boolean;
}

const rows: Row[] = [
  { entity: 'FI_HETU', text: 'asiakkaan henkilötunnus on 131052-308T, tarkistettu', id: '131052-308T', alone: true },
  { entity: 'SE_PERSONNUMMER', text: 'kundens personnummer är 880320-0016 enligt ansökan', id: '880320-0016', alone: false },
  { entity: 'DK_CPR', text: 'borgerens CPR-nr. er 211062-5629 ifølge sagen', id: '211062-5629', alone: false },
  { entity: 'NO_FODSELSNUMMER', text: 'søkerens fødselsnummer: 15108695088 er registrert', id: '15108695088', alone: false },
  { entity: 'NL_BSN', text: 'het BSN van de klant is 111222333 volgens het dossier', id: '111222333', alone: false },
  { entity: 'BE_NATIONAL_NUMBER', text: 'rijksregisternummer van de klant: 85073003328', id: '85073003328', alone: false },
  { entity: 'DE_TAX_ID', text: 'die Steuer-ID des Kunden lautet 36574261809', id: '36574261809', alone: false },
  { entity: 'DE_ID_CARD', text: 'Personalausweis Nr. T220001293 vorgelegt', id: 'T220001293', alone: false },
  { entity: 'AT_SVNR', text: 'Sozialversicherungsnummer 1237 010180 des Versicherten', id: '1237 010180', alone: false },
  { entity: 'CH_AHV', text: 'AHV-Nummer des Mitarbeiters: 756.9217.0769.85', id: '756.9217.0769.85', alone: true },
  { entity: 'PT_NIF', text: 'o NIF do cliente é 501964843 conforme a fatura', id: '501964843', alone: false },
  { entity: 'IE_PPS', text: 'customer PPS number 6433435OA on the claim', id: '6433435OA', alone: false },
  { entity: 'TR_TCKN', text: 'müşterinin TC kimlik numarası 17291716060 olarak kayıtlı', id: '17291716060', alone: false },
  { entity: 'IL_ID', text: 'the customer teudat zehut is 039337423 per the form', id: '039337423', alone: false },
  { entity: 'ZA_ID', text: 'applicant ID number 7503305044089 verified', id: '7503305044089', alone: false },
  { entity: 'NG_NIN', text: 'customer NIN 12345678901 was verified with NIMC', id: '12345678901', alone: false },
  { entity: 'MX_CURP', text: 'la CURP del cliente es BOXW310820HNERXN09 según el INE', id: 'BOXW310820HNERXN09', alone: true },
  { entity: 'MX_RFC', text: 'RFC del emisor GODE561231GR8 en la factura', id: 'GODE561231GR8', alone: true },
  { entity: 'AR_DNI', text: 'el DNI del titular es 20.123.456 según el formulario', id: '20.123.456', alone: false },
  { entity: 'AR_CUIT', text: 'CUIT del proveedor 20267565393 en el comprobante', id: '20267565393', alone: false },
  { entity: 'CL_RUT', text: 'RUT del cliente 12531909-2 registrado', id: '12531909-2', alone: false },
  { entity: 'CN_RESIDENT_ID', text: '客户身份证号码 360426199101010071 已核验', id: '360426199101010071', alone: true },
  { entity: 'JP_MY_NUMBER', text: 'マイナンバー 621498320257 を確認しました', id: '621498320257', alone: false },
  { entity: 'TW_ID', text: '身分證字號 A123456789 已驗證', id: 'A123456789', alone: true },
  { entity: 'HK_HKID', text: 'customer HKID A123456(3) checked at the counter', id: 'A123456(3)', alone: true },
  { entity: 'TH_ID', text: 'customer Thai ID 3100600445635 verified', id: '3100600445635', alone: false },
  { entity: 'PH_PHILSYS', text: 'customer PhilSys number 1234-5678-9012-3456 on file', id: '1234-5678-9012-3456', alone: false },
  { entity: 'PH_SSS', text: 'member SSS no. 34-1234567-8 contributions', id: '34-1234567-8', alone: false },
  { entity: 'ID_NIK', text: 'nomor NIK pelanggan 3171011708450001 sudah diverifikasi', id: '3171011708450001', alone: false },
  { entity: 'US_MBI', text: 'patient Medicare MBI 1EG4TE5MK73 on the claim', id: '1EG4TE5MK73', alone: false },
  { entity: 'DRIVER_LICENSE', text: 'UK driving licence MORGA753116SM9IJ checked', id: 'MORGA753116SM9IJ', alone: true },
  { entity: 'PASSPORT', text: 'Reisepass des Reisenden: C01X00T47', id: 'C01X00T47', alone: false },
];

describe('national identifiers in free text under a neutral key', () => {
  for (const row of rows) {
    it(`masks ${row.entity} with its context word`, () => {
      const { value, findings } = engine.maskValue({ note: row.text, n: 1 }) as { value: { note: string }; findings: { entity: string }[] };
      expect(value.note).not.toContain(row.id);
      expect(value.note).toContain(`<${row.entity}:`);
      expect(findings.map((f) => f.entity)).toContain(row.entity);
    });
    it(`${row.alone ? 'masks' : 'leaves'} ${row.entity} without context`, () => {
      const text = `order ${row.id} shipped`;
      const { value } = engine.maskValue({ note: text }) as { value: { note: string } };
      if (row.alone) expect(value.note).not.toContain(row.id);
      else expect(value.note).toBe(text);
    });
  }
});
