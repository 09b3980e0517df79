/**
 * The demo company (README "Get going"): staff, technicians, catalogue, 40 contacts and ~200
 * appointments from 60 days ago to 30 days ahead, all relative to `now` and drawn from a seeded
 * generator, so one `now` always gives the same data. Appointments sit inside the
 * technicians' working hours and never overlap (the exclusion constraint checks it too).
 *
 * `seedDemoDataOnce` is what `npm start` calls: it seeds a database once, ever.
 */
import { createHash } from "node:crypto";
import { hash, type Algorithm } from "@node-rs/argon2";
import { AppointmentStatus, InvitationKind, type Prisma, StaffRole, WorkingHoursKind } from "@prisma/client";
import { BUILT_IN_WEB_ROLE_KEYS, ensureReferenceData } from "../db/reference-data";
import { SETTINGS_ID, type Db, type Tx } from "../db/types";
import {
  DEMO_ACCOUNTS,
  DEMO_CANCELLATION_REASONS,
  DEMO_COMPANY,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
  DEMO_PRODUCT_TYPES,
  DEMO_SERVICES,
  DEMO_SKILLS,
  DEMO_STREETS,
  DEMO_SURVEY_COMMENTS,
  DEMO_TECHNICIANS,
  DEMO_TIME_ZONE,
  DEMO_TOWNS,
  DEMO_WORK_NOTES,
  type DemoWeeklyRange,
} from "./demo-company";
import { createSeededRandom, type SeededRandom } from "./seeded-random";
import { addCalendarDays, calendarDateIn, isoWeekday, minutesOfWallTime, wallTimeToInstant, type CalendarDate } from "./wall-clock";

export type DemoRole = "admin" | "dispatcher" | "technician" | "customer";

export interface DemoSignIn {
  role: DemoRole;
  email: string;
  password: string;
  /** Where this user signs in (path on the app's origin). */
  signInPath: string;
}

// Where each person starts; the identity issue (#5) puts the sign-in forms behind these.
const STAFF_SIGN_IN_PATH = "/admin";
const FIELD_SIGN_IN_PATH = "/field";
const PORTAL_SIGN_IN_PATH = "/portal";

const ADMIN = { role: "admin", email: "admin@fieldbook.test", password: "demo-admin-pass", signInPath: STAFF_SIGN_IN_PATH, name: "Nadia Benali" } as const;
const DISPATCHER = { role: "dispatcher", email: "dispatcher@fieldbook.test", password: "demo-dispatcher-pass", signInPath: STAFF_SIGN_IN_PATH, name: "Marc Olivier" } as const;
const TECHNICIAN_PASSWORD = "demo-technician-pass";
/** Portal customers, linked to the first two contacts. The second may also use the JSON API. */
const CUSTOMERS = [
  { role: "customer", email: "customer@fieldbook.test", password: "demo-customer-pass", signInPath: PORTAL_SIGN_IN_PATH, webApi: false },
  { role: "customer", email: "api-customer@fieldbook.test", password: "demo-customer-pass", signInPath: PORTAL_SIGN_IN_PATH, webApi: true },
] as const;

const technicianEmail = (index: number) => `technician${index + 1}@fieldbook.test`;

/**
 * The demo company's mailbox (issue 4, "Embedded default"): enabled, the default sender, and
 * pointing at the development mail catcher `npm start` runs on loopback, so the demo's emails
 * can be read in Admin → Mail catcher. Owned by the demo admin, who is the password-reset
 * process's sender.
 */
export const DEMO_MAILBOX = {
  displayName: "Brightwater Services",
  fromAddress: "bookings@brightwater.test",
  smtpHost: "127.0.0.1",
} as const;
/** lib/mail's MAIL_CATCHER_DEFAULT_PORT (lib/demo cannot import lib/mail's modules directly). */
const DEFAULT_MAIL_CATCHER_PORT = 1025;

export interface DemoSeedOptions {
  now: Date;
  /** Port of the development mail catcher the demo mailbox sends to (default 1025). */
  mailCatcherPort?: number;
}

/** Every demo account, for `npm start` to print and for end-to-end tests to sign in with. */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  ADMIN,
  DISPATCHER,
  ...DEMO_TECHNICIANS.map((_, index) => ({
    role: "technician" as const,
    email: technicianEmail(index),
    password: TECHNICIAN_PASSWORD,
    signInPath: FIELD_SIGN_IN_PATH,
  })),
  ...CUSTOMERS,
].map(({ role, email, password, signInPath }) => ({ role, email, password, signInPath }));

