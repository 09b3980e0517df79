import { portalOpenApiDocument } from "../_lib/openapi";

/** The API's description is public: it says what the API accepts, nothing about anyone's data. */
export function GET(): Response {
  return Response.json(portalOpenApiDocument());
}
