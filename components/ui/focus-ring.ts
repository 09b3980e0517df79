/** One visible focus style for every interactive primitive (WCAG 2.4.7, 2.4.13). */
export const focusRing =
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** The same ring drawn inside the element, for items flush against a container's edge. */
export const focusRingInset =
  "focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-brand-600";

/** The ring on dark surfaces (brand bars, the back-office sidebar). */
export const focusRingOnDark =
  "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-white";
