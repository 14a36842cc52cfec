// What every command needs from the global options: the store, opened lazily and always closed.
import type { Command } from 'commander';
import { openStore } from '../app.js';
import type { Store } from '../store/store.js';

export function dbOption(cmd: Command): string {
  return (cmd.optsWithGlobals() as { db: string }).db;
}

export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbOption(cmd));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
