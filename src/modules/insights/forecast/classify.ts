/**
 * Demand pattern of an item's daily sales, by the Syntetos–Boylan scheme:
 *
 * - ADI, the average demand interval: days per day with a sale (1 = a sale every day);
 * - CV², the squared coefficient of variation of the sizes of the non-zero days.
 *
 * With the published cut-offs ADI 1.32 and CV² 0.49: smooth (frequent, regular sizes), erratic
 * (frequent, irregular sizes), intermittent (rare, regular sizes), lumpy (rare, irregular sizes).
 * An item with no sale at all is intermittent (nothing to smooth; its forecast is zero).
 */
export const ADI_CUTOFF = 1.32;
export const CV2_CUTOFF = 0.49;

export type DemandPattern = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';

export type DemandStats = {
  /** Days in the history. */
  days: number;
  /** Days with a sale. */
  demandDays: number;
  /** Days per day with a sale; Infinity when there was none. */
  adi: number;
  /** Squared coefficient of variation of the non-zero sizes (population variance); 0 below two. */
  cv2: number;
};

export function demandStats(history: readonly number[]): DemandStats {
  const sizes = history.filter((y) => y > 0);
  const days = history.length;
  const adi = sizes.length ? days / sizes.length : Infinity;
  if (sizes.length < 2) return { days, demandDays: sizes.length, adi, cv2: 0 };
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  const variance = sizes.reduce((a, y) => a + (y - mean) ** 2, 0) / sizes.length;
  return { days, demandDays: sizes.length, adi, cv2: variance / mean ** 2 };
}

export function classifyDemand(history: readonly number[]): DemandPattern {
  const { adi, cv2 } = demandStats(history);
  const frequent = adi < ADI_CUTOFF;
  const regular = cv2 < CV2_CUTOFF;
  if (frequent) return regular ? 'smooth' : 'erratic';
  return regular ? 'intermittent' : 'lumpy';
}
