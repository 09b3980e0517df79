import { type Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui";
import { requirePermission } from "@/lib/auth";
import { listCatalogue } from "@/lib/catalogue";
import { db } from "@/lib/db";
import { PageHeader } from "../settings/_components/page-header";
import {
  createProductTypeAction,
  createServiceAction,
  createSkillAction,
  setProductTypeActiveAction,
  setServiceActiveAction,
  updateProductTypeAction,
  updateServiceAction,
} from "./actions";
import { ActiveToggle } from "./_components/active-toggle";
import { CatalogueTabs } from "./_components/catalogue-tabs";
import { ProductTypeDialog } from "./_components/product-type-dialog";
import { ServiceDialog } from "./_components/service-dialog";
import { SkillDialog } from "./_components/skill-dialog";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.catalogue");
  return { title: t("title") };
}

/** Admin → Catalogue: product types with their services, and the skills services require. */
export default async function CataloguePage() {
  await requirePermission("catalogue:manage");
  const [t, format, catalogue] = await Promise.all([getTranslations("admin.catalogue"), getFormatter(), listCatalogue(db)]);
  const price = (cents: number | null) =>
    cents === null ? t("services.priceOnSite") : format.number(cents / 100, { style: "currency", currency: catalogue.currencyCode });
  const skillOptions = catalogue.skills.map(({ id, name }) => ({ id, name }));

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        breadcrumbLabel={t("breadcrumb")}
        crumbs={[]}
        actions={<ProductTypeDialog onSubmit={createProductTypeAction} />}
      />
      <CatalogueTabs />

      <section aria-labelledby="catalogue-product-types" className="space-y-4">
        <h2 id="catalogue-product-types" className="text-lg font-semibold text-slate-950">
          {t("productTypes.title")}
        </h2>
        {catalogue.productTypes.length === 0 ? (
          <EmptyState titleAs="h3" title={t("productTypes.emptyTitle")} description={t("productTypes.emptyDescription")} />
        ) : (
          <ul className="space-y-6">
            {catalogue.productTypes.map((productType) => (
              <li key={productType.id}>
                <Card className="space-y-4">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 space-y-1">
                      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold text-slate-950">
                        {productType.name}
                        {productType.active ? null : <Badge tone="neutral">{t("inactive")}</Badge>}
                      </h3>
                      {productType.description ? <p className="text-sm text-slate-700">{productType.description}</p> : null}
                    </div>
                    <div className="flex flex-wrap gap-2">
                      <ServiceDialog productType={productType} skills={skillOptions} currencyCode={catalogue.currencyCode} onSubmit={createServiceAction} />
                      <ProductTypeDialog productType={productType} onSubmit={updateProductTypeAction} />
                      <ActiveToggle
                        active={productType.active}
                        name={productType.name}
                        input={{ productTypeId: productType.id }}
                        confirmTitle={t("productTypes.deactivateTitle", { name: productType.name })}
                        confirmDescription={t("productTypes.deactivateDescription")}
                        onSubmit={setProductTypeActiveAction}
                      />
                    </div>
                  </div>
                  {productType.services.length === 0 ? (
                    <p className="text-sm text-slate-600">{t("services.empty")}</p>
                  ) : (
                    <Table caption={t("services.caption", { productType: productType.name })} captionHidden className="relative">
                      <TableHead>
                        <TableRow>
                          <TableHeaderCell>{t("services.columns.name")}</TableHeaderCell>
                          <TableHeaderCell>{t("services.columns.duration")}</TableHeaderCell>
                          <TableHeaderCell>{t("services.columns.price")}</TableHeaderCell>
                          <TableHeaderCell>{t("services.columns.skills")}</TableHeaderCell>
                          <TableHeaderCell>
                            <span className="sr-only">{t("services.columns.actions")}</span>
                          </TableHeaderCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {productType.services.map((service) => (
                          <TableRow key={service.id}>
                            <TableHeaderCell scope="row" className="font-semibold text-slate-950">
                              <span className="flex flex-wrap items-center gap-2">
                                {service.name}
                                {service.active ? null : <Badge tone="neutral">{t("inactive")}</Badge>}
                              </span>
                            </TableHeaderCell>
                            <TableCell>
                              {t("services.durationValue", { duration: service.durationMinutes, buffer: service.bufferAfterMinutes })}
                            </TableCell>
                            <TableCell className="tabular-nums">{price(service.priceCents)}</TableCell>
                            <TableCell wrap>
                              {service.skills.length === 0 ? t("services.noSkills") : service.skills.map((skill) => skill.name).join(", ")}
                            </TableCell>
                            <TableCell>
                              <span className="flex justify-end gap-2">
                                <ServiceDialog productType={productType} service={service} skills={skillOptions} currencyCode={catalogue.currencyCode} onSubmit={updateServiceAction} />
                                <ActiveToggle
                                  active={service.active}
                                  name={service.name}
                                  input={{ serviceId: service.id }}
                                  confirmTitle={t("services.deactivateTitle", { name: service.name })}
                                  confirmDescription={t("services.deactivateDescription")}
                                  onSubmit={setServiceActiveAction}
                                />
                              </span>
                            </TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="catalogue-skills" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="catalogue-skills" className="text-lg font-semibold text-slate-950">
            {t("skills.title")}
          </h2>
          <SkillDialog onSubmit={createSkillAction} />
        </div>
        {catalogue.skills.length === 0 ? (
          <EmptyState titleAs="h3" title={t("skills.emptyTitle")} description={t("skills.emptyDescription")} />
        ) : (
          <Table caption={t("skills.caption")} captionHidden className="relative">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("skills.columns.name")}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t("skills.columns.services")}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t("skills.columns.technicians")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {catalogue.skills.map((skill) => (
                <TableRow key={skill.id}>
                  <TableHeaderCell scope="row" className="font-semibold text-slate-950">
                    {skill.name}
                  </TableHeaderCell>
                  <TableCell className="text-right tabular-nums">{skill.serviceCount}</TableCell>
                  <TableCell className="text-right tabular-nums">{skill.technicianCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </div>
  );
}
