"""SSRF guard: which network addresses the fetcher may connect to.

Host names are resolved here and the connection is made to the address that was checked (no second DNS
lookup that a rebinding server could answer differently).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """The target resolves to an address the settings do not allow; the message says which and why."""


def address_class(address: IPAddress) -> str | None:
    """Why an address is not public ("loopback", "private", ...), or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address_class(address.ipv4_mapped)
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_unspecified:
        return "unspecified"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if address.is_reserved:
        return "reserved"
    if not address.is_global:
        return "non-global"
    return None


@dataclass(frozen=True)
class AddressPolicy:
    allow_private_networks: bool = False
    allowed_hosts: tuple[str, ...] = ()  # host names, IP addresses or networks ("10.1.0.0/16")

    def _host_allowed(self, host: str) -> bool:
        return host.lower().rstrip(".") in {h.lower().rstrip(".") for h in self.allowed_hosts}

    def _address_allowed(self, address: IPAddress) -> bool:
        for entry in self.allowed_hosts:
            try:
                if address in ipaddress.ip_network(entry, strict=False):
                    return True
            except ValueError:
                continue
        return False

    def resolve(self, host: str, port: int) -> tuple[str, int]:
        """(address, port) to connect to for host:port, or AddressRefused."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise AddressRefused(f"cannot resolve host {host}: {exc}") from None
        addresses = _unique(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos)
        if not addresses:
            raise AddressRefused(f"host {host} has no address")
        if self.allow_private_networks or self._host_allowed(host):
            return str(addresses[0]), port
        for address in addresses:
            reason = address_class(address)
            if reason is not None and not self._address_allowed(address):
                # One bad address refuses the host: a resolver answering with a mix is not to be trusted.
                raise AddressRefused(f"{host} resolves to {reason} address {address} (SSRF guard)")
        return str(addresses[0]), port


def _unique(addresses: Iterable[IPAddress]) -> list[IPAddress]:
    seen: list[IPAddress] = []
    for address in addresses:
        if address not in seen:
            seen.append(address)
    return seen
