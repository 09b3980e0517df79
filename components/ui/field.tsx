import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";
import { Label } from "./form-controls";

type ControlProps = {
  id?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
};

type FieldProps = {
  label: ReactNode;
  /** Shown under the label, read with the control. */
  hint?: ReactNode;
  /** Shown under the control; marks it aria-invalid. */
  error?: ReactNode;
  /** Shown after the label, e.g. "(optional)" — translated by the caller. */
  labelSuffix?: ReactNode;
  required?: boolean;
  /** One control: Input, Select or Textarea. It receives id, aria-describedby and aria-invalid. */
  children: ReactElement<ControlProps>;
  className?: string;
};

/** Label, hint and error wired to one control. Works in Server and Client Components. */
export function Field({ label, hint, error, labelSuffix, required, children, className }: FieldProps) {
  const baseId = useId();
  const controlId = children.props.id ?? `${baseId}-control`;
  const hintId = `${baseId}-hint`;
  const errorId = `${baseId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== "";
  const describedBy =
    [children.props["aria-describedby"], hint ? hintId : null, hasError ? errorId : null]
      .filter(Boolean)
      .join(" ") || undefined;

  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        required: required ?? children.props.required,
        "aria-describedby": describedBy,
        "aria-invalid": hasError ? true : undefined,
      })
    : children;

  return (
    <div className={cn("space-y-1.5", className)}>
      <Label htmlFor={controlId}>
        {label}
        {labelSuffix ? <span className="font-normal text-slate-600"> {labelSuffix}</span> : null}
      </Label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {control}
      {hasError ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-red-700">
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="mt-0.5 size-4 shrink-0">
            <path
              fillRule="evenodd"
              d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
              clipRule="evenodd"
            />
          </svg>
          {error}
        </p>
      ) : null}
    </div>
  );
}
