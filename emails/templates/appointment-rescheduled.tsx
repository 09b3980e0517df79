import { CallToAction, EmailLayout, Facts, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateInZone, dateTimeInZone, timeRangeInZone } from "../times";
import { appointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

export type AppointmentRescheduledEmailProps = AppointmentDetails & {
  recipientName: string | null;
  /** ISO instants of the slot the visit left. */
  previousStartsAt: string;
  previousEndsAt: string;
  appointmentUrl: string;
};

export const appointmentRescheduledSample: AppointmentRescheduledEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  previousStartsAt: "2026-03-02T08:00:00.000Z",
  previousEndsAt: "2026-03-02T09:30:00.000Z",
  appointmentUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
};

export function appointmentRescheduledSubject(props: AppointmentRescheduledEmailProps, ctx: EmailContext): string {
  return ctx.t("appointmentRescheduled.subject", {
    service: props.serviceName,
    date: dateInZone(ctx, props.startsAt, props.timeZone),
  });
}

export function AppointmentRescheduledEmail({ ctx, ...props }: AppointmentRescheduledEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  const facts = appointmentFacts(ctx, props, t("common.newTime"));
  // The old time right after the new one, so the change reads at a glance.
  facts.splice(2, 0, {
    label: t("common.previousTime"),
    value: timeRangeInZone(ctx, props.previousStartsAt, props.previousEndsAt, props.timeZone),
  });
  return (
    <EmailLayout
      ctx={ctx}
      title={appointmentRescheduledSubject(props, ctx)}
      preview={t("appointmentRescheduled.preview", { when: dateTimeInZone(ctx, props.startsAt, props.timeZone) })}
      heading={t("appointmentRescheduled.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("appointmentRescheduled.intro")}</Paragraph>
      <Facts ctx={ctx} facts={facts} />
      <CallToAction ctx={ctx} href={props.appointmentUrl} label={t("appointmentRescheduled.button")} />
    </EmailLayout>
  );
}
