import { describe, expect, it } from 'vitest';
import { MAX_BYTES_IN_FLIGHT, MAX_IN_FLIGHT, mayStart } from '../../src/commands/build.js';

describe('articles in flight in a batch', () => {
  const small = 12_000;

  it('always lets the next article start beside one other, whatever their size', () => {
    expect(mayStart(0, 0, 5 << 20)).toBe(true);
    expect(mayStart(1, 5 << 20, 5 << 20)).toBe(true);
  });

  it(`lets up to ${MAX_IN_FLIGHT} short articles be built at once, no more`, () => {
    let inFlight = 0;
    while (mayStart(inFlight, inFlight * small, small)) inFlight++;
    expect(inFlight).toBe(MAX_IN_FLIGHT);
  });

  it('keeps a long article from starting as the third, and a third from starting beside a long one', () => {
    expect(mayStart(2, 2 * small, MAX_BYTES_IN_FLIGHT)).toBe(false);
    expect(mayStart(2, MAX_BYTES_IN_FLIGHT, small)).toBe(false);
    expect(mayStart(2, MAX_BYTES_IN_FLIGHT - 2 * small, small)).toBe(true);
  });
});
