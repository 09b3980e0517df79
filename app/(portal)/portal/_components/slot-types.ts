/** What the slot picker receives from the server: plain strings, safe to send to the browser. */
export interface PickerSlot {
  /** "2026-10-06T09:00:00+02:00": wall time at the address, with its offset. */
  startsAt: string;
}

export interface PickerDay {
  /** "YYYY-MM-DD" in the address's zone. */
  date: string;
  slots: PickerSlot[];
}

export interface PickerMonth {
  /** IANA zone of the service address. */
  timeZone: string;
  days: PickerDay[];
  /** Change cutoffs, to say "you can change this visit until …" before Book. */
  policy: { rescheduleCutoffMinutes: number; cancelCutoffMinutes: number };
}
