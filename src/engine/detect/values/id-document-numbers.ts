import { afterNameDetector } from './after-name.js';

/**
 * An identity document's number after a name that says only "ID" or "card", as verification
 * queues, support e-mails and reviewers' notes write it (red-team round 47: `ID# I1234562 is
 * expired per the DMV lookup`, `My card number is D23145890`, `ID no. X4217789`, `document number
 * AB0123456`). Document numbers carry letters (ICAO 9303 TD1 `D23145890`, US state licences
 * `I1234562`, EU identity cards `L01X00T47`): the value must hold one, so a ticket's `ID# 4471` and
 * a payment card's digits (after `card number`, which needs a letter first) stay. Not after a
 * word naming another thing's id (`order ID#`, `gift card number`, `ticket ID no`).
 */
export const idDocumentNumberAfterName = afterNameDetector({
  id: 'id_document_number_after_name',
  entity: 'NATIONAL_ID',
  description: "An identity document's number after ID#, ID no, ID number, ID card number, document number or card number (is)",
  validation:
    '1–2 letters then 6–9 digits (a check letter or two after them allowed), or 6–9 digits then 1–2 letters, right after the name (`is`, `:` or `#` between); a letter first after card number; not after order / ticket / case / gift / loyalty … ',
  context: true,
  example: 'ID# I1234562 is expired',
  // No `id no`: its gate word would be `id`, which opens on every `identity` and `idle`.
  keywords: ['id#', 'id number', 'id card', 'document number', 'document no', 'card number'],
  prefilter: (s) => s.hasDigit,
  names: ['ID', 'Id', 'id', 'document', 'Document', 'DOCUMENT', 'card number', 'Card number', 'Card Number'],
  pattern:
    /(?<!(?:order|ticket|case|request|transaction|session|job|trace|product|item|invoice|tracking|shipment|batch|build|event|message|ref|reference|user|customer|account|member|employee|student|device|client|app|gift|loyalty|library|membership|sim|rewards?|club|access|key|insurance|health|policy|vendor|merchant|tax|bank)[ _-]?)(?:ID ?#|(?:ID|Id|id)[ .-]?(?:No\.?|NO\.?|no\.?|number|Number|NUMBER)|(?:ID|Id|id)[ -]card[ -](?:number|Number|no\.?|No\.?)|(?:document|Document|DOCUMENT)[ -](?:number|Number|NUMBER|no\.?|No\.?|NO\.?)|(?:[Cc]ard[ -][Nn]umber)(?= is | ?: ?(?=[A-Z])))(?: is|:)?[ :#]*((?:[A-Z]{1,2}\d{6,9}(?:[A-Z]{1,2}\d?)?|\d{6,9}[A-Z]{1,2}))(?![\w-]|[.,/:]\d)/dy,
  validate: (v) => v,
});
