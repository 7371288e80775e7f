using System.Data.Common;
using System.Text.Json;
using Claimline.Claims;
using Claimline.Claims.Timeline;
using Claimline.Model;
using Claimline.Quantities;

namespace Claimline.Store;

/// <summary>A stored claim with its figure, what it counts, its concept and its document.</summary>
public sealed record ClaimRow(
    long Id,
    long Document,
    string DocumentKey,
    string? Published,
    string? Outlet,
    string? Date,
    string Holder,
    string? HolderKey,
    string HolderKind,
    string? Via,
    string Modality,
    string Figure,
    double? Value,
    double Low,
    double High,
    string Qualifier,
    string? Counted,
    string? Location,
    string Concept,
    string ConceptLabel,
    string Evidence,
    int Start,
    int End,
    double Confidence);

/// <summary>A quantity concept summed over the store: how many claims, holders and documents, and the dates they span.</summary>
public sealed record ConceptSummary(string Key, string Label, string Thing, string? EntityCountry, string? PlaceCountry, int Claims, int Holders, int Documents, string? First, string? Last);

/// <summary>
/// Read-side queries over the claims tables (schema version 3): claims filtered by concept and holder, the concepts
/// with their counts, and concept timelines built by <see cref="ClaimTimeline"/> from stored rows, so that the store
/// and a set of analyzed files give the same timeline. All are paged or capped.
/// </summary>
public sealed class ClaimQueries
{
    /// <summary>The most claims one timeline is built from (the newest are kept).</summary>
    public const int TimelineCap = 5000;

    private const string ClaimColumns = """
        c.id, c.document, d.doc_key, d.published, d.source, c.date, c.holder, c.holder_key, c.holder_kind, c.via, c.modality,
        q.text, q.value, q.low, q.high, q.qualifier, q.counted, q.location, c.concept, k.label, c.text, c.start, c."end", c.confidence,
        k.thing, k.entity_country, k.place_country, c.evidence
        """;

    /// <summary>The holder name the claims stage gives a speaker it could not name (ClaimFinder): no holder states such a claim.</summary>
    private const string UnknownSpeaker = "(unknown speaker)";

    private const string ClaimJoins = "FROM claims c JOIN documents d ON d.id = c.document JOIN quantities q ON q.id = c.quantity JOIN concepts k ON k.key = c.concept";

    private readonly DbConnection _connection;

    internal ClaimQueries(DbConnection connection) => _connection = connection;

    public long CountClaims() => (long)Scalar("SELECT count(*) FROM claims")!;

    /// <summary>
    /// Claims newest first. <paramref name="concept"/>: a concept key (exact) or words of its label or key (any case);
    /// <paramref name="holder"/>: a holder key (exact: <c>country:US</c>) or part of the holder's name (any case).
    /// </summary>
    public IReadOnlyList<ClaimRow> Claims(string? concept = null, string? holder = null, int limit = 50, int offset = 0)
    {
        using var command = Command(
            $"""
            SELECT {ClaimColumns} {ClaimJoins}
            WHERE (@concept IS NULL OR c.concept = @concept OR instr(lower(k.label), lower(@concept)) > 0 OR instr(lower(k.key), lower(@concept)) > 0)
            AND (@holder IS NULL OR c.holder_key = @holder OR instr(lower(c.holder), lower(@holder)) > 0)
            ORDER BY coalesce(c.date, d.published) DESC NULLS LAST, c.id LIMIT @limit OFFSET @offset
            """,
            ("@concept", concept), ("@holder", holder), ("@limit", limit), ("@offset", offset));
        return Distinct(ReadClaims(command).ConvertAll(c => c.Row));
    }

