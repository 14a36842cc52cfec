// The requests the API load test sends: every list endpoint, unfiltered and with its common filters (time
// range, entity, source, type, document) and with offsets deep in the list, over values the synthetic corpus
// is known to hold.
import type { Store } from '../../store/store.js';
import type { Endpoint } from './load-test.js';
import { actorId, corpusShape } from './synthetic-docs.js';

export async function benchEndpoints(store: Store, count: number): Promise<Endpoint[]> {
  const n = await store.countDocuments();
  const ids = (await store.listDocuments({ limit: 1000, offset: Math.max(0, n - 1000) })).map((d) => d.id);
  const shape = corpusShape(count);
  const person = shape.actors[0];
  const org = shape.actors[2];
  const enc = encodeURIComponent;
  const outlet = enc(shape.outlets[3]);
  const name = enc(person.name);
  const word = enc(person.name.split(' ')[0].toLowerCase());
  const at = (i: number) => ids[i % ids.length];
  const deep = (i: number, total: number) => Math.max(0, total - 100 - ((i * 50) % Math.max(1, total / 10)));
  const fixed = (name: string, path: string): Endpoint => ({ name, path: () => path });
  return [
    { name: '/api/docs pages (any offset)', path: (i) => `/api/docs?limit=50&offset=${(i * 50) % n}` },
    { name: '/api/docs deep offset', path: (i) => `/api/docs?limit=50&offset=${deep(i, n)}` },
    fixed('/api/docs?outlet=', `/api/docs?outlet=${outlet}&limit=50`),
    fixed('/api/docs?from=&to= (2 months)', '/api/docs?from=2025-03&to=2025-04&limit=50'),
    fixed('/api/docs?from=&to= deep offset', '/api/docs?from=2025-03&to=2025-04&limit=50&offset=1400'),
    fixed('/api/docs?genre=&from=', '/api/docs?genre=opinion&from=2025-06-15&limit=50'),
    { name: '/api/docs/:id', path: (i) => `/api/docs/${at(i)}` },
    fixed('/api/search?q= (a name)', `/api/search?q=${word}&limit=20`),
    fixed('/api/search?q= (in 2/3 of docs)', '/api/search?q=officials&limit=20'),
    fixed('/api/search?q= (every doc) page 5', '/api/search?q=article&limit=20&offset=80'),
    fixed('/api/overview', '/api/overview'),
    fixed('/api/sources', '/api/sources'),
    fixed('/api/entities', '/api/entities?limit=50'),
    fixed('/api/entities?type= deep', '/api/entities?type=PERSON&limit=50&offset=250'),
    { name: '/api/entities?doc=', path: (i) => `/api/entities?doc=${at(i)}` },
    fixed('/api/timeline', '/api/timeline?limit=50'),
    fixed('/api/timeline?from=&to=', '/api/timeline?from=2025-03-01&to=2025-03-31&limit=50'),
    fixed('/api/timeline?entity=', `/api/timeline?entity=${name}&limit=50`),
    fixed('/api/timeline deep offset', `/api/timeline?limit=50&offset=${Math.max(0, n - 2000)}`),
    fixed('/api/events', '/api/events?limit=50'),
    fixed('/api/events?entity=', `/api/events?entity=${enc(actorId(org))}&limit=50`),
    fixed('/api/events?type= deep', `/api/events?type=sanction&limit=50&offset=${Math.round(n / 20)}`),
    fixed('/api/claims', '/api/claims?limit=50'),
    fixed('/api/claims?status= deep', `/api/claims?status=single&limit=50&offset=${Math.round(n / 10)}`),
    { name: '/api/claims?doc=', path: (i) => `/api/claims?doc=${at(i)}` },
    fixed('/api/stories', '/api/stories?limit=50'),
    fixed('/api/stories deep offset', `/api/stories?limit=50&offset=${Math.round(n / 20)}`),
    fixed('/api/quotes', '/api/quotes?limit=50'),
    fixed('/api/quotes?speaker=', `/api/quotes?speaker=${enc(shape.actors[3].name)}&limit=50`),
    { name: '/api/quotes?doc=', path: (i) => `/api/quotes?doc=${at(i)}` },
    fixed('/api/quotes deep offset', `/api/quotes?limit=50&offset=${n - 100}`),
  ];
}