const DEMO_SEED = 20_261_125;
/** Serialises concurrent first starts (pg_advisory_xact_lock key). */
const DEMO_SEED_ADVISORY_LOCK = 73_307_001;
const PAST_DAYS = 60;
const FUTURE_DAYS = 30;
const CONTACT_COUNT = 40;
const SLOT_STEP_MINUTES = 15;
const TRAVEL_GAP_MINUTES = 30;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export interface DemoDataSummary {
  technicians: number;
  contacts: number;
  appointments: number;
}

interface PlannedAppointment {
  id: string;
  technicianIndex: number;
  serviceIndex: number;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  contactIndex: number;
}

type Interval = { start: number; end: number };

/** `ranges` minus `holes` (half-open [start, end) intervals in ms), sorted by start. */
function subtractIntervals(ranges: Interval[], holes: Interval[]): Interval[] {
  let result = ranges;
  for (const hole of holes) {
    result = result.flatMap((range) => {
      if (hole.end <= range.start || hole.start >= range.end) return [range];
      const pieces: Interval[] = [];
      if (hole.start > range.start) pieces.push({ start: range.start, end: hole.start });
      if (hole.end < range.end) pieces.push({ start: hole.end, end: range.end });
      return pieces;
    });
  }
  return result.sort((a, b) => a.start - b.start);
}

function rangesOn(ranges: DemoWeeklyRange[], date: CalendarDate): Interval[] {
  const weekday = isoWeekday(date);
  return ranges
    .filter((range) => range.weekdays.includes(weekday))
    .map((range) => ({
      start: wallTimeToInstant(date, minutesOfWallTime(range.from), DEMO_TIME_ZONE).getTime(),
      end: wallTimeToInstant(date, minutesOfWallTime(range.to), DEMO_TIME_ZONE).getTime(),
    }));
}

function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "");
}

function frenchMobile(random: SeededRandom): string {
  const pairs = Array.from({ length: 4 }, () => String(random.integer(0, 99)).padStart(2, "0"));
  return `+33 6 ${pairs.join(" ")}`;
}

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * `Algorithm.Argon2id`: the package's Algorithm is an ambient const enum, which isolatedModules
 * cannot read (and its runtime object is empty), so the value is named here.
 */
const ARGON2ID = 2 as Algorithm;

function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

interface PasswordHashes {
  admin: string;
  dispatcher: string;
  technicians: string[];
  customers: string[];
}

async function hashDemoPasswords(): Promise<PasswordHashes> {
  const [admin, dispatcher, technicians, customers] = await Promise.all([
    hashPassword(ADMIN.password),
    hashPassword(DISPATCHER.password),
    Promise.all(DEMO_TECHNICIANS.map(() => hashPassword(TECHNICIAN_PASSWORD))),
    Promise.all(CUSTOMERS.map((customer) => hashPassword(customer.password))),
  ]);
  return { admin, dispatcher, technicians, customers };
}

/**
 * Loads the demo company into an empty database (plus the reference data). Atomic: given a
 * client it opens its own transaction; given a transaction it joins it.
 */
export async function seedDemoData(db: Db | Tx, options: DemoSeedOptions): Promise<DemoDataSummary> {
  const passwordHashes = await hashDemoPasswords();
  if ("$transaction" in db) return db.$transaction((tx) => writeDemoData(tx, options, passwordHashes), { timeout: 60_000 });
  return writeDemoData(db, options, passwordHashes);
}

/**
 * Seeds the demo company on a new database only: not when it was seeded before
 * (Settings.demoSeededAt), nor into one that already has users (a real company's), and once
 * even when several processes start at the same time. Returns whether it seeded.
 */
