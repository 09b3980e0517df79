/**
 * Every email Fieldbook sends: one React component per notification, its subject line and
 * sample props (for the admin preview and the tests). The name is what the outbox records
 * (OutboxEmail.template).
 */
import { type ReactElement } from "react";
import { type EmailContext } from "./context";
import {
  AppointmentCancelledEmail,
  appointmentCancelledSample,
  appointmentCancelledSubject,
  type AppointmentCancelledEmailProps,
} from "./templates/appointment-cancelled";
import {
  AppointmentReminderEmail,
  appointmentReminderSample,
  appointmentReminderSubject,
  type AppointmentReminderEmailProps,
} from "./templates/appointment-reminder";
import {
  AppointmentRescheduledEmail,
  appointmentRescheduledSample,
  appointmentRescheduledSubject,
  type AppointmentRescheduledEmailProps,
} from "./templates/appointment-rescheduled";
import {
  BookingConfirmationEmail,
  bookingConfirmationSample,
  bookingConfirmationSubject,
  type BookingConfirmationEmailProps,
} from "./templates/booking-confirmation";
import { InvitationEmail, invitationSample, invitationSubject, type InvitationEmailProps } from "./templates/invitation";
import { MailboxTestEmail, mailboxTestSample, mailboxTestSubject, type MailboxTestEmailProps } from "./templates/mailbox-test";
import {
  PasswordResetEmail,
  passwordResetSample,
  passwordResetSubject,
  type PasswordResetEmailProps,
} from "./templates/password-reset";
import {
  TechnicianOnTheWayEmail,
  technicianOnTheWaySample,
  technicianOnTheWaySubject,
  type TechnicianOnTheWayEmailProps,
} from "./templates/technician-on-the-way";
import {
  VisitCompletedEmail,
  visitCompletedSample,
  visitCompletedSubject,
  type VisitCompletedEmailProps,
} from "./templates/visit-completed";

export type EmailTemplateProps = {
  invitation: InvitationEmailProps;
  "booking-confirmation": BookingConfirmationEmailProps;
  "appointment-rescheduled": AppointmentRescheduledEmailProps;
  "appointment-cancelled": AppointmentCancelledEmailProps;
  "appointment-reminder": AppointmentReminderEmailProps;
  "technician-on-the-way": TechnicianOnTheWayEmailProps;
  "visit-completed": VisitCompletedEmailProps;
  "password-reset": PasswordResetEmailProps;
  "mailbox-test": MailboxTestEmailProps;
};

export type EmailTemplateName = keyof EmailTemplateProps;

export type EmailTemplateDefinition<Props> = {
  Component: (props: Props & { ctx: EmailContext }) => ReactElement;
  subject: (props: Props, ctx: EmailContext) => string;
  sample: Props;
};

export const EMAIL_TEMPLATES: { [Name in EmailTemplateName]: EmailTemplateDefinition<EmailTemplateProps[Name]> } = {
  invitation: { Component: InvitationEmail, subject: invitationSubject, sample: invitationSample },
  "booking-confirmation": {
    Component: BookingConfirmationEmail,
    subject: bookingConfirmationSubject,
    sample: bookingConfirmationSample,
  },
  "appointment-rescheduled": {
    Component: AppointmentRescheduledEmail,
    subject: appointmentRescheduledSubject,
    sample: appointmentRescheduledSample,
  },
  "appointment-cancelled": {
    Component: AppointmentCancelledEmail,
    subject: appointmentCancelledSubject,
    sample: appointmentCancelledSample,
  },
  "appointment-reminder": {
    Component: AppointmentReminderEmail,
    subject: appointmentReminderSubject,
    sample: appointmentReminderSample,
  },
  "technician-on-the-way": {
    Component: TechnicianOnTheWayEmail,
    subject: technicianOnTheWaySubject,
    sample: technicianOnTheWaySample,
  },
  "visit-completed": { Component: VisitCompletedEmail, subject: visitCompletedSubject, sample: visitCompletedSample },
  "password-reset": { Component: PasswordResetEmail, subject: passwordResetSubject, sample: passwordResetSample },
  "mailbox-test": { Component: MailboxTestEmail, subject: mailboxTestSubject, sample: mailboxTestSample },
};

/** In the order the admin's template list shows them: the customer's journey, then staff. */
export const EMAIL_TEMPLATE_NAMES = Object.keys(EMAIL_TEMPLATES) as EmailTemplateName[];

export function isEmailTemplateName(value: unknown): value is EmailTemplateName {
  return typeof value === "string" && Object.hasOwn(EMAIL_TEMPLATES, value);
}

export function sampleProps<Name extends EmailTemplateName>(name: Name): EmailTemplateProps[Name] {
  return EMAIL_TEMPLATES[name].sample;
}
