/**
 * The fixed part of the demo company, Brightwater Services (Paris): catalogue, technicians,
 * customers' towns. seed-demo-data.ts adds the random part (contacts, appointments…).
 * Coordinates are real (town centres and Paris districts).
 */
export const DEMO_TIME_ZONE = "Europe/Paris";

export const DEMO_COMPANY = {
  companyName: "Brightwater Services",
  brandColor: "#0e7490",
  timeZone: DEMO_TIME_ZONE,
} as const;

export const DEMO_SKILLS = ["Heat pumps", "Gas boilers", "Air conditioning", "Refrigerant handling", "Electrical"] as const;
export type DemoSkill = (typeof DEMO_SKILLS)[number];

export interface DemoService {
  productType: string;
  name: string;
  description: string;
  durationMinutes: number;
  bufferAfterMinutes: number;
  priceCents: number | null;
  skills: DemoSkill[];
}

export const DEMO_PRODUCT_TYPES = [
  { name: "Heat pump", description: "Air-to-water and air-to-air heat pumps." },
  { name: "Boiler", description: "Gas condensing boilers." },
  { name: "Air conditioning", description: "Split and multi-split air conditioners." },
] as const;

export const DEMO_SERVICES: DemoService[] = [
  {
    productType: "Heat pump",
    name: "Annual maintenance",
    description: "Yearly check of the outdoor and indoor units, refrigerant circuit and settings.",
    durationMinutes: 90,
    bufferAfterMinutes: 15,
    priceCents: 14900,
    skills: ["Heat pumps", "Refrigerant handling"],
  },
  {
    productType: "Heat pump",
    name: "Breakdown repair",
    description: "Diagnosis and repair of a heat pump that stopped heating.",
    durationMinutes: 120,
    bufferAfterMinutes: 30,
    priceCents: null,
    skills: ["Heat pumps", "Electrical"],
  },
  {
    productType: "Boiler",
    name: "Annual service",
    description: "The yearly boiler service with its certificate.",
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    priceCents: 12900,
    skills: ["Gas boilers"],
  },
  {
    productType: "Boiler",
    name: "Breakdown repair",
    description: "No heating or no hot water: diagnosis and repair.",
    durationMinutes: 90,
    bufferAfterMinutes: 30,
    priceCents: null,
    skills: ["Gas boilers"],
  },
  {
    productType: "Air conditioning",
    name: "Seasonal check",
    description: "Cleaning, filters and refrigerant check before the summer.",
    durationMinutes: 60,
    bufferAfterMinutes: 15,
    priceCents: 9900,
    skills: ["Air conditioning", "Refrigerant handling"],
  },
  {
    productType: "Air conditioning",
    name: "Installation survey",
    description: "On-site survey and quote for a new installation.",
    durationMinutes: 45,
    bufferAfterMinutes: 15,
    priceCents: 0,
    skills: ["Air conditioning"],
  },
];

/** One weekly range: ISO weekdays (1 = Monday), local "HH:mm" from–to. */
export interface DemoWeeklyRange {
  weekdays: number[];
  from: string;
  to: string;
}

export interface DemoTechnician {
  displayName: string;
  color: string;
  home: { street: string; postalCode: string; city: string; latitude: number; longitude: number };
  skills: DemoSkill[];
  work: DemoWeeklyRange[];
  breaks: DemoWeeklyRange[];
}

const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];

