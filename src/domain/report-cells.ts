// k-anonymity for report cells (REPORTS.md, Rules): a number is published only when at
// least k distinct cases stand behind it; a cell with 1 to k-1 cases is suppressed (its
// numbers null, `suppressed: true`), and in a breakdown the smallest other non-zero cell
// goes with it, so the hidden value cannot be recovered from the total. 0 stays 0.
// Also the order statistics the report publishes (median and quartiles).

/** A cell of 1 to k-1 cases: too few people stand behind it to publish it. */
export function isTooSmall(cases: number, k: number): boolean {
  return cases > 0 && cases < k;
}

/**
 * Which cells of one breakdown are suppressed, by position: every too-small cell, and for
 * each of them the smallest other non-zero cell (the first in order on a tie).
 */
export function suppressedCells(cases: readonly number[], k: number): boolean[] {
  const hidden = cases.map((count) => isTooSmall(count, k));
  cases.forEach((count, index) => {
    if (!isTooSmall(count, k)) return;
    let smallest = -1;
    cases.forEach((other, otherIndex) => {
      if (otherIndex === index || other === 0) return;
      if (smallest === -1 || other < (cases[smallest] as number)) smallest = otherIndex;
    });
    if (smallest !== -1) hidden[smallest] = true;
  });
  return hidden;
}

/**
 * The q-quantile of ascending values by linear interpolation between the closest ranks
 * (R's type 7, a spreadsheet's QUARTILE.INC): the median of 1, 2, 3, 4 is 2.5, q1 1.75.
 */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values.toSorted((a, b) => a - b), 0.5);
}

/** Rounds to `decimals` places, halves away from zero (0.05 -> 0.1), without float drift. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(12))) / factor;
}
