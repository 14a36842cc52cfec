// A stage's stored items as a list with evidence links, or the stage's own note on why it is empty. Quotes,
// claims, reactions and events use it until each has a dedicated layout.
import type { ComponentChildren } from 'preact';
import { getJson, type StageList } from '../api';
import { EvidenceLinks, itemTitle } from '../components/evidence';
import { Empty, Failure, Loading } from '../components/status';
import { useFetch } from '../lib/use-fetch';

interface Props {
  endpoint: string;
  title: string;
  intro: string;
  /** Extra line under an item's title, from its data. */
  detail?(data: Record<string, unknown>): ComponentChildren;
  /** Groups items under headings (e.g. quotes by speaker), largest group first. */
  groupBy?(data: Record<string, unknown>): string;
}

export function StageView({ endpoint, title, intro, detail, groupBy }: Props) {
  const { data, error } = useFetch(() => getJson<StageList>(`/${endpoint}`, { limit: 500 }), endpoint);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what={title.toLowerCase()} />;
  if (!data.stage.available) {
    return (
      <Empty title={title} note={data.stage.note}>
        <p class="muted">{intro}</p>
      </Empty>
    );
  }
  return (
    <div class="stage">
      <h1>
        {title}{' '}
        <span class="muted">
          ({data.items.length}
          {data.hasMore ? '+' : ''})
        </span>
      </h1>
      <p class="muted">{intro}</p>
      {groups(data.items, groupBy).map(([heading, items]) => (
        <section key={heading || 'all'}>
          {heading && (
            <h2>
              {heading} <span class="muted">({items.length})</span>
            </h2>
          )}
          <ul class="items">
            {items.map((it) => (
              <li key={it.id}>
                <div class="item-title">{itemTitle(it.data, it.id)}</div>
                {detail && typeof it.data === 'object' && it.data !== null && (
                  <div class="docmeta">{detail(it.data as Record<string, unknown>)}</div>
                )}
                <EvidenceLinks data={it.data} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type Item = StageList['items'][number];

function groups(items: Item[], by: Props['groupBy']): [string, Item[]][] {
  if (!by) return [['', items]];
  const map = new Map<string, Item[]>();
  for (const it of items) {
    const key = typeof it.data === 'object' && it.data !== null ? by(it.data as Record<string, unknown>) : '';
    map.set(key, [...(map.get(key) ?? []), it]);
  }
  return [...map].sort((a, b) => b[1].length - a[1].length);
}
