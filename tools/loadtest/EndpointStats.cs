using System.Globalization;

namespace Claimline.LoadTest;

/// <summary>Latencies and status codes of one endpoint in one run.</summary>
internal sealed class EndpointStats
{
    private readonly List<double> _latencies = [];
    private readonly Dictionary<int, int> _statuses = [];

    public int ServerErrors { get; private set; }

    public void Add(double milliseconds, int status)
    {
        lock (_latencies)
        {
            _latencies.Add(milliseconds);
            _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 || status == 0)
            {
                ServerErrors++;
            }
        }
    }

    public int Count => _latencies.Count;

    public double Percentile(double p)
    {
        if (_latencies.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _latencies.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public string Statuses => string.Join(" ", _statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "none" : s.Key.ToString(CultureInfo.InvariantCulture))}×{s.Value}"));
}
