/**
 * Half-open intervals of instants [start, end) in ms, kept as flat arrays
 * `[start0, end0, start1, end1, …]`: thousands of them per request, so no object per interval.
 * A "set" is sorted by start, disjoint and non-adjacent (the output of `mergeIntervals`).
 */
export type IntervalList = number[];

/** Sorts, drops empty intervals, and joins overlapping or touching ones into a set. */
export function mergeIntervals(intervals: IntervalList): IntervalList {
  const count = intervals.length / 2;
  const order: number[] = [];
  for (let index = 0; index < count; index++) {
    if ((intervals[2 * index] as number) < (intervals[2 * index + 1] as number)) order.push(index);
  }
  order.sort((a, b) => (intervals[2 * a] as number) - (intervals[2 * b] as number));
  const merged: IntervalList = [];
  for (const index of order) {
    const start = intervals[2 * index] as number;
    const end = intervals[2 * index + 1] as number;
    const last = merged.length - 1;
    if (last > 0 && start <= (merged[last] as number)) {
      if (end > (merged[last] as number)) merged[last] = end;
    } else {
      merged.push(start, end);
    }
  }
  return merged;
}

/** `base` minus `removed`, both sets; the result is a set. */
export function subtractIntervals(base: IntervalList, removed: IntervalList): IntervalList {
  const result: IntervalList = [];
  let removedIndex = 0;
  for (let baseIndex = 0; baseIndex < base.length; baseIndex += 2) {
    let start = base[baseIndex] as number;
    const end = base[baseIndex + 1] as number;
    // Removed intervals that end before this one starts cannot touch later ones either.
    while (removedIndex < removed.length && (removed[removedIndex + 1] as number) <= start) removedIndex += 2;
    let scan = removedIndex;
    while (scan < removed.length && (removed[scan] as number) < end) {
      const removedStart = removed[scan] as number;
      const removedEnd = removed[scan + 1] as number;
      if (removedStart > start) result.push(start, removedStart);
      if (removedEnd > start) start = removedEnd;
      if (start >= end) break;
      scan += 2;
    }
    if (start < end) result.push(start, end);
  }
  return result;
}
