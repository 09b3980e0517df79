-- AlterTable
ALTER TABLE "invitations" ADD COLUMN     "code_sealed" TEXT;

