"""Where Pantau may connect: public addresses only, unless a HOST[:PORT] is allowed explicitly.

The check sits in the connection layer, not in front of it. `GuardedBackend` is the network
backend of httpcore's connection pool: every new TCP connection, for the first request and
for each redirect hop alike, resolves the host with the event loop's getaddrinfo, refuses
the connection if any resolved address is loopback, private, link-local, CGNAT, multicast or
otherwise reserved (IPv4 and IPv6, including IPv4 embedded in IPv6), and then connects to
the address it checked. Because the socket goes to the checked IP, a second, different DNS
answer (DNS rebinding) never reaches the socket; TLS still verifies and sends SNI for the
hostname, which httpcore takes from the URL. Proxies from the environment are ignored, since
a proxy would make the connection somewhere the check never saw.

`ConnectTo` sends a URL's HOST:PORT to another one (curl's --connect-to): the URL, and so what
is stored, stays the same while the connection goes elsewhere, and the check above applies to
where it goes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpcore
import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")


class DestinationRefused(Exception):
    """A URL or connection target that Pantau must not contact."""


@dataclass(frozen=True, slots=True)
class AllowList:
    """Hosts (any port) and host:port pairs that may resolve to non-public addresses."""

    hosts: frozenset[str] = frozenset()
    host_ports: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """Build from `HOST[:PORT]` entries (`[v6]:port` for IPv6); ValueError on a bad one."""
        hosts: set[str] = set()
        pairs: set[tuple[str, int]] = set()
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            parts = urlsplit(f"//{entry}")
            try:
                port = parts.port
            except ValueError as exc:
                raise ValueError(f"bad --allow-host {raw!r}: {exc}") from None
            host = parts.hostname
            if not host or parts.path or parts.username:
                raise ValueError(f"bad --allow-host {raw!r}: expected HOST or HOST:PORT")
            if port is None:
                hosts.add(host)
            else:
                pairs.add((host, port))
        return cls(frozenset(hosts), frozenset(pairs))

    def allows(self, host: str, port: int) -> bool:
        """True when `host:port` was allowed explicitly."""
        key = host.lower().strip("[]")
        return key in self.hosts or (key, port) in self.host_ports


@dataclass(frozen=True, slots=True)
class ConnectTo:
    """Where to connect instead, for a URL's host:port (curl's --connect-to)."""

    targets: tuple[tuple[tuple[str, int], tuple[str, int]], ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> ConnectTo:
        """Build from `HOST:PORT:TARGET-HOST:TARGET-PORT` entries; ValueError on a bad one."""
        targets = []
        for raw in entries:
            fields = raw.strip().lower().split(":")
            if len(fields) != 4 or not fields[0] or not fields[2]:
                form = "HOST:PORT:TARGET-HOST:TARGET-PORT"
                raise ValueError(f"bad connect-to {raw!r}: expected {form}")
            try:
                pair = ((fields[0], int(fields[1])), (fields[2], int(fields[3])))
            except ValueError:
                raise ValueError(f"bad connect-to {raw!r}: ports must be numbers") from None
            targets.append(pair)
        return cls(tuple(targets))

    def target(self, host: str, port: int) -> tuple[str, int]:
        """Where a connection for `host:port` goes."""
        return dict(self.targets).get((host.lower().strip("[]"), port), (host, port))


def refusal(address: IPAddress) -> str | None:
    """Why `address` is not a public destination, or None when it is."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address.teredo is not None:
            embedded = address.teredo[1]
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return refusal(embedded)
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if isinstance(address, ipaddress.IPv4Address) and address in _CGNAT:
        return "shared (CGNAT)"
    if address.is_private:
        return "private"
    if address.is_multicast or address.is_unspecified or address.is_reserved:
        return "reserved"
    if not address.is_global:
        return "not global"
    return None


def check_scheme(url: str) -> None:
    """Only http and https URLs with a host are ever fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DestinationRefused(f"not an http(s) URL: {url[:200]}")


async def resolve_public(host: str, port: int, allow: AllowList) -> list[str]:
    """The addresses to connect to for `host:port`, each checked; raises DestinationRefused."""
    bare = host.strip("[]")
    try:
        literal: IPAddress | None = ipaddress.ip_address(bare)
    except ValueError:
        literal = None
    if literal is not None:
        addresses = [bare]
    else:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(bare, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise httpcore.ConnectError(f"cannot resolve {bare}: {exc.strerror}") from exc
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if allow.allows(bare, port):
        return addresses
    for address in addresses:
        why = refusal(ipaddress.ip_address(address.split("%")[0]))
        if why is not None:
            shown = bare if literal is not None else f"{bare} ({address})"
            raise DestinationRefused(
                f"refused to connect to {why} address {shown}:{port} (not in --allow-host)"
            )
    if not addresses:
        raise httpcore.ConnectError(f"{bare} has no addresses")
    return addresses


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """A network backend that connects only to checked addresses."""

    def __init__(
        self,
        allow: AllowList,
        inner: httpcore.AsyncNetworkBackend | None = None,
        connect_to: ConnectTo = ConnectTo(),
    ):
        self._allow = allow
        self._inner = inner or httpcore.AnyIOBackend()
        self._connect_to = connect_to

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Resolve, check every address, then connect to the first checked one that answers."""
        host, port = self._connect_to.target(host, port)
        addresses = await resolve_public(host, port, self._allow)
        last: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        """Unix sockets are never a fetch destination."""
        raise DestinationRefused("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        """Delegate to the wrapped backend."""
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx's transport with the connection pool built on `GuardedBackend`, proxies ignored."""

    def __init__(
        self, allow: AllowList, limits: httpx.Limits, connect_to: ConnectTo = ConnectTo()
    ) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx offers no public hook for the network backend; rebuild its pool with ours,
        # with the same arguments AsyncHTTPTransport uses.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(allow, connect_to=connect_to),
        )
