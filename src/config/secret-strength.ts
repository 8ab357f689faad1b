/**
 * Why a secret looks guessable, or undefined when it does not. A heuristic for mistakes (one
 * letter repeated, a word, a pattern, a counting sequence, an all-zero key), not a proof of
 * randomness: it estimates entropy from how often each symbol occurs, and from the steps
 * between neighbours, so `abcdef…` counts as poor as `aaaaaa…`. Random secrets of the sizes
 * the README asks for score far above the bar; a 32-character random base64 string, the
 * shortest allowed, scores at least ~118 bits against the 100 required.
 */
export function secretWeakness(symbols: readonly number[]): string | undefined {
  const distinct = new Set(symbols).size;
  if (distinct < MIN_DISTINCT) return `it has only ${distinct} distinct ${distinct === 1 ? 'value' : 'values'}`;
  const period = periodOf(symbols);
  if (period <= symbols.length / 2) return `it repeats a sequence of ${period}`;
  const steps = symbols.slice(1).map((symbol, i) => symbol - symbols[i]!);
  const bits = Math.round(symbols.length * Math.min(shannon(symbols), shannon(steps)));
  if (bits < MIN_BITS) return `its estimated entropy is about ${bits} bits, below ${MIN_BITS}`;
  return undefined;
}

const MIN_DISTINCT = 12;
const MIN_BITS = 100;

/** Bits per symbol, from the frequencies of the symbols. */
function shannon(symbols: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const symbol of symbols) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= (count / symbols.length) * Math.log2(count / symbols.length);
  return bits;
}

/** The length of the shortest prefix whose repetition is the whole sequence (its length when none is). */
function periodOf(symbols: readonly number[]): number {
  for (let period = 1; period < symbols.length; period++) {
    if (symbols.every((symbol, i) => i < period || symbol === symbols[i - period])) return period;
  }
  return symbols.length;
}
