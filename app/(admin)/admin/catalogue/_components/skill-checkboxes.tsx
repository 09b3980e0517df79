"use client";

import { useId } from "react";

/** A fieldset of skill checkboxes, with its message under the legend. */
export function SkillCheckboxes({
  legend,
  emptyText,
  skills,
  selected,
  onChange,
  error,
}: {
  legend: string;
  emptyText: string;
  skills: { id: string; name: string }[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const errorId = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {skills.length === 0 ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2">
          {skills.map((skill) => (
            <li key={skill.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 text-sm text-slate-800 hover:bg-slate-50">
                <input
                  type="checkbox"
                  className="size-5 accent-brand-700"
                  checked={selected.includes(skill.id)}
                  onChange={(event) =>
                    onChange(event.target.checked ? [...selected, skill.id] : selected.filter((id) => id !== skill.id))
                  }
                />
                {skill.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
