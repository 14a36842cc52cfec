// A job id names one claim of a job (its row and attempt number), so a worker whose lease ran out and
// whose job was claimed again cannot fail the newer claim by mistake.
import { DossierError } from '../errors.js';

export function formatJobId(seq: number | string, attempt: number): string {
  return `${seq}.${attempt}`;
}

export function parseJobId(id: string): { seq: number; attempt: number } {
  const m = /^(\d+)\.(\d+)$/.exec(id);
  if (!m) throw new DossierError('BAD_REQUEST', `not a job id: ${id}`);
  return { seq: Number(m[1]), attempt: Number(m[2]) };
}
