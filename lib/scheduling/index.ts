/** The slot engine's public face: pure functions, no database, no clock, no environment. */
export { computeAvailability } from "./compute-availability";
export { describeZones, type LocalReading, type ZoneDescription, type ZoneDescriptionInput } from "./describe-zones";
export { pickTechnician } from "./pick-technician";
export { estimateTravelMinutes, haversineKm } from "./travel";
export { isKnownTimeZone } from "./zone-clock";
export type {
  Availability,
  AvailabilityDay,
  AvailabilityRequest,
  BusyPeriod,
  DateRange,
  ExistingAppointment,
  GeoPoint,
  ServiceLocation,
  Slot,
  SlotService,
  SlotSettings,
  SlotTechnician,
  TravelSettings,
  WorkingHoursEntry,
} from "./types";
