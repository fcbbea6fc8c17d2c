/**
 * Which kafkajs log lines are routine (issue 16): kafkajs logs at `error` what a healthy cluster
 * does every day — a rebalance, a coordinator that is loading or moved, a leader election, a
 * transactional producer re-initialising while its previous transaction completes. Logged at
 * `error`, these trip alerting; they are written at `info` instead. Everything else keeps the
 * level kafkajs chose.
 *
 * The texts are kafkajs 2.2.4's (src/protocol/error.js, src/consumer/runner.js) and Kafka's own
 * protocol error descriptions; they are matched in the line's message and its `error` field.
 */
const ROUTINE: readonly RegExp[] = [
  /rebalanc/i, // REBALANCE_IN_PROGRESS; "The group is rebalancing, re-joining"
  /coordinator is loading/i, // COORDINATOR_LOAD_IN_PROGRESS
  /group coordinator is not available/i, // COORDINATOR_NOT_AVAILABLE
  /not the correct coordinator/i, // NOT_COORDINATOR
  /coordinator is not aware of this member/i, // UNKNOWN_MEMBER_ID after a rebalance
  /generation id is not valid/i, // ILLEGAL_GENERATION after a rebalance
  /in the middle of a leadership election/i, // LEADER_NOT_AVAILABLE
  /not the leader for that topic-partition/i, // NOT_LEADER_FOR_PARTITION
  /concurrent operation on the same transaction|concurrent transactions/i, // CONCURRENT_TRANSACTIONS (exactly-once re-init)
];

export function isRoutineKafkaEvent(message: string, error: unknown): boolean {
  const texts = typeof error === 'string' ? [message, error] : [message];
  return texts.some((t) => ROUTINE.some((re) => re.test(t)));
}
