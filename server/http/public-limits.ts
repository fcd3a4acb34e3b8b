import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../core/errors/app-error.ts';

/** At most `max` requests in any `windowMs`. */
export interface WindowLimit {
  max: number;
  windowMs: number;
}

/**
 * The public page's abuse limits. A client is known only by a keyed hash of its address, held in
 * memory for the window and never written anywhere: the reporter is not tracked, yet one client
 * cannot flood the intake, and receipt codes cannot be tried fast from one address or many.
 */
export interface PublicTipLimits {
  /** New tips from one client. */
  submissionsPerClient: WindowLimit;
  /** New tips from everyone together, so a flood from many addresses stays bounded. */
  submissionsOverall: WindowLimit;
  /** Status lookups and additions from one client: each presents a receipt code. */
  lookupsPerClient: WindowLimit;
  /** Lookups and additions from everyone together. */
  lookupsOverall: WindowLimit;
  /** Tries of one receipt code, from whatever addresses: guessing a code is slow even spread over many. */
  lookupsPerCode: WindowLimit;
  /** Additions saved to one tip. */
  additionsPerCode: WindowLimit;
  /** Searches of the place picker from one client (it asks as the reporter types). */
  unitSearchesPerClient: WindowLimit;
}

const minute = 60_000;
export const defaultPublicTipLimits: PublicTipLimits = {
  submissionsPerClient: { max: 5, windowMs: 10 * minute },
  submissionsOverall: { max: 6_000, windowMs: minute },
  lookupsPerClient: { max: 20, windowMs: 10 * minute },
  lookupsOverall: { max: 6_000, windowMs: minute },
  lookupsPerCode: { max: 10, windowMs: 60 * minute },
  additionsPerCode: { max: 10, windowMs: 24 * 60 * minute },
  unitSearchesPerClient: { max: 300, windowMs: 10 * minute },
};

/** Keys a limiter keeps at most; past that, new keys wait (memory stays bounded under a flood from many addresses). */
const MAX_KEYS = 200_000;
/** Every so many takes, entries whose window has passed are dropped. */
const SWEEP_EVERY = 10_000;

interface Entry {
  /** Times of the accepted requests, a ring of at most `max`; `next` is the oldest once full. */
  times: number[];
  next: number;
  last: number;
}

/**
 * An exact sliding window per key: the times of the last `max` accepted requests. A request is
 * accepted when the oldest of them is older than the window. Refused requests are not counted,
 * so a client that waits gets through; memory per key is `max` numbers.
 */
export class SlidingWindowLimiter {
  private readonly entries = new Map<string, Entry>();
  private takes = 0;

  constructor(readonly limit: WindowLimit, private readonly maxKeys = MAX_KEYS) {}

  /** Seconds until `key` may make a request, or 0 when it may now. */
  waitSeconds(key: string, now: number): number {
    const entry = this.entries.get(key);
    if (!entry) {
      if (this.entries.size < this.maxKeys) return 0;
      this.sweep(now);
      return this.entries.size < this.maxKeys ? 0 : Math.ceil(this.limit.windowMs / 1000);
    }
    if (entry.times.length < this.limit.max) return 0;
    const oldest = entry.times[entry.next]!;
    return now - oldest >= this.limit.windowMs ? 0 : Math.max(1, Math.ceil((oldest + this.limit.windowMs - now) / 1000));
  }

  /** Counts a request of `key`; call only after waitSeconds() said 0. */
  record(key: string, now: number): void {
    const entry = this.entries.get(key);
    if (!entry) this.entries.set(key, { times: [now], next: 0, last: now });
    else if (entry.times.length < this.limit.max) {
      entry.times.push(now);
      entry.last = now;
    } else {
      entry.times[entry.next] = now;
      entry.next = (entry.next + 1) % this.limit.max;
      entry.last = now;
    }
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(now);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (now - entry.last >= this.limit.windowMs) this.entries.delete(key);
  }
}

/**
 * Takes one request from each limiter, or none: when any is full, nothing is counted and the
 * caller is told how long to wait (the longest of the waits).
 */
export function takeAll(checks: readonly (readonly [SlidingWindowLimiter, string])[], now: number): number {
  const wait = Math.max(0, ...checks.map(([limiter, key]) => limiter.waitSeconds(key, now)));
  if (wait === 0) for (const [limiter, key] of checks) limiter.record(key, now);
  return wait;
}

/** What the public tip service needs to limit the tries of a receipt code. */
export interface ReceiptCodeLimits {
  /** Throws 429 when this code was tried too often lately. */
  codeTried(codeHash: Buffer): void;
  /** Throws 429 when this tip received too many additions lately. */
  additionMade(codeHash: Buffer): void;
}

export interface PublicLimiter extends ReceiptCodeLimits {
  submission(clientAddress: string): void;
  lookup(clientAddress: string): void;
  unitSearch(clientAddress: string): void;
}

export type PublicTipLimitOptions = Partial<PublicTipLimits> & { now?: () => number };

/** The limiters of one server; the key of its hashes is random per process and never leaves memory. */
export function createPublicLimiter(options: PublicTipLimitOptions = {}): PublicLimiter {
  const { now = Date.now, ...overrides } = options;
  const limits = { ...defaultPublicTipLimits, ...overrides };
  const secret = randomBytes(32);
  // Keyed, so even the limiter's memory holds no address or code hash that could be matched to the database.
  const pseudonym = (kind: string, value: string | Buffer) => createHmac('sha256', secret).update(kind).update(value).digest('base64url').slice(0, 22);
  const limiter = (limit: WindowLimit) => new SlidingWindowLimiter(limit);
  const submissionsPerClient = limiter(limits.submissionsPerClient);
  const submissionsOverall = limiter(limits.submissionsOverall);
  const lookupsPerClient = limiter(limits.lookupsPerClient);
  const lookupsOverall = limiter(limits.lookupsOverall);
  const lookupsPerCode = limiter(limits.lookupsPerCode);
  const additionsPerCode = limiter(limits.additionsPerCode);
  const unitSearchesPerClient = limiter(limits.unitSearchesPerClient);
  const take = (checks: readonly (readonly [SlidingWindowLimiter, string])[]) => {
    const seconds = takeAll(checks, now());
    if (seconds > 0) throw new AppError('rate_limited', 429, { seconds });
  };
  return {
    submission: (address) => take([[submissionsPerClient, pseudonym('client', address)], [submissionsOverall, 'all']]),
    lookup: (address) => take([[lookupsPerClient, pseudonym('client', address)], [lookupsOverall, 'all']]),
    unitSearch: (address) => take([[unitSearchesPerClient, pseudonym('client', address)]]),
    codeTried: (codeHash) => take([[lookupsPerCode, pseudonym('code', codeHash)]]),
    additionMade: (codeHash) => take([[additionsPerCode, pseudonym('code', codeHash)]]),
  };
}

/** Says when to come back, as HTTP does, for a 429 about to be sent. */
export async function withRetryAfter<T>(reply: FastifyReply, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.status === 429) reply.header('retry-after', String(error.params.seconds));
    throw error;
  }
}
