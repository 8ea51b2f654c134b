import ipaddr from 'ipaddr.js';

/**
 * Which proxies in front of your backend to believe: how many there are (each appends the address it saw
 * to `X-Forwarded-For`), or their addresses and CIDR ranges.
 */
export type TrustedProxies = number | readonly string[];

type Address = ReturnType<typeof ipaddr.parse>;

const parsed = (text: string | undefined): Address | undefined => {
  const trimmed = text?.trim().replace(/^\[(.*)\]$/, '$1');
  if (!trimmed || !ipaddr.isValid(trimmed)) return undefined;
  return ipaddr.process(trimmed); // an IPv4-mapped IPv6 address is its IPv4 address
};

/** Matches an address against the trusted ranges (`10.0.0.0/8`, `::1`, `2001:db8::/32`). */
function trustedRanges(proxies: readonly string[]): (address: Address) => boolean {
  const ranges = proxies.map((range) => {
    if (!ipaddr.isValid(range) && !ipaddr.isValidCIDR(range)) {
      throw new TypeError(
        `trustedProxies: ${JSON.stringify(range)} is not an IP address or a CIDR range (e.g. "10.0.0.0/8").`,
      );
    }
    const [address, bits] = ipaddr.isValidCIDR(range) ? ipaddr.parseCIDR(range) : [ipaddr.parse(range), -1];
    const processed = ipaddr.process(address.toString());
    return [processed, bits < 0 ? (processed.kind() === 'ipv4' ? 32 : 128) : bits] as const;
  });
  return (address) =>
    ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range as never, bits));
}

/** `(peer, X-Forwarded-For) => client address`, as {@link createClientAddress} builds it. */
export type ClientAddress = (peer: string | undefined, forwardedFor: string | null) => string | undefined;

/**
 * The client's address: the peer's, or with `trustedProxies` the `X-Forwarded-For` entry the nearest
 * untrusted hop wrote. A hop count `n` takes the `n`-th entry from the right (the peer, unknown on
 * platforms that hide it, counts as the first proxy); a range list walks from the peer leftwards past
 * trusted addresses. Entries a client wrote itself (left of the trusted hops) are never used. Checks
 * `trustedProxies` once, up front: a bad entry throws naming it.
 */
export function createClientAddress(trustedProxies: TrustedProxies | undefined): ClientAddress {
  if (trustedProxies === undefined || trustedProxies === 0) return (peer) => peer;
  const hopsOf = (forwardedFor: string | null) =>
    (forwardedFor ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  if (typeof trustedProxies === 'number') {
    if (!Number.isInteger(trustedProxies) || trustedProxies < 0) {
      throw new TypeError(`trustedProxies: a hop count must be a whole number ≥ 0, got ${trustedProxies}.`);
    }
    return (peer, forwardedFor) => {
      const hops = hopsOf(forwardedFor);
      return hops.length === 0 ? peer : hops[Math.max(0, hops.length - trustedProxies)];
    };
  }
  const trusted = trustedRanges(trustedProxies);
  const isTrusted = (entry: string | undefined) => {
    const address = parsed(entry);
    return address !== undefined && trusted(address);
  };
  return (peer, forwardedFor) => {
    if (peer !== undefined && !isTrusted(peer)) return peer;
    const hops = hopsOf(forwardedFor);
    let client = peer;
    for (let index = hops.length - 1; index >= 0; index--) {
      client = hops[index];
      if (!isTrusted(client)) return client;
    }
    return client;
  };
}

/**
 * The key one client's limits count under: an IPv4 address as is, an IPv6 address by its /64 (one
 * subscriber's network gets many addresses), anything unparsable as given.
 */
export function limitKeyOfAddress(address: string): string {
  const ip = parsed(address);
  if (!ip) return address.slice(0, 100);
  if (ip.kind() === 'ipv4') return ip.toString();
  const bytes = ip.toByteArray().slice(0, 8);
  const network = ipaddr.fromByteArray([...bytes, 0, 0, 0, 0, 0, 0, 0, 0]);
  return `${network.toString()}/64`;
}
