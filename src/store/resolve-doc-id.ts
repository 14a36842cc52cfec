// Users type document ids short: any unambiguous prefix names a document.
import { DossierError } from '../errors.js';
import type { Store } from './store.js';

export async function resolveDocId(store: Store, ref: string): Promise<string> {
  const prefix = ref.trim().toLowerCase();
  if (!/^[0-9a-f]{1,64}$/.test(prefix)) {
    throw new DossierError('NOT_FOUND', `no document "${ref}": ids are hex digits (see \`dossier docs\`)`);
  }
  const ids = await store.findIds(prefix.slice(0, 16), 6);
  if (ids.length === 0)
    throw new DossierError('NOT_FOUND', `no document with id ${ref} (see \`dossier docs\`)`);
  if (ids.length > 1) {
    throw new DossierError(
      'BAD_REQUEST',
      `id prefix ${ref} is ambiguous: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}; type more digits`,
    );
  }
  return ids[0]!;
}
