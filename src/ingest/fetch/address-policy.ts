// Which IP addresses a URL fetch may connect to: only globally reachable ones, unless the user allows
// private networks. Checked on the resolved address, so a public-looking name that resolves to
// 127.0.0.1 or 192.168.x.x is refused too.
import { BlockList, isIP } from 'node:net';
import ranges from './data/non-public-ranges.json' with { type: 'json' };

type Range = [string, number, string];

const blocked = new BlockList();
const labels: { list: BlockList; label: string }[] = [];

function add(type: 'ipv4' | 'ipv6', [network, prefix, label]: Range): void {
  blocked.addSubnet(network, prefix, type);
  const one = new BlockList();
  one.addSubnet(network, prefix, type);
  labels.push({ list: one, label });
}
for (const r of ranges.ipv4 as Range[]) add('ipv4', r);
for (const r of ranges.ipv6 as Range[]) add('ipv6', r);

function family(address: string): 'ipv4' | 'ipv6' | null {
  const v = isIP(address);
  return v === 4 ? 'ipv4' : v === 6 ? 'ipv6' : null;
}

/** Why an address is not public ('loopback', 'private', 'link-local'…), or null when it is public. */
export function nonPublicReason(address: string): string | null {
  const type = family(address);
  if (!type) return 'not an IP address';
  if (!blocked.check(address, type)) return null;
  return labels.find((l) => l.list.check(address, type))?.label ?? 'non-public';
}

export function isPublicAddress(address: string): boolean {
  return nonPublicReason(address) === null;
}
