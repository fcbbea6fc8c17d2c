// The Kafka source's consumer replacement (src/sources/kafka/index.ts, replaceConsumer), with
// kafkajs faked: a crash kafkajs does not restart from, a replaced consumer's disconnect that
// never ends, a crash of the consumer a restart is launching, and the late batches and events of a
// replaced consumer. The real broker paths are in test/fault/kafka-coordinator-death.test.ts.

import type { EachBatchPayload } from 'kafkajs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { BatchHandler } from '../../../src/core/component.js';
import { silentLogger } from '../../../src/log/logger.js';
import {
  createKafkaSource,
  type KafkaSource,
  kafkaSourceOptions,
  OLD_CONSUMER_DISCONNECT_MAX_MS,
} from '../../../src/sources/kafka/index.js';

const fake = vi.hoisted(() => {
  type Listener = (event: { payload: unknown }) => void;
  /** The parts of a kafkajs Consumer the source uses; every call recorded. */
  class FakeConsumer {
    readonly events = {
      GROUP_JOIN: 'consumer.group_join',
      HEARTBEAT: 'consumer.heartbeat',
      FETCH: 'consumer.fetch',
      STOP: 'consumer.stop',
      CRASH: 'consumer.crash',
    };
    readonly listeners = new Map<string, Listener[]>();
    runArgs: { eachBatch: (payload: EachBatchPayload) => Promise<void> } | undefined;
    /** Runs inside run(), before it returns (kafkajs runs its first join there). */
    duringRun: ((c: FakeConsumer) => void) | undefined;
    /** What disconnect() returns; resolved by default. */
    disconnectResult: Promise<void> = Promise.resolve();
    disconnects = 0;
    pauses = 0;
    resumes = 0;
    constructor(readonly options: { retry: { restartOnFailure: (e: Error) => Promise<boolean> } }) {}
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    }
    emit(name: string, payload: unknown) {
      for (const l of this.listeners.get(name) ?? []) l({ payload });
    }
    /** What kafkajs asks after a crash: restart this consumer? */
    restartOnFailure() {
      return this.options.retry.restartOnFailure(new Error('crash'));
    }
    async connect() {}
    async subscribe() {}
    async run(args: FakeConsumer['runArgs']) {
      this.runArgs = args;
      this.duringRun?.(this);
    }
    disconnect() {
      this.disconnects++;
      return this.disconnectResult;
    }
    pause() {
      this.pauses++;
    }
    resume() {
      this.resumes++;
    }
  }
  const consumers: FakeConsumer[] = [];
  let nextDuringRun: ((c: FakeConsumer) => void) | undefined;
  return {
    consumers,
    /** The next consumer created runs `hook` inside its run(). */
    duringNextRun(hook: (c: FakeConsumer) => void) {
      nextDuringRun = hook;
    },
    kafka: {
      consumer(options: ConstructorParameters<typeof FakeConsumer>[0]) {
        const c = new FakeConsumer(options);
        c.duringRun = nextDuringRun;
        nextDuringRun = undefined;
        consumers.push(c);
        return c;
      },
    },
  };
});

vi.mock('../../../src/kafka/connection.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/kafka/connection.js')>()),
  createKafkaClient: () => fake.kafka,
}));

const TOPIC = 'audit.raw';

function startedSource(handler: BatchHandler): Promise<KafkaSource> {
  const config = {
    id: 'kafka_in',
    type: 'kafka',
    ...z.strictObject(kafkaSourceOptions).parse({ brokers: ['localhost:9092'], group_id: 'g', topics: [TOPIC] }),
  };
  const source = createKafkaSource(config, { logger: silentLogger });
  source.setHandler(handler);
  return source.start().then(() => source);
}

const delivered: BatchHandler = async (batch) => ({ written: batch.records.length, deadLettered: 0 });

/** One fetched batch of partition 0 (offsets 5 and 6), its commits counted. */
function batchPayload() {
  const commits = { calls: 0 };
  const payload = {
    batch: {
      topic: TOPIC,
      partition: 0,
      messages: ['5', '6'].map((offset) => ({ offset, key: null, value: Buffer.from('{"n":1}'), headers: {} })),
      offsetLag: () => '0',
    },
    resolveOffset: () => {},
    heartbeat: async () => {},
    pause: () => () => {},
    commitOffsetsIfNecessary: async () => {
      commits.calls++;
    },
    isRunning: () => true,
    isStale: () => false,
  } as unknown as EachBatchPayload;
  return { payload, commits };
}

const crash = (restart: boolean) => ({ error: new Error('broker answered with a non-retriable error'), restart });

let source: KafkaSource | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await source?.stop();
  source = undefined;
  fake.consumers.length = 0;
});

