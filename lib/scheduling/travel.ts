/**
 * Travel time between two addresses without a routing service: great-circle distance
 * × road factor ÷ average speed (Settings.travelSpeedKmh, Settings.travelRoadFactor).
 */
import { type GeoPoint, type TravelSettings } from "./types";

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Great-circle distance by the haversine formula, km. */
export function haversineKm(from: GeoPoint, to: GeoPoint): number {
  const fromLatitude = from.latitude * RADIANS_PER_DEGREE;
  const toLatitude = to.latitude * RADIANS_PER_DEGREE;
  const halfLatitudeDelta = (toLatitude - fromLatitude) / 2;
  const halfLongitudeDelta = ((to.longitude - from.longitude) * RADIANS_PER_DEGREE) / 2;
  const h =
    Math.sin(halfLatitudeDelta) ** 2 + Math.cos(fromLatitude) * Math.cos(toLatitude) * Math.sin(halfLongitudeDelta) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whole minutes, rounded up: `ceil(haversineKm × roadFactor ÷ speedKmh × 60)`. */
export function estimateTravelMinutes(from: GeoPoint, to: GeoPoint, travel: TravelSettings): number {
  const minutes = Math.ceil(((haversineKm(from, to) * travel.roadFactor) / travel.averageSpeedKmh) * 60);
  // A missing coordinate must not turn into "no travel needed".
  if (!Number.isFinite(minutes)) throw new RangeError("Travel time needs finite coordinates, speed and road factor");
  return minutes;
}
