import { CallToAction, EmailLayout, Facts, Greeting, Paragraph, type Fact } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";

export type TechnicianOnTheWayEmailProps = {
  recipientName: string | null;
  technicianName: string;
  serviceName: string;
  appointmentNumber: number;
  /** ISO instant of the expected arrival; null when no estimate is available. */
  estimatedArrivalAt: string | null;
  /** IANA zone of the service address. */
  timeZone: string;
  address: string | null;
  /** The portal's live map of this visit. */
  trackingUrl: string;
};

export const technicianOnTheWaySample: TechnicianOnTheWayEmailProps = {
  recipientName: "Claire Martin",
  technicianName: "Julien Moreau",
  serviceName: "Heat pump annual maintenance",
  appointmentNumber: 1042,
  estimatedArrivalAt: "2026-03-03T12:55:00.000Z",
  timeZone: "Europe/Paris",
  address: "12 Rue des Lilas, 75011 Paris",
  trackingUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42/track",
};

export function technicianOnTheWaySubject(props: TechnicianOnTheWayEmailProps, ctx: EmailContext): string {
  return ctx.t("technicianOnTheWay.subject", { technician: props.technicianName });
}

export function TechnicianOnTheWayEmail({ ctx, ...props }: TechnicianOnTheWayEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  const facts: Fact[] = [{ label: t("common.service"), value: props.serviceName }];
  if (props.estimatedArrivalAt) {
    facts.push({ label: t("common.expectedArrival"), value: dateTimeInZone(ctx, props.estimatedArrivalAt, props.timeZone) });
  }
  if (props.address) facts.push({ label: t("common.address"), value: props.address });
  facts.push({ label: t("common.reference"), value: t("common.referenceValue", { number: props.appointmentNumber }) });
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
      <CallToAction ctx={ctx} href={props.trackingUrl} label={t("technicianOnTheWay.button")} />
      <Paragraph>{t("technicianOnTheWay.mapNote")}</Paragraph>
    </EmailLayout>
  );
}
