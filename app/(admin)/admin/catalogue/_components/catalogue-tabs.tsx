import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/ui";

/** Catalogue ↔ Technicians, as links so each view has its own address. */
export async function CatalogueTabs() {
  const t = await getTranslations("admin.catalogue");
  const classes =
    "inline-flex min-h-11 items-center border-b-2 border-transparent px-3 text-sm font-semibold text-slate-700 hover:text-slate-950 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800";
  return (
    <nav aria-label={t("tabsLabel")} className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-2">
        <li>
          <NavLink href="/admin/catalogue" className={classes}>
            {t("tabs.services")}
          </NavLink>
        </li>
        <li>
          <NavLink href="/admin/catalogue/technicians" matchDescendants className={classes}>
            {t("tabs.technicians")}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