describe('Kafka source: replacing its consumer', () => {
  it('replaces a consumer kafkajs crashed without restarting it; kafkajs never restarts the replaced one', async () => {
    source = await startedSource(delivered);
    const [first] = fake.consumers;
    if (!first) throw new Error('no consumer created');
    expect(await first.restartOnFailure()).toBe(true);

    first.emit(first.events.CRASH, crash(false));

    await vi.waitFor(() => expect(fake.consumers[1]?.runArgs).toBeDefined());
    const second = fake.consumers[1];
    expect(first.disconnects).toBe(1);
    expect(first.pauses).toBe(1); // fetching stopped at once
    // A replaced consumer that kafkajs brought back would join the group beside the new one.
    expect(await first.restartOnFailure()).toBe(false);
    expect(await second?.restartOnFailure()).toBe(true);
    expect(source.stats.restarts).toBe(1);
    expect(source.diagnostics()).toMatchObject({ consumers: 2, restart: undefined, lastCrash: { restart: false } });
  });

  it('leaves a crash kafkajs restarts from to kafkajs', async () => {
    source = await startedSource(delivered);
    const [first] = fake.consumers;
    first?.emit(first.events.CRASH, crash(true));
    // Whatever a replacement would have done synchronously or after a microtask has happened.
    await new Promise((r) => setImmediate(r));
    expect(fake.consumers).toHaveLength(1);
    expect(first?.disconnects).toBe(0);
    expect(source.stats.restarts).toBe(0);
  });

  it('launches the new consumer even when the replaced one never finishes disconnecting', async () => {
    vi.useFakeTimers();
    source = await startedSource(delivered);
    const [first] = fake.consumers;
    if (!first) throw new Error('no consumer created');
    let disconnected = () => {};
    first.disconnectResult = new Promise<void>((resolve) => {
      disconnected = resolve;
    });

    first.emit(first.events.CRASH, crash(false));
    await vi.advanceTimersByTimeAsync(OLD_CONSUMER_DISCONNECT_MAX_MS - 1);
    expect(source.diagnostics().restart).toBe('disconnecting the old consumer');
    expect(fake.consumers).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    expect(fake.consumers).toHaveLength(2);
    expect(fake.consumers[1]?.runArgs).toBeDefined();
    expect(source.diagnostics().restart).toBeUndefined();

    // stop() still waits for the old disconnect: let it end.
    disconnected();
  });

  it('replaces again a new consumer that crashed, without a restart, while the restart launched it', async () => {
    source = await startedSource(delivered);
    const [first] = fake.consumers;
    fake.duringNextRun((c) => c.emit(c.events.CRASH, crash(false)));

    first?.emit(first.events.CRASH, crash(false));

    await vi.waitFor(() => expect(fake.consumers[2]?.runArgs).toBeDefined());
    expect(fake.consumers[1]?.disconnects).toBe(1);
    expect(await fake.consumers[1]?.restartOnFailure()).toBe(false);
    expect(await fake.consumers[2]?.restartOnFailure()).toBe(true);
    expect(source.stats.restarts).toBe(2);
  });

  it('does not commit a batch that was in flight when its consumer was replaced', async () => {
    let release = () => {};
    const handlerEntered = { count: 0 };
    source = await startedSource(async (batch) => {
      handlerEntered.count++;
      await new Promise<void>((r) => {
        release = r;
      });
      return { written: batch.records.length, deadLettered: 0 };
    });
    const [first] = fake.consumers;
    if (!first) throw new Error('no consumer created');
    first.emit(first.events.GROUP_JOIN, { memberAssignment: { [TOPIC]: [0, 1] } });
    const { payload, commits } = batchPayload();
    const inFlight = first.runArgs?.eachBatch(payload);
    await vi.waitFor(() => expect(handlerEntered.count).toBe(1));

    first.emit(first.events.CRASH, crash(false));
    await vi.waitFor(() => expect(fake.consumers[1]?.runArgs).toBeDefined());
    release();
    await inFlight;

    expect(commits.calls).toBe(0); // the new consumer reads partition 0 again from the last commit
    expect(source.stats.revoked).toBe(1);
  });

  it('leaves the batches of a replaced consumer that still fetches (kafkajs #1639) to the new one, and disconnects it again; ignores its joins and crashes', async () => {
    let deliveries = 0;
    source = await startedSource(async (batch) => {
      deliveries++;
      return { written: batch.records.length, deadLettered: 0 };
    });
    const [first] = fake.consumers;
    if (!first) throw new Error('no consumer created');
    first.emit(first.events.CRASH, crash(false));
    await vi.waitFor(() => expect(fake.consumers[1]?.runArgs).toBeDefined());
    const second = fake.consumers[1];
    second?.emit(second.events.GROUP_JOIN, { memberAssignment: { [TOPIC]: [1] } });
    expect(first.disconnects).toBe(1);

    const { payload, commits } = batchPayload();
    await first.runArgs?.eachBatch(payload);
    expect(deliveries).toBe(0);
    expect(commits.calls).toBe(0);
    expect(first.disconnects).toBe(2);
    expect(source.diagnostics().retiredBatches).toBe(1);

    first.emit(first.events.GROUP_JOIN, { memberAssignment: { [TOPIC]: [0, 1, 2] } });
    first.emit(first.events.CRASH, crash(false));
    await new Promise((r) => setImmediate(r));
    expect(source.diagnostics().assigned).toEqual([`${TOPIC}/1`]);
    expect(fake.consumers).toHaveLength(2);
    expect(second?.pauses).toBe(0);
    expect(second?.disconnects).toBe(0);
  });

  it('commits the batches of its current consumer', async () => {
    source = await startedSource(delivered);
    const [first] = fake.consumers;
    first?.emit(first.events.GROUP_JOIN, { memberAssignment: { [TOPIC]: [0] } });
    const { payload, commits } = batchPayload();
    await first?.runArgs?.eachBatch(payload);
    expect(commits.calls).toBe(1);
    expect(source.stats.commits).toBe(1);
  });
});
