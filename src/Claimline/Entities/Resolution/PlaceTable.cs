using System.Runtime.InteropServices;

namespace Claimline.Entities.Resolution;

/// <summary>
/// The towns of the place table by normalized name, each name with its rows (country, point) in file order. Two
/// forms: a dictionary parsed from <c>places.tsv.gz</c>, or a compiled image of it (<see cref="Compile"/>) that is
/// searched where it lies: the names sorted by ordinal comparison, found by binary search, with nothing parsed or
/// allocated at start-up (parsing 170,000 lines took 0.35-0.58 s of a short article's start-up).
/// </summary>
internal abstract class PlaceTable
{
    /// <summary>The image's file name, beside the assembly.</summary>
    public const string ImageName = "claimline-places.bin";

    /// <summary>Names the image's layout in its key: change it when the layout changes.</summary>
    public const string Format = "claimline-places/1";

    public abstract int Count { get; }

    /// <summary>The names, in no particular order.</summary>
    public abstract IEnumerable<string> Names { get; }

    public abstract bool Contains(string name);

    /// <summary>Appends the rows of <paramref name="name"/>, if any, in file order.</summary>
    public abstract void AddTo(string name, List<(string Country, GeoPoint Point)> rows);

    public static PlaceTable FromDictionary(Dictionary<string, List<(string Country, GeoPoint Point)>> places) => new Parsed(places);

    /// <summary>The table in a whole image (header included), or null when its sizes do not add up.</summary>
    public static PlaceTable? FromImage(byte[] image) => Image.TryCreate(image);

