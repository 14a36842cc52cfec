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
}

export function StageView({ endpoint, title, intro, detail }: Props) {
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
      <ul class="items">
        {data.items.map((it) => (
          <li key={it.id}>
            <div class="item-title">{itemTitle(it.data, it.id)}</div>
            {detail && typeof it.data === 'object' && it.data !== null && (
              <div class="docmeta">{detail(it.data as Record<string, unknown>)}</div>
            )}
            <EvidenceLinks data={it.data} />
          </li>
        ))}
      </ul>
    </div>
  );
}
