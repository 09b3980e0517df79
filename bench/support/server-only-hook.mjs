// Lets a plain Node process (a benchmark's API server) load server modules: `server-only`
// throws outside a React server bundle; here it resolves to an empty module, as in the tests.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return nextResolve(specifier, context);
}
