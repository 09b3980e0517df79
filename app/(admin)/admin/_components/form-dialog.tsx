"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent, type ReactNode } from "react";
import { Button, Dialog } from "@/components/ui";
import { FormAlert } from "./form-alert";

/**
 * The back office's add/edit dialog: its form, the form-level message above the fields
 * (announced when it appears), and Cancel / Save in the footer (Save submits the form; both
 * wait while it is saving). Enter in a field submits too.
 */
export function FormDialog({
  open,
  onClose,
  title,
  description,
  submitLabel,
  pending,
  formError,
  onSubmit,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** The Save button's label; "Save" when not given. */
  submitLabel?: string;
  pending: boolean;
  formError: string | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const tc = useTranslations("admin.shared");
  const formId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(event);
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      description={description}
      closeLabel={tc("close")}
      closeOnBackdropClick={false}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {tc("cancel")}
          </Button>
          <Button type="submit" form={formId} loading={pending}>
            {pending ? tc("saving") : (submitLabel ?? tc("save"))}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={handleSubmit} noValidate className="space-y-4">
        <FormAlert message={formError} />
        {children}
      </form>
    </Dialog>
  );
}
