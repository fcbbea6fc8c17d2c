import { z } from 'zod';
import { secretString } from '../core/registry.js';
import { hostPort } from './address.js';

/**
 * Connection settings shared by the Kafka source, sink and dead-letter sink (and the vault topic):
 * brokers, client id, SASL and TLS. Passwords are `Secret`s: they print as `[secret]` and reach kafkajs only here.
 */
export const kafkaConnectionOptions = {
  brokers: z
    .array(hostPort({ example: 'kafka-1.internal:9092', allowPortZero: false }))
    .min(1, 'list at least one bootstrap broker')
    .describe('Bootstrap brokers, `host:port` each (the PLAINTEXT/SASL listener, never the controller port).'),
  client_id: z.string().min(1).default('auditmask').describe('Client id sent to the brokers (quotas, broker logs).'),
  sasl: z
    .strictObject({
      mechanism: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).describe('SASL mechanism.'),
      username: z.string().min(1).describe('SASL user name.'),
      password: secretString('SASL password'),
    })
    .optional()
    .describe('SASL authentication; leave out for an unauthenticated listener. Use it with `tls` outside a trusted network.'),
  tls: z
    .union([
      z.boolean(),
      z.strictObject({
        ca_file: z
          .string()
          .min(1)
          .optional()
          .describe('PEM file of the CA(s) that signed the brokers’ certificates; default: the system CAs.'),
        cert_file: z.string().min(1).optional().describe('PEM client certificate, for mutual TLS.'),
        key_file: z.string().min(1).optional().describe('PEM private key of `cert_file`.'),
        key_passphrase: secretString('Passphrase of `key_file`').optional(),
        servername: z
          .string()
          .min(1)
          .optional()
          .describe('Server name (SNI) to check the certificates against, when it differs from the broker host.'),
        reject_unauthorized: z
          .boolean()
          .default(true)
          .describe('Refuse brokers whose certificate does not verify. Only turn off for a test cluster.'),
      }),
    ])
    .optional()
    .describe('TLS to the brokers: `true` (system CAs) or an object with files. Default: plaintext.'),
  connection_timeout_ms: z.number().int().min(100).default(10_000).describe('Time allowed to open a connection to a broker.'),
  request_timeout_ms: z.number().int().min(1000).default(30_000).describe('Time allowed for one request to a broker.'),
};
