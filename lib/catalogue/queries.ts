import "server-only";
import { SETTINGS_ID, type Db } from "@/lib/db";

/** Admin → Catalogue: product types with their services, and every skill. */
export async function listCatalogue(db: Db) {
  const [productTypes, skills] = await Promise.all([
    db.productType.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        description: true,
        active: true,
        services: {
          orderBy: { name: "asc" },
          select: {
            id: true,
            productTypeId: true,
            name: true,
            description: true,
            durationMinutes: true,
            bufferAfterMinutes: true,
            priceCents: true,
            active: true,
            skills: { select: { skill: { select: { id: true, name: true } } } },
          },
        },
      },
    }),
    listSkills(db),
  ]);
  const settings = await db.settings.findUnique({ where: { id: SETTINGS_ID }, select: { currencyCode: true } });
  return {
    currencyCode: settings?.currencyCode ?? "EUR",
    productTypes: productTypes.map((productType) => ({
      ...productType,
      services: productType.services.map(({ skills: serviceSkills, ...service }) => ({
        ...service,
        skills: serviceSkills.map((entry) => entry.skill).sort((a, b) => a.name.localeCompare(b.name)),
      })),
    })),
    skills,
  };
}
export type Catalogue = Awaited<ReturnType<typeof listCatalogue>>;
export type CatalogueService = Catalogue["productTypes"][number]["services"][number];

/** Every skill with how many services require it and how many technicians hold it. */
export async function listSkills(db: Db) {
  const skills = await db.skill.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { services: true, technicians: true } } },
  });
  return skills.map(({ _count, ...skill }) => ({ ...skill, serviceCount: _count.services, technicianCount: _count.technicians }));
}

/** Admin → Catalogue → Technicians. */
export async function listTechnicians(db: Db) {
  const technicians = await db.technician.findMany({
    orderBy: { displayName: "asc" },
    select: {
      id: true,
      displayName: true,
      homeCity: true,
      timeZone: true,
      color: true,
      active: true,
      user: { select: { email: true } },
      skills: { select: { skill: { select: { id: true, name: true } } } },
      _count: { select: { workingHours: true } },
    },
  });
  return technicians.map(({ skills, _count, user, ...technician }) => ({
    ...technician,
    email: user.email,
    skills: skills.map((entry) => entry.skill).sort((a, b) => a.name.localeCompare(b.name)),
    hasWorkingHours: _count.workingHours > 0,
  }));
}

/** Staff members with the technician role who are not bookable technicians yet. */
export async function listTechnicianCandidates(db: Db) {
  return db.user.findMany({
    where: { staffRole: "TECHNICIAN", disabledAt: null, technician: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true },
  });
}

/** One technician with skills, weekly hours and time off still to come (or running) at `now`. */
export async function findTechnicianForAdmin(db: Db, technicianId: string, now: Date) {
  const technician = await db.technician.findUnique({
    where: { id: technicianId },
    select: {
      id: true,
      displayName: true,
      homeStreet: true,
      homePostalCode: true,
      homeCity: true,
      homeCountry: true,
      homeLatitude: true,
      homeLongitude: true,
      timeZone: true,
      color: true,
      active: true,
      user: { select: { email: true } },
      skills: { select: { skillId: true } },
      workingHours: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }], select: { weekday: true, kind: true, startTime: true, endTime: true } },
      timeOff: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, reason: true } },
    },
  });
  if (!technician) return null;
  const { skills, user, ...rest } = technician;
  return { ...rest, email: user.email, skillIds: skills.map((skill) => skill.skillId) };
}
export type TechnicianForAdmin = NonNullable<Awaited<ReturnType<typeof findTechnicianForAdmin>>>;
