namespace NewsExtraction.Distances;

/// <summary>A unit of length.</summary>
public enum LengthUnit
{
    /// <summary>Metre (m).</summary>
    Metre,

    /// <summary>Kilometre (km), 1000 m.</summary>
    Kilometre,

    /// <summary>Centimetre (cm), 0.01 m.</summary>
    Centimetre,

    /// <summary>Millimetre (mm), 0.001 m.</summary>
    Millimetre,

    /// <summary>International mile (mi), 1609.344 m.</summary>
    Mile,

    /// <summary>Nautical mile (nmi), 1852 m.</summary>
    NauticalMile,

    /// <summary>International foot (ft), 0.3048 m.</summary>
    Foot,

    /// <summary>International yard (yd), 0.9144 m.</summary>
    Yard,

    /// <summary>International inch (in), 0.0254 m.</summary>
    Inch,

    /// <summary>Decimetre (dm), 0.1 m.</summary>
    Decimetre,

    /// <summary>Micrometre (µm, micron), 1e-6 m.</summary>
    Micrometre,

    /// <summary>Nanometre (nm), 1e-9 m.</summary>
    Nanometre,

    /// <summary>Picometre, 1e-12 m (only written out in full: "pm" is read as a clock time).</summary>
    Picometre,
}

/// <summary>How a stated quantity relates to the true one.</summary>
public enum Comparator
{
    /// <summary>Exactly as stated.</summary>
    Equal,

    /// <summary>About ("some", "around", "approximately").</summary>
    Approximately,

    /// <summary>More than.</summary>
    GreaterThan,

    /// <summary>Less than.</summary>
    LessThan,

    /// <summary>At least.</summary>
    AtLeast,

    /// <summary>At most ("up to").</summary>
    AtMost,
}

/// <summary>A length or distance, normalised to metres.</summary>
public sealed record DistanceMention : Mention
{
    /// <summary>The stated number (the lower bound of a range). Null only for vague mentions with no number, reported when the caller opts in.</summary>
    public double? Value { get; init; }

    /// <summary>The upper bound of a range ("20 to 30 km"), otherwise null.</summary>
    public double? ValueMax { get; init; }

    /// <summary>The unit.</summary>
    public required LengthUnit Unit { get; init; }

    /// <summary>The unit as written ("miles", "km", "kilometres").</summary>
    public required string UnitText { get; init; }

    /// <summary>The length in metres (of the lower bound for a range); null for vague mentions.</summary>
    public double? Metres { get; init; }

    /// <summary>The upper bound in metres for a range, otherwise null.</summary>
    public double? MetresMax { get; init; }

    /// <summary>True when the text qualifies the number as approximate or as a bound.</summary>
    public bool Approximate { get; init; }

    /// <summary>How the stated number relates to the true length.</summary>
    public Comparator Comparator { get; init; }

    /// <summary>What the distance is measured from ("Warsaw" in "130 miles from Warsaw"), when stated.</summary>
    public string? Anchor { get; init; }

    /// <summary>Where <see cref="Anchor"/> stands in the text.</summary>
    public TextSpan? AnchorSpan { get; init; }

    /// <summary>A parenthetical conversion of the same measure ("(210 km)"), when present.</summary>
    public TextSpan? ConversionSpan { get; init; }
}
