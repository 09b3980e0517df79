import { renderEmail } from "@/emails/render";
import { SETTINGS_ID, type Tx } from "@/lib/db";
import { queueEmail, secretPlaceholder } from "@/lib/mail";
import { invitationLink } from "./invitation-code";

export interface InvitationEmail {
  contact: { id: string; email: string; firstName: string; lastName: string };
  /** The code in clear, formatted: sealed in the outbox row, in clear only in the sent email. */
  code: string;
  expiresAt: Date;
  /** Origin the portal link points at, e.g. "https://service.example.com". */
  portalOrigin: string;
}

/** Whether invitation emails go out at all (Admin → Settings → Notifications). */
export async function invitationEmailsEnabled(tx: Tx): Promise<boolean> {
  const setting = await tx.notificationSetting.findUnique({ where: { kind: "INVITATION" }, select: { enabled: true } });
  return setting?.enabled ?? true;
}

/**
 * Renders the invitation in the contact's language (their portal profile's, else the
 * company's) and queues it through the outbox in the caller's transaction: it goes out after
 * commit, from the Invitation notification's sender.
 */
export async function queueInvitationEmail(tx: Tx, invitation: InvitationEmail): Promise<void> {
  const [settings, user] = await Promise.all([
    tx.settings.findUnique({
      where: { id: SETTINGS_ID },
      select: { companyName: true, brandColor: true, timeZone: true, defaultLocale: true },
    }),
    tx.user.findUnique({ where: { contactId: invitation.contact.id }, select: { locale: true } }),
  ]);
  // The code travels sealed: the outbox row holds a placeholder (lib/mail sealed-secrets.ts).
  const code = secretPlaceholder("code");
  const email = await renderEmail(
    "invitation",
    {
      recipientName: `${invitation.contact.firstName} ${invitation.contact.lastName}`.trim() || null,
      portalUrl: invitationLink(invitation.portalOrigin, code),
      code,
      expiresAt: invitation.expiresAt.toISOString(),
      timeZone: settings?.timeZone ?? "Europe/Paris",
    },
    {
      locale: user?.locale ?? settings?.defaultLocale ?? "en",
      brand: { companyName: settings?.companyName ?? "Fieldbook", brandColor: settings?.brandColor ?? "#0e7490" },
    },
  );
  await queueEmail(tx, {
    ...email,
    to: [invitation.contact.email],
    template: "invitation",
    notification: "INVITATION",
    contactId: invitation.contact.id,
    secrets: { code: invitation.code },
  });
}
