import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { createSettableClock } from './clock';
import type { Clock } from './clock';

const REAL_NOW = new Date('2025-03-10T02:00:00.000Z');

describe('createSettableClock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(REAL_NOW);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows real time by default', () => {
    const clock: Clock = createSettableClock();
    expect(clock.now()).toEqual(REAL_NOW);
    vi.advanceTimersByTime(1500);
    expect(clock.now()).toEqual(new Date(REAL_NOW.getTime() + 1500));
  });

  it('starts at the given instant and keeps ticking from it', () => {
    const start = new Date('2024-12-31T15:59:00.000Z');
    const clock = createSettableClock(start);
    expect(clock.now()).toEqual(start);
    vi.advanceTimersByTime(60_000);
    expect(clock.now()).toEqual(new Date('2024-12-31T16:00:00.000Z'));
  });

  it('set jumps to an instant and time continues from there', () => {
    const clock = createSettableClock();
    const target = new Date('2030-01-01T00:00:00.000Z');
    vi.advanceTimersByTime(5000);
    clock.set(target);
    expect(clock.now()).toEqual(target);
    vi.advanceTimersByTime(250);
    expect(clock.now()).toEqual(new Date(target.getTime() + 250));
  });

  it('advance shifts time in either direction', () => {
    const clock = createSettableClock();
    clock.advance(86_400_000);
    expect(clock.now()).toEqual(new Date(REAL_NOW.getTime() + 86_400_000));
    clock.advance(-3_600_000);
    expect(clock.now()).toEqual(new Date(REAL_NOW.getTime() + 82_800_000));
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });

  it('reset returns to real time', () => {
    const clock = createSettableClock(new Date('2000-01-01T00:00:00.000Z'));
    clock.advance(1000);
    vi.advanceTimersByTime(10);
    clock.reset();
    expect(clock.now()).toEqual(new Date(REAL_NOW.getTime() + 10));
  });

  it('hands out fresh Date objects that callers cannot use to move the clock', () => {
    const clock = createSettableClock();
    const first = clock.now();
    first.setTime(0);
    expect(clock.now()).toEqual(REAL_NOW);
  });

  it('refuses an invalid Date', () => {
    expect(() => createSettableClock(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => createSettableClock().set(new Date('nope'))).toThrow(RangeError);
  });
});
