import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from './language.ts';

const withHeader = (value?: string) => ({ headers: value === undefined ? {} : { 'accept-language': value } }) as FastifyRequest;

describe('requestLanguage', () => {
  it('defaults to Vietnamese', () => {
    expect(requestLanguage(withHeader())).toBe('vi');
    expect(requestLanguage(withHeader(''))).toBe('vi');
    expect(requestLanguage(withHeader('fr-FR, de'))).toBe('vi');
  });

  it('speaks English only when English is preferred over Vietnamese', () => {
    expect(requestLanguage(withHeader('en-US,en;q=0.9'))).toBe('en');
    expect(requestLanguage(withHeader('vi-VN,vi;q=0.9,en;q=0.8'))).toBe('vi');
    expect(requestLanguage(withHeader('vi;q=0.5, en;q=0.8'))).toBe('en');
    expect(requestLanguage(withHeader('fr, en;q=0.5'))).toBe('en');
  });
});
