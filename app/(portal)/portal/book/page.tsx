import { type Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireCustomer } from "@/lib/auth";
import { listBookableServices } from "@/lib/booking";
import { db } from "@/lib/db";
import { BookingForm } from "./_components/booking-form";
import { bookAction, loadSlotsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal.booking");
  return { title: t("title") };
}

/** Book a new appointment (product.md §2). */
export default async function BookPage() {
  await requireCustomer();
  const [t, productTypes] = await Promise.all([getTranslations("portal.booking"), listBookableServices(db)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <BookingForm
        productTypes={productTypes.map((type) => ({
          id: type.id,
          name: type.name,
          services: type.services.map(({ id, name, description, durationMinutes }) => ({ id, name, description, durationMinutes })),
        }))}
        loadSlots={loadSlotsAction}
        book={bookAction}
      />
    </div>
  );
}
