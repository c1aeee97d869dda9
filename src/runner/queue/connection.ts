import { Redis } from 'ioredis';
import { UsageError } from '../../core/errors.js';

/**
 * A Redis URL for the queue, checked, and how to show it: `redis://[user:password@]host:port[/db]` (or `rediss://`
 * for TLS). The password never leaves this module except inside the connection options: `shown` masks it, and it
 * is what logs, the manifest and messages print.
 */
export interface QueueUrl {
  readonly options: ConnectionFields;
  /** the URL with any password replaced by `***` */
  readonly shown: string;
}

/** The connection options both ioredis and BullMQ take. */
export interface ConnectionFields {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
  maxRetriesPerRequest: null;
  retryStrategy: (times: number) => number;
}

export function parseQueueUrl(url: string): QueueUrl {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`--queue ${mask(url)} is not a URL: write it as redis://host:port[/db], e.g. redis://127.0.0.1:6379/0`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new UsageError(`--queue ${mask(url)} must start with redis:// (or rediss:// for TLS), e.g. redis://127.0.0.1:6379/0`);
  }
  const db = u.pathname === '' || u.pathname === '/' ? 0 : Number(u.pathname.slice(1));
  if (!Number.isInteger(db) || db < 0) throw new UsageError(`--queue ${mask(url)}: the database after the port must be a number, e.g. redis://127.0.0.1:6379/0`);
  const shownUrl = new URL(u.href);
  if (shownUrl.password !== '') shownUrl.password = '***';
  return {
    shown: shownUrl.href.replace(/\/$/, ''),
    options: {
      host: u.hostname || '127.0.0.1',
      port: u.port === '' ? 6379 : Number(u.port),
      db,
      ...(u.username !== '' ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password !== '' ? { password: decodeURIComponent(u.password) } : {}),
      ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
      // BullMQ's workers need commands that wait for Redis rather than fail while it restarts
      maxRetriesPerRequest: null,
      retryStrategy: (times: number) => Math.min(200 * times, 2000),
    },
  };
}

/** A URL's text with anything that looks like a password masked, for messages about a URL that did not parse. */
const mask = (url: string) => url.replace(/\/\/([^:@/]*):([^@/]*)@/, '//$1:***@');

/**
 * Connect to the queue's Redis and check it can hold a queue: reachable within `timeoutMs`, the password accepted,
 * and keys never evicted (`maxmemory-policy noeviction`: BullMQ loses jobs otherwise). Each failure is a
 * UsageError (exit 2) that says what to check. Returns the connected client.
 */
export async function openRedis(url: QueueUrl, timeoutMs = 5000): Promise<Redis> {
  const probe = new Redis({ ...url.options, lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 1, retryStrategy: () => null, disconnectTimeout: 50 });
  // the first error says why (a refused password, a refused connection); what connect() throws after it is often
  // only "Connection is closed"
  let first: Error | null = null;
  probe.on('error', (error: Error) => (first ??= error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    probe.disconnect();
    const why = (first ?? (error as Error)).message.replace(url.options.password ?? '\u0000', '***');
    if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(why)) {
      throw new UsageError(`Redis at ${url.shown} refused the credentials (${why}): check the user and password in the --queue URL`);
    }
    throw new UsageError(`cannot reach Redis at ${url.shown} (${why}): check that redis-server is running there, that host and port are right, and that no firewall is in the way`);
  }
  let policy: string | null = null;
  try {
    const info = await probe.info('memory');
    policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
  } catch {
    policy = null;
  }
  probe.disconnect();
  if (policy !== null && policy !== 'noeviction') {
    throw new UsageError(`Redis at ${url.shown} evicts keys under memory pressure (maxmemory-policy ${policy}), and BullMQ then loses jobs: set it to noeviction (redis-cli CONFIG SET maxmemory-policy noeviction, or "maxmemory-policy noeviction" in redis.conf)`);
  }
  const client = new Redis(url.options);
  client.on('error', () => undefined);
  return client;
}
