using System.Net;

namespace Claimline.LoadTest;

internal static class FreePort
{
    public static int Find()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
