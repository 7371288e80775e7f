namespace Claimline.Entities.Gazetteers;

/// <summary>
/// The lists a name can be found in. At most eight: a token's matches are packed as one bit per category and BILOU
/// position into 32 bits (<see cref="Gazetteer.Match"/>). The numbers are part of the model format.
/// </summary>
public enum GazetteerCategory : byte
{
    /// <summary>Country names: common, official and aliases (North Korea, DPRK).</summary>
    Country = 0,

    /// <summary>National capitals (Seoul, Moscow): places, and by metonymy their governments.</summary>
    Capital = 1,

    /// <summary>Other cities and towns (reserved: the full GeoNames list did not help the tagger).</summary>
    City = 2,

    /// <summary>First-level divisions: states, provinces, oblasts (GeoNames admin1).</summary>
    Region = 3,

    /// <summary>Demonyms: North Korean, Ukrainians.</summary>
    Demonym = 4,

    /// <summary>Organizations: international bodies, agencies, alliances (United Nations, U.N., NATO).</summary>
    Organization = 5,

    /// <summary>Seats of government used for the body they house (Kremlin, Pentagon, White House).</summary>
    Seat = 6,

    /// <summary>Given names of people.</summary>
    FirstName = 7,
}