    /// <summary>
    /// The claims one entity holds, newest first, by exact holder key (<c>country:SO</c>), and those it voices for
    /// its country or body: claims whose evidence lies inside a quote whose speaker resolves to the entity (Somalia's
    /// figure given by its foreign minister appears on the minister's page too). Unlike <see cref="Claims"/>, no name
    /// matching, so that the holder and speaker indexes serve it on a large store (entity pages).
    /// </summary>
    public IReadOnlyList<ClaimRow> HolderClaims(string holderKey, int limit = 50, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(holderKey);
        using var command = Command(
            $"""
            SELECT {ClaimColumns} {ClaimJoins}
            WHERE c.id IN (
                SELECT id FROM claims WHERE holder_key = @holder
                UNION
                SELECT cl.id FROM quotes qu JOIN claims cl ON cl.document = qu.document AND cl.start >= qu.start AND cl."end" <= qu."end"
                WHERE qu.speaker_key = @holder)
            ORDER BY coalesce(c.date, d.published) DESC NULLS LAST, c.id LIMIT @limit OFFSET @offset
            """,
            ("@holder", holderKey), ("@limit", limit), ("@offset", offset));
        return Distinct(ReadClaims(command).ConvertAll(c => c.Row));
    }

    /// <summary>
    /// Concepts by number of holders, then of documents, then of claims: a figure that several sources put on one
    /// thing leads, not a generic head counted once in many articles. <paramref name="filter"/> keeps those whose
    /// label or key contains it (any case); <paramref name="statedOnly"/> keeps only concepts that some holder states
    /// (a speaker or subject, not the article's own voice or an unknown speaker).
    /// </summary>
    public IReadOnlyList<ConceptSummary> Concepts(string? filter = null, int limit = 50, int offset = 0, bool statedOnly = false)
    {
        using var command = Command(
            """
            SELECT k.key, k.label, k.thing, k.entity_country, k.place_country, count(*) AS n, count(DISTINCT coalesce(c.holder_key, c.holder)) AS holders,
                   count(DISTINCT c.document) AS docs, min(c.date), max(c.date)
            FROM concepts k JOIN claims c ON c.concept = k.key
            WHERE @filter IS NULL OR instr(lower(k.label), lower(@filter)) > 0 OR instr(lower(k.key), lower(@filter)) > 0
            GROUP BY k.key
            HAVING NOT @stated OR sum(CASE WHEN c.holder_kind <> 'outlet' AND c.holder <> @unknown THEN 1 ELSE 0 END) > 0
            ORDER BY holders DESC, docs DESC, n DESC, k.key LIMIT @limit OFFSET @offset
            """,
            ("@filter", filter), ("@limit", limit), ("@offset", offset), ("@stated", statedOnly), ("@unknown", UnknownSpeaker));
        using var reader = command.ExecuteReader();
        var list = new List<ConceptSummary>();
        while (reader.Read())
        {
            list.Add(new ConceptSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.NullableString(3), reader.NullableString(4),
                reader.Int(5), reader.Int(6), reader.Int(7), reader.NullableString(8), reader.NullableString(9)));
        }

