"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useToast } from "@/components/ui";
import { type ActionResult, type FieldErrors } from "@/lib/result";

/** One form's submit state: field messages, the form's alert, a toast on success. */
export function useActionForm(action: (input: unknown) => Promise<ActionResult<unknown>>) {
  const tc = useTranslations("admin.shared");
  const toast = useToast();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(input: unknown): Promise<boolean> {
    setPending(true);
    try {
      const result = await action(input);
      if (result.ok) {
        setErrors({});
        setFormError(null);
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
        return true;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.message);
      return false;
    } finally {
      setPending(false);
    }
  }

  function reset() {
    setErrors({});
    setFormError(null);
  }

  return { errors, formError, pending, submit, reset };
}
