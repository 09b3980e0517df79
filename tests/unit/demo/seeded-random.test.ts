import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSeededRandom } from "@/lib/demo/seeded-random";

const draw = (seed: number, count: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe("createSeededRandom", () => {
  it("repeats the same sequence for the same seed, and another for another seed", () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it("keeps next() in [0, 1) and integer() within its inclusive bounds", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const random = createSeededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const value = random.next();
          expect(value >= 0 && value < 1).toBe(true);
          const integer = random.integer(min, min + span);
          expect(Number.isInteger(integer) && integer >= min && integer <= min + span).toBe(true);
        }
      }),
    );
  });

  it("reaches both ends of an integer range", () => {
    const random = createSeededRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.integer(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("shuffles into a permutation and leaves the input alone", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = [...items];
        const shuffled = createSeededRandom(seed).shuffled(items);
        expect(items).toEqual(copy);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it("draws version-4 UUIDs that PostgreSQL's uuid type accepts", () => {
    const random = createSeededRandom(1);
    const ids = Array.from({ length: 200 }, () => random.uuid());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refuses impossible requests instead of returning garbage", () => {
    const random = createSeededRandom(1);
    expect(() => random.integer(5, 4)).toThrow(RangeError);
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
