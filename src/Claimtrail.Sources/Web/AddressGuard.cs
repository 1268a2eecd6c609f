using System.Net;
using System.Net.Sockets;

namespace Claimtrail.Sources.Web;

/// <summary>
/// The SSRF guard's rule: addresses a fetch must never reach unless the user allows private addresses —
/// loopback, private (RFC 1918, IPv6 unique local), link-local (where cloud metadata services live, such as
/// 169.254.169.254), carrier-grade NAT, unspecified, multicast, broadcast, and IPv4 inside IPv6.
/// </summary>
public static class AddressGuard
{
    /// <summary>True when <paramref name="address"/> is not on the public internet.</summary>
    public static bool IsForbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] <= 127,          // 100.64.0.0/10, carrier-grade NAT
                169 => b[1] == 254,                        // link-local, cloud metadata
                172 => b[1] >= 16 && b[1] <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] == 0) || (b[1] == 0 && b[2] == 2),
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true,                            // multicast and reserved
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            Span<byte> b = stackalloc byte[16];
            address.TryWriteBytes(b, out _);
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                   // fc00::/7, unique local (includes AWS fd00:ec2::254)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // documentation
                || address.IsIPv4MappedToIPv6
                || (b[..12].IndexOfAnyExcept((byte)0) < 0); // ::a.b.c.d, IPv4-compatible
        }

        return true;
    }
}