    /// <summary>
    /// The image's payload for <paramref name="table"/>: four counts (countries, names, rows, characters), then the
    /// countries (start, length in the characters), the names (start, length, first row, row count) in ordinal order,
    /// the rows (latitude, longitude, country, padding) and the characters (UTF-16), all little-endian.
    /// </summary>
    public static byte[] Compile(PlaceTable table)
    {
        var names = table.Names.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var chars = new System.Text.StringBuilder();
        var nameRecords = new NameRecord[names.Length];
        var rowRecords = new List<RowRecord>();
        var rows = new List<(string Country, GeoPoint Point)>();
        for (var i = 0; i < names.Length; i++)
        {
            rows.Clear();
            table.AddTo(names[i], rows);
            nameRecords[i] = new NameRecord(chars.Length, names[i].Length, rowRecords.Count, rows.Count);
            chars.Append(names[i]);
            foreach (var (country, point) in rows)
            {
                if (!countries.TryGetValue(country, out var index))
                {
                    countries[country] = index = countries.Count;
                }

                rowRecords.Add(new RowRecord(point.Latitude, point.Longitude, index, 0));
            }
        }

        var countryRecords = new CountryRecord[countries.Count];
        foreach (var (country, index) in countries)
        {
            countryRecords[index] = new CountryRecord(chars.Length, country.Length);
            chars.Append(country);
        }

        using var stream = new MemoryStream();
        stream.Write(MemoryMarshal.AsBytes<int>([countryRecords.Length, nameRecords.Length, rowRecords.Count, chars.Length]));
        stream.Write(MemoryMarshal.AsBytes<CountryRecord>(countryRecords));
        stream.Write(MemoryMarshal.AsBytes<NameRecord>(nameRecords));
        stream.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(rowRecords)));
        stream.Write(MemoryMarshal.AsBytes(chars.ToString().AsSpan()));
        return stream.ToArray();
    }

    private readonly record struct CountryRecord(int Start, int Length);

    private readonly record struct NameRecord(int Start, int Length, int FirstRow, int RowCount);

    private readonly record struct RowRecord(double Latitude, double Longitude, int Country, int Padding);

    private sealed class Parsed(Dictionary<string, List<(string Country, GeoPoint Point)>> places) : PlaceTable
    {
        public override int Count => places.Count;

        public override IEnumerable<string> Names => places.Keys;

        public override bool Contains(string name) => places.ContainsKey(name);

        public override void AddTo(string name, List<(string Country, GeoPoint Point)> rows)
        {
            if (places.TryGetValue(name, out var found))
            {
                rows.AddRange(found);
            }
        }
    }

    private sealed class Image : PlaceTable
    {
        private readonly byte[] _image;
        private readonly int _names;
        private readonly int _nameCount;
        private readonly int _rows;
        private readonly int _rowCount;
        private readonly int _chars;
        private readonly int _charCount;
        private readonly string[] _countries;

        private Image(byte[] image, int names, int nameCount, int rows, int rowCount, int chars, int charCount, string[] countries)
        {
            _image = image;
            _names = names;
            _nameCount = nameCount;
            _rows = rows;
            _rowCount = rowCount;
            _chars = chars;
            _charCount = charCount;
            _countries = countries;
        }

        public override int Count => _nameCount;

        public override IEnumerable<string> Names
        {
            get
            {
                for (var i = 0; i < _nameCount; i++)
                {
                    yield return NameAt(NameRecords[i]).ToString();
                }
            }
        }

        private ReadOnlySpan<NameRecord> NameRecords => MemoryMarshal.Cast<byte, NameRecord>(_image.AsSpan(_names, _nameCount * NameSize));

        private ReadOnlySpan<RowRecord> RowRecords => MemoryMarshal.Cast<byte, RowRecord>(_image.AsSpan(_rows, _rowCount * RowSize));

        private ReadOnlySpan<char> Chars => MemoryMarshal.Cast<byte, char>(_image.AsSpan(_chars, _charCount * sizeof(char)));

        private static int NameSize => System.Runtime.CompilerServices.Unsafe.SizeOf<NameRecord>();

        private static int RowSize => System.Runtime.CompilerServices.Unsafe.SizeOf<RowRecord>();

        public static Image? TryCreate(byte[] image)
        {
            var at = Resources.CompiledResource.HeaderLength;
            if (image.Length < at + 16)
            {
                return null;
            }

            var counts = MemoryMarshal.Cast<byte, int>(image.AsSpan(at, 16));
            var (countryCount, nameCount, rowCount, charCount) = (counts[0], counts[1], counts[2], counts[3]);
            if (countryCount < 0 || nameCount < 0 || rowCount < 0 || charCount < 0)
            {
                return null;
            }

            var countriesAt = (long)at + 16;
            var namesAt = countriesAt + ((long)countryCount * System.Runtime.CompilerServices.Unsafe.SizeOf<CountryRecord>());
            var rowsAt = namesAt + ((long)nameCount * NameSize);
            var charsAt = rowsAt + ((long)rowCount * RowSize);
            if (charsAt + ((long)charCount * sizeof(char)) != image.Length)
            {
                return null;
            }

            var chars = MemoryMarshal.Cast<byte, char>(image.AsSpan((int)charsAt, charCount * sizeof(char)));
            var countryRecords = MemoryMarshal.Cast<byte, CountryRecord>(image.AsSpan((int)countriesAt, (int)(namesAt - countriesAt)));
            var countries = new string[countryCount];
            for (var i = 0; i < countryCount; i++)
            {
                var (start, length) = countryRecords[i];
                if (!InRange(start, length, charCount))
                {
                    return null;
                }

                countries[i] = chars.Slice(start, length).ToString();
            }

            // Every name and row reference is checked once here, so that a damaged image is refused, not misread.
            var table = new Image(image, (int)namesAt, nameCount, (int)rowsAt, rowCount, (int)charsAt, charCount, countries);
            foreach (var record in table.NameRecords)
            {
                if (!InRange(record.Start, record.Length, charCount) || !InRange(record.FirstRow, record.RowCount, rowCount))
                {
                    return null;
                }
            }

            foreach (var row in table.RowRecords)
            {
                if ((uint)row.Country >= (uint)countryCount)
                {
                    return null;
                }
            }

            return table;
        }

        public override bool Contains(string name) => Find(name) >= 0;

        public override void AddTo(string name, List<(string Country, GeoPoint Point)> rows)
        {
            var index = Find(name);
            if (index < 0)
            {
                return;
            }

            var record = NameRecords[index];
            foreach (var row in RowRecords.Slice(record.FirstRow, record.RowCount))
            {
                rows.Add((_countries[row.Country], new GeoPoint(row.Latitude, row.Longitude)));
            }
        }

        private static bool InRange(int start, int length, int count) => start >= 0 && length >= 0 && (long)start + length <= count;

        private ReadOnlySpan<char> NameAt(NameRecord record) => Chars.Slice(record.Start, record.Length);

        private int Find(string name)
        {
            var records = NameRecords;
            var (low, high) = (0, records.Length - 1);
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = NameAt(records[middle]).SequenceCompareTo(name);
                if (order == 0)
                {
                    return middle;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return -1;
        }
    }
}
