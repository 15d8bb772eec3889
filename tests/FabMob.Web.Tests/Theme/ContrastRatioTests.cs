using FabMob.Web.Theme;

namespace FabMob.Web.Tests.Theme;

public sealed class ContrastRatioTests
{
    private static RgbColor C(string hex) => RgbColor.Parse(hex);

    [Theory]
    [InlineData("#777777", "#ffffff", 4.48)] // the classic grey that just fails AA
    [InlineData("#767676", "#ffffff", 4.54)] // the lightest grey that passes
    [InlineData("#000000", "#ffffff", 21)]
    [InlineData("#ffffff", "#ffffff", 1)]
    [InlineData("#0b5d4b", "#ffffff", 7.83)] // today's link green on white
    [InlineData("#1b2420", "#f2b33d", 8.55)] // today's text on today's accent
    [InlineData("#5eb8e0", "#ffffff", 2.23)] // the association's blue is too pale for text on white
    public void The_ratio_of_known_pairs_is_the_one_wcag_gives(string first, string second, double expected)
    {
        Assert.Equal(expected, ContrastRatio.Between(C(first), C(second)), 2);
        Assert.Equal(expected, ContrastRatio.Between(C(second), C(first)), 2);
    }

    [Theory]
    [InlineData("#ffffff", 1)]
    [InlineData("#000000", 0)]
    [InlineData("#ff0000", 0.2126)]
    [InlineData("#00ff00", 0.7152)]
    [InlineData("#0000ff", 0.0722)]
    [InlineData("#808080", 0.2159)]
    public void Relative_luminance_follows_the_srgb_formula(string color, double expected) =>
        Assert.Equal(expected, ContrastRatio.Luminance(C(color)), 4);

    [Theory]
    [InlineData("#9dcdd7", "#1b2420")] // a pale palette colour gets dark text
    [InlineData("#ffe000", "#1b2420")]
    [InlineData("#0b5d4b", "#ffffff")] // a deep one gets white
    [InlineData("#2f3e8f", "#ffffff")]
    public void Text_on_a_background_is_dark_or_light_whichever_contrasts_more(string background, string expected)
    {
        var text = ContrastRatio.TextOn(C(background), C("#1b2420"), RgbColor.White);

        Assert.Equal(C(expected), text);
        Assert.True(ContrastRatio.Between(text, C(background)) >= ContrastRatio.Text);
    }

    [Fact]
    public void A_mid_grey_where_neither_text_colour_reads_gets_black()
    {
        // #777: white gives 4.48, the dark text 3.96; black gives 4.69.
        Assert.Equal(RgbColor.Black, ContrastRatio.TextOn(C("#777777"), C("#3a3a3a"), RgbColor.White));
    }

    [Fact]
    public void A_pale_link_colour_is_darkened_just_enough_to_read_on_white()
    {
        var link = ContrastRatio.Reaching(C("#5eb8e0"), RgbColor.Black, ContrastRatio.Text, RgbColor.White);

        var ratio = ContrastRatio.Between(link, RgbColor.White);
        Assert.InRange(ratio, 4.5, 4.8);
        // One step less dark would not do.
        Assert.True(ContrastRatio.Between(link.MixWith(C("#5eb8e0"), 0.02), RgbColor.White) < 4.5 || link == C("#5eb8e0"));
        Assert.True(link.B > link.R, $"{link} keeps its blue hue");
    }

    [Fact]
    public void A_link_colour_is_lightened_to_read_on_a_dark_background_and_on_every_background_given()
    {
        var backgrounds = new[] { C("#0f1715"), C("#17221f"), C("#1d3a32") };

        var link = ContrastRatio.Reaching(C("#0b5d4b"), RgbColor.White, ContrastRatio.Text, backgrounds);

        Assert.All(backgrounds, background => Assert.True(ContrastRatio.Between(link, background) >= 4.5, $"{link} on {background}"));
        Assert.True(ContrastRatio.Luminance(link) > ContrastRatio.Luminance(C("#0b5d4b")));
    }

    [Fact]
    public void A_colour_that_already_reads_is_kept_as_it_is() =>
        Assert.Equal(C("#0b5d4b"), ContrastRatio.Reaching(C("#0b5d4b"), RgbColor.Black, ContrastRatio.Text, RgbColor.White));

    [Theory]
    [InlineData("#5EB8E0", "#5eb8e0")]
    [InlineData(" #abc ", "#aabbcc")]
    [InlineData("#000", "#000000")]
    public void Hexadecimal_colours_are_read_in_both_lengths_and_any_case(string text, string written)
    {
        Assert.True(RgbColor.TryParse(text, out var color));
        Assert.Equal(written, color.ToString());
    }

    [Theory]
    [InlineData("5eb8e0")]
    [InlineData("#5eb8e")]
    [InlineData("#5eb8e0ff")]
    [InlineData("#ggg")]
    [InlineData("blue")]
    [InlineData("rgb(94, 184, 224)")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_hexadecimal_colour_is_refused(string? text) => Assert.False(RgbColor.TryParse(text, out _));
}
