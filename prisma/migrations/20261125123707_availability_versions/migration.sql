-- CreateTable
CREATE TABLE "availability_versions" (
    "scope" TEXT NOT NULL,
    "version" BIGSERIAL NOT NULL,

    CONSTRAINT "availability_versions_pkey" PRIMARY KEY ("scope")
);


-- Hand-written: the triggers that keep availability_versions current (Prisma cannot express them).
-- The functions' bodies are E'' strings with \073 for each statement's semicolon: the pg
-- adapter of prisma migrate deploy splits scripts on that character, even inside strings.
--
-- availability_bump_technician(column): the technician named by that column of the old and the
-- new row gets a new number (both, when a visit moves from one technician to another).
CREATE FUNCTION "availability_bump_technician"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO availability_versions AS v (scope)
  SELECT DISTINCT changed.scope
    FROM (VALUES (to_jsonb(NEW) ->> TG_ARGV[0]), (to_jsonb(OLD) ->> TG_ARGV[0])) AS changed (scope)
   WHERE changed.scope IS NOT NULL
  ON CONFLICT (scope) DO UPDATE SET version = EXCLUDED.version\073
  RETURN NULL\073
END';

-- availability_bump_company(): settings, the catalogue or an address changed, or a table was
-- truncated: readers reload everything.
CREATE FUNCTION "availability_bump_company"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO availability_versions AS v (scope) VALUES (''company'')
  ON CONFLICT (scope) DO UPDATE SET version = EXCLUDED.version\073
  RETURN NULL\073
END';

CREATE TRIGGER "appointments_availability_insert_delete" AFTER INSERT OR DELETE ON "appointments"
  FOR EACH ROW EXECUTE FUNCTION availability_bump_technician('technician_id');
-- Status changes on the way (travelling, in progress, completed) do not free or take time:
-- only cancelling, un-cancelling and moving a visit do.
CREATE TRIGGER "appointments_availability_update" AFTER UPDATE ON "appointments"
  FOR EACH ROW WHEN (
    (OLD.status = 'CANCELLED') IS DISTINCT FROM (NEW.status = 'CANCELLED')
    OR (OLD.technician_id, OLD.starts_at, OLD.ends_at, OLD.contact_id, OLD.service_id)
       IS DISTINCT FROM (NEW.technician_id, NEW.starts_at, NEW.ends_at, NEW.contact_id, NEW.service_id))
  EXECUTE FUNCTION availability_bump_technician('technician_id');
CREATE TRIGGER "time_off_availability" AFTER INSERT OR UPDATE OR DELETE ON "time_off"
  FOR EACH ROW EXECUTE FUNCTION availability_bump_technician('technician_id');
CREATE TRIGGER "working_hours_availability" AFTER INSERT OR UPDATE OR DELETE ON "working_hours"
  FOR EACH ROW EXECUTE FUNCTION availability_bump_technician('technician_id');
CREATE TRIGGER "technician_skills_availability" AFTER INSERT OR UPDATE OR DELETE ON "technician_skills"
  FOR EACH ROW EXECUTE FUNCTION availability_bump_technician('technician_id');
CREATE TRIGGER "technicians_availability" AFTER INSERT OR UPDATE OR DELETE ON "technicians"
  FOR EACH ROW EXECUTE FUNCTION availability_bump_technician('id');

CREATE TRIGGER "settings_availability" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "settings"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "services_availability" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "services"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "service_skills_availability" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_skills"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
-- A visit is at its contact's address: moving the address moves the visit.
CREATE TRIGGER "contacts_availability" AFTER UPDATE OF "latitude", "longitude" ON "contacts"
  FOR EACH ROW WHEN (OLD.latitude IS DISTINCT FROM NEW.latitude OR OLD.longitude IS DISTINCT FROM NEW.longitude)
  EXECUTE FUNCTION availability_bump_company();

CREATE TRIGGER "appointments_availability_truncate" AFTER TRUNCATE ON "appointments"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "time_off_availability_truncate" AFTER TRUNCATE ON "time_off"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "working_hours_availability_truncate" AFTER TRUNCATE ON "working_hours"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "technician_skills_availability_truncate" AFTER TRUNCATE ON "technician_skills"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
CREATE TRIGGER "technicians_availability_truncate" AFTER TRUNCATE ON "technicians"
  FOR EACH STATEMENT EXECUTE FUNCTION availability_bump_company();