export const DEMO_TECHNICIANS: DemoTechnician[] = [
  {
    displayName: "Camille Laurent",
    color: "#2563eb",
    home: { street: "18 Rue de Paris", postalCode: "93100", city: "Montreuil", latitude: 48.8638, longitude: 2.4485 },
    skills: ["Heat pumps", "Refrigerant handling", "Electrical"],
    work: [{ weekdays: MONDAY_TO_FRIDAY, from: "08:00", to: "17:00" }],
    breaks: [{ weekdays: MONDAY_TO_FRIDAY, from: "12:00", to: "13:00" }],
  },
  {
    displayName: "Julien Moreau",
    color: "#16a34a",
    home: { street: "42 Avenue Jean-Baptiste Clément", postalCode: "92100", city: "Boulogne-Billancourt", latitude: 48.8397, longitude: 2.2399 },
    skills: ["Gas boilers", "Electrical"],
    work: [{ weekdays: MONDAY_TO_FRIDAY, from: "08:30", to: "17:30" }],
    breaks: [{ weekdays: MONDAY_TO_FRIDAY, from: "12:30", to: "13:30" }],
  },
  {
    displayName: "Sophie Bernard",
    color: "#db2777",
    home: { street: "7 Rue Gabriel Péri", postalCode: "93200", city: "Saint-Denis", latitude: 48.9362, longitude: 2.3574 },
    skills: ["Air conditioning", "Refrigerant handling"],
    // Tuesday to Saturday.
    work: [{ weekdays: [2, 3, 4, 5, 6], from: "09:00", to: "18:00" }],
    breaks: [{ weekdays: [2, 3, 4, 5, 6], from: "13:00", to: "14:00" }],
  },
  {
    displayName: "Thomas Petit",
    color: "#ea580c",
    home: { street: "25 Rue de la Paroisse", postalCode: "78000", city: "Versailles", latitude: 48.8049, longitude: 2.1204 },
    skills: ["Heat pumps", "Gas boilers"],
    // A four-day week.
    work: [{ weekdays: [1, 2, 3, 4], from: "07:30", to: "16:30" }],
    breaks: [{ weekdays: [1, 2, 3, 4], from: "12:00", to: "12:45" }],
  },
  {
    displayName: "Léa Dubois",
    color: "#7c3aed",
    home: { street: "3 Avenue du Général de Gaulle", postalCode: "94000", city: "Créteil", latitude: 48.7904, longitude: 2.4556 },
    skills: ["Gas boilers"],
    // Part time: Monday, Wednesday and Friday mornings.
    work: [{ weekdays: [1, 3, 5], from: "08:00", to: "12:30" }],
    breaks: [],
  },
  {
    displayName: "Hugo Leroy",
    color: "#0891b2",
    home: { street: "11 Boulevard de Pesaro", postalCode: "92000", city: "Nanterre", latitude: 48.8924, longitude: 2.2069 },
    skills: ["Air conditioning", "Heat pumps", "Refrigerant handling"],
    work: [{ weekdays: MONDAY_TO_FRIDAY, from: "08:00", to: "16:00" }],
    breaks: [{ weekdays: MONDAY_TO_FRIDAY, from: "12:00", to: "12:30" }],
  },
  {
    displayName: "Chloé Garnier",
    color: "#ca8a04",
    home: { street: "9 Rue du Midi", postalCode: "94300", city: "Vincennes", latitude: 48.8474, longitude: 2.4393 },
    skills: ["Gas boilers", "Air conditioning", "Refrigerant handling"],
    // Part time: Tuesday to Friday afternoons.
    work: [{ weekdays: [2, 3, 4, 5], from: "13:00", to: "18:00" }],
    breaks: [],
  },
  {
    displayName: "Nicolas Fontaine",
    color: "#4b5563",
    home: { street: "60 Boulevard Jean Allemane", postalCode: "95100", city: "Argenteuil", latitude: 48.9472, longitude: 2.2467 },
    skills: ["Heat pumps", "Electrical", "Gas boilers"],
    work: [
      { weekdays: MONDAY_TO_FRIDAY, from: "09:00", to: "18:00" },
      { weekdays: [6], from: "09:00", to: "12:00" },
    ],
    breaks: [{ weekdays: MONDAY_TO_FRIDAY, from: "12:30", to: "13:30" }],
  },
];

