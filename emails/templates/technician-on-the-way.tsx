import { CallToAction, EmailLayout, Facts, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";
import { appointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

export type TechnicianOnTheWayEmailProps = AppointmentDetails & {
  recipientName: string | null;
  technicianName: string;
  /** ISO instant of the expected arrival; null when no estimate is available. */
  estimatedArrivalAt: string | null;
  /** The visit's page on the portal, where the live map is (product.md §3). */
  appointmentUrl: string;
  /** Portal settings → tracking: when off, no location is ever shown, so the email promises no map. */
  liveMap: boolean;
};

export const technicianOnTheWaySample: TechnicianOnTheWayEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  technicianName: "Julien Moreau",
  estimatedArrivalAt: "2026-03-03T12:55:00.000Z",
  appointmentUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
  liveMap: true,
};

export function technicianOnTheWaySubject(props: TechnicianOnTheWayEmailProps, ctx: EmailContext): string {
  return ctx.t("technicianOnTheWay.subject", { technician: props.technicianName });
}

export function TechnicianOnTheWayEmail({ ctx, ...props }: TechnicianOnTheWayEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  // The booked time, zone named, then the estimate when the field app gave one.
  const facts = appointmentFacts(ctx, props);
  if (props.estimatedArrivalAt) {
    facts.splice(2, 0, { label: t("common.expectedArrival"), value: dateTimeInZone(ctx, props.estimatedArrivalAt, props.timeZone) });
  }
  return (
    <EmailLayout
      ctx={ctx}
      title={technicianOnTheWaySubject(props, ctx)}
      preview={t("technicianOnTheWay.preview", { technician: props.technicianName })}
      heading={t("technicianOnTheWay.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("technicianOnTheWay.intro", { technician: props.technicianName, service: props.serviceName })}</Paragraph>
      <Facts ctx={ctx} facts={facts} />
      <CallToAction ctx={ctx} href={props.appointmentUrl} label={props.liveMap ? t("technicianOnTheWay.button") : t("technicianOnTheWay.viewButton")} />
      {props.liveMap ? <Paragraph>{t("technicianOnTheWay.mapNote")}</Paragraph> : null}
    </EmailLayout>
  );
}
