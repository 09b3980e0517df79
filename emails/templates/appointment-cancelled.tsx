import { CallToAction, EmailLayout, Facts, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateInZone } from "../times";
import { appointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

export type AppointmentCancelledEmailProps = AppointmentDetails & {
  recipientName: string | null;
  /** The note given when cancelling (product.md §3: staff and customer see the reason). */
  reason: string | null;
  /** Where to book another visit. */
  bookUrl: string;
};

export const appointmentCancelledSample: AppointmentCancelledEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  reason: "The heat pump was replaced last week; the maintenance is no longer needed.",
  bookUrl: "https://fieldbook.example/portal/book",
};

export function appointmentCancelledSubject(props: AppointmentCancelledEmailProps, ctx: EmailContext): string {
  return ctx.t("appointmentCancelled.subject", {
    service: props.serviceName,
    date: dateInZone(ctx, props.startsAt, props.timeZone),
  });
}

export function AppointmentCancelledEmail({ ctx, ...props }: AppointmentCancelledEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  const facts = appointmentFacts(ctx, { ...props, technicianName: null });
  if (props.reason) facts.push({ label: t("common.reason"), value: props.reason });
  return (
    <EmailLayout
      ctx={ctx}
      title={appointmentCancelledSubject(props, ctx)}
      preview={t("appointmentCancelled.preview", { service: props.serviceName })}
      heading={t("appointmentCancelled.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("appointmentCancelled.intro")}</Paragraph>
      <Facts ctx={ctx} facts={facts} />
      <Paragraph>{t("appointmentCancelled.rebook")}</Paragraph>
      <CallToAction ctx={ctx} href={props.bookUrl} label={t("appointmentCancelled.button")} />
    </EmailLayout>
  );
}
