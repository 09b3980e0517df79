"use client";

import { useTranslations } from "next-intl";
import { useId, type FormEvent, type ReactNode } from "react";
import { Button, Dialog } from "@/components/ui";
import { FormAlert } from "./form-alert";

/**
 * The catalogue's add/edit dialog: its form, the form-level message above the fields, and
 * Cancel / Save in the footer (Save submits the form; both wait while it is saving).
 */
export function CatalogueFormDialog({
  open,
  onClose,
  title,
  description,
  pending,
  formError,
  onSubmit,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  pending: boolean;
  formError: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const tc = useTranslations("admin.shared");
  const formId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
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
            {pending ? tc("saving") : tc("save")}
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
