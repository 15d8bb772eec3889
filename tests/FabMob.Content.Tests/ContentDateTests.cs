namespace FabMob.Content.Tests;

public class ContentDateTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Paris_is_the_real_time_zone_on_this_machine()
    {
        Assert.Equal(TimeSpan.FromHours(1), ContentDate.Paris.GetUtcOffset(new DateTime(2015, 1, 15, 12, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(TimeSpan.FromHours(2), ContentDate.Paris.GetUtcOffset(new DateTime(2015, 7, 15, 12, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Iso_date_is_midnight_in_paris()
    {
        Assert.True(ContentDate.TryParse("2015-03-24", out var date));
        Assert.Equal(Utc(2015, 3, 23, 23), date);
        Assert.Equal(TimeSpan.FromHours(1), date.Offset);
    }

    [Fact]
    public void Iso_instant_with_z_is_utc()
    {
        Assert.True(ContentDate.TryParse("2015-03-24T17:42:12.000Z", out var date));
        Assert.Equal(Utc(2015, 3, 24, 17, 42, 12), date);
        Assert.Equal(TimeSpan.Zero, date.Offset);
    }

    [Fact]
    public void French_day_month_year_is_midnight_in_paris()
    {
        Assert.True(ContentDate.TryParse("24-03-2015", out var date));
        Assert.Equal(Utc(2015, 3, 23, 23), date);
    }

    [Fact]
    public void French_date_with_time_is_paris_winter_time()
    {
        Assert.True(ContentDate.TryParse("24-03-2015 17:42", out var date));
        Assert.Equal(Utc(2015, 3, 24, 16, 42), date);
        Assert.Equal(TimeSpan.FromHours(1), date.Offset);
    }

    [Fact]
    public void French_date_with_time_in_summer_is_paris_summer_time()
    {
        Assert.True(ContentDate.TryParse("24-07-2015 17:42", out var date));
        Assert.Equal(Utc(2015, 7, 24, 15, 42), date);
        Assert.Equal(TimeSpan.FromHours(2), date.Offset);
    }

    [Theory]
    [InlineData("2015-03-24T17:42:12+02:00", 15)]
    [InlineData("2015-03-24T17:42:12-05:00", 22)]
    [InlineData("2015-03-24 17:42:12 +02:00", 15)]
    public void An_explicit_offset_is_honoured(string text, int utcHour)
    {
        Assert.True(ContentDate.TryParse(text, out var date));
        Assert.Equal(Utc(2015, 3, 24, utcHour, 42, 12), date);
    }

    [Theory]
    [InlineData("2015-03-24T17:42:12")]
    [InlineData("2015-03-24 17:42:12")]
    public void An_iso_time_without_offset_is_paris_time(string text)
    {
        Assert.True(ContentDate.TryParse(text, out var date));
        Assert.Equal(Utc(2015, 3, 24, 16, 42, 12), date);
    }

    [Theory]
    [InlineData("24/03/2015")]
    [InlineData("2015/03/24")]
    [InlineData("  2015-03-24  ")]
    public void Slashes_and_surrounding_spaces_are_accepted(string text)
    {
        Assert.True(ContentDate.TryParse(text, out var date));
        Assert.Equal(Utc(2015, 3, 23, 23), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hier")]
    [InlineData("32-03-2015")]
    [InlineData("2015-13-01")]
    [InlineData("24 mars 2015")]
    [InlineData("03-24-2015")]
    public void Text_that_is_not_a_date_is_refused(string text)
    {
        Assert.False(ContentDate.TryParse(text, out var date));
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("2023-10-9", 2023, 10, 9)]
    [InlineData("2021-5-4", 2021, 5, 4)]
    [InlineData("4-5-2021", 2021, 5, 4)]
    [InlineData("2021-5-4T09:30", 2021, 5, 4)]
    public void Days_and_months_without_a_leading_zero_are_read_as_editors_write_them(string text, int year, int month, int day)
    {
        Assert.True(ContentDate.TryParse(text, out var date));
        var paris = TimeZoneInfo.ConvertTime(date, ContentDate.Paris);
        Assert.Equal((year, month, day), (paris.Year, paris.Month, paris.Day));
    }
}
