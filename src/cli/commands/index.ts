// Every CLI command, one file each; main.ts registers them in this order.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

export const commands = {} satisfies Record<string, RegisterCommand>;
