/**
 * Loads every component type built into auditmask: each module registers its type(s) in
 * src/core/registry.ts when imported. Add one line here for a new type.
 */
import '../sinks/alerts/index.js';
import '../sinks/dead-letter-file/index.js';
import '../sinks/file/index.js';
import '../sinks/kafka/index.js';
import '../sinks/kafka-dead-letter/index.js';
import '../sinks/otlp/index.js';
import '../sinks/stdout/index.js';
import '../sources/file/index.js';
import '../sources/kafka/index.js';
import '../sources/otlp/index.js';