        return list;
    }

    /// <summary>
    /// The timeline of one concept key, or null if no claim has it. Its whole family (the same thing counted of the
    /// same country, placed or not) is read so that unplaced claims are placed as <see cref="ConceptPlacement"/> does
    /// for a set of files; the key asked for is the key after placement.
    /// </summary>
    public ConceptTimeline? Timeline(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Family(key).FirstOrDefault(t => t.Concept.Key == key);
    }

    /// <summary>The timelines of every concept whose label or key contains <paramref name="filter"/>, largest first.</summary>
    public IReadOnlyList<ConceptTimeline> Timelines(string? filter, int limit = 20)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var timelines = new List<ConceptTimeline>();
        foreach (var concept in Concepts(filter, limit: 500))
        {
            if (!seen.Add(FamilyPrefix(concept.Key, concept.EntityCountry)))
            {
                continue;
            }

            timelines.AddRange(Family(concept.Key).Where(t => filter is null
                || t.Concept.Label.Contains(filter, StringComparison.OrdinalIgnoreCase)
                || t.Concept.Key.Contains(filter, StringComparison.OrdinalIgnoreCase)));
        }

        return timelines
            .Where(t => !t.Concept.IsKindOnly)
            .GroupBy(t => t.Concept.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(t => t.Entries.Count)
            .ThenBy(t => t.Concept.Key, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private IReadOnlyList<ConceptTimeline> Family(string key)
    {
        var parts = key.Split('|');
        var entityCountry = parts.Length == 3 && parts[1].Length > 0 ? parts[1] : null;
        var prefix = FamilyPrefix(key, entityCountry);
        using var command = Command(
            $"""
            SELECT {ClaimColumns} {ClaimJoins}
            WHERE c.concept = @key OR (@prefix IS NOT NULL AND substr(c.concept, 1, length(@prefix)) = @prefix)
            ORDER BY coalesce(c.date, d.published) DESC NULLS LAST, c.id LIMIT @cap
            """,
            ("@key", key), ("@prefix", entityCountry is null ? null : prefix), ("@cap", TimelineCap));
        var claims = ReadClaims(command).ConvertAll(c => new TimelineClaim(c.Concept, Entry(c.Row)));
        return claims.Count == 0 ? [] : ClaimTimeline.Build(claims);
    }

    /// <summary><c>thing|country|</c>: the concepts that placement may merge (a concept with no entity country is its own family).</summary>
    private static string FamilyPrefix(string key, string? entityCountry)
    {
        if (entityCountry is null)
        {
            return key;
        }

        var thing = key[..key.IndexOf('|', StringComparison.Ordinal)];
        return $"{thing}|{entityCountry}|";
    }

    private static TimelineEntry Entry(ClaimRow row) => new(
        row.Date,
        row.Document.ToString(System.Globalization.CultureInfo.InvariantCulture),
        row.Outlet,
        new ClaimHolder(row.HolderKey, row.Holder, EnumNames.Parse(row.HolderKind, HolderKind.Outlet)),
        row.Via,
        row.Value,
        row.Low,
        row.High,
        EnumNames.Parse(row.Qualifier, Qualifier.Exact),
        EnumNames.Parse(row.Modality, Modality.States),
        row.Location,
        row.Evidence,
        row.Confidence,
        new TextSpan(row.Start, row.End));

    /// <summary>One article's same holder giving the same figure twice is one claim in a list (as on a timeline, <see cref="ClaimTimeline"/>).</summary>
    private static List<ClaimRow> Distinct(List<ClaimRow> rows)
    {
        var first = rows.OrderBy(r => r.Start).DistinctBy(r => (r.Document, r.HolderKey ?? r.Holder, r.Concept, r.Value, r.Low, r.High, r.Modality, r.Date)).Select(r => r.Id).ToHashSet();
        return rows.FindAll(r => first.Contains(r.Id));
    }

    private static List<(ClaimRow Row, QuantityConcept Concept)> ReadClaims(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var list = new List<(ClaimRow, QuantityConcept)>();
        while (reader.Read())
        {
            var row = new ClaimRow(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.NullableString(3), reader.NullableString(4), reader.NullableString(5),
                reader.GetString(6), reader.NullableString(7), reader.GetString(8), reader.NullableString(9), reader.GetString(10),
                reader.GetString(11), reader.IsDBNull(12) ? null : reader.GetDouble(12), reader.GetDouble(13), reader.GetDouble(14),
                reader.GetString(15), reader.NullableString(16), reader.NullableString(17), reader.GetString(18), reader.GetString(19), reader.GetString(20),
                reader.Int(21), reader.Int(22), reader.GetDouble(23));
            if (row.Modality == "denies" && row.High == 0)
            {
                row = row with { Qualifier = "denied" };
            }

            var evidence = JsonSerializer.Deserialize<List<string>>(reader.GetString(27)) ?? [];
            var concept = QuantityConcept.Create(reader.GetString(24), reader.NullableString(25), reader.NullableString(26), evidence);
            list.Add((row, concept));
        }

        return list;
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => _connection.Command(sql, parameters);

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters) => _connection.Scalar(sql, parameters);
}
