import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.ts';
import { createPublicLimiter, SlidingWindowLimiter, takeAll } from './public-limits.ts';

const secondsAsked = (run: () => void): number | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('rate_limited');
    return (error as AppError).params.seconds as number;
  }
};

describe('sliding window', () => {
  it('accepts max requests in any window, then says how long until the oldest leaves it', () => {
    const limiter = new SlidingWindowLimiter({ max: 3, windowMs: 10_000 });
    for (const at of [0, 1_000, 2_000]) expect(takeAll([[limiter, 'a']], at)).toBe(0);
    expect(takeAll([[limiter, 'a']], 2_500)).toBe(8);
    expect(takeAll([[limiter, 'b']], 2_500)).toBe(0);
    // Refused tries are not counted: at 10 s the first one has left the window.
    expect(takeAll([[limiter, 'a']], 10_000)).toBe(0);
    expect(takeAll([[limiter, 'a']], 10_500)).toBe(1);
    expect(takeAll([[limiter, 'a']], 11_000)).toBe(0);
  });

  it('counts nothing when one of several limiters is full', () => {
    const perClient = new SlidingWindowLimiter({ max: 10, windowMs: 60_000 });
    const overall = new SlidingWindowLimiter({ max: 2, windowMs: 60_000 });
    expect(takeAll([[perClient, 'a'], [overall, 'all']], 0)).toBe(0);
    expect(takeAll([[perClient, 'b'], [overall, 'all']], 0)).toBe(0);
    expect(takeAll([[perClient, 'c'], [overall, 'all']], 0)).toBe(60);
    expect(perClient.size).toBe(2);
  });

  it('keeps its memory bounded: past the key limit, new keys wait until old ones expire', () => {
    const limiter = new SlidingWindowLimiter({ max: 1, windowMs: 1_000 }, 2);
    expect(takeAll([[limiter, 'a']], 0)).toBe(0);
    expect(takeAll([[limiter, 'b']], 0)).toBe(0);
    expect(takeAll([[limiter, 'c']], 500)).toBe(1);
    expect(takeAll([[limiter, 'c']], 1_000)).toBe(0);
    expect(limiter.size).toBe(1);
  });
});

describe('public limits', () => {
  it('limits the tries of one receipt code whatever the client, and another code is unaffected', () => {
    let now = 0;
    const limits = createPublicLimiter({ lookupsPerCode: { max: 10, windowMs: 3_600_000 }, now: () => now });
    const code = Buffer.alloc(32, 7);
    for (let client = 0; client < 10; client++) {
      limits.lookup(`10.0.0.${client}`);
      expect(secondsAsked(() => limits.codeTried(code))).toBeUndefined();
    }
    limits.lookup('10.0.0.99');
    expect(secondsAsked(() => limits.codeTried(code))).toBe(3600);
    expect(secondsAsked(() => limits.codeTried(Buffer.alloc(32, 8)))).toBeUndefined();
    now = 3_600_000;
    expect(secondsAsked(() => limits.codeTried(code))).toBeUndefined();
  });

  it('applies the overall ceiling even when the per-client limit is raised', () => {
    const limits = createPublicLimiter({
      submissionsPerClient: { max: 1_000_000, windowMs: 60_000 }, submissionsOverall: { max: 50, windowMs: 60_000 }, now: () => 0,
    });
    for (let index = 0; index < 50; index++) limits.submission('127.0.0.1');
    expect(secondsAsked(() => limits.submission('127.0.0.2'))).toBe(60);
  });

});
