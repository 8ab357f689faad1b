/**
 * Seeded pseudo-random numbers (mulberry32). The same seed gives the same population on every
 * run and machine, so demo data, screenshots and bug reports stay reproducible.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** One generator per named stage: changing how mentors are drawn leaves the children unchanged. */
  static forStage(label: string): Prng {
    // FNV-1a: spreads similar labels ("demo:children", "demo:families") over distant seeds.
    let hash = 0x811c9dc5;
    for (const char of label) {
      hash ^= char.codePointAt(0)!;
      hash = Math.imul(hash, 0x01000193);
    }
    return new Prng(hash);
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of table) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return table[table.length - 1]![0];
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }

  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** A UUIDv7 for a record created at `at`: time-ordered like production ids, yet reproducible. */
  uuid(at: Date): string {
    const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0').slice(-digits);
    const time = hex(at.getTime(), 12);
    const a = this.uint32();
    const b = this.uint32();
    const c = this.uint32();
    const variant = (0x8 | (a >>> 30)).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a & 0xfff, 3)}-${variant}${hex((a >>> 12) & 0xfff, 3)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`;
  }
}
