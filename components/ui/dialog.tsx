"use client";

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { focusRing } from "./focus-ring";

type DialogProps = {
  open: boolean;
  /** Called whenever the dialog closes: Escape, the close button, a backdrop click. */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Accessible name of the × button ("Close"). */
  closeLabel: string;
  children?: ReactNode;
  /** Actions, right-aligned on wide screens, stacked full-width on phones. */
  footer?: ReactNode;
  /** Clicking outside closes, like Escape. Off for forms that would lose input. */
  closeOnBackdropClick?: boolean;
  /** Element role: "alertdialog" for confirmations that interrupt. */
  role?: "dialog" | "alertdialog";
  className?: string;
};

/**
 * A modal built on the native `<dialog>`: `showModal()` makes the page behind inert, traps
 * focus and closes on Escape; the browser focuses the first focusable element (or one marked
 * `autoFocus`). Focus goes back to the element that opened it when it closes.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  closeLabel,
  children,
  footer,
  closeOnBackdropClick = true,
  role = "dialog",
  className,
}: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  function handleClose() {
    const opener = openerRef.current;
    openerRef.current = null;
    if (opener?.isConnected) opener.focus();
    onClose();
  }

  function handleBackdropClick(event: MouseEvent<HTMLDialogElement>) {
    // The dialog element has no padding: a click on it (not its content) is on the backdrop.
    if (closeOnBackdropClick && event.target === event.currentTarget) dialogRef.current?.close();
  }

  return (
    <dialog
      ref={dialogRef}
      role={role === "alertdialog" ? "alertdialog" : undefined}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={handleClose}
      onClick={handleBackdropClick}
      className={cn(
        "m-auto w-[min(100%-2rem,32rem)] max-h-[calc(100dvh-2rem)] rounded-2xl bg-white p-0 text-slate-900 shadow-xl",
        "backdrop:bg-slate-950/60",
        className,
      )}
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-950">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => dialogRef.current?.close()}
            aria-label={closeLabel}
            className={cn(
              "-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900",
              focusRing,
            )}
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        </div>
        {description ? (
          <p id={descriptionId} className="text-base text-slate-700">
            {description}
          </p>
        ) : null}
        {children}
        {footer ? (
          <div className="flex flex-col-reverse gap-3 pt-2 sm:flex-row sm:justify-end">{footer}</div>
        ) : null}
      </div>
    </dialog>
  );
}

type ConfirmDialogProps = {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  closeLabel: string;
  /** While the action runs: the confirm button spins and cannot be pressed twice. */
  pending?: boolean;
  /** "danger" for destructive actions (the default), "primary" otherwise. */
  tone?: "danger" | "primary";
  children?: ReactNode;
};

/**
 * Asks before an irreversible action. Focus starts on Cancel so Enter does not destroy
 * anything by accident.
 */
export function ConfirmDialog({
  open,
  onCancel,
  onConfirm,
  title,
  description,
  confirmLabel,
  cancelLabel,
  closeLabel,
  pending = false,
  tone = "danger",
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={description}
      closeLabel={closeLabel}
      role="alertdialog"
      closeOnBackdropClick={!pending}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending} autoFocus>
            {cancelLabel}
          </Button>
          <Button variant={tone} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
