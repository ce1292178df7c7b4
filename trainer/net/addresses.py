"""The laptop's addresses on the room's network, the likely one first.

Phones reach the game at one of the laptop's IPv4 addresses. Loopback and the bridges
of containers and virtual machines (``docker0``, ``br-*``, ``veth*``, ``virbr*``) are
never offered: no phone can reach them. On Linux every interface is read (with its
name); elsewhere the address of the default route and those of the host name are
offered. The list may be empty (no network at all): the caller says so.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass

HIDDEN_PREFIXES = ("lo", "docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "cni", "flannel")
"""Interfaces no phone can reach (loopback, container and virtual machine bridges)."""
WIRELESS_PREFIXES = ("wl", "wlan", "wifi", "ap", "Wi-Fi")
"""Likely the room's Wi-Fi or the laptop's own hotspot: offered first."""
SIOCGIFADDR = 0x8915
LAN_NETWORKS = tuple(
    ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
"""Private networks (RFC 1918): a router's or a hotspot's, offered before the others."""


@dataclass(frozen=True)
class HostAddress:
    """One address the game can be served on."""

    address: str
    """The IPv4 address, e.g. ``192.168.1.10``."""
    interface: str
    """The interface's name (``wlan0``), or ``network`` when the system does not say."""
    label: str
    """For a menu: ``wlan0 — 192.168.1.10``."""


def _hidden(interface: str) -> bool:
    return interface.startswith(HIDDEN_PREFIXES)


def _linux_addresses() -> list[tuple[str, str]]:
    import fcntl

    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _index, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            try:
                answer = fcntl.ioctl(probe.fileno(), SIOCGIFADDR, request)
            except OSError:  # no IPv4 address on this interface
                continue
            found.append((name, socket.inet_ntoa(answer[20:24])))
    return found


def _route_address() -> str | None:
    """The address the system would send from toward a private network (nothing is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 9))
            return str(probe.getsockname()[0])
    except OSError:
        return None


def _other_addresses() -> list[tuple[str, str]]:
    found = []
    route = _route_address()
    if route:
        found.append(("network", route))
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    found.extend(("network", str(info[4][0])) for info in infos)
    return found


def _rank(interface: str, address: str) -> tuple[int, int]:
    ip = ipaddress.IPv4Address(address)
    lan = any(ip in network for network in LAN_NETWORKS)
    reach = 2 if ip.is_link_local else (0 if lan else 1)
    return reach, 0 if interface.startswith(WIRELESS_PREFIXES) else 1


def likely_first(pairs: Iterable[tuple[str, str]]) -> list[HostAddress]:
    """``(interface, address)`` pairs without the unreachable ones, the likely first."""
    kept: dict[str, str] = {}
    for interface, address in pairs:
        try:
            ip = ipaddress.IPv4Address(address)
        except ValueError:
            continue
        if _hidden(interface) or ip.is_loopback or ip.is_unspecified or ip.is_multicast:
            continue
        kept.setdefault(address, interface)
    ordered = sorted(kept.items(), key=lambda item: _rank(item[1], item[0]))
    return [HostAddress(a, i, f"{i} — {a}") for a, i in ordered]


def host_addresses() -> list[HostAddress]:
    """The addresses phones may reach this computer at, the likely one first."""
    try:
        pairs = _linux_addresses() if sys.platform.startswith("linux") else _other_addresses()
    except OSError:
        pairs = []
    return likely_first(pairs)
