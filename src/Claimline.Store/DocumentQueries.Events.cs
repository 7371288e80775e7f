using System.Text;
using Claimline.Events.Cameo;

namespace Claimline.Store;

/// <summary>
/// A stored event: who did what to whom (CAMEO codes and names), its flags, when and where, the trigger as written
/// and its document. <see cref="Day"/> is the day it is counted on (its date, else the document's).
/// </summary>
public sealed record EventRow(
    long Id,
    long Document,
    string DocumentKey,
    string? Title,
    string? Published,
    int Ordinal,
    string Code,
    string? Description,
    string Base,
    string Root,
    int QuadClass,
    double Goldstein,
    string SourceCode,
    string SourceName,
    string? SourceKey,
    string? SourceCountry,
    string TargetCode,
    string TargetName,
    string? TargetKey,
    string? TargetCountry,
    bool Negated,
    bool Hypothetical,
    string? ReportedBy,
    string? ReportedByName,
    string? Date,
    string? Day,
    string? Place,
    string? PlaceCountry,
    double? Latitude,
    double? Longitude,
    string Trigger,
    int TriggerStart,
    int TriggerEnd,
    int Start,
    int End,
    string Rule);

/// <summary>How many events of one CAMEO root were counted on one day.</summary>
public sealed record EventCount(string Day, string Root, string? RootName, int Count);

/// <summary>
/// Which events to read: an actor code prefix matched against the source or the target (<c>PRK</c> matches
/// <c>PRKMIL</c>; <c>IGOUNO</c> the United Nations), an event code prefix (<c>19</c> matches <c>190</c> and
/// <c>1951</c>) and an inclusive range of days (<c>YYYY-MM-DD</c>); null means any.
/// </summary>
public sealed record EventFilter(string? Actor = null, string? Code = null, string? From = null, string? To = null);

public sealed partial class DocumentQueries
{
    /// <summary>The most rows <see cref="EventCounts"/> returns (days × roots), the earliest first.</summary>
    public const int EventCountCap = 20_000;

    private const string EventColumns = """
        e.id, e.document, d.doc_key, d.title, d.published, e.ordinal, e.code, e.base, e.root, e.quad_class, e.goldstein,
        e.source_code, e.source_name, e.source_key, e.source_country, e.target_code, e.target_name, e.target_key, e.target_country,
        e.negated, e.hypothetical, e.reported_by, e.reported_by_name, e.date, e.day, e.place, e.place_country, e.lat, e.lon,
        e.trigger, e.trigger_start, e.trigger_end, e.start, e."end", e.rule
        """;

    /// <summary>Events, newest day first (then in document and text order), filtered; paged.</summary>
    public IReadOnlyList<EventRow> Events(EventFilter? filter = null, int limit = 50, int offset = 0)
    {
        var (where, parameters) = EventWhere(filter ?? new EventFilter());
        parameters.Add(("@limit", limit));
        parameters.Add(("@offset", offset));
        using var command = Command(
            $"""
            SELECT {EventColumns} FROM events e JOIN documents d ON d.id = e.document
            {where}
            ORDER BY e.day IS NULL, e.day DESC, e.document, e.ordinal LIMIT @limit OFFSET @offset
            """,
            [.. parameters]);
        using var reader = command.ExecuteReader();
        var codes = CameoCodes.English;
        var list = new List<EventRow>();
        while (reader.Read())
        {
            var code = reader.GetString(6);
            list.Add(new EventRow(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.NullableString(3), reader.NullableString(4), reader.Int(5),
                code, codes.Describe(code), reader.GetString(7), reader.GetString(8), reader.Int(9), reader.GetDouble(10),
                reader.GetString(11), reader.GetString(12), reader.NullableString(13), reader.NullableString(14),
                reader.GetString(15), reader.GetString(16), reader.NullableString(17), reader.NullableString(18),
                reader.Int(19) != 0, reader.Int(20) != 0, reader.NullableString(21), reader.NullableString(22),
                reader.NullableString(23), reader.NullableString(24), reader.NullableString(25), reader.NullableString(26),
                reader.IsDBNull(27) ? null : reader.GetDouble(27), reader.IsDBNull(28) ? null : reader.GetDouble(28),
                reader.GetString(29), reader.Int(30), reader.Int(31), reader.Int(32), reader.Int(33), reader.GetString(34)));
        }

        return list;
    }

