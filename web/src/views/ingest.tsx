// Adding articles: drop files (or pick them) or paste URLs, one request per input so the progress bar moves
// and each input gets its own outcome. A token, when the server needs one, is kept for this tab only.
import { useState } from 'preact/hooks';
import { type ApiFailure, type IngestOutcome, postForm, postJson } from '../api';
import { href } from '../router';

type Row = IngestOutcome & { pending?: boolean };

export function Ingest() {
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [urls, setUrls] = useState('');
  const [over, setOver] = useState(false);
  const [token, setToken] = useState(sessionStorage.getItem('dossier-token') ?? '');

  async function run(inputs: { name: string; send: () => Promise<{ results: IngestOutcome[] }> }[]) {
    setBusy(true);
    setDone(0);
    setTotal(inputs.length);
    setRows([]);
    for (const input of inputs) {
      setRows((r) => [...r, { input: input.name, status: 'added', pending: true }]);
      let results: Row[];
      try {
        results = (await input.send()).results;
      } catch (e) {
        const err = e as ApiFailure;
        results = [{ input: input.name, status: 'rejected', code: err.code, reason: err.message }];
      }
      setRows((r) => [...r.filter((x) => !(x.pending && x.input === input.name)), ...results]);
      setDone((d) => d + 1);
    }
    setBusy(false);
  }

  const sendFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    run(
      [...files].map((f) => ({
        name: f.name,
        send: () => {
          const form = new FormData();
          form.append('files', f, f.name);
          return postForm('/ingest', form);
        },
      })),
    );
  };

  const sendUrls = () => {
    const list = urls.split(/\s+/).filter(Boolean);
    run(list.map((u) => ({ name: u, send: () => postJson('/ingest', { urls: [u] }) })));
  };

  const counts = { added: 0, duplicate: 0, rejected: 0 };
  for (const r of rows) if (!r.pending) counts[r.status]++;

  return (
    <div class="ingest">
      <h1>Add articles</h1>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside is the keyboard path */}
      <div
        class={`dropzone${over ? ' over' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          sendFiles(e.dataTransfer?.files ?? null);
        }}
      >
        <p>Drop HTML, text, JSON, feed or WARC files here, or</p>
        <label class="button">
          choose files
          <input
            type="file"
            multiple
            class="visually-hidden"
            onChange={(e) => sendFiles(e.currentTarget.files)}
          />
        </label>
      </div>
      <label for="urls">Or paste article or feed URLs, one per line:</label>
      <textarea id="urls" rows={4} value={urls} onInput={(e) => setUrls(e.currentTarget.value)} />
      <p>
        <button type="button" onClick={sendUrls} disabled={busy || !urls.trim()}>
          Fetch and add
        </button>{' '}
        <label class="token">
          Token (if the server needs one){' '}
          <input
            type="password"
            value={token}
            onInput={(e) => {
              setToken(e.currentTarget.value);
              sessionStorage.setItem('dossier-token', e.currentTarget.value);
            }}
          />
        </label>
      </p>
      {total > 0 && (
        <div class="progress" data-testid="ingest-progress">
          <progress max={total} value={done} /> {done} / {total} inputs · {counts.added} added ·{' '}
          {counts.duplicate} duplicate · {counts.rejected} rejected
        </div>
      )}
      <table class="outcomes">
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} class={r.pending ? 'pending' : r.status}>
              <td>{r.input}</td>
              <td>{r.pending ? 'working…' : r.status}</td>
              <td>
                {r.id && <a href={href(`doc/${r.id}`)}>open</a>}
                {r.reason && <span>{r.reason}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
