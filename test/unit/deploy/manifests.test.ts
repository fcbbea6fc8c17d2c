import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createComponents } from '../../../src/topology/components.js';
import { type ComponentEntry, type RunConfig, runConfigFromText } from '../../../src/config/run-config.js';
import { silentLogger } from '../../../src/log/logger.js';
import { policyFromText } from '../../../src/engine/index.js';
import { TELEMETRY_PATHS } from '../../../src/telemetry/server.js';

/**
 * deploy/ cannot be run here (no Docker engine): these checks make sure the image definition,
 * the Kubernetes manifests and the compose stack agree with the application — ports, environment
 * variables, probe paths, and configs that the real schemas accept.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DEPLOY = join(ROOT, 'deploy');

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML, checked field by field below
type Doc = Record<string, any>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const yamlFiles = files(DEPLOY).filter((f) => /\.ya?ml$/.test(f));
const docs: { file: string; doc: Doc }[] = yamlFiles.flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
    if (d.errors.length > 0) throw new Error(`${relative(ROOT, file)}: ${d.errors[0]?.message}`);
    return { file: relative(DEPLOY, file), doc: d.toJS() as Doc };
  }),
);
const kind = (k: string) => docs.filter((d) => d.doc?.kind === k).map((d) => d.doc);
const one = (k: string): Doc => {
  const all = kind(k);
  expect(all, k).toHaveLength(1);
  return all[0] as Doc;
};

/** Every source file's text: an env var the manifests set must be read somewhere in here. */
const sourceText = files(join(ROOT, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

function parseConfig(text: string, file: string): { config: RunConfig; envRefs: string[] } {
  const envRefs = [...new Set([...text.matchAll(ENV_REF)].map((m) => m[1] as string))];
  const env = Object.fromEntries(envRefs.map((n) => [n, `value-of-${n}`]));
  return { config: runConfigFromText(text, file, env), envRefs };
}

function port(endpoint: string | false | undefined): number | undefined {
  return typeof endpoint === 'string' ? Number(endpoint.slice(endpoint.lastIndexOf(':') + 1)) : undefined;
}

/** Ports the app listens on with this config: OTLP HTTP/gRPC of every otlp source, and metrics. */
function appPorts(config: RunConfig): number[] {
  const out: number[] = [];
  for (const s of config.sources as ComponentEntry[]) {
    if (s.type !== 'otlp') continue;
    for (const e of [s.grpc_endpoint, s.http_endpoint]) {
      const p = port(e as string | false);
      if (p !== undefined) out.push(p);
    }
  }
  if (config.telemetry.metrics.enabled) out.push(port(config.telemetry.metrics.listen) as number);
  return out.sort();
}

describe('deploy/', () => {
  it('every YAML file parses (multi-document) and there is something to check', () => {
    expect(yamlFiles.length).toBeGreaterThanOrEqual(8);
    for (const k of ['Deployment', 'Service', 'ConfigMap', 'PodDisruptionBudget', 'ScaledObject', 'TriggerAuthentication'])
      expect(kind(k).length, k).toBeGreaterThan(0);
  });

  describe('Kubernetes', () => {
    const cm = one('ConfigMap');
    const deployment = one('Deployment');
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    const { config, envRefs } = parseConfig(cm.data['auditmask.yaml'], 'ConfigMap auditmask-config/auditmask.yaml');
    const mount = container.volumeMounts.find(
      (m: Doc) => pod.volumes.find((v: Doc) => v.name === m.name)?.configMap?.name === cm.metadata.name,
    );

    it('the mounted config and policy parse with the real schemas, and the config names the mounted policy', () => {
      expect(config.telemetry.metrics.enabled).toBe(true);
      const policy = policyFromText(cm.data['policy.yaml'], 'policy.yaml');
      expect(policy.hash).toMatch(/^sha256:/);
      expect(mount?.mountPath).toBe('/etc/auditmask');
      expect(config.policy).toBe(`${mount.mountPath}/policy.yaml`);
      expect(container.args).toEqual(['run', '--config', `${mount.mountPath}/auditmask.yaml`]);
    });

    it('every component of the mounted config can be created (the checks `auditmask config check` runs)', () => {
      const env = container.env.map((e: Doc) => e.name as string);
      const saved = Object.fromEntries(env.map((n: string) => [n, process.env[n]]));
      try {
        for (const n of env) process.env[n] = `value-of-${n}`;
        const c = createComponents(config, 'configmap', silentLogger);
        expect(c.sources.map((x) => x.id).sort()).toEqual(['kafka_raw', 'otlp_in']);
        expect(c.sinks.map((x) => x.id)).toEqual(['clean_topic']);
        expect(c.deadLetter.id).toBe('dead_letter');
        // The production manifest seals its dead letters (a placeholder recipient to replace).
        expect((config.dead_letter as ComponentEntry).recipients).toHaveLength(1);
        expect((config.dead_letter as ComponentEntry).encrypt).toBeUndefined();
      } finally {
        for (const [n, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[n];
          else process.env[n] = v;
        }
      }
    });

    it('container ports are the ports the config listens on; metrics listen on all interfaces in the pod', () => {
      const declared = container.ports.map((p: Doc) => p.containerPort).sort();
      expect(declared).toEqual(appPorts(config));
      expect(config.telemetry.metrics.listen.startsWith('0.0.0.0:')).toBe(true);
      for (const s of config.sources as ComponentEntry[])
        if (s.type === 'otlp')
          for (const e of [s.http_endpoint, s.grpc_endpoint]) if (e) expect(String(e).startsWith('0.0.0.0:')).toBe(true);
    });

    it('probes use the real health paths on the metrics port', () => {
      const metricsPort = port(config.telemetry.metrics.listen);
      const named = (p: string | number) => (typeof p === 'number' ? p : container.ports.find((x: Doc) => x.name === p)?.containerPort);
      expect(container.livenessProbe.httpGet.path).toBe(TELEMETRY_PATHS.live);
      expect(container.readinessProbe.httpGet.path).toBe(TELEMETRY_PATHS.ready);
      expect(container.startupProbe.httpGet.path).toBe(TELEMETRY_PATHS.live);
      for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe])
        expect(named(probe.httpGet.port)).toBe(metricsPort);
      expect(Number(deployment.spec.template.metadata.annotations['prometheus.io/port'])).toBe(metricsPort);
      expect(deployment.spec.template.metadata.annotations['prometheus.io/path']).toBe(TELEMETRY_PATHS.metrics);
    });

    it('env vars exist in the app, every ${env:…} of the config and the key variable come from the Deployment, secrets from Secrets', () => {
      const names: string[] = container.env.map((e: Doc) => e.name);
      const otlpToken = (config.sources as ComponentEntry[]).find((s) => s.type === 'otlp')?.auth_token_env as string | undefined;
      // Read by the app (process.env.NAME, a 'NAME' literal) or named by the config.
      const known = (n: string) =>
        envRefs.includes(n) ||
        n === config.key.env ||
        n === otlpToken ||
        sourceText.includes(`process.env.${n}`) ||
        sourceText.includes(`env.${n}`) ||
        sourceText.includes(`'${n}'`);
      for (const n of names) expect(known(n), n).toBe(true);
      expect(known('AUDITMASK_NOT_A_REAL_VARIABLE')).toBe(false);
      for (const n of envRefs) expect(names).toContain(n);
      expect(names).toContain(config.key.env);
      if (otlpToken) expect(names).toContain(otlpToken);
      const fromSecret = (n: string) => container.env.find((e: Doc) => e.name === n)?.valueFrom?.secretKeyRef;
      for (const n of [config.key.env, 'AUDITMASK_KAFKA_PASSWORD', 'AUDITMASK_KAFKA_USERNAME', otlpToken].filter(Boolean) as string[])
        expect(fromSecret(n), `${n} from a Secret`).toBeDefined();
      // The example Secrets have the keys the Deployment reads.
      const secrets = kind('Secret');
      for (const e of container.env.filter((x: Doc) => x.valueFrom?.secretKeyRef)) {
        const ref = e.valueFrom.secretKeyRef;
        const s = secrets.find((x) => x.metadata.name === ref.name);
        expect(s, ref.name).toBeDefined();
        expect(Object.keys(s?.stringData ?? s?.data ?? {})).toContain(ref.key);
      }
    });

    it('runs as non-root with a read-only root filesystem, resource requests and limits, and a grace period above the shutdown timeout', () => {
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      for (const r of ['cpu', 'memory']) {
        expect(container.resources.requests[r]).toBeDefined();
        expect(container.resources.limits[r]).toBeDefined();
      }
      expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(config.shutdown_timeout_ms);
      expect(config.pool.threads).toBe(Number(container.resources.limits.cpu));
    });

    it('the Service exposes the container ports by name; the PDB selects the pods', () => {
      const service = one('Service');
      const labels = deployment.spec.template.metadata.labels;
      const matches = (sel: Record<string, string>) => Object.entries(sel).every(([k, v]) => labels[k] === v);
      expect(matches(service.spec.selector)).toBe(true);
      const byName = new Map(container.ports.map((p: Doc) => [p.name, p.containerPort]));
      for (const p of service.spec.ports) {
        expect(byName.get(p.targetPort), p.name).toBe(p.port);
      }
      expect(service.spec.ports.map((p: Doc) => p.port).sort()).toEqual(appPorts(config));
      const pdb = one('PodDisruptionBudget');
      expect(matches(pdb.spec.selector.matchLabels)).toBe(true);
      expect(matches(deployment.spec.selector.matchLabels)).toBe(true);
    });

    it('the KEDA ScaledObject scales this Deployment on the lag of the config’s consumer group and brokers', () => {
      const so = one('ScaledObject');
      expect(so.spec.scaleTargetRef.name).toBe(deployment.metadata.name);
      const trigger = so.spec.triggers.find((t: Doc) => t.type === 'kafka');
      const kafka = (config.sources as ComponentEntry[]).find((s) => s.type === 'kafka');
      expect(kafka).toBeDefined();
      expect(trigger.metadata.consumerGroup).toBe(kafka?.group_id);
      expect(trigger.metadata.bootstrapServers).toBe(((kafka?.brokers ?? []) as string[]).join(','));
      expect(Number(trigger.metadata.lagThreshold)).toBeGreaterThan(0);
      expect(so.spec.minReplicaCount).toBeGreaterThanOrEqual(1);
      const auth = kind('TriggerAuthentication').find((t) => t.metadata.name === trigger.authenticationRef.name);
      expect(auth).toBeDefined();
    });

    it('kustomization lists every manifest except the example Secrets', () => {
      const k = one('Kustomization');
      const manifests = yamlFiles
        .filter((f) => relative(DEPLOY, f).startsWith('kubernetes/'))
        .map((f) => relative(join(DEPLOY, 'kubernetes'), f))
        .filter((f) => f !== 'kustomization.yaml' && !f.includes('example'));
      expect([...k.resources].sort()).toEqual(manifests.sort());
    });
  });

  describe('container image', () => {
    const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    const final = stages[stages.length - 1] ?? '';

    it('is multi-stage; the final stage runs bin/auditmask.js as a non-root user with production dependencies only', () => {
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(dockerfile).toMatch(/npm ci --omit=dev/);
      const entry = JSON.parse(/^ENTRYPOINT (\[.*\])$/m.exec(final)?.[1] ?? '[]') as string[];
      const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(final)?.[1] ?? '[]') as string[];
      expect([...entry, ...cmd].join(' ')).toMatch(/^node bin\/auditmask\.js run --config \/etc\/auditmask\/auditmask\.yaml$/);
      expect(statSync(join(ROOT, 'bin', 'auditmask.js')).isFile()).toBe(true);
      const user = /^USER (\S+)$/m.exec(final)?.[1] ?? 'root';
      expect(user).not.toMatch(/^(root|0)(:|$)/);
      // Only the production node_modules reach the final stage.
      const nodeModules = [...final.matchAll(/^COPY --from=(\S+) \S*node_modules/gm)].map((m) => m[1]);
      expect(nodeModules).toHaveLength(1);
      const prodStage = stages.find((s) => new RegExp(`AS ${nodeModules[0]}\\b`).test(s.split('\n')[0] ?? ''));
      expect(prodStage).toMatch(/npm ci --omit=dev/);
      expect(final).not.toMatch(/npm (ci|install)/);
    });

    it('exposes the ports of the deployed config and copies only paths that exist in the repository', () => {
      const exposed = (/^EXPOSE (.+)$/m.exec(final)?.[1] ?? '').split(/\s+/).map(Number).sort();
      const { config } = parseConfig(one('ConfigMap').data['auditmask.yaml'], 'configmap');
      expect(exposed).toEqual(appPorts(config));
      for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm))
        for (const src of (m[1] as string).split(/\s+/))
          expect(statSync(join(ROOT, src)).isFile() || statSync(join(ROOT, src)).isDirectory(), src).toBe(true);
      expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/healthz/);
    });

    it('needs no remote frontend and is filtered by a root .dockerignore that lets every COPY source in', () => {
      // A `# syntax=` line makes BuildKit pull a frontend image: no offline build.
      expect(dockerfile).not.toMatch(/^#\s*syntax\s*=/im);
      // <Dockerfile>.dockerignore is read by BuildKit only; the classic builder reads the root one.
      expect(existsSync(join(DEPLOY, 'Dockerfile.dockerignore'))).toBe(false);
      const rules = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
      expect(rules[0]).toBe('**');
      const allowed = new Set(rules.filter((r) => r.startsWith('!')).map((r) => r.slice(1).replace(/\/\*\*$/, '')));
      for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm))
        for (const src of (m[1] as string).split(/\s+/)) expect(allowed.has(src), `${src} in .dockerignore`).toBe(true);
    });

    it('is built by `npm run image` from the repository root', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      expect(pkg.scripts.image).toMatch(/^docker build -f deploy\/Dockerfile -t auditmask:\S+ \.$/);
    });
  });

  describe('compose stack', () => {
    const compose = docs.find((d) => d.file === 'compose/compose.yaml')?.doc as Doc;
    const text = readFileSync(join(DEPLOY, 'compose', 'auditmask.yaml'), 'utf8');
    const { config } = parseConfig(text, 'compose/auditmask.yaml');
    const collector = docs.find((d) => d.file === 'compose/otel-collector.yaml')?.doc as Doc;

    it('has Kafka, auditmask (built from deploy/Dockerfile) and a Collector; auditmask mounts a config the real schema accepts', () => {
      expect(Object.keys(compose.services).sort()).toEqual(['auditmask', 'kafka', 'otel-collector']);
      const am = compose.services.auditmask;
      expect(am.build.dockerfile).toBe('deploy/Dockerfile');
      expect(am.volumes.some((v: string) => v.startsWith('./auditmask.yaml:/etc/auditmask/auditmask.yaml'))).toBe(true);
      expect(am.command).toEqual(['run', '--config', '/etc/auditmask/auditmask.yaml']);
      expect(Object.keys(am.environment)).toContain(config.key.env);
      const kafka = (config.sources as ComponentEntry[]).find((s) => s.type === 'kafka');
      expect(((kafka?.brokers ?? []) as string[])[0]).toBe('kafka:9092');
      expect(compose.services.kafka.environment.KAFKA_ADVERTISED_LISTENERS).toContain('PLAINTEXT://kafka:9092');
      const c = createComponents(config, 'compose/auditmask.yaml', silentLogger);
      expect([...c.sources, ...c.sinks, c.deadLetter].map((x) => x.id)).toEqual(['kafka_raw', 'otlp_in', 'clean_topic', 'dead_letter']);
    });

    it('the Collector exports its logs pipeline to auditmask’s OTLP/gRPC port; metrics published on the config’s port', () => {
      const exporters = collector.service.pipelines.logs.exporters as string[];
      const endpoint = collector.exporters[exporters[0] as string].endpoint as string;
      const otlp = (config.sources as ComponentEntry[]).find((s) => s.type === 'otlp');
      expect(endpoint).toBe(`auditmask:${port(otlp?.grpc_endpoint as string)}`);
      expect(compose.services.auditmask.ports).toContain(
        `${port(config.telemetry.metrics.listen)}:${port(config.telemetry.metrics.listen)}`,
      );
      expect(compose.services['otel-collector'].volumes[0]).toMatch(/^\.\/otel-collector\.yaml:/);
    });
  });
});
