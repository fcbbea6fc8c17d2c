/**
 * Loads every component type built into auditmask: each module registers its type(s) in
 * src/components/registry.ts when imported. Add one line here for a new type.
 */
import { registerPlaceholder } from './registry.js';
import '../sinks/dead-letter-file/index.js';
import '../sinks/file/index.js';
import '../sinks/kafka/index.js';
import '../sinks/kafka-dead-letter/index.js';
import '../sinks/otlp/index.js';
import '../sinks/stdout/index.js';
import '../sources/file/index.js';
import '../sources/kafka/index.js';
import '../sources/otlp/index.js';

// Reserved for modules not in this build yet; a real registration (imported above) replaces these.
registerPlaceholder('source', 'otlp', 'OTLP logs receiver: OTLP/HTTP and OTLP/gRPC (issue 4 part B).');
registerPlaceholder('sink', 'otlp', 'OTLP logs exporter to a downstream collector or SIEM (issue 4 part B).');
registerPlaceholder('source', 'kafka', 'Kafka consumer group (issue 5).');
registerPlaceholder('sink', 'kafka', 'Kafka topic producer (issue 5).');
registerPlaceholder('dead_letter', 'kafka', 'Kafka dead-letter topic (issue 5).');
