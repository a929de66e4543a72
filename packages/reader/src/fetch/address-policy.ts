import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { errnoCodeOf, ReaderError } from '../errors.js';

/** Addresses a fetch must never reach unless allowed: private, loopback, link-local and the like. */
const BLOCKED = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 96], // unspecified, loopback and IPv4-compatible (::127.0.0.1)
  ['100::', 64],
  ['64:ff9b:1::', 48],
  ['fec0::', 10],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
  ['2001:db8::', 32],
] as const)
  BLOCKED.addSubnet(net, bits, 'ipv6');

/** True for a private, loopback, link-local, CGNAT, multicast, reserved or unspecified address (IPv4-mapped IPv6 read as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return isPrivateAddress(mapped);
  const family = isIP(address);
  if (family === 0) return true; // not an address: never reached
  return BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export interface AddressPolicy {
  /** Hosts that may be fetched (exact names, lower case); undefined: any host. */
  allowHosts?: readonly string[];
  /** true: private addresses allowed; a list: only these hosts may resolve to private addresses. */
  allowPrivate?: boolean | readonly string[];
}

/**
 * The address to connect to for `url`'s host, after checking the host against the allowlist
 * and every address it resolves to against the private ranges (one private address refuses
 * the host: DNS may answer differently on the next lookup).
 * @throws ReaderError URL_NOT_ALLOWED, FETCH_FAILED (the name does not resolve)
 */
export async function checkedAddress(url: URL, policy: AddressPolicy): Promise<{ address: string; family: number }> {
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '') // "localhost." is localhost
    .toLowerCase();
  if (policy.allowHosts !== undefined && !policy.allowHosts.map((h) => h.toLowerCase()).includes(host)) {
    throw new ReaderError(
      'URL_NOT_ALLOWED',
      `The host ${host} is not on the list of hosts this server fetches; ask the operator to add it, or send the document itself.`,
    );
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) !== 0 ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true });
  } catch (cause) {
    throw new ReaderError(
      'FETCH_FAILED',
      `The host ${host} could not be found (${errnoCodeOf(cause) ?? 'DNS error'}); check the address and your network connection.`,
      { cause },
    );
  }
  const privateOk = policy.allowPrivate === true || (Array.isArray(policy.allowPrivate) && policy.allowPrivate.map((h) => h.toLowerCase()).includes(host));
  const blocked = addresses.find((a) => isPrivateAddress(a.address));
  if (blocked !== undefined && !privateOk) {
    throw new ReaderError(
      'URL_NOT_ALLOWED',
      `The host ${host} resolves to a private, loopback or link-local address (${blocked.address}), which is not fetched; save the` +
        ` page and give the file instead.`,
    );
  }
  const first = [...addresses].sort((a, b) => a.family - b.family)[0]; // IPv4 first, as most servers listen there
  if (first === undefined) throw new ReaderError('FETCH_FAILED', `The host ${host} has no address; check the address.`);
  return first;
}
