/** Colour meaning shared by Badge and Toast. Statuses map onto these where they are shown. */
export type Tone = "neutral" | "info" | "success" | "warning" | "danger";
