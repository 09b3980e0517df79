"use client";

import { useState, useTransition, type FormEvent } from "react";

/**
 * Like `useActionState` for a `<form onSubmit>`, minus React's reset of the fields after every
 * action: a refused form keeps what the person typed (a mistyped confirmation should not cost
 * the whole form). Call `form.reset()` yourself after a success when the fields should clear.
 * Give the form `method="post"`: submitted before JavaScript has loaded, it must not put what
 * was typed (passwords) in the address.
 */
export function useFormAction<Result>(action: (previous: Result | null, formData: FormData) => Promise<Result>) {
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await action(result, formData);
      startTransition(() => setResult(next));
    });
  }

  return [result, onSubmit, pending] as const;
}
