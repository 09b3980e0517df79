import "server-only";
import { zonedIso, type AvailableSlots } from "@/lib/booking";
import { type PickerMonth } from "./slot-types";

/** The domain's slots as the picker's plain strings, written in the address's zone. */
export function toPickerMonth(slots: AvailableSlots): PickerMonth {
  return {
    timeZone: slots.timeZone,
    days: slots.days.map((day) => ({
      date: day.date,
      slots: day.slots.map((slot) => ({ startsAt: zonedIso(slot.startsAt, slots.timeZone) })),
    })),
    policy: { rescheduleCutoffMinutes: slots.policy.rescheduleCutoffMinutes, cancelCutoffMinutes: slots.policy.cancelCutoffMinutes },
  };
}
