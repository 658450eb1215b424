using NewsExtraction.Distances;

namespace NewsExtraction.Tests.Distances;

public sealed class DistanceExtractorTests
{
    private static readonly DistanceExtractor Extractor = new();
    private static readonly DistanceExtractor VagueExtractor = new(new DistanceExtractorOptions { IncludeVague = true });

    private static DistanceMention Single(string text, DistanceExtractor? extractor = null)
    {
        IReadOnlyList<DistanceMention> found = (extractor ?? Extractor).Find(text);
        Assert.True(found.Count == 1, $"Expected one distance in '{text}', found {found.Count}: {string.Join(" | ", found.Select(f => f.Text))}");
        DistanceMention m = found[0];
        Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length));
        return m;
    }

    private static void AssertClose(double expected, double? actual)
    {
        Assert.NotNull(actual);
        Assert.True(Math.Abs(expected - actual.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"Expected {expected:R}, got {actual.Value:R}");
    }

    [Theory]
    // Digits with separators.
    [InlineData("The pipeline is 1,200 km long.", "1,200 km", 1200, LengthUnit.Kilometre, 1_200_000)]
    [InlineData("a path of 1.5 km through the woods", "1.5 km", 1.5, LengthUnit.Kilometre, 1500)]
    [InlineData("a border of 1 200 km with Russia", "1 200 km", 1200, LengthUnit.Kilometre, 1_200_000)]
    [InlineData("a cable 2,500,000 m long", "2,500,000 m", 2_500_000, LengthUnit.Metre, 2_500_000)]
    // Number words.
    [InlineData("They walked forty miles to the camp.", "forty miles", 40, LengthUnit.Mile, 64373.76)]
    [InlineData("It lies two hundred metres below.", "two hundred metres", 200, LengthUnit.Metre, 200)]
    [InlineData("They marched a dozen miles.", "a dozen miles", 12, LengthUnit.Mile, 19312.128)]
    [InlineData("The shop is half a mile down the road.", "half a mile", 0.5, LengthUnit.Mile, 804.672)]
    [InlineData("The shop is a mile down the road.", "a mile", 1, LengthUnit.Mile, 1609.344)]
    [InlineData("The trail runs one and a half miles.", "one and a half miles", 1.5, LengthUnit.Mile, 2414.016)]
    [InlineData("The trail runs a mile and a half.", "a mile and a half", 1.5, LengthUnit.Mile, 2414.016)]
    [InlineData("a queue two hundred and fifty-five metres long", "two hundred and fifty-five metres", 255, LengthUnit.Metre, 255)]
    [InlineData("It is twelve thousand kilometres away.", "twelve thousand kilometres", 12000, LengthUnit.Kilometre, 12_000_000)]
    [InlineData("Earth is 93 million miles from the Sun.", "93 million miles", 93_000_000, LengthUnit.Mile, 149_668_992_000)]
    // Fractions.
    [InlineData("The school is ¾ of a mile from here.", "¾ of a mile", 0.75, LengthUnit.Mile, 1207.008)]
    [InlineData("a 3/4 mile loop", "3/4 mile", 0.75, LengthUnit.Mile, 1207.008)]
    [InlineData("it takes more than 10 1/2 miles of cable", "10 1/2 miles", 10.5, LengthUnit.Mile, 16898.112)]
    [InlineData("a 10½ miles hike", "10½ miles", 10.5, LengthUnit.Mile, 16898.112)]
    [InlineData("three quarters of a mile away", "three quarters of a mile", 0.75, LengthUnit.Mile, 1207.008)]
    [InlineData("a quarter-mile track", "a quarter-mile", 0.25, LengthUnit.Mile, 402.336)]
    // Units in full, plural, abbreviated, British and American spelling.
    [InlineData("5 mi", "5 mi", 5, LengthUnit.Mile, 8046.72)]
    [InlineData("1 mile", "1 mile", 1, LengthUnit.Mile, 1609.344)]
    [InlineData("5 km", "5 km", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("5 kilometre", "5 kilometre", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("5 kilometres", "5 kilometres", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("5 kilometers", "5 kilometers", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("5 metres", "5 metres", 5, LengthUnit.Metre, 5)]
    [InlineData("5 meters", "5 meters", 5, LengthUnit.Metre, 5)]
    [InlineData("The wall is 5 m tall.", "5 m", 5, LengthUnit.Metre, 5)]
    [InlineData("5 cm", "5 cm", 5, LengthUnit.Centimetre, 0.05)]
    [InlineData("5 mm", "5 mm", 5, LengthUnit.Millimetre, 0.005)]
    [InlineData("1 foot", "1 foot", 1, LengthUnit.Foot, 0.3048)]
    [InlineData("5 feet", "5 feet", 5, LengthUnit.Foot, 1.524)]
    [InlineData("5 ft", "5 ft", 5, LengthUnit.Foot, 1.524)]
    [InlineData("5 yards", "5 yards", 5, LengthUnit.Yard, 4.572)]
    [InlineData("1 yard", "1 yard", 1, LengthUnit.Yard, 0.9144)]
    [InlineData("5 yd", "5 yd", 5, LengthUnit.Yard, 4.572)]
    [InlineData("5 inches", "5 inches", 5, LengthUnit.Inch, 0.127)]
    [InlineData("1 inch", "1 inch", 1, LengthUnit.Inch, 0.0254)]
    [InlineData("a 10 in long pen", "10 in", 10, LengthUnit.Inch, 0.254)]
    [InlineData("5 nautical miles", "5 nautical miles", 5, LengthUnit.NauticalMile, 9260)]
    [InlineData("1 nautical mile", "1 nautical mile", 1, LengthUnit.NauticalMile, 1852)]
    [InlineData("5 nmi", "5 nmi", 5, LengthUnit.NauticalMile, 9260)]
    [InlineData("5 NM", "5 NM", 5, LengthUnit.NauticalMile, 9260)]
    // Forms.
    [InlineData("along the 130-mile border", "130-mile", 130, LengthUnit.Mile, 209214.72)]
    [InlineData("a 5-km stretch of road", "5-km", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("a 5km stretch of road", "5km", 5, LengthUnit.Kilometre, 5000)]
    [InlineData("the six-mile trip", "six-mile", 6, LengthUnit.Mile, 9656.064)]
    [InlineData("the 2.5-mile stretch", "2.5-mile", 2.5, LengthUnit.Mile, 4023.36)]
    // Compound lengths are one measure.
    [InlineData("he is 5 feet 2 inches", "5 feet 2 inches", 5 + (2.0 / 12), LengthUnit.Foot, 1.5748)]
    [InlineData("he is 6 ft 2 in", "6 ft 2 in", 6 + (2.0 / 12), LengthUnit.Foot, 1.8796)]
    [InlineData("he is 5 feet and 2 inches.", "5 feet and 2 inches", 5 + (2.0 / 12), LengthUnit.Foot, 1.5748)]
    [InlineData("the 6-foot-2 forward", "6-foot-2", 6 + (2.0 / 12), LengthUnit.Foot, 1.8796)]
    [InlineData("he stands 6′2″ tall", "6′2″", 6 + (2.0 / 12), LengthUnit.Foot, 1.8796)]
    [InlineData("I'm 5'11\" now", "5'11\"", 5 + (11.0 / 12), LengthUnit.Foot, 1.8034)]
    [InlineData("He is 6ft 2in tall.", "6ft 2in", 6 + (2.0 / 12), LengthUnit.Foot, 1.8796)]
    // A doubled single mark typed for the inch mark.
    [InlineData("the 5’9’’ guard drove to the rim", "5’9’’", 5 + (9.0 / 12), LengthUnit.Foot, 1.7526)]
    [InlineData("she is 5'4'' and quick", "5'4''", 5 + (4.0 / 12), LengthUnit.Foot, 1.6256)]
    [InlineData("a 6′1′′ forward", "6′1′′", 6 + (1.0 / 12), LengthUnit.Foot, 1.8542)]
    public void Reads_number_unit_and_exact_metres(string text, string span, double value, LengthUnit unit, double metres)
    {
        DistanceMention m = Single(text);
        Assert.Equal(span, m.Text);
        AssertClose(value, m.Value);
        Assert.Equal(unit, m.Unit);
        AssertClose(metres, m.Metres);
        Assert.Null(m.ValueMax);
        Assert.Equal(DistanceExtractor.ExtractorName, m.Extractor);
    }

    [Fact]
    public void Metres_are_exact_not_floating_point_products()
    {
        // 130 * 1609.344 in binary floating point is 209214.71999999997.
        Assert.Equal(209214.72, Single("130 miles").Metres);
        Assert.Equal(64373.76, Single("40 miles").Metres);
        Assert.Equal(0.3048, Single("1 foot").Metres);
        Assert.Equal(1852, Single("1 nautical mile").Metres);
    }

    [Theory]
    [InlineData("20 to 30 km", "20 to 30 km", 20, 30, LengthUnit.Kilometre)]
    [InlineData("a 20-30 km drive", "20-30 km", 20, 30, LengthUnit.Kilometre)]
    [InlineData("a 20–30 km drive", "20–30 km", 20, 30, LengthUnit.Kilometre)]
    [InlineData("between 20 and 30 miles", "20 and 30 miles", 20, 30, LengthUnit.Mile)]
    [InlineData("from 20 km to 30 km", "20 km to 30 km", 20, 30, LengthUnit.Kilometre)]
    [InlineData("walls eight to 10 feet tall", "eight to 10 feet", 8, 10, LengthUnit.Foot)]
    [InlineData("a probe some 250 to 270 million miles out", "250 to 270 million miles", 250e6, 270e6, LengthUnit.Mile)]
    [InlineData("debris spread two to three thousand feet", "two to three thousand feet", 2000, 3000, LengthUnit.Foot)]
    [InlineData("an orbit 1.5 to 2 million km wide", "1.5 to 2 million km", 1.5e6, 2e6, LengthUnit.Kilometre)]
    [InlineData("anywhere from 500 to 1 million km", "500 to 1 million km", 500, 1e6, LengthUnit.Kilometre)]
    public void A_range_is_one_mention_with_lower_and_upper_bounds(string text, string span, double low, double high, LengthUnit unit)
    {
        DistanceMention m = Single(text);
        Assert.Equal(span, m.Text);
        Assert.Equal(low, m.Value);
        Assert.Equal(high, m.ValueMax);
        Assert.Equal(unit, m.Unit);
        AssertClose(low * (double)LengthUnits.MetresPerUnit(unit), m.Metres);
        AssertClose(high * (double)LengthUnits.MetresPerUnit(unit), m.MetresMax);
    }

    [Theory]
    [InlineData("about", true, Comparator.Approximately)]
    [InlineData("around", true, Comparator.Approximately)]
    [InlineData("some", true, Comparator.Approximately)]
    [InlineData("approximately", true, Comparator.Approximately)]
    [InlineData("roughly", true, Comparator.Approximately)]
    [InlineData("nearly", true, Comparator.Approximately)]
    [InlineData("almost", true, Comparator.Approximately)]
    [InlineData("more than", true, Comparator.GreaterThan)]
    [InlineData("over", true, Comparator.GreaterThan)]
    [InlineData("less than", true, Comparator.LessThan)]
    [InlineData("under", true, Comparator.LessThan)]
    [InlineData("at least", true, Comparator.AtLeast)]
    [InlineData("up to", true, Comparator.AtMost)]
    [InlineData("at most", true, Comparator.AtMost)]
    [InlineData("only", false, Comparator.Equal)]
    [InlineData("just", false, Comparator.Equal)]
    [InlineData("exactly", false, Comparator.Equal)]
    public void Qualifiers_set_comparator_and_stay_outside_the_span(string qualifier, bool approximate, Comparator comparator)
    {
        string text = $"The town is {qualifier} 40 miles away.";
        DistanceMention m = Single(text);
        Assert.Equal("40 miles", m.Text);
        Assert.Equal(approximate, m.Approximate);
        Assert.Equal(comparator, m.Comparator);
    }

    [Fact]
    public void An_unqualified_distance_is_exact()
    {
        DistanceMention m = Single("The town is 40 miles away.");
        Assert.False(m.Approximate);
        Assert.Equal(Comparator.Equal, m.Comparator);
    }

    [Theory]
    [InlineData("It is 40 miles or so from here.", Comparator.Approximately)]
    [InlineData("It is 40 miles or more from here.", Comparator.AtLeast)]
    [InlineData("The length is 12 m more or less.", Comparator.Approximately)]
    public void Qualifiers_after_the_measure(string text, Comparator comparator)
    {
        DistanceMention m = Single(text);
        Assert.True(m.Approximate);
        Assert.Equal(comparator, m.Comparator);
    }

    [Fact]
    public void A_qualified_range_takes_the_qualifier_before_between()
    {
        DistanceMention m = Single("roughly between 20 and 30 miles");
        Assert.Equal("20 and 30 miles", m.Text);
        Assert.Equal(Comparator.Approximately, m.Comparator);
    }

    [Theory]
    [InlineData("The exercises will take place only 130 miles from the Polish capital of Warsaw and a stone's throw away.", "130 miles", "the Polish capital of Warsaw")]
    [InlineData("The city is approximately 40 miles from Minsk.", "40 miles", "Minsk")]
    [InlineData("some 40 miles from Minsk’s border with Ukraine.", "40 miles", "Minsk’s border with Ukraine")]
    [InlineData("tigrean armies are now 200 miles north of addis ababa , threatening the town", "200 miles", "addis ababa")]
    [InlineData("It lies 500 metres east of Bennett Road.", "500 metres", "Bennett Road")]
    [InlineData("castlecrag mountain is 1.6 km west of mount frink along the same ridge line.", "1.6 km", "mount frink")]
    [InlineData("The ship sank 12 nautical miles off the coast of Somalia on Monday.", "12 nautical miles", "the coast of Somalia")]
    [InlineData("The village is 20 km away from the front line, officials said.", "20 km", "the front line")]
    [InlineData("The strike hit 30 km outside Kyiv.", "30 km", "Kyiv")]
    [InlineData("Troops stayed within 5 km of the border.", "5 km", "the border")]
    [InlineData("Brest is 130 miles (210 km) from Warsaw, officials said.", "130 miles", "Warsaw")]
    [InlineData("It lies 30 km from St. Petersburg in the north.", "30 km", "St. Petersburg")]
    [InlineData("The boat was 40 miles south-southwest of Bluefields on Friday.", "40 miles", "Bluefields")]
    [InlineData("The camp is 5 km upstream of the dam.", "5 km", "the dam")]
    [InlineData("They stopped 3 km short of the town.", "3 km", "the town")]
    [InlineData("Troops pulled 10 km back from the line.", "10 km", "the line")]
    public void Anchor_is_the_noun_phrase_the_distance_is_measured_from(string text, string span, string anchor)
    {
        DistanceMention m = Single(text);
        Assert.Equal(span, m.Text);
        Assert.Equal(anchor, m.Anchor);
        Assert.NotNull(m.AnchorSpan);
        Assert.Equal(anchor, text.Substring(m.AnchorSpan.Value.Start, m.AnchorSpan.Value.Length));
    }

    [Theory]
    [InlineData("The wall is 10 miles long.")]
    [InlineData("a 130-mile border with Poland")]
    [InlineData("They drove 40 miles to reach it.")]
    [InlineData("It is 40 miles from where we stood.")]
    public void No_anchor_when_none_is_stated(string text)
    {
        DistanceMention m = Single(text);
        Assert.Null(m.Anchor);
        Assert.Null(m.AnchorSpan);
    }

    [Theory]
    [InlineData("Brest is 130 miles (210 km) from Warsaw.", "130 miles", "(210 km)")]
    [InlineData("The route is 40 miles (about 64 km) long.", "40 miles", "(about 64 km)")]
    [InlineData("a 10-metre (33 ft) wall", "10-metre", "(33 ft)")]
    [InlineData("The route is 5 km/3 miles long.", "5 km", "3 miles")]
    public void A_parenthetical_conversion_is_linked_not_a_second_distance(string text, string span, string conversion)
    {
        DistanceMention m = Single(text);
        Assert.Equal(span, m.Text);
        Assert.NotNull(m.ConversionSpan);
        Assert.Equal(conversion, text.Substring(m.ConversionSpan.Value.Start, m.ConversionSpan.Value.Length));
    }

    [Theory]
    [InlineData("The reservoir (50 miles or 81 kilometers long) was drained last spring.", "50 miles", "81 kilometers")]
    [InlineData("Brest is 130 miles, or 210 km, from Warsaw.", "130 miles", "210 km")]
    [InlineData("the goalkeeper, at 1.88 meters (about 6’1″), towered over the defenders", "1.88 meters", "(about 6’1″)")]
    [InlineData("the farmers relocated their cattle about a kilometre (0.62m) further north", "a kilometre", "(0.62m)")]
    public void Other_conversions_are_linked_too(string text, string span, string conversion)
    {
        DistanceMention m = Single(text);
        Assert.Equal(span, m.Text);
        Assert.NotNull(m.ConversionSpan);
        Assert.Equal(conversion, text.Substring(m.ConversionSpan.Value.Start, m.ConversionSpan.Value.Length));
    }

    [Fact]
    public void An_or_conversion_keeps_the_anchor()
    {
        Assert.Equal("Warsaw", Single("Brest is 130 miles, or 210 km, from Warsaw.").Anchor);
    }

    [Fact]
    public void A_parenthesis_with_a_different_length_is_not_a_conversion()
    {
        IReadOnlyList<DistanceMention> found = Extractor.Find("The 10 km race (a 2 km loop run five times) starts at noon.");
        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Null(m.ConversionSpan));
    }

    [Theory]
    [InlineData("It cost $5m to build.")]
    [InlineData("It cost £3m, officials said.")]
    [InlineData("It cost USD 5m.")]
    [InlineData("The strike hit 1,5 km away.")]
    [InlineData("The app has 3m people using it.")]
    [InlineData("The country produces 2.5m barrels a day.")]
    [InlineData("It cost 1.8M dollars.")]
    [InlineData("Look at the m in the word.")]
    [InlineData("I'm a man.")]
    [InlineData("I ' m tired")]
    [InlineData("The law came into force in 2024.")]
    [InlineData("Get together for 2 in April")]
    [InlineData("It doubled its work force to 50,000 in 2020.")]
    [InlineData("The car reached 60 miles per hour.")]
    [InlineData("The jiotto caspita can run at over 188 miles an hour.")]
    [InlineData("Speeds of 10km/h and 10 kph and 10kmph.")]
    [InlineData("The fire burned 10 square miles of forest.")]
    [InlineData("The reserve covers 5 sq km.")]
    [InlineData("Florida panthers live in home ranges of 190 km2.")]
    [InlineData("a flat of 60 m² in the centre")]
    [InlineData("They will export 0.9 trillion cubic feet of gas.")]
    [InlineData("Poland buys F-16 jets and M-16 rifles.")]
    [InlineData("See page 12 in the report.")]
    [InlineData("The home side won 4-3 on Sunday.")]
    [InlineData("24703m212 and scp-173m and scp173m and 24703 m212")]
    [InlineData("I'll give you a surprise at 2:00 pm or 6pm.")]
    [InlineData("He was the fifth man in the queue.")]
    [InlineData("Send them a quick DM")]
    [InlineData("He refused to set foot in the building, and a yard sale followed.")]
    [InlineData("The 2-in-1 laptop sold out.")]
    [InlineData("He represents 4.2m Hispanic-owned businesses.")]
    [InlineData("Some 4.2m businesses closed.")]
    [InlineData("By Friday only about 1.3m had applied for the rebate.")]
    [InlineData("yet strangely I'92m not sure")]
    [InlineData("Put one foot in front of the other.")]
    [InlineData("They met in a yard outside the house.")]
    [InlineData("He drove at 5 m.p.h. all the way.")]
    [InlineData("See pp. 12-14 in the annex.")]
    [InlineData("He said \"5\" was enough.")]
    [InlineData("He scored 2 in the first half and one in five people agreed.")]
    [InlineData("Apple sold 3m iPhones.")]
    [InlineData("He fell at the 5th km and again in the fifth mile.")]
    public void Not_distances(string text)
    {
        IReadOnlyList<DistanceMention> found = Extractor.Find(text);
        Assert.True(found.Count == 0, $"Expected nothing in '{text}', found: {string.Join(" | ", found.Select(f => f.Text))}");
    }

    [Theory]
    [InlineData("The town is mere miles away from the front.", "mere miles")]
    [InlineData("The camp is a stone's throw from the border.", "a stone's throw")]
    [InlineData("It is a few miles away from the border.", "a few miles")]
    [InlineData("They walked several kilometres.", "several kilometres")]
    [InlineData("Rockets flew hundreds of miles.", "hundreds of miles")]
    public void Vague_mentions_only_when_the_caller_opts_in(string text, string span)
    {
        Assert.Empty(Extractor.Find(text));
        DistanceMention m = Single(text, VagueExtractor);
        Assert.Equal(span, m.Text);
        Assert.Null(m.Value);
        Assert.Null(m.Metres);
        Assert.True(m.Approximate);
        Assert.True(m.Confidence < 1);
    }

    [Fact]
    public void A_couple_is_two_and_approximate()
    {
        DistanceMention m = Single("The trail climbs steeply for a couple of kilometers.");
        Assert.Equal("a couple of kilometers", m.Text);
        Assert.Equal(2000, m.Metres);
        Assert.True(m.Approximate);
    }

    [Fact]
    public void Vague_mention_keeps_its_anchor()
    {
        DistanceMention m = Single("a stone's throw away from the Belarus-Ukraine border, officials said", VagueExtractor);
        Assert.Equal("the Belarus-Ukraine border", m.Anchor);
    }

    [Fact]
    public void Bare_m_is_metres_in_size_contexts()
    {
        Assert.Equal(1.8, Single("I'm 1.8m tall.").Metres);
        Assert.Equal(48, Single("the Max. capacity is 100t and Max. outreach is 48m").Metres);
        Assert.Equal(100, Single("He won the 100m final.").Metres);
        Assert.Equal(400, Single("She won the 400m hurdles.").Metres);
        Assert.Equal(10, Single("a 10m-high wall").Metres);
        Assert.Equal(5, Single("charging within a 5 m radius").Metres);
        Assert.Equal(1, Single("1m is equal to").Metres);
    }

    [Fact]
    public void Nm_is_nautical_when_measured_from_a_place_and_nanometres_otherwise()
    {
        Assert.Equal(LengthUnit.NauticalMile, Single("The ship was 12 nm off the coast.").Unit);
        Assert.Equal(LengthUnit.Nanometre, Single("The new 3nm chips are faster.").Unit);
    }

    [Fact]
    public void Two_measures_side_by_side_stay_two()
    {
        Assert.Equal(2, Extractor.Find("1 m x 1 m").Count);
        Assert.Equal(2, Extractor.Find("The length is 12 m 2 dm more or less").Count);
        Assert.Equal(2, Extractor.Find("5 yd, 5 inches").Count);
    }

    [Fact]
    public void Data_files_load()
    {
        Assert.True(UnitTable.All.Length > 50);
        Assert.Contains(UnitTable.All, u => u.Surface == "kilometres" && u.Unit == LengthUnit.Kilometre && !u.IsAbbreviation);
        Assert.Contains(UnitTable.All, u => u.Surface == "NM" && u.Unit == LengthUnit.NauticalMile && u.IsAbbreviation);
        Assert.True(QualifierTable.All.Length > 30);
        Assert.Contains(QualifierTable.All, q => q.Phrase == "at least" && q.Comparator == Comparator.AtLeast);
        foreach (LengthUnit unit in Enum.GetValues<LengthUnit>())
        {
            Assert.True(LengthUnits.MetresPerUnit(unit) > 0);
            Assert.Contains(UnitTable.All, u => u.Unit == unit);
        }
    }

    [Fact]
    public void Conversion_factors_are_exact()
    {
        Assert.Equal(1609.344m, LengthUnits.MetresPerUnit(LengthUnit.Mile));
        Assert.Equal(1852m, LengthUnits.MetresPerUnit(LengthUnit.NauticalMile));
        Assert.Equal(0.3048m, LengthUnits.MetresPerUnit(LengthUnit.Foot));
        Assert.Equal(0.9144m, LengthUnits.MetresPerUnit(LengthUnit.Yard));
        Assert.Equal(0.0254m, LengthUnits.MetresPerUnit(LengthUnit.Inch));
    }

    [Fact]
    public void Works_through_the_pipeline()
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseDistances().Build();
        ExtractionResult result = pipeline.Extract("Brest is some 130 miles from Warsaw.");
        DistanceMention m = Assert.IsType<DistanceMention>(Assert.Single(result.Mentions));
        Assert.Equal("130 miles", m.Text);
        Assert.Equal("distances", m.Extractor);
        Assert.Equal("Warsaw", m.Anchor);
    }

    [Fact]
    public void Options_reach_the_extractor_through_the_builder()
    {
        ExtractionPipeline pipeline = new ExtractionPipelineBuilder().UseDistances(new DistanceExtractorOptions { IncludeVague = true }).Build();
        ExtractionResult result = pipeline.Extract("The camp is mere miles away from the border.");
        DistanceMention m = Assert.IsType<DistanceMention>(Assert.Single(result.Mentions));
        Assert.Null(m.Value);
    }

    [Fact]
    public void Pathological_input_stays_fast()
    {
        var rnd = new Random(7);
        var sb = new System.Text.StringBuilder(1_000_000);
        const string alphabet = "0123456789.,-/ :m";
        while (sb.Length < 1_000_000)
        {
            sb.Append(alphabet[rnd.Next(alphabet.Length)]);
        }

        string digits = sb.ToString();
        string quotes = new('"', 100_000);
        string numbers = string.Concat(Enumerable.Repeat("1 200 300 400 500 ", 60_000));
        string words = string.Concat(Enumerable.Repeat("one two three four a half quarter forty-five hundred thousand and ", 20_000));
        string article = string.Concat(Enumerable.Repeat("Brest is some 130 miles (210 km) from the Polish capital of Warsaw and 2 in April. ", 120_000)); // ~10 MB

        var sw = System.Diagnostics.Stopwatch.StartNew();
        Extractor.Find(digits);
        Extractor.Find(quotes);
        Extractor.Find(numbers);
        Extractor.Find(words);
        IReadOnlyList<DistanceMention> many = Extractor.Find(article);
        sw.Stop();
        Assert.Equal(120_000, many.Count);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"Took {sw.Elapsed}");
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        string text = string.Concat(Enumerable.Repeat("5 km ", 50_000));
        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Find(text, cts.Token));
    }
}
