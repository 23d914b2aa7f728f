/** Runs once when the server starts (not during `next build`, which needs no secrets): checks the production settings. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { assertProductionSecrets } = await import('./lib/secrets');
  assertProductionSecrets();
}
