"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button, Card, Input, Select } from "@/components/ui";
import { SetWorkingHoursInput, type WorkingHoursRange } from "@/lib/catalogue/schemas";
import { type ActionResult } from "@/lib/result";
import { FormAlert } from "../../../../_components/form-alert";
import { useActionForm } from "../../../../_components/use-action-form";

type Row = WorkingHoursRange & { key: number };
type Translate = { (key: string): string; has(key: string): boolean };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The weekly hours editor: work ranges and the breaks inside them, per ISO weekday, in the
 * technician's zone. Checked with the server's schema before sending, each message under its row.
 */
export function WorkingHoursEditor({
  technicianId,
  timeZone,
  initial,
  onSubmit,
}: {
  technicianId: string;
  timeZone: string;
  initial: WorkingHoursRange[];
  onSubmit: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.catalogue.hours");
  const root = useTranslations() as unknown as Translate;
  const format = useFormatter();
  const formId = useId();
  const form = useActionForm(onSubmit);
  const [nextKey, setNextKey] = useState(initial.length);
  const [rows, setRows] = useState<Row[]>(initial.map((range, index) => ({ ...range, key: index })));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});

  const weekdayName = (weekday: number) => format.dateTime(new Date(Date.UTC(2024, 0, weekday)), { weekday: "long", timeZone: "UTC" });

  function add(weekday: number, kind: "WORK" | "BREAK") {
    const [startTime, endTime] = kind === "WORK" ? ["08:00", "17:00"] : ["12:00", "13:00"];
    setRows((previous) => [...previous, { key: nextKey, weekday, kind, startTime, endTime }]);
    setNextKey((value) => value + 1);
  }
  function change(key: number, patch: Partial<WorkingHoursRange>) {
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }
  function copyMondayToWeekdays() {
    const monday = rows.filter((row) => row.weekday === 1);
    let key = nextKey;
    const copies = [2, 3, 4, 5].flatMap((weekday) => monday.map((row) => ({ ...row, weekday, key: key++ })));
    setRows((previous) => [...previous.filter((row) => row.weekday === 1 || row.weekday > 5), ...copies]);
    setNextKey(key);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { technicianId, ranges: rows.map(({ key: _key, ...range }) => range) };
    const parsed = SetWorkingHoursInput.safeParse(input);
    if (!parsed.success) {
      const errors: Record<number, string> = {};
      for (const issue of parsed.error.issues) {
        const index = issue.path[1];
        const row = typeof index === "number" ? rows[index] : undefined;
        if (row) errors[row.key] ??= root.has(issue.message) ? root(issue.message) : issue.message;
      }
      setRowErrors(errors);
      return;
    }
    setRowErrors({});
    await form.submit(input);
  }

  const hasRowErrors = Object.keys(rowErrors).length > 0;

  return (
    <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
      <FormAlert message={hasRowErrors ? t("fixRows") : (form.formError ?? form.errors.ranges ?? null)} />
      <p className="text-sm text-slate-700">{t("zoneNote", { timeZone })}</p>
      <ul className="grid gap-4 lg:grid-cols-2">
        {WEEKDAYS.map((weekday) => {
          const dayRows = rows.filter((row) => row.weekday === weekday).sort((a, b) => a.startTime.localeCompare(b.startTime));
          const dayName = weekdayName(weekday);
          return (
            <li key={weekday}>
              <Card className="space-y-3">
                <fieldset className="space-y-3">
                  <legend className="text-base font-semibold text-slate-950">{dayName}</legend>
                  {dayRows.length === 0 ? <p className="text-sm text-slate-600">{t("dayOff")}</p> : null}
                  {dayRows.map((row) => {
                    const errorId = `${formId}-row-${row.key}`;
                    const described = rowErrors[row.key] ? errorId : undefined;
                    return (
                      <div key={row.key} className="space-y-1">
                        <div className="flex flex-wrap items-end gap-2">
                          <label className="grid gap-1 text-xs font-medium text-slate-700">
                            {t("kind")}
                            <Select value={row.kind} onChange={(event) => change(row.key, { kind: event.target.value as "WORK" | "BREAK" })} aria-describedby={described} className="w-28">
                              <option value="WORK">{t("work")}</option>
                              <option value="BREAK">{t("break")}</option>
                            </Select>
                          </label>
                          <label className="grid gap-1 text-xs font-medium text-slate-700">
                            {t("from")}
                            <Input type="time" value={row.startTime} onChange={(event) => change(row.key, { startTime: event.target.value })} aria-describedby={described} aria-invalid={described ? true : undefined} className="w-32" />
                          </label>
                          <label className="grid gap-1 text-xs font-medium text-slate-700">
                            {t("to")}
                            <Input type="time" value={row.endTime} onChange={(event) => change(row.key, { endTime: event.target.value })} aria-describedby={described} aria-invalid={described ? true : undefined} className="w-32" />
                          </label>
                          <Button
                            variant="ghost"
                            size="sm"
                            onClick={() => setRows((previous) => previous.filter((other) => other.key !== row.key))}
                            aria-label={t("removeRange", { day: dayName, from: row.startTime, to: row.endTime })}
                          >
                            {t("remove")}
                          </Button>
                        </div>
                        {rowErrors[row.key] ? (
                          <p id={errorId} className="text-sm font-medium text-red-700">
                            {rowErrors[row.key]}
                          </p>
                        ) : null}
                      </div>
                    );
                  })}
                  <div className="flex flex-wrap gap-2">
                    <Button variant="secondary" size="sm" onClick={() => add(weekday, "WORK")} aria-label={t("addWorkOn", { day: dayName })}>
                      {t("addWork")}
                    </Button>
                    <Button variant="secondary" size="sm" onClick={() => add(weekday, "BREAK")} aria-label={t("addBreakOn", { day: dayName })}>
                      {t("addBreak")}
                    </Button>
                  </div>
                </fieldset>
              </Card>
            </li>
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={form.pending}>
          {t("save")}
        </Button>
        <Button variant="secondary" onClick={copyMondayToWeekdays}>
          {t("copyMonday")}
        </Button>
      </div>
    </form>
  );
}
