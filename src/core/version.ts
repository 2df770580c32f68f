/**
 * The engine's version, printed in the report so anyone can recompute its marks with the same
 * engine. Kept equal to package.json's version (a unit test checks), without importing JSON
 * into the core.
 */
export const ENGINE_VERSION = '0.1.0';
