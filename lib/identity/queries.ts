import "server-only";
import { type Prisma } from "@prisma/client";
import { SETTINGS_ID, type Db } from "@/lib/db";
import { invitationStatus, type InvitationStatus } from "./invitation-status";

export const CONTACTS_PAGE_SIZE = 20;

/** Portal access at a glance: a profile, a pending invitation, or nothing yet. */
export type PortalAccess = "profile" | "invited" | "none";

export interface ContactSummary {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  accountName: string | null;
  portalAccess: PortalAccess;
}

export interface ContactPage {
  contacts: ContactSummary[];
  /** Contacts matching the search. */
  total: number;
  page: number;
  pageCount: number;
}

const invitationStateSelect = { revokedAt: true, expiresAt: true, redemptionCount: true, maxRedemptions: true } as const;

/**
 * Contacts for Admin → Contacts: every word of `query` must match a name, the email, the
 * phone, the city or the account name (case-insensitive); sorted by name.
 */
export async function listContacts(db: Db, options: { query: string; page: number; now: Date }): Promise<ContactPage> {
  const words = options.query.split(/\s+/).filter(Boolean).slice(0, 5);
  const where: Prisma.ContactWhereInput = {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
        { email: { contains: word, mode: "insensitive" } },
        { phone: { contains: word } },
        { city: { contains: word, mode: "insensitive" } },
        { customerAccount: { name: { contains: word, mode: "insensitive" } } },
      ],
    })),
  };
  const total = await db.contact.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE));
  const page = Math.min(options.page, pageCount);
  const rows = await db.contact.findMany({
    where,
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    skip: (page - 1) * CONTACTS_PAGE_SIZE,
    take: CONTACTS_PAGE_SIZE,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      city: true,
      customerAccount: { select: { name: true } },
      user: { select: { id: true } },
      invitations: { where: { revokedAt: null, expiresAt: { gt: options.now } }, select: invitationStateSelect },
    },
  });
  return {
    total,
    page,
    pageCount,
    contacts: rows.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      phone: row.phone,
      city: row.city,
      accountName: row.customerAccount?.name ?? null,
      portalAccess: row.user
        ? "profile"
        : row.invitations.some((invitation) => invitationStatus(invitation, options.now) === "pending")
          ? "invited"
          : "none",
    })),
  };
}

export async function countContacts(db: Db): Promise<number> {
  return db.contact.count();
}

export interface ContactInvitation {
  id: string;
  kind: "MANUAL" | "AUTOMATIC";
  status: InvitationStatus;
  createdAt: Date;
  createdByName: string | null;
  expiresAt: Date;
  revokedAt: Date | null;
  redemptionCount: number;
  maxRedemptions: number;
  /** The sealed code is kept: Advanced can show it while the invitation is pending. */
  codeAvailable: boolean;
  lastRedeemedAt: Date | null;
}

export interface ContactWebRole {
  id: string;
  name: string;
  description: string | null;
  key: string | null;
  assignedAt: Date;
  assignedByName: string | null;
}

export interface ContactDetail {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  account: { id: string; name: string } | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  timeZone: string | null;
  createdAt: Date;
  portalProfile: { email: string; name: string | null; createdAt: Date; disabled: boolean } | null;
  appointmentCount: number;
  invitations: ContactInvitation[];
  webRoles: ContactWebRole[];
}

/** One contact with its invitations and web roles, for staff; null when it does not exist. */
export async function findContactDetail(db: Db, contactId: string, now: Date): Promise<ContactDetail | null> {
  const contact = await db.contact.findUnique({
    where: { id: contactId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      customerAccount: { select: { id: true, name: true } },
      street: true,
      postalCode: true,
      city: true,
      country: true,
      latitude: true,
      longitude: true,
      timeZone: true,
      createdAt: true,
      user: { select: { email: true, name: true, createdAt: true, disabledAt: true } },
      _count: { select: { appointments: true } },
      invitations: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          createdAt: true,
          createdBy: { select: { name: true, email: true } },
          codeSealed: true,
          redemptions: { orderBy: { redeemedAt: "desc" }, take: 1, select: { redeemedAt: true } },
          ...invitationStateSelect,
        },
      },
      webRoles: {
        orderBy: { webRole: { name: "asc" } },
        select: {
          assignedAt: true,
          assignedBy: { select: { name: true, email: true } },
          webRole: { select: { id: true, name: true, description: true, key: true } },
        },
      },
    },
  });
  if (!contact) return null;
  return {
    id: contact.id,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    account: contact.customerAccount,
    street: contact.street,
    postalCode: contact.postalCode,
    city: contact.city,
    country: contact.country,
    latitude: contact.latitude,
    longitude: contact.longitude,
    timeZone: contact.timeZone,
    createdAt: contact.createdAt,
    portalProfile: contact.user
      ? { email: contact.user.email, name: contact.user.name, createdAt: contact.user.createdAt, disabled: contact.user.disabledAt !== null }
      : null,
    appointmentCount: contact._count.appointments,
    invitations: contact.invitations.map((invitation) => ({
      id: invitation.id,
      kind: invitation.kind,
      status: invitationStatus(invitation, now),
      createdAt: invitation.createdAt,
      createdByName: invitation.createdBy ? (invitation.createdBy.name ?? invitation.createdBy.email) : null,
      expiresAt: invitation.expiresAt,
      revokedAt: invitation.revokedAt,
      redemptionCount: invitation.redemptionCount,
      maxRedemptions: invitation.maxRedemptions,
      codeAvailable: invitation.codeSealed !== null,
      lastRedeemedAt: invitation.redemptions[0]?.redeemedAt ?? null,
    })),
    webRoles: contact.webRoles.map((assignment) => ({
      ...assignment.webRole,
      assignedAt: assignment.assignedAt,
      assignedByName: assignment.assignedBy ? (assignment.assignedBy.name ?? assignment.assignedBy.email) : null,
    })),
  };
}

export interface WebRoleSummary {
  id: string;
  key: string | null;
  name: string;
  description: string | null;
  builtIn: boolean;
  contactCount: number;
}

/** Every web role, built-in ones first. */
export async function listWebRoles(db: Db): Promise<WebRoleSummary[]> {
  const roles = await db.webRole.findMany({
    orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    select: { id: true, key: true, name: true, description: true, builtIn: true, _count: { select: { contacts: true } } },
  });
  return roles.map(({ _count, ...role }) => ({ ...role, contactCount: _count.contacts }));
}

export async function listCustomerAccounts(db: Db): Promise<{ id: string; name: string }[]> {
  return db.customerAccount.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

export async function findAutomaticInvitationsEnabled(db: Db): Promise<boolean> {
  const settings = await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { automaticInvitationsEnabled: true } });
  return settings?.automaticInvitationsEnabled ?? false;
}

/** What /api/portal/v1/me answers: the signed-in customer's own contact and web roles. */
export async function findPortalProfile(db: Db, contactId: string) {
  const contact = await db.contact.findUnique({
    where: { id: contactId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      street: true,
      postalCode: true,
      city: true,
      country: true,
      timeZone: true,
      webRoles: { select: { webRole: { select: { key: true, name: true } } } },
    },
  });
  if (!contact) return null;
  const { webRoles, ...rest } = contact;
  return { ...rest, webRoles: webRoles.map(({ webRole }) => webRole.key ?? webRole.name) };
}
