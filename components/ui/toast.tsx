"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";
import { type Tone } from "./tone";

export type ToastInput = {
  title: string;
  description?: string;
  tone?: Tone;
  /** Milliseconds before it goes; null keeps it until dismissed. Errors stay by default. */
  durationMs?: number | null;
};

type Toast = Required<Pick<ToastInput, "title" | "tone">> &
  Pick<ToastInput, "description"> & { id: number; durationMs: number | null };

type ToastApi = {
  show: (toast: ToastInput) => number;
  dismiss: (id: number) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

const defaultDurationMs = 6000;

type ToastProviderProps = {
  children: ReactNode;
  /** Names the live region ("Notifications"). */
  regionLabel: string;
  /** Accessible name of each toast's × button ("Dismiss"). */
  dismissLabel: string;
};

/**
 * Hosts the toasts: a polite live region present from the first render (a region added
 * later is not announced), bottom-centred, above a bottom navigation when the page has one
 * (`--toast-offset`, see globals.css).
 */
export function ToastProvider({ children, regionLabel, dismissLabel }: ToastProviderProps) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(({ title, description, tone = "neutral", durationMs }: ToastInput) => {
    const id = nextId.current++;
    const duration = durationMs === undefined ? (tone === "danger" ? null : defaultDurationMs) : durationMs;
    setToasts((current) => [...current.slice(-3), { id, title, description, tone, durationMs: duration }]);
    return id;
  }, []);

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section
        aria-label={regionLabel}
        className="pointer-events-none fixed inset-x-0 z-50 flex justify-center px-4"
        style={{ bottom: "calc(var(--toast-offset, 0px) + 1rem + env(safe-area-inset-bottom))" }}
      >
        <ol aria-live="polite" aria-relevant="additions text" className="flex w-full max-w-sm flex-col gap-2">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} dismissLabel={dismissLabel} onDismiss={dismiss} />
          ))}
        </ol>
      </section>
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast.show({ title: t("saved"), tone: "success" })`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error("useToast() needs a <ToastProvider> above it (app/layout.tsx).");
  return api;
}

const toneClasses: Record<Tone, string> = {
  neutral: "border-slate-300",
  info: "border-l-sky-700",
  success: "border-l-green-700",
  warning: "border-l-amber-600",
  danger: "border-l-red-700",
};

function ToastItem({
  toast,
  dismissLabel,
  onDismiss,
}: {
  toast: Toast;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}) {
  // Paused while the pointer or focus is on it, so nobody loses a message mid-read (WCAG 2.2.1).
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (toast.durationMs === null || paused) return;
    const timer = window.setTimeout(() => onDismiss(toast.id), toast.durationMs);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.durationMs, paused, onDismiss]);

  return (
    <li
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
      className={cn(
        "pointer-events-auto flex items-start gap-3 rounded-xl border border-l-4 border-slate-300 bg-white p-4 text-slate-900 shadow-lg",
        toneClasses[toast.tone],
      )}
    >
      <div className="min-w-0 flex-1">
        <p className="font-semibold">{toast.title}</p>
        {toast.description ? <p className="mt-1 text-sm text-slate-700">{toast.description}</p> : null}
      </div>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        aria-label={dismissLabel}
        className={cn(
          "-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          focusRing,
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
        </svg>
      </button>
    </li>
  );
}
