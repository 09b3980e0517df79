import { CallToAction, EmailLayout, Greeting, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateInZone, dateTimeInZone } from "../times";
import { AppointmentFacts, appointmentSample, type AppointmentDetails } from "./appointment-details";

export type BookingConfirmationEmailProps = AppointmentDetails & {
  recipientName: string | null;
  /** The appointment's page on the portal (reschedule, cancel). */
  appointmentUrl: string;
};

export const bookingConfirmationSample: BookingConfirmationEmailProps = {
  ...appointmentSample,
  recipientName: "Claire Martin",
  appointmentUrl: "https://fieldbook.example/portal/appointments/5b0e7d2c-0f1e-4c55-9d0a-6f1f2a9b1c42",
};

export function bookingConfirmationSubject(props: BookingConfirmationEmailProps, ctx: EmailContext): string {
  return ctx.t("bookingConfirmation.subject", {
    service: props.serviceName,
    date: dateInZone(ctx, props.startsAt, props.timeZone),
  });
}

export function BookingConfirmationEmail({ ctx, ...props }: BookingConfirmationEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout
      ctx={ctx}
      title={bookingConfirmationSubject(props, ctx)}
      preview={t("bookingConfirmation.preview", { service: props.serviceName, when: dateTimeInZone(ctx, props.startsAt, props.timeZone) })}
      heading={t("bookingConfirmation.heading")}
    >
      <Greeting ctx={ctx} name={props.recipientName} />
      <Paragraph>{t("bookingConfirmation.intro")}</Paragraph>
      <AppointmentFacts ctx={ctx} details={props} />
      <Paragraph>{t("bookingConfirmation.changes")}</Paragraph>
      <CallToAction ctx={ctx} href={props.appointmentUrl} label={t("bookingConfirmation.button")} />
    </EmailLayout>
  );
}