export async function seedDemoDataOnce(db: Db, options: DemoSeedOptions): Promise<boolean> {
  const alreadySeeded = async (client: Db | Tx) =>
    (await client.settings.findUnique({ where: { id: SETTINGS_ID }, select: { demoSeededAt: true } }))?.demoSeededAt != null ||
    (await client.user.count()) > 0;
  // Cheap check first: argon2 hashing is the slow part and a seeded database needs none.
  if (await alreadySeeded(db)) return false;
  const passwordHashes = await hashDemoPasswords();
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEMO_SEED_ADVISORY_LOCK}::bigint)`;
      if (await alreadySeeded(tx)) return false;
      await writeDemoData(tx, options, passwordHashes);
      return true;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

async function writeDemoData(tx: Tx, { now, mailCatcherPort = DEFAULT_MAIL_CATCHER_PORT }: DemoSeedOptions, passwordHashes: PasswordHashes): Promise<DemoDataSummary> {
  const random = createSeededRandom(DEMO_SEED);
  const nowMs = now.getTime();
  const today = calendarDateIn(now, DEMO_TIME_ZONE);

  await ensureReferenceData(tx);
  await tx.settings.update({
    where: { id: SETTINGS_ID },
    data: { ...DEMO_COMPANY, automaticInvitationsEnabled: false, demoSeededAt: now },
  });

  // ── Catalogue ──
  const skillIds = new Map(DEMO_SKILLS.map((skill) => [skill, random.uuid()]));
  await tx.skill.createMany({ data: DEMO_SKILLS.map((name) => ({ id: skillIds.get(name)!, name })) });
  const productTypeIds = new Map<string, string>(DEMO_PRODUCT_TYPES.map((type) => [type.name, random.uuid()]));
  await tx.productType.createMany({ data: DEMO_PRODUCT_TYPES.map((type) => ({ id: productTypeIds.get(type.name)!, ...type })) });
  const services = DEMO_SERVICES.map((service) => ({ ...service, id: random.uuid() }));
  await tx.service.createMany({
    data: services.map(({ id, productType, name, description, durationMinutes, bufferAfterMinutes, priceCents }) => ({
      id,
      productTypeId: productTypeIds.get(productType)!,
      name,
      description,
      durationMinutes,
      bufferAfterMinutes,
      priceCents,
    })),
  });
  await tx.serviceSkill.createMany({
    data: services.flatMap((service) => service.skills.map((skill) => ({ serviceId: service.id, skillId: skillIds.get(skill)! }))),
  });

  // ── Staff ──
  const adminId = random.uuid();
  const dispatcherId = random.uuid();
  const technicians = DEMO_TECHNICIANS.map((technician, index) => ({
    ...technician,
    id: random.uuid(),
    userId: random.uuid(),
    email: technicianEmail(index),
    qualifiedServiceIndexes: services.flatMap((service, serviceIndex) =>
      service.skills.every((skill) => technician.skills.includes(skill)) ? [serviceIndex] : [],
    ),
  }));

  // ── Customers ──
  const accounts = DEMO_ACCOUNTS.map((name) => ({
    id: random.uuid(),
    name,
    phone: name.endsWith("household") ? null : `+33 1 ${Array.from({ length: 4 }, () => String(random.integer(10, 99))).join(" ")}`,
  }));
  const usedNames = new Set<string>();
  const contacts = Array.from({ length: CONTACT_COUNT }, (_, index) => {
    // The first contacts give every account one; households share its family name.
    const accountIndex = index < accounts.length ? index : random.integer(0, accounts.length - 1);
    const account = accounts[accountIndex]!;
    let firstName: string;
    let lastName: string;
    do {
      firstName = random.pick(DEMO_FIRST_NAMES);
      lastName = account.name.endsWith(" household") ? account.name.replace(" household", "") : random.pick(DEMO_LAST_NAMES);
    } while (usedNames.has(`${firstName} ${lastName}`));
    usedNames.add(`${firstName} ${lastName}`);
    const customer = CUSTOMERS[index];
    const generatedEmail = withoutDiacritics(`${firstName}.${lastName}@example.com`).toLowerCase().replace(/[^a-z0-9.@-]/g, "");
    const town = random.pick(DEMO_TOWNS);
    return {
      id: random.uuid(),
      customerAccountId: account.id,
      firstName,
      lastName,
      // Some customers only gave a phone number.
      email: customer?.email ?? (index % 10 === 9 ? null : generatedEmail),
      phone: frenchMobile(random),
      street: `${random.integer(1, 120)} ${random.pick(DEMO_STREETS)}`,
      postalCode: town.postalCode,
      city: town.city,
      country: "FR",
      latitude: Number((town.latitude + (random.next() - 0.5) * 0.016).toFixed(6)),
      longitude: Number((town.longitude + (random.next() - 0.5) * 0.024).toFixed(6)),
      timeZone: DEMO_TIME_ZONE,
      userId: customer ? random.uuid() : null,
    };
  });
  const customerContacts = CUSTOMERS.map((_, index) => contacts[index]!);

  await tx.customerAccount.createMany({ data: accounts });
  await tx.contact.createMany({ data: contacts.map(({ userId: _userId, ...contact }) => contact) });
  await tx.user.createMany({
    data: [
      { id: adminId, name: ADMIN.name, email: ADMIN.email, passwordHash: passwordHashes.admin, staffRole: StaffRole.ADMIN, emailVerified: now },
      { id: dispatcherId, name: DISPATCHER.name, email: DISPATCHER.email, passwordHash: passwordHashes.dispatcher, staffRole: StaffRole.DISPATCHER, emailVerified: now },
      ...technicians.map((technician, index) => ({
        id: technician.userId,
        name: technician.displayName,
        email: technician.email,
        passwordHash: passwordHashes.technicians[index]!,
        staffRole: StaffRole.TECHNICIAN,
        emailVerified: now,
      })),
      ...customerContacts.map((contact, index) => ({
        id: contact.userId!,
        name: `${contact.firstName} ${contact.lastName}`,
        email: contact.email!,
        passwordHash: passwordHashes.customers[index]!,
        contactId: contact.id,
        emailVerified: now,
      })),
    ],
  });
  const webRoles = await tx.webRole.findMany({ where: { key: { in: Object.values(BUILT_IN_WEB_ROLE_KEYS) } } });
  const webRoleId = (key: string) => webRoles.find((role) => role.key === key)!.id;
  await tx.contactWebRole.createMany({
    data: CUSTOMERS.flatMap((customer, index) => [
      { contactId: customerContacts[index]!.id, webRoleId: webRoleId(BUILT_IN_WEB_ROLE_KEYS.authenticatedUsers), assignedById: dispatcherId, assignedAt: now },
      ...(customer.webApi
        ? [{ contactId: customerContacts[index]!.id, webRoleId: webRoleId(BUILT_IN_WEB_ROLE_KEYS.webApiUsers), assignedById: adminId, assignedAt: now }]
        : []),
    ]),
  });

  // ── Technicians, their hours and time off ──
  await tx.technician.createMany({
    data: technicians.map((technician) => ({
      id: technician.id,
      userId: technician.userId,
      displayName: technician.displayName,
      homeStreet: technician.home.street,
      homePostalCode: technician.home.postalCode,
      homeCity: technician.home.city,
      homeCountry: "FR",
      homeLatitude: technician.home.latitude,
      homeLongitude: technician.home.longitude,
      timeZone: DEMO_TIME_ZONE,
      color: technician.color,
    })),
  });
  await tx.technicianSkill.createMany({
    data: technicians.flatMap((technician) => technician.skills.map((skill) => ({ technicianId: technician.id, skillId: skillIds.get(skill)! }))),
  });
  await tx.workingHours.createMany({
    data: technicians.flatMap((technician) =>
      (
        [
          [WorkingHoursKind.WORK, technician.work],
          [WorkingHoursKind.BREAK, technician.breaks],
        ] as const
      ).flatMap(([kind, ranges]) =>
        ranges.flatMap((range) =>
          range.weekdays.map((weekday) => ({ technicianId: technician.id, weekday, kind, startTime: range.from, endTime: range.to })),
        ),
      ),
    ),
  });
  const timeOff = [
    { technicianIndex: 2, starts: addCalendarDays(today, 10), startMinutes: 0, ends: addCalendarDays(today, 15), endMinutes: 0, reason: "Holiday" },
    { technicianIndex: 3, starts: addCalendarDays(today, -20), startMinutes: 13 * 60, ends: addCalendarDays(today, -20), endMinutes: 16 * 60 + 30, reason: "Training" },
    { technicianIndex: 1, starts: addCalendarDays(today, 3), startMinutes: 8 * 60 + 30, ends: addCalendarDays(today, 3), endMinutes: 12 * 60 + 30, reason: "Medical appointment" },
  ].map((entry) => ({
    id: random.uuid(),
    technicianIndex: entry.technicianIndex,
    startsAt: wallTimeToInstant(entry.starts, entry.startMinutes, DEMO_TIME_ZONE),
    endsAt: wallTimeToInstant(entry.ends, entry.endMinutes, DEMO_TIME_ZONE),
    reason: entry.reason,
  }));
  await tx.timeOff.createMany({
    data: timeOff.map(({ technicianIndex, ...entry }) => ({ ...entry, technicianId: technicians[technicianIndex]!.id, createdAt: new Date(nowMs - 30 * DAY_MS) })),
  });

  // ── Appointments: planned day by day inside each technician's free time ──
  const planned: PlannedAppointment[] = [];
  for (let dayOffset = -PAST_DAYS; dayOffset <= FUTURE_DAYS; dayOffset++) {
    const date = addCalendarDays(today, dayOffset);
    technicians.forEach((technician, technicianIndex) => {
      const holes = [
        ...rangesOn(technician.breaks, date),
        ...timeOff.filter((entry) => entry.technicianIndex === technicianIndex).map((entry) => ({ start: entry.startsAt.getTime(), end: entry.endsAt.getTime() })),
      ];
      const free = subtractIntervals(rangesOn(technician.work, date), holes);
      if (free.length === 0) return;
      // Busy around today so "My day" and the portal's Active tab have something to show.
      const nearToday = dayOffset >= -1 && dayOffset <= 2;
      const roll = random.next();
      const count = nearToday ? random.integer(2, 3) : roll < 0.7 ? 0 : roll < 0.95 ? 1 : 2;
      let cursor = -Infinity;
      for (let placed = 0; placed < count; placed++) {
        const serviceIndex = random.pick(technician.qualifiedServiceIndexes);
        const durationMs = services[serviceIndex]!.durationMinutes * MINUTE_MS;
        const starts: number[] = [];
        for (const interval of free) {
          for (let start = Math.max(interval.start, cursor); start + durationMs <= interval.end; start += SLOT_STEP_MINUTES * MINUTE_MS) {
            starts.push(start);
          }
        }
        if (starts.length === 0) break;
        // Early in the remaining time, so later visits of the day still fit.
        const start = random.pick(starts.slice(0, Math.max(1, Math.ceil(starts.length / (count - placed)))));
        planned.push({
          id: random.uuid(),
          technicianIndex,
          serviceIndex,
          startsAt: new Date(start),
          endsAt: new Date(start + durationMs),
          status: AppointmentStatus.SCHEDULED,
          contactIndex: random.integer(0, contacts.length - 1),
        });
        cursor = start + durationMs + (services[serviceIndex]!.bufferAfterMinutes + TRAVEL_GAP_MINUTES) * MINUTE_MS;
      }
    });
  }

  assignStatuses(planned, nowMs, random);
  giveCustomersTheirAppointments(planned, nowMs);

  const customerUserIdByContactIndex = new Map(customerContacts.map((contact, index) => [index, contact.userId!]));
  const appointments: Prisma.AppointmentCreateManyInput[] = [];
  const statusChanges: Prisma.AppointmentStatusChangeCreateManyInput[] = [];
  const completedAt = new Map<string, Date>();
  for (const appointment of planned) {
    const technicianUserId = technicians[appointment.technicianIndex]!.userId;
    const customerUserId = customerUserIdByContactIndex.get(appointment.contactIndex);
    const startsAtMs = appointment.startsAt.getTime();
    const bookedAt = new Date(Math.min(startsAtMs - random.integer(1, 21) * DAY_MS - random.integer(0, 10) * HOUR_MS, nowMs - random.integer(1, 72) * HOUR_MS));
    const changes: Omit<Prisma.AppointmentStatusChangeCreateManyInput, "appointmentId">[] = [
      { fromStatus: null, toStatus: AppointmentStatus.SCHEDULED, changedAt: bookedAt, byUserId: customerUserId ?? dispatcherId },
    ];
    const change = (fromStatus: AppointmentStatus, toStatus: AppointmentStatus, changedAtMs: number, byUserId: string, note?: string) =>
      changes.push({ fromStatus, toStatus, changedAt: new Date(changedAtMs), byUserId, note });
    let cancellationReason: string | null = null;
    let cancelledAt: Date | null = null;
    switch (appointment.status) {
      case AppointmentStatus.COMPLETED: {
        const doneMs = Math.min(appointment.endsAt.getTime() + random.integer(-10, 10) * MINUTE_MS, nowMs);
        change(AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELING, startsAtMs - random.integer(15, 40) * MINUTE_MS, technicianUserId);
        change(AppointmentStatus.TRAVELING, AppointmentStatus.IN_PROGRESS, startsAtMs + random.integer(-5, 10) * MINUTE_MS, technicianUserId);
        change(AppointmentStatus.IN_PROGRESS, AppointmentStatus.COMPLETED, doneMs, technicianUserId);
        completedAt.set(appointment.id, new Date(doneMs));
        break;
      }
      case AppointmentStatus.IN_PROGRESS:
        change(AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELING, startsAtMs - random.integer(15, 40) * MINUTE_MS, technicianUserId);
        change(AppointmentStatus.TRAVELING, AppointmentStatus.IN_PROGRESS, Math.min(startsAtMs, nowMs), technicianUserId);
        break;
      case AppointmentStatus.TRAVELING:
        change(AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELING, nowMs - random.integer(5, 20) * MINUTE_MS, technicianUserId);
        break;
      case AppointmentStatus.CANCELLED: {
        const latestMs = Math.min(nowMs, startsAtMs);
        const cancelledAtMs = bookedAt.getTime() + Math.max(MINUTE_MS, Math.floor((latestMs - bookedAt.getTime()) * random.next()));
        cancellationReason = random.pick(DEMO_CANCELLATION_REASONS);
        cancelledAt = new Date(cancelledAtMs);
        change(AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED, cancelledAtMs, customerUserId ?? dispatcherId, cancellationReason);
        break;
      }
      case AppointmentStatus.SCHEDULED:
        break;
    }
    const rescheduleCount = appointment.status !== AppointmentStatus.CANCELLED && random.chance(0.1) ? 1 : 0;
    const lastChange = changes.at(-1)!.changedAt as Date;
    appointments.push({
      id: appointment.id,
      contactId: contacts[appointment.contactIndex]!.id,
      serviceId: services[appointment.serviceIndex]!.id,
      technicianId: technicians[appointment.technicianIndex]!.id,
      status: appointment.status,
      startsAt: appointment.startsAt,
      endsAt: appointment.endsAt,
      timeZone: DEMO_TIME_ZONE,
      comments: random.chance(0.25) ? random.pick(["Code 4512B, 3rd floor.", "Please call 15 minutes before.", "The unit is in the garden shed.", "Dog in the garden, friendly."]) : null,
      cancellationReason,
      cancelledAt,
      rescheduleCount,
      version: changes.length + rescheduleCount,
      createdAt: bookedAt,
      updatedAt: lastChange,
    });
    statusChanges.push(...changes.map((entry) => ({ ...entry, appointmentId: appointment.id, id: random.uuid() })));
  }
  // Reference numbers follow booking order, as they would have.
  appointments.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  await tx.appointment.createMany({ data: appointments });
  await tx.appointmentStatusChange.createMany({ data: statusChanges });

  // ── Surveys, notes, tasks, live positions ──
  const byId = new Map(planned.map((appointment) => [appointment.id, appointment]));
  const surveys: Prisma.SurveyCreateManyInput[] = [];
  const surveyResponses: Prisma.SurveyResponseCreateManyInput[] = [];
  const notes: Prisma.NoteCreateManyInput[] = [];
  for (const [appointmentId, doneAt] of completedAt) {
    const appointment = byId.get(appointmentId)!;
    const isPortalCustomer = customerUserIdByContactIndex.has(appointment.contactIndex);
    // Portal customers keep their surveys open so the demo can answer them.
    if (isPortalCustomer || random.chance(0.5)) {
      const surveyId = random.uuid();
      surveys.push({ id: surveyId, appointmentId, createdAt: doneAt });
      if (!isPortalCustomer && random.chance(0.6)) {
        surveyResponses.push({
          id: random.uuid(),
          surveyId,
          rating: random.pick([3, 4, 4, 5, 5, 5]),
          comment: random.pick(DEMO_SURVEY_COMMENTS),
          respondedAt: new Date(Math.min(doneAt.getTime() + random.integer(1, 48) * HOUR_MS, nowMs)),
        });
      }
    }
    if (random.chance(0.3)) {
      notes.push({
        id: random.uuid(),
        body: random.pick(DEMO_WORK_NOTES),
        authorId: technicians[appointment.technicianIndex]!.userId,
        appointmentId,
        contactId: contacts[appointment.contactIndex]!.id,
        createdAt: doneAt,
        updatedAt: doneAt,
      });
    }
  }
  for (const [index, body] of [
    "Prefers morning visits.",
    "Asked for a quote for a second indoor unit.",
    "Building access code changes every month: ask the caretaker.",
    "Annual maintenance contract renewed.",
    "Parking is difficult: use the car park on the square.",
  ].entries()) {
    const createdAt = new Date(nowMs - random.integer(1, 50) * DAY_MS);
    const contact = contacts[index * 7]!;
    notes.push({ id: random.uuid(), body, authorId: dispatcherId, contactId: contact.id, customerAccountId: contact.customerAccountId, createdAt, updatedAt: createdAt });
  }
  const tasks: Prisma.TaskCreateManyInput[] = [
    "Order a condensate pump",
    "Call back about the quote",
    "Send the maintenance certificate",
    "Check the warranty of the outdoor unit",
    "Plan a follow-up visit",
    "Update the customer's access code",
    "Return the spare part to the supplier",
    "Confirm next week's schedule",
    "Renew the refrigerant handling certificate",
    "Review the cancelled appointments",
  ].map((title, index) => {
    const assigneeId = index < technicians.length ? technicians[index]!.userId : dispatcherId;
    const dueAt = new Date(nowMs + random.integer(-5, 10) * DAY_MS);
    const done = dueAt.getTime() < nowMs && random.chance(0.6);
    const contact = random.pick(contacts);
    const createdAt = new Date(nowMs - random.integer(6, 20) * DAY_MS);
    return {
      id: random.uuid(),
      title,
      assigneeId,
      createdById: dispatcherId,
      dueAt,
      completedAt: done ? dueAt : null,
      contactId: contact.id,
      customerAccountId: contact.customerAccountId,
      createdAt,
      updatedAt: done ? dueAt : createdAt,
    };
  });
  // Where the field app last saw technicians on their way: a few fixes from home towards the customer.
  const locations: Prisma.TechnicianLocationCreateManyInput[] = planned
    .filter((appointment) => appointment.status === AppointmentStatus.TRAVELING)
    .flatMap((appointment) => {
      const technician = technicians[appointment.technicianIndex]!;
      const contact = contacts[appointment.contactIndex]!;
      const fixes = 5;
      return Array.from({ length: fixes }, (_, fix) => {
        const progress = 0.1 + (0.5 * fix) / (fixes - 1);
        const recordedAt = new Date(nowMs - (fixes - fix) * 40_000);
        return {
          id: random.uuid(),
          technicianId: technician.id,
          appointmentId: appointment.id,
          latitude: Number((technician.home.latitude + (contact.latitude - technician.home.latitude) * progress).toFixed(6)),
          longitude: Number((technician.home.longitude + (contact.longitude - technician.home.longitude) * progress).toFixed(6)),
          accuracyMeters: random.integer(5, 25),
          recordedAt,
          receivedAt: new Date(recordedAt.getTime() + random.integer(200, 2000)),
        };
      });
    });
  await tx.survey.createMany({ data: surveys });
  await tx.surveyResponse.createMany({ data: surveyResponses });
  await tx.note.createMany({ data: notes });
  await tx.task.createMany({ data: tasks });
  await tx.technicianLocation.createMany({ data: locations });

  // ── Invitations: the portal customers redeemed theirs; a few others are open, expired or revoked ──
  const invitation = (contactIndex: number, createdAtMs: number, extra: Partial<Prisma.InvitationCreateManyInput> = {}) => ({
    id: random.uuid(),
    codeHash: sha256Hex(`demo-invitation-${random.uuid()}`),
    contactId: contacts[contactIndex]!.id,
    createdById: dispatcherId,
    kind: InvitationKind.MANUAL,
    createdAt: new Date(createdAtMs),
    expiresAt: new Date(createdAtMs + 14 * DAY_MS),
    ...extra,
  });
  const redeemed = customerContacts.map((_, index) => invitation(index, nowMs - 80 * DAY_MS, { redemptionCount: 1 }));
  await tx.invitation.createMany({
    data: [
      ...redeemed,
      invitation(2, nowMs - 2 * DAY_MS),
      invitation(3, nowMs - 5 * DAY_MS),
      invitation(4, nowMs - 30 * DAY_MS),
      invitation(5, nowMs - 3 * DAY_MS, { revokedAt: new Date(nowMs - DAY_MS) }),
    ],
  });
  await tx.invitationRedemption.createMany({
    data: redeemed.map((entry, index) => ({
      id: random.uuid(),
      invitationId: entry.id,
      userId: customerContacts[index]!.userId,
      redeemedAt: new Date(nowMs - 79 * DAY_MS),
    })),
  });

  // ── Mail: the company mailbox sends through the development mail catcher ──
  // Drawn last from the generator, so every id above stays what it was before mail existed.
  const mailboxId = random.uuid();
  await tx.mailbox.create({
    data: {
      id: mailboxId,
      ...DEMO_MAILBOX,
      smtpPort: mailCatcherPort,
      tlsMode: "NONE",
      status: "ENABLED",
      ownerUserId: adminId,
      approvedById: adminId,
      approvedAt: now,
      testedAt: now,
      createdAt: now,
    },
  });
  await tx.settings.update({
    where: { id: SETTINGS_ID },
    data: { defaultMailboxId: mailboxId, passwordResetProcessEnabled: true, passwordResetSenderUserId: adminId },
  });
  await tx.notificationSetting.update({ where: { kind: "PASSWORD_RESET" }, data: { senderUserId: adminId } });

  const summary = { technicians: technicians.length, contacts: contacts.length, appointments: appointments.length };
  await tx.auditLog.create({
    data: { action: "demo.seeded", entityType: "settings", entityId: String(SETTINGS_ID), data: summary, createdAt: now },
  });
  return summary;
}

/**
 * Past visits are completed (some cancelled), future ones scheduled (some cancelled). Around
 * `now`: visits under way are IN_PROGRESS and the next visits of two other technicians are
 * TRAVELING; outside working hours the most recently started visit stays IN_PROGRESS so
 * every status exists whenever the demo is loaded.
 */
function assignStatuses(planned: PlannedAppointment[], nowMs: number, random: SeededRandom): void {
  for (const appointment of planned) {
    const past = appointment.endsAt.getTime() <= nowMs;
    const future = appointment.startsAt.getTime() > nowMs;
    if (past) appointment.status = random.chance(0.12) ? AppointmentStatus.CANCELLED : AppointmentStatus.COMPLETED;
    else if (future) appointment.status = random.chance(0.07) ? AppointmentStatus.CANCELLED : AppointmentStatus.SCHEDULED;
    else appointment.status = AppointmentStatus.IN_PROGRESS;
  }
  const active = (appointment: PlannedAppointment) => appointment.status !== AppointmentStatus.CANCELLED;
  const busyTechnicians = new Set(planned.filter((a) => a.status === AppointmentStatus.IN_PROGRESS).map((a) => a.technicianIndex));
  if (busyTechnicians.size === 0) {
    const latestStarted = planned.filter((a) => active(a) && a.startsAt.getTime() <= nowMs).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
    if (latestStarted) {
      latestStarted.status = AppointmentStatus.IN_PROGRESS;
      busyTechnicians.add(latestStarted.technicianIndex);
    }
  }
  const nextPerTechnician = new Map<number, PlannedAppointment>();
  for (const appointment of planned) {
    if (!active(appointment) || appointment.startsAt.getTime() <= nowMs || busyTechnicians.has(appointment.technicianIndex)) continue;
    const current = nextPerTechnician.get(appointment.technicianIndex);
    if (!current || appointment.startsAt < current.startsAt) nextPerTechnician.set(appointment.technicianIndex, appointment);
  }
  [...nextPerTechnician.values()]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, 2)
    .forEach((appointment) => (appointment.status = AppointmentStatus.TRAVELING));
  if (!planned.some((appointment) => appointment.status === AppointmentStatus.CANCELLED)) {
    const firstScheduled = planned.find((appointment) => appointment.status === AppointmentStatus.SCHEDULED);
    if (firstScheduled) firstScheduled.status = AppointmentStatus.CANCELLED;
  }
}

/**
 * The portal customers (contacts 0 and 1) get one visit in each state they can act on:
 * on the way (live map), completed (survey), cancelled and upcoming.
 */
function giveCustomersTheirAppointments(planned: PlannedAppointment[], nowMs: number): void {
  const taken = new Set<PlannedAppointment>();
  const give = (contactIndex: number, status: AppointmentStatus, count: number, aroundMs: number) => {
    const candidates = planned
      .filter((appointment) => appointment.status === status && !taken.has(appointment))
      .sort((a, b) => Math.abs(a.startsAt.getTime() - aroundMs) - Math.abs(b.startsAt.getTime() - aroundMs));
    for (const appointment of candidates.slice(0, count)) {
      appointment.contactIndex = contactIndex;
      taken.add(appointment);
    }
  };
  const nextWeekMs = nowMs + 7 * DAY_MS;
  give(0, AppointmentStatus.TRAVELING, 1, nowMs);
  give(0, AppointmentStatus.COMPLETED, 1, nowMs - 20 * DAY_MS);
  give(0, AppointmentStatus.COMPLETED, 1, nowMs - 45 * DAY_MS);
  give(0, AppointmentStatus.CANCELLED, 1, nowMs);
  give(0, AppointmentStatus.SCHEDULED, 1, nextWeekMs);
  give(0, AppointmentStatus.SCHEDULED, 1, nowMs + 20 * DAY_MS);
  give(1, AppointmentStatus.IN_PROGRESS, 1, nowMs);
  give(1, AppointmentStatus.COMPLETED, 1, nowMs - 10 * DAY_MS);
  give(1, AppointmentStatus.COMPLETED, 1, nowMs - 30 * DAY_MS);
  give(1, AppointmentStatus.SCHEDULED, 1, nextWeekMs + 2 * DAY_MS);
  give(1, AppointmentStatus.SCHEDULED, 1, nowMs + 14 * DAY_MS);
  // Nobody else keeps a visit of theirs by chance: the demo shows exactly these.
  planned.forEach((appointment, index) => {
    if (!taken.has(appointment) && appointment.contactIndex < CUSTOMERS.length) appointment.contactIndex = CUSTOMERS.length + (index % 10);
  });
}

/**
 * Points the demo mailbox at the catcher's port when MAIL_CATCHER_PORT changed since the
 * demo was loaded (npm start calls it on every start). Leaves every other mailbox alone.
 * Returns whether it changed the port.
 */
export async function syncDemoMailboxPort(db: Db | Tx, mailCatcherPort: number): Promise<boolean> {
  const { count } = await db.mailbox.updateMany({
    where: { fromAddress: DEMO_MAILBOX.fromAddress, smtpHost: DEMO_MAILBOX.smtpHost, smtpPort: { not: mailCatcherPort } },
    data: { smtpPort: mailCatcherPort },
  });
  return count > 0;
}
