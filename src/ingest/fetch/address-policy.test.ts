import { describe, expect, it } from 'vitest';
import { isPublicAddress, nonPublicReason } from './address-policy.js';

describe('address policy', () => {
  it('refuses loopback, private, link-local, unique-local and mapped private addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fe80::1',
      'fd12:3456::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'ff02::1',
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it('allows globally reachable addresses', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(ip), ip).toBe(true);
    }
  });

  it('names the kind of range', () => {
    expect(nonPublicReason('127.0.0.1')).toBe('loopback');
    expect(nonPublicReason('169.254.1.1')).toBe('link-local');
    expect(nonPublicReason('fd00::1')).toBe('unique-local');
    expect(nonPublicReason('not-an-ip')).toBe('not an IP address');
  });
});