/** Where customers live: town (or Paris district) centres; addresses are spread around them. */
export const DEMO_TOWNS = [
  { city: "Paris", postalCode: "75011", latitude: 48.859, longitude: 2.38 },
  { city: "Paris", postalCode: "75015", latitude: 48.8412, longitude: 2.293 },
  { city: "Paris", postalCode: "75018", latitude: 48.8925, longitude: 2.3444 },
  { city: "Paris", postalCode: "75013", latitude: 48.8322, longitude: 2.3561 },
  { city: "Paris", postalCode: "75017", latitude: 48.8873, longitude: 2.3067 },
  { city: "Paris", postalCode: "75020", latitude: 48.8646, longitude: 2.3984 },
  { city: "Neuilly-sur-Seine", postalCode: "92200", latitude: 48.8846, longitude: 2.2697 },
  { city: "Issy-les-Moulineaux", postalCode: "92130", latitude: 48.8245, longitude: 2.27 },
  { city: "Levallois-Perret", postalCode: "92300", latitude: 48.895, longitude: 2.2874 },
  { city: "Vincennes", postalCode: "94300", latitude: 48.8474, longitude: 2.4393 },
  { city: "Saint-Maur-des-Fossés", postalCode: "94100", latitude: 48.7994, longitude: 2.4997 },
  { city: "Montreuil", postalCode: "93100", latitude: 48.8638, longitude: 2.4485 },
  { city: "Rueil-Malmaison", postalCode: "92500", latitude: 48.8778, longitude: 2.1802 },
  { city: "Saint-Germain-en-Laye", postalCode: "78100", latitude: 48.8989, longitude: 2.0938 },
  { city: "Versailles", postalCode: "78000", latitude: 48.8049, longitude: 2.1204 },
  { city: "Sceaux", postalCode: "92330", latitude: 48.7784, longitude: 2.2906 },
  { city: "Antony", postalCode: "92160", latitude: 48.7543, longitude: 2.2977 },
  { city: "Nogent-sur-Marne", postalCode: "94130", latitude: 48.837, longitude: 2.4827 },
  { city: "Clichy", postalCode: "92110", latitude: 48.9045, longitude: 2.3059 },
  { city: "Courbevoie", postalCode: "92400", latitude: 48.8973, longitude: 2.2522 },
] as const;

export const DEMO_STREETS = [
  "Rue de la République",
  "Avenue Victor Hugo",
  "Rue Jean Jaurès",
  "Boulevard Gambetta",
  "Rue Pasteur",
  "Avenue du Général Leclerc",
  "Rue des Écoles",
  "Rue Voltaire",
  "Rue de la Gare",
  "Avenue Foch",
  "Rue Victor Basch",
  "Rue du Château",
] as const;

/** Customer accounts: households and small businesses. */
export const DEMO_ACCOUNTS = [
  "Martin household",
  "Durand household",
  "Lefèvre household",
  "Roux household",
  "Fournier household",
  "Girard household",
  "Bonnet household",
  "Mercier household",
  "Boulangerie du Marché",
  "Résidence Les Tilleuls",
  "Cabinet médical Voltaire",
  "Hôtel des Arts",
  "Crèche Les Petits Pas",
  "Atelier Lambert",
  "Pharmacie de la Gare",
] as const;

export const DEMO_FIRST_NAMES = [
  "Claire", "Antoine", "Manon", "Louis", "Emma", "Paul", "Inès", "Lucas", "Sarah", "Gabriel",
  "Juliette", "Arthur", "Alice", "Raphaël", "Zoé", "Maxime", "Louise", "Théo", "Anna", "Mathis",
] as const;

export const DEMO_LAST_NAMES = [
  "Martin", "Durand", "Lefèvre", "Roux", "Fournier", "Girard", "Bonnet", "Mercier", "Lambert", "Faure",
  "Rousseau", "Blanc", "Guerin", "Muller", "Henry", "Perrin", "Morel", "Chevalier", "Robin", "Masson",
] as const;

export const DEMO_CANCELLATION_REASONS = [
  "I will not be at home that day.",
  "The boiler started working again.",
  "Booked another date by phone.",
  "Work rescheduled by the landlord.",
  "Technician unavailable (sick leave).",
] as const;

export const DEMO_WORK_NOTES = [
  "Filters cleaned, pressure checked, all fine.",
  "Replaced the condensate pump. Customer informed of the cost.",
  "Refrigerant level topped up, no leak found.",
  "Certificate left with the customer.",
  "Noisy fan: bearings worn, part ordered.",
  "Thermostat batteries replaced and schedule set up with the customer.",
] as const;

export const DEMO_SURVEY_COMMENTS = [
  "On time and very clear explanations.",
  "Friendly technician, quick work.",
  "Good job, but arrived a bit late.",
  "Everything works again, thank you!",
  null,
] as const;
