"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button, cn, focusRing, Spinner } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { type PickerMonth } from "./slot-types";
import { differsInViewerZone, formatInZone } from "./format";
import { useViewerZone } from "./zoned-time";

export type LoadSlots = (range: { from: string; to: string; viewerZone?: string }) => Promise<ActionResult<PickerMonth>>;

type Props = {
  load: LoadSlots;
  /** The chosen slot's `startsAt`, or null. */
  value: string | null;
  onChange: (startsAt: string | null, month: PickerMonth | null) => void;
  /** Slots the server just sent back with "this time was just taken": shown instead. */
  fresh?: PickerMonth | null;
};

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** Monday = 0. */
const weekdayOf = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

function todayInBrowser(): { year: number; month: number } {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

/**
 * Month calendar (a keyboard grid: arrows, Home/End, PageUp/PageDown) with days that have no
 * slot marked and announced as unavailable; choosing a day shows its times at once as a radio
 * group, in the address's zone with the viewer's time beside them when it differs.
 */
export function SlotPicker({ load, value, onChange, fresh }: Props) {
  const t = useTranslations("portal.booking.picker");
  const tt = useTranslations("portal.time");
  const locale = useLocale();
  const viewerZone = useViewerZone();
  const [{ year, month }, setMonth] = useState(todayInBrowser);
  const [loaded, setLoaded] = useState<{ key: string; data: PickerMonth | null; error: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selectedDay, setSelectedDay] = useState<string | null>(null);
  const [focusDay, setFocusDay] = useState<string>(() => isoDay(year, month, 1));
  const [seenFresh, setSeenFresh] = useState(fresh);
  const gridRef = useRef<HTMLTableElement>(null);
  const wantFocus = useRef(false);

  const from = isoDay(year, month, 1);
  const to = isoDay(year, month, daysInMonth(year, month));
  const key = `${from}|${to}|${attempt}`;

  useEffect(() => {
    let current = true;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    void load({ from, to, ...(zone ? { viewerZone: zone } : {}) }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, data: result.value, error: null } : { key, data: null, error: result.message });
    });
    return () => {
      current = false;
    };
  }, [from, to, key, load]);

  const loading = loaded?.key !== key;
  const error = loading ? null : (loaded?.error ?? null);

  // "This time was just taken": show that day again with the slots the server just sent.
  if (fresh !== seenFresh) {
    setSeenFresh(fresh);
    const freshDay = fresh?.days[0]?.date;
    if (freshDay) setSelectedDay(freshDay);
  }

  const data = useMemo(() => {
    const month = loading ? null : (loaded?.data ?? null);
    if (!fresh) return month;
    if (!month) return fresh;
    const freshDates = new Set(fresh.days.map((day) => day.date));
    return { ...month, days: [...month.days.filter((day) => !freshDates.has(day.date)), ...fresh.days] };
  }, [loaded, loading, fresh]);

  const slotsByDay = useMemo(() => new Map((data?.days ?? []).map((day) => [day.date, day.slots])), [data]);
  const hasSlots = (day: string) => (slotsByDay.get(day)?.length ?? 0) > 0;

  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, year, month]);

  const browserToday = todayInBrowser();
  const isCurrentMonth = year === browserToday.year && month === browserToday.month;

  function showMonth(delta: number) {
    const index = year * 12 + (month - 1) + delta;
    const next = { year: Math.floor(index / 12), month: (index % 12) + 1 };
    setMonth(next);
    setFocusDay(isoDay(next.year, next.month, 1));
  }

  function moveFocus(day: string) {
    wantFocus.current = true;
    if (day < from) showMonth(-1);
    else if (day > to) showMonth(1);
    setFocusDay(day);
  }

  function onGridKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focusDay, -1),
      ArrowRight: () => addDays(focusDay, 1),
      ArrowUp: () => addDays(focusDay, -7),
      ArrowDown: () => addDays(focusDay, 7),
      Home: () => addDays(focusDay, -weekdayOf(focusDay)),
      End: () => addDays(focusDay, 6 - weekdayOf(focusDay)),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const target = move();
    if (target < from && isCurrentMonth) return;
    moveFocus(target);
  }

  function chooseDay(day: string) {
    setFocusDay(day);
    if (!hasSlots(day)) return;
    setSelectedDay(day);
    onChange(null, data);
  }

  const dayLabel = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options }).format(new Date(`${day}T00:00:00Z`));

  const weeks: (string | null)[][] = [];
  const cells: (string | null)[] = Array.from({ length: weekdayOf(from) }, () => null);
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(isoDay(year, month, d));
  while (cells.length % 7 !== 0) cells.push(null);
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const weekdayNames = Array.from({ length: 7 }, (_, i) => dayLabel(addDays("2026-01-05", i), { weekday: "short" }));
  const monthTitle = dayLabel(from, { month: "long", year: "numeric" });
  const daySlots = selectedDay ? (slotsByDay.get(selectedDay) ?? []) : [];
  const zone = data?.timeZone;

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <Button variant="secondary" size="md" onClick={() => showMonth(-1)} disabled={isCurrentMonth} aria-label={t("previousMonth")}>
          ‹
        </Button>
        <h3 className="text-base font-semibold text-slate-950" aria-live="polite" id="picker-month">
          {monthTitle}
        </h3>
        <Button variant="secondary" size="md" onClick={() => showMonth(1)} aria-label={t("nextMonth")}>
          ›
        </Button>
      </div>

      <div className="relative">
        <table ref={gridRef} role="grid" aria-labelledby="picker-month" aria-busy={loading} className="w-full table-fixed border-collapse text-center" onKeyDown={onGridKeyDown}>
          <thead>
            <tr>
              {weekdayNames.map((name) => (
                <th key={name} scope="col" className="pb-1 text-xs font-medium text-slate-600">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, i) => {
                  if (!day) return <td key={i} />;
                  const available = !loading && hasSlots(day);
                  const selected = day === selectedDay;
                  const label = `${dayLabel(day, { weekday: "long", day: "numeric", month: "long" })}${available ? "" : `, ${t("noSlotsDay")}`}`;
                  return (
                    <td key={day} className="p-0.5" role="gridcell" aria-selected={selected}>
                      <button
                        type="button"
                        data-day={day}
                        tabIndex={day === focusDay ? 0 : -1}
                        aria-disabled={!available}
                        aria-label={label}
                        aria-pressed={selected}
                        onClick={() => chooseDay(day)}
                        className={cn(
                          "flex min-h-11 w-full items-center justify-center rounded-lg text-sm",
                          focusRing,
                          available ? "font-semibold text-brand-800 hover:bg-brand-50" : "cursor-not-allowed text-slate-600 line-through",
                          selected && "bg-brand-700 text-white hover:bg-brand-800",
                        )}
                      >
                        {Number(day.slice(8))}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {loading ? (
          <p className="mt-2 flex items-center gap-2 text-sm text-slate-700" role="status">
            <Spinner className="size-4" /> {t("loading")}
          </p>
        ) : null}
      </div>

      {error ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {error}{" "}
          <Button variant="ghost" size="sm" onClick={() => setAttempt((n) => n + 1)}>
            {t("retry")}
          </Button>
        </div>
      ) : null}

      {!loading && data && data.days.every((day) => day.slots.length === 0) ? <p className="text-sm text-slate-700">{t("noSlotsMonth")}</p> : null}

      {selectedDay && zone ? (
        <fieldset>
          <legend className="text-base font-semibold text-slate-950">{t("slotsLegend", { date: dayLabel(selectedDay, { weekday: "long", day: "numeric", month: "long" }) })}</legend>
          <p className="mt-1 text-sm text-slate-600">{t("timesIn", { zone })}</p>
          {daySlots.length === 0 ? (
            <p className="mt-2 text-sm text-slate-700">{t("noSlotsLeft")}</p>
          ) : (
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {daySlots.map((slot) => {
                const instant = new Date(slot.startsAt);
                const differs = differsInViewerZone(instant, zone, viewerZone);
                return (
                  <label
                    key={slot.startsAt}
                    className={cn(
                      "relative flex min-h-11 cursor-pointer flex-col items-center justify-center rounded-lg border px-2 py-1.5 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600",
                      "border-slate-300",
                    )}
                  >
                    <input type="radio" name="slot" value={slot.startsAt} checked={value === slot.startsAt} onChange={() => onChange(slot.startsAt, data)} className="absolute inset-0 size-full cursor-pointer appearance-none opacity-0" />
                    <span className="font-semibold text-slate-950">{slot.startsAt.slice(11, 16)}</span>
                    {differs && viewerZone ? <span className="text-xs text-slate-600">{tt("yourTimeShort", { time: formatInZone(instant, viewerZone, locale, false) })}</span> : null}
                  </label>
                );
              })}
            </div>
          )}
        </fieldset>
      ) : !loading ? (
        <p className="text-sm text-slate-700">{t("chooseDay")}</p>
      ) : null}
    </div>
  );
}
