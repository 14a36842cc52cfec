import { describe, expect, it } from 'vitest';
import { requireEntity } from './corrections.js';
import type { Entity } from './entity.js';

const entity = (id: string, name: string): Entity => ({
  id,
  name,
  type: 'PERSON',
  aliases: [],
  roles: [],
  mentions: {},
  merges: [],
});

describe('requireEntity', () => {
  const all = [entity('e-27', 'Ana Ruiz'), entity('e-271', 'Ben Okoro'), entity('e-272', 'Cai Lin')];

  it('takes an exact id even when longer ids start with it', () => {
    expect(requireEntity(all, 'e-27').name).toBe('Ana Ruiz');
  });

  it('takes a unique prefix or a name, and refuses an ambiguous prefix', () => {
    expect(requireEntity(all, 'e-271').name).toBe('Ben Okoro');
    expect(requireEntity(all, 'cai lin').id).toBe('e-272');
    expect(() => requireEntity(all, 'e-2')).toThrow(/matches 3 entities/);
    expect(() => requireEntity(all, 'nobody')).toThrow(/no entity matches/);
  });
});
