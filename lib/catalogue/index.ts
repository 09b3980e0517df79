// The service catalogue and its resources (product.md §4, issue 6 part 1): product types,
// services with their required skills, skills, technicians with home base, weekly hours and
// time off. Admins only; every change audit-logged in its transaction.
export { addTimeOff } from "./add-time-off";
export { createProductType } from "./create-product-type";
export { createService } from "./create-service";
export { createSkill } from "./create-skill";
export { createTechnician } from "./create-technician";
export { removeTimeOff } from "./remove-time-off";
export { setProductTypeActive } from "./set-product-type-active";
export { setServiceActive } from "./set-service-active";
export { setWorkingHours } from "./set-working-hours";
export { updateProductType } from "./update-product-type";
export { updateService } from "./update-service";
export { updateTechnician } from "./update-technician";
export {
  findTechnicianForAdmin,
  listCatalogue,
  listSkills,
  listTechnicianCandidates,
  listTechnicians,
  type Catalogue,
  type CatalogueService,
  type TechnicianForAdmin,
} from "./queries";
