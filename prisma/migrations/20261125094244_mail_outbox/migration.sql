-- CreateEnum
CREATE TYPE "calendar_method" AS ENUM ('REQUEST', 'CANCEL');

-- AlterTable
ALTER TABLE "outbox_emails" ADD COLUMN     "claimed_at" TIMESTAMPTZ(3),
ADD COLUMN     "ics_method" "calendar_method",
ADD COLUMN     "notification" "notification_kind",
ADD COLUMN     "waiting_for_mailbox" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "caught_emails" (
    "id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "from" TEXT NOT NULL,
    "to" TEXT[],
    "subject" TEXT NOT NULL,
    "html" TEXT,
    "text" TEXT,
    "message_id" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "caught_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "caught_emails_received_at_idx" ON "caught_emails"("received_at");

-- CreateIndex
CREATE INDEX "outbox_emails_created_at_id_idx" ON "outbox_emails"("created_at", "id");

-- CreateIndex
CREATE INDEX "outbox_emails_status_created_at_id_idx" ON "outbox_emails"("status", "created_at", "id");


-- Hand-written (Prisma cannot express CHECK constraints)
-- A calendar attachment always says what it asks (REQUEST or CANCEL), and only then.
ALTER TABLE "outbox_emails"
  ADD CONSTRAINT "outbox_emails_ics_method_with_attachment" CHECK (("ics_attachment" IS NULL) = ("ics_method" IS NULL)),
  ADD CONSTRAINT "outbox_emails_attempts_non_negative" CHECK ("attempts" >= 0),
  ADD CONSTRAINT "outbox_emails_has_recipient" CHECK (cardinality("to") >= 1);
