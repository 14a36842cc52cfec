// A schema change, applied once and recorded in the schema_version table. Each backend keeps its own
// numbered list; both lists describe the same logical schema.
import { DossierError } from '../errors.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations still to apply after `current`; refuses a database newer than this code. */
export function pendingMigrations(all: readonly Migration[], current: number): Migration[] {
  const latest = all.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > latest) {
    throw new DossierError(
      'STORE_ERROR',
      `the database schema is version ${current}, newer than this dossier knows (${latest}); upgrade dossier`,
    );
  }
  return all.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
}
