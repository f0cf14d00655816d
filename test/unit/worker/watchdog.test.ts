import { describe, expect, it } from 'vitest';
import { createWatchdog } from '../../../src/store/watchdog';

/** A watchdog on a clock the test sets, whose interval the test fires by hand. */
function setup(deadlineMs = 3000) {
  let t = 0;
  let tick: (() => void) | null = null;
  const silences: number[] = [];
  const dog = createWatchdog({
    deadlineMs,
    checkEveryMs: 500,
    onSilent: (ms) => silences.push(ms),
    now: () => t,
    setInterval: (fn) => { tick = fn; return 1; },
    clearInterval: () => { tick = null; },
  });
  /** The interval fires at time `at`. */
  const checkAt = (at: number) => { t = at; tick?.(); };
  return { dog, silences, checkAt, setNow: (at: number) => { t = at; } };
}

describe('watchdog', () => {
  it('calls onSilent once, when the deadline passes unheard, and disarms', () => {
    const { dog, silences, checkAt } = setup();
    dog.arm();
    for (let at = 500; at <= 3000; at += 500) checkAt(at);
    expect(silences).toEqual([]);
    checkAt(3500);
    expect(silences).toEqual([3500]);
    expect(dog.armed).toBe(false);
    checkAt(4000);
    expect(silences).toHaveLength(1);
  });

  it('each heard() moves the deadline', () => {
    const { dog, silences, checkAt, setNow } = setup();
    dog.arm();
    for (let at = 500; at <= 20_000; at += 500) {
      if (at % 2000 === 0) { setNow(at); dog.heard(); }
      checkAt(at);
    }
    expect(silences).toEqual([]);
  });

  it('a grace period delays the first deadline, and a first answer ends it', () => {
    const { dog, silences, checkAt, setNow } = setup();
    dog.arm(10_000);
    for (let at = 500; at <= 12_500; at += 500) checkAt(at);
    expect(silences).toEqual([]);
    setNow(12_600);
    dog.heard();
    for (let at = 13_000; at <= 16_000; at += 500) checkAt(at);
    expect(silences).toEqual([3400]);
  });

  it('forgives the silence when its own check ran very late (the page slept, not the worker)', () => {
    const { dog, silences, checkAt } = setup();
    dog.arm();
    checkAt(500);
    checkAt(10_000); // 9.5 s late: a background tab or a long task on this thread
    expect(silences).toEqual([]);
    for (let at = 10_500; at <= 13_000; at += 500) checkAt(at);
    expect(silences).toEqual([]);
    checkAt(13_500); // 3.5 s of real silence since the page woke
    expect(silences).toEqual([3500]);
  });

  it('stays quiet while disarmed, and re-arming starts the count afresh', () => {
    const { dog, silences, checkAt, setNow } = setup();
    dog.arm();
    dog.disarm();
    checkAt(60_000);
    expect(silences).toEqual([]);
    setNow(60_000);
    dog.arm();
    checkAt(62_000);
    expect(silences).toEqual([]);
    checkAt(63_500);
    expect(silences).toEqual([3500]);
  });
});
