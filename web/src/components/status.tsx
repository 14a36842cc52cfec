// What a view shows while loading, on failure, and when a stage has nothing yet (with why).
import type { ComponentChildren } from 'preact';

export function Loading({ what }: { what: string }) {
  return (
    <p class="status" role="status">
      Loading {what}…
    </p>
  );
}

export function Failure({ error }: { error: Error }) {
  return (
    <div class="status error" role="alert">
      <strong>Could not load this view.</strong> {error.message}
    </div>
  );
}

export function Empty({
  title,
  note,
  children,
}: {
  title: string;
  note: string;
  children?: ComponentChildren;
}) {
  return (
    <section class="empty" data-testid="empty-state">
      <h2>{title}</h2>
      <p>{note}</p>
      {children}
    </section>
  );
}
