// Entities resolved across articles (filter by type) and one entity's page: names and aliases, roles with
// evidence, why names were merged, mentions over time, the articles that mention it, and its quotes, events
// and timeline items.
import { useState } from 'preact/hooks';
import { type DocSummary, type EntityRow, getJson, type StageList, type StageStatus } from '../api';
import { docTitle, fmtDate } from '../components/doc-line';
import { EvidenceLinks, itemTitle } from '../components/evidence';
import { MentionsChart } from '../components/mentions-chart';
import { Empty, Failure, Loading } from '../components/status';
import { VirtualList } from '../components/virtual-list';
import { useFetch } from '../lib/use-fetch';
import { go, href } from '../router';

interface EntityList {
  stage: StageStatus;
  items: EntityRow[];
  total: number;
}

const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'WEAPON'];

export function Entities() {
  const [type, setType] = useState('');
  const { data, error } = useFetch(() => getJson<EntityList>('/entities', { type, limit: 500 }), type);
  if (error) return <Failure error={error} />;
  if (!data) return <Loading what="entities" />;
  if (!data.stage.available) return <Empty title="Entities" note={data.stage.note} />;
  return (
    <div class="entities">
      <h1>
        Entities <span class="muted">({data.total})</span>
      </h1>
      <label>
        Type{' '}
        <select value={type} onChange={(e) => setType(e.currentTarget.value)}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t || 'any'}
            </option>
          ))}
        </select>
      </label>
      <VirtualList<EntityRow>
        label="Entities"
        count={data.items.length}
        rowHeight={48}
        item={(i) => data.items[i]}
        onOpen={(e) => go(`entity/${e.id}`)}
        render={(e) => (
          <div class="docline">
            <a href={href(`entity/${e.id}`)} class="doctitle">
              {e.name}
            </a>
            <span class="docmeta">
              {e.type} · {e.mentions} mentions in {e.docs.length} articles
              {e.aliases.length ? ` · also ${e.aliases.slice(0, 4).join(', ')}` : ''}
            </span>
          </div>
        )}
      />
    </div>
  );
}

interface EntityDetail {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: { text: string; evidence: { docId: string; start: number; end: number; text: string } }[];
  mentions: Record<string, number>;
  merges: { alias: string; reason: string }[];
  country?: string;
}

export function EntityPage({ id }: { id: string }) {
  const { data, error } = useFetch(() => getJson<EntityDetail>(`/entities/${encodeURIComponent(id)}`), id);
  if (error) return <Empty title="Entity" note={error.message} />;
  if (!data) return <Loading what="the entity" />;
  const docs = Object.entries(data.mentions).sort((a, b) => b[1] - a[1]);
  return (
    <div class="entity">
      <p class="crumbs">
        <a href={href('entities')}>Entities</a> ›
      </p>
      <h1>
        {data.name} <span class="muted">{data.type}</span>
      </h1>
      {data.aliases.length > 0 && <p>Also called: {data.aliases.join(' · ')}</p>}
      {data.country && <p>Country: {data.country}</p>}
      <h2>Roles</h2>
      {data.roles.length === 0 ? (
        <p class="muted">No role stated in the articles.</p>
      ) : (
        <ul>
          {data.roles.map((r) => (
            <li key={r.text}>
              {r.text} <EvidenceLinks data={r.evidence} max={1} />
            </li>
          ))}
        </ul>
      )}
      <h2>Mentions over time</h2>
      <MentionsChart entityId={data.id} />
      <h2>Mentioned in</h2>
      <MentionedIn mentions={docs} />
      {data.merges.length > 0 && (
        <>
          <h2>Why these names are one entity</h2>
          <ul>
            {data.merges.map((m) => (
              <li key={m.alias}>
                {m.alias}: <span class="muted">{m.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Related entity={data} />
    </div>
  );
}

interface Related {
  quotes: StageList;
  events: StageList;
  timeline: StageList;
}

/** Quotes by the entity, events it takes part in, and timeline items naming it, each from its own stage. */
function Related({ entity }: { entity: EntityDetail }) {
  const { data } = useFetch<Related>(async () => {
    const [quotes, events, timeline] = await Promise.all([
      getJson<StageList>('/quotes', { speaker: entity.name, limit: 50 }),
      getJson<StageList>('/events', { entity: entity.id, limit: 50 }),
      getJson<StageList>('/timeline', { entity: entity.name, limit: 50 }),
    ]);
    return { quotes, events, timeline };
  }, entity.id);
  if (!data) return null;
  const section = (title: string, list: StageList) => (
    <>
      <h2>
        {title} <span class="muted">({list.items.length})</span>
      </h2>
      {list.items.length === 0 ? (
        <p class="muted">{list.stage.available ? 'None.' : list.stage.note}</p>
      ) : (
        <ul class="items">
          {list.items.map((it) => (
            <li key={it.id}>
              {itemTitle(it.data, it.id)}
              <EvidenceLinks data={it.data} max={2} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <>
      {section('Quotes by this entity', data.quotes)}
      {section('Events', data.events)}
      {section('On the timeline', data.timeline)}
    </>
  );
}

/** The articles that mention the entity, with title, outlet and date, most mentions first. */
function MentionedIn({ mentions }: { mentions: [string, number][] }) {
  const shown = mentions.slice(0, 100);
  const { data } = useFetch(
    () => getJson<{ items: DocSummary[] }>('/docs', { ids: shown.map(([id]) => id).join(','), limit: 100 }),
    shown.map(([id]) => id).join(','),
  );
  const byId = new Map((data?.items ?? []).map((d) => [d.id, d]));
  return (
    <ul>
      {shown.map(([id, n]) => {
        const d = byId.get(id);
        return (
          <li key={id}>
            <a href={href(`doc/${id}`)}>{d ? docTitle(d) : id}</a>{' '}
            <span class="muted">
              {d ? `${d.outlet ?? 'unknown outlet'} · ${fmtDate(d.published)} · ` : ''}
              {n}×
            </span>
          </li>
        );
      })}
      {mentions.length > shown.length && (
        <li class="muted">and {mentions.length - shown.length} more articles</li>
      )}
    </ul>
  );
}
