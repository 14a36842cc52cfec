// The shell: navigation, the search box, keyboard shortcuts, and the view for the current route.
import { useEffect, useRef } from 'preact/hooks';
import { go, href, type Route, useRoute } from './router';
import { Claims } from './views/claims';
import { Documents } from './views/documents';
import { Entities, EntityPage } from './views/entities';
import { Ingest } from './views/ingest';
import { Network } from './views/network';
import { Overview } from './views/overview';
import { Reactions } from './views/reactions';
import { Reader } from './views/reader';
import { Search } from './views/search';
import { Sources } from './views/sources';
import { Events, Quotes, Stories } from './views/stage-pages';
import { Timeline } from './views/timeline';
import { WorldMap } from './views/world-map';

const nav: [string, string][] = [
  ['', 'Overview'],
  ['docs', 'Documents'],
  ['timeline', 'Timeline'],
  ['entities', 'Entities'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['quotes', 'Quotes'],
  ['claims', 'Claims'],
  ['events', 'Events'],
  ['reactions', 'Reactions'],
  ['stories', 'Stories'],
  ['sources', 'Sources'],
  ['ingest', 'Add articles'],
];

function View({ route }: { route: Route }) {
  const [head, arg] = route.path;
  switch (head) {
    case undefined:
      return <Overview />;
    case 'docs':
      return <Documents route={route} />;
    case 'doc':
      return <Reader id={arg ?? ''} route={route} />;
    case 'search':
      return <Search q={route.params.get('q') ?? ''} />;
    case 'ingest':
      return <Ingest />;
    case 'timeline':
      return <Timeline />;
    case 'entities':
      return <Entities />;
    case 'entity':
      return <EntityPage id={arg ?? ''} />;
    case 'network':
      return <Network />;
    case 'map':
      return <WorldMap />;
    case 'quotes':
      return <Quotes />;
    case 'claims':
      return <Claims />;
    case 'events':
      return <Events />;
    case 'reactions':
      return <Reactions />;
    case 'sources':
      return <Sources />;
    case 'stories':
      return <Stories />;
    default:
      return (
        <p>
          No such view. Go to the <a href="#/">overview</a>.
        </p>
      );
  }
}

export function App() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (t.closest('input, textarea, select')) return;
      if (e.key === '/') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const here = route.path[0] ?? '';
  return (
    <>
      <button type="button" class="skip" onClick={() => main.current?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <a href="#/" class="brand">
          Dossier
        </a>
        <form
          class="searchbox"
          onSubmit={(e) => {
            e.preventDefault();
            go('search', { q: search.current?.value.trim() || undefined });
          }}
        >
          <input
            ref={search}
            type="search"
            name="q"
            placeholder="Search articles (press /)"
            aria-label="Search articles"
            defaultValue={route.params.get('q') ?? ''}
          />
        </form>
      </header>
      <div class="layout">
        <nav aria-label="Views">
          <ul>
            {nav.map(([path, label]) => (
              <li key={path}>
                <a
                  href={href(path)}
                  aria-current={
                    here === path ||
                    (path === 'docs' && here === 'doc') ||
                    (path === 'entities' && here === 'entity')
                      ? 'page'
                      : undefined
                  }
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1}>
          <View route={route} />
        </main>
      </div>
    </>
  );
}
