using Claimline.Model;
using Claimline.Structure;

namespace Claimline.Tests.Structure;

public class DatelineFinderTests
{
    private static DatelineFinder.Match? Find(string text) => DatelineFinder.Find(text, new TextSpan(0, text.Length));

    [Theory]
    [InlineData("WASHINGTON (AP) — Officials said.", "WASHINGTON", null, "AP", "WASHINGTON (AP) —")]
    [InlineData("UNITED NATIONS (AP) — The council met.", "UNITED NATIONS", null, "AP", "UNITED NATIONS (AP) —")]
    [InlineData("KYIV, Ukraine (AP) — Crews worked.", "KYIV", "Ukraine", "AP", "KYIV, Ukraine (AP) —")]
    [InlineData("LONDON (Reuters) - Shares fell.", "LONDON", null, "Reuters", "LONDON (Reuters) -")]
    [InlineData("LONDON, Nov 1 (Reuters) - Shares fell.", "LONDON", "Nov 1", "Reuters", "LONDON, Nov 1 (Reuters) -")]
    [InlineData("DAR ES SALAAM, Tanzania (AP) _ The blast", "DAR ES SALAAM", "Tanzania", "AP", "DAR ES SALAAM, Tanzania (AP) _")]
    [InlineData("ST. LOUIS (AP) -- Rain fell.", "ST. LOUIS", null, "AP", "ST. LOUIS (AP) --")]
    [InlineData("SÃO PAULO (Reuters) - Coffee rose.", "SÃO PAULO", null, "Reuters", "SÃO PAULO (Reuters) -")]
    [InlineData("WASHINGTON — The Senate voted.", "WASHINGTON", null, null, "WASHINGTON —")]
    [InlineData("NAIROBI, Kenya (AP)", "NAIROBI", "Kenya", "AP", "NAIROBI, Kenya (AP)")]
    public void Recognises_wire_datelines(string text, string place, string? region, string? agency, string span)
    {
        var match = Find(text);
        Assert.NotNull(match);
        Assert.Equal(place, match.Value.Place.Of(text));
        Assert.Equal(region, match.Value.Region?.Of(text));
        Assert.Equal(agency, match.Value.Agency?.Of(text));
        Assert.Equal(span, match.Value.Span.Of(text));
    }

    [Theory]
    [InlineData("The United States said — again — that it would act.")]
    [InlineData("WASHINGTONians voted (AP) — today")]
    [InlineData("A (AP) — x")]
    [InlineData("WASHINGTON said nothing.")]
    [InlineData("NATO (the alliance) agreed.")]
    [InlineData("")]
    public void Ignores_ordinary_paragraph_openings(string text) => Assert.Null(Find(text));
}
