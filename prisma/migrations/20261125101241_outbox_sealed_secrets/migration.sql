-- AlterTable
ALTER TABLE "outbox_emails" ADD COLUMN     "secrets_sealed" TEXT;

