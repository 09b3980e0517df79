import { EmailLayout, Facts, Paragraph } from "../components";
import { type EmailContext } from "../context";
import { dateTimeInZone } from "../times";

/** Sent by "Test and enable mailbox": proof the SMTP settings deliver real mail. */
export type MailboxTestEmailProps = {
  mailboxName: string;
  fromAddress: string;
  smtpHost: string;
  /** ISO instant of the test. */
  sentAt: string;
  /** The company's zone. */
  timeZone: string;
};

export const mailboxTestSample: MailboxTestEmailProps = {
  mailboxName: "Brightwater Services",
  fromAddress: "bookings@brightwater.example",
  smtpHost: "smtp.brightwater.example",
  sentAt: "2026-03-03T08:15:00.000Z",
  timeZone: "Europe/Paris",
};

export function mailboxTestSubject(props: MailboxTestEmailProps, ctx: EmailContext): string {
  return ctx.t("mailboxTest.subject", { mailbox: props.mailboxName });
}

export function MailboxTestEmail({ ctx, ...props }: MailboxTestEmailProps & { ctx: EmailContext }) {
  const { t } = ctx;
  return (
    <EmailLayout ctx={ctx} title={mailboxTestSubject(props, ctx)} preview={t("mailboxTest.preview")} heading={t("mailboxTest.heading")}>
      <Paragraph>{t("mailboxTest.intro")}</Paragraph>
      <Facts
        ctx={ctx}
        facts={[
          { label: t("mailboxTest.mailbox"), value: `${props.mailboxName} (${props.fromAddress})` },
          { label: t("mailboxTest.server"), value: props.smtpHost },
          { label: t("mailboxTest.sentAt"), value: dateTimeInZone(ctx, props.sentAt, props.timeZone) },
        ]}
      />
      <Paragraph>{t("mailboxTest.next")}</Paragraph>
    </EmailLayout>
  );
}