    /// <summary>
    /// Events per CAMEO root per day, earliest day first, filtered as <see cref="Events"/>. Negated events (<c>denied
    /// attacking</c>) are not counted: they did not happen. Events with no day (neither theirs nor the document's) are
    /// left out. At most <see cref="EventCountCap"/> rows.
    /// </summary>
    public IReadOnlyList<EventCount> EventCounts(EventFilter? filter = null)
    {
        var (where, parameters) = EventWhere(filter ?? new EventFilter());
        parameters.Add(("@cap", EventCountCap));
        using var command = Command(
            $"""
            SELECT e.day, e.root, count(*) FROM events e
            {(where.Length == 0 ? "WHERE" : where + " AND")} e.day IS NOT NULL AND e.negated = 0
            GROUP BY e.day, e.root ORDER BY e.day, e.root LIMIT @cap
            """,
            [.. parameters]);
        using var reader = command.ExecuteReader();
        var codes = CameoCodes.English;
        var list = new List<EventCount>();
        while (reader.Read())
        {
            var root = reader.GetString(1);
            list.Add(new EventCount(reader.GetString(0), root, RootName(codes.Describe(root)), reader.Int(2)));
        }

        return list;
    }

    /// <summary>The store row ids of one document's events, by their index in its events layer.</summary>
    public IReadOnlyDictionary<int, long> EventIds(long document)
    {
        using var command = Command("SELECT ordinal, id FROM events WHERE document = @d", ("@d", document));
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<int, long>();
        while (reader.Read())
        {
            ids[reader.Int(0)] = reader.GetInt64(1);
        }

        return ids;
    }

    /// <summary>GDELT's root names are capitals (<c>FIGHT</c>); a reader wants <c>Fight</c>.</summary>
    private static string? RootName(string? description)
        => description is { Length: > 0 } && description.ToUpperInvariant() == description
            ? string.Concat(description[..1], description[1..].ToLowerInvariant())
            : description;

    /// <summary>
    /// The WHERE clause of a filter: prefixes become ranges (<c>code &gt;= '19' AND code &lt; '1:'</c>) so that the
    /// code and actor indexes serve them; only the conditions asked for are written, for the same reason.
    /// </summary>
    private static (string Where, List<(string Name, object? Value)> Parameters) EventWhere(EventFilter filter)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        if (Prefix(filter.Actor) is { } actor)
        {
            conditions.Add("((e.source_code >= @actor AND e.source_code < @actorEnd) OR (e.target_code >= @actor AND e.target_code < @actorEnd))");
            parameters.Add(("@actor", actor));
            parameters.Add(("@actorEnd", PrefixEnd(actor)));
        }

        if (Prefix(filter.Code) is { } code)
        {
            conditions.Add("e.code >= @code AND e.code < @codeEnd");
            parameters.Add(("@code", code));
            parameters.Add(("@codeEnd", PrefixEnd(code)));
        }

        if (!string.IsNullOrWhiteSpace(filter.From))
        {
            conditions.Add("e.day >= @from");
            parameters.Add(("@from", filter.From.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.To))
        {
            conditions.Add("e.day <= @to");
            parameters.Add(("@to", filter.To.Trim()));
        }

        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters);
    }

    /// <summary>CAMEO codes are upper case ASCII letters, digits and dashes; anything else cannot match and is kept as typed.</summary>
    private static string? Prefix(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();

    /// <summary>The least string above every string that starts with <paramref name="prefix"/>: its last character plus one.</summary>
    private static string PrefixEnd(string prefix)
    {
        var builder = new StringBuilder(prefix);
        var last = builder.Length - 1;
        // A last char of U+FFFF has no successor in UTF-16; such a prefix matches no CAMEO code anyway.
        builder[last] = builder[last] == char.MaxValue ? char.MaxValue : (char)(builder[last] + 1);
        return builder.ToString();
    }
}
