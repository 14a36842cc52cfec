// A list that renders only the rows in view, so 10,000 items scroll without freezing the page. Rows have
// one fixed height; rows not loaded yet render as placeholders and ask for their page.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  count: number;
  rowHeight: number;
  /** Item at an index, or undefined while its page is loading. */
  item(index: number): T | undefined;
  /** Called with the visible range so the owner can load missing pages. */
  onRange?(from: number, to: number): void;
  render(item: T, index: number, selected: boolean): ComponentChildren;
  onOpen?(item: T): void;
  label: string;
}

const OVERSCAN = 8;

export function VirtualList<T>({ count, rowHeight, item, onRange, render, onOpen, label }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const [height, setHeight] = useState(600);
  const [selected, setSelected] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Take the keyboard when nothing else has it, so arrows and Enter work as soon as the list shows.
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.tagName === 'MAIN')
      el.focus({ preventScroll: true });
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scroll / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scroll + height) / rowHeight) + OVERSCAN);
  useEffect(() => onRange?.(first, last), [first, last, onRange]);

  const move = (to: number) => {
    const i = Math.max(0, Math.min(count - 1, to));
    setSelected(i);
    const el = box.current;
    if (!el) return;
    if (i * rowHeight < el.scrollTop) el.scrollTop = i * rowHeight;
    else if ((i + 1) * rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = (i + 1) * rowHeight - el.clientHeight;
  };

  const onKey = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(height / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selected + 1),
      j: () => move(selected + 1),
      ArrowUp: () => move(selected - 1),
      k: () => move(selected - 1),
      PageDown: () => move(selected + page),
      PageUp: () => move(selected - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const it = item(selected);
        if (it !== undefined) onOpen?.(it);
      },
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const it = item(i);
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (arrows, j/k, Enter) for its rows
      <div
        key={i}
        tabIndex={-1}
        class={`vrow${i === selected ? ' selected' : ''}`}
        role="option"
        aria-selected={i === selected}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => {
          setSelected(i);
          if (it !== undefined) onOpen?.(it);
        }}
      >
        {it === undefined ? <span class="muted">…</span> : render(it, i, i === selected)}
      </div>,
    );
  }
  return (
    <div
      class="vlist"
      ref={box}
      tabIndex={0}
      role="listbox"
      aria-label={label}
      onScroll={(e) => setScroll((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKey}
    >
      <div class="vspacer" style={{ height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
