import { Facts, type Fact } from "../components";
import { type EmailContext } from "../context";
import { timeRangeInZone } from "../times";

/** What every appointment email says about the visit. Times are in the address's zone. */
export type AppointmentDetails = {
  /** Shown as "A-1042". */
  appointmentNumber: number;
  serviceName: string;
  /** ISO instants. */
  startsAt: string;
  endsAt: string;
  /** IANA zone of the service address (product.md, failure 9). */
  timeZone: string;
  /** One line: "12 Rue des Lilas, 75011 Paris". */
  address: string | null;
  technicianName: string | null;
};

export const appointmentSample: AppointmentDetails = {
  appointmentNumber: 1042,
  serviceName: "Heat pump annual maintenance",
  startsAt: "2026-03-03T13:00:00.000Z",
  endsAt: "2026-03-03T14:30:00.000Z",
  timeZone: "Europe/Paris",
  address: "12 Rue des Lilas, 75011 Paris",
  technicianName: "Julien Moreau",
};

export function appointmentFacts(ctx: EmailContext, details: AppointmentDetails, whenLabel?: string): Fact[] {
  const { t } = ctx;
  const facts: Fact[] = [
    { label: t("common.service"), value: details.serviceName },
    { label: whenLabel ?? t("common.when"), value: timeRangeInZone(ctx, details.startsAt, details.endsAt, details.timeZone) },
  ];
  if (details.address) facts.push({ label: t("common.address"), value: details.address });
  if (details.technicianName) facts.push({ label: t("common.technician"), value: details.technicianName });
  facts.push({ label: t("common.reference"), value: t("common.referenceValue", { number: details.appointmentNumber }) });
  return facts;
}

export function AppointmentFacts({ ctx, details, whenLabel }: { ctx: EmailContext; details: AppointmentDetails; whenLabel?: string }) {
  return <Facts ctx={ctx} facts={appointmentFacts(ctx, details, whenLabel)} />;
}
