"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button, ConfirmDialog, useToast } from "@/components/ui";
import { type ActionResult } from "@/lib/result";
import { CreateInvitationDialog, type CreatedInvitationView } from "./create-invitation-dialog";

type ContactSummary = { id: string; name: string; email: string | null; appointmentCount: number };

/** Create invitation, Edit contact and Delete contact, above the contact's details. */
export function ContactHeaderActions({
  contact,
  mayInvite,
  onCreateInvitation,
  onDelete,
}: {
  contact: ContactSummary;
  mayInvite: boolean;
  onCreateInvitation: (input: unknown) => Promise<ActionResult<CreatedInvitationView>>;
  onDelete: (input: unknown) => Promise<ActionResult>;
}) {
  const t = useTranslations("admin.contacts.detail");
  const tc = useTranslations("admin.shared");
  const ti = useTranslations("admin.invitations");
  const toast = useToast();
  const router = useRouter();
  const [inviting, setInviting] = useState(false);
  // A new dialog (fresh form) each time it opens.
  const [invitationDialogKey, setInvitationDialogKey] = useState(0);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleting, startDelete] = useTransition();

  function deleteContact() {
    startDelete(async () => {
      const result = await onDelete({ contactId: contact.id });
      if (result.ok) {
        toast.show({ title: result.message ?? tc("saved"), tone: "success" });
        router.push("/admin/contacts");
      } else {
        setConfirmingDelete(false);
        toast.show({ title: t("deleteFailed", { name: contact.name }), description: result.message, tone: "danger" });
      }
    });
  }

  return (
    <div className="flex w-full flex-col gap-3 sm:w-auto sm:flex-row">
      {mayInvite && contact.email ? (
        <Button
          onClick={() => {
            setInvitationDialogKey((key) => key + 1);
            setInviting(true);
          }}
        >
          {ti("create")}
        </Button>
      ) : null}
      <Button href={`/admin/contacts/${contact.id}/edit`} variant="secondary">
        {t("edit")}
      </Button>
      <Button variant="secondary" onClick={() => setConfirmingDelete(true)}>
        {t("delete")}
      </Button>

      {contact.email && invitationDialogKey > 0 ? (
        <CreateInvitationDialog
          key={invitationDialogKey}
          open={inviting}
          contactId={contact.id}
          contactName={contact.name}
          contactEmail={contact.email}
          onClose={() => setInviting(false)}
          onSubmit={onCreateInvitation}
        />
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        onCancel={() => setConfirmingDelete(false)}
        onConfirm={deleteContact}
        pending={deleting}
        title={t("deleteTitle", { name: contact.name })}
        description={contact.appointmentCount > 0 ? t("deleteHasAppointments", { count: contact.appointmentCount }) : t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        cancelLabel={tc("cancel")}
        closeLabel={tc("close")}
      />
    </div>
  );
}
