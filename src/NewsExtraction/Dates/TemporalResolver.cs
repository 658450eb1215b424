using System.Globalization;

namespace NewsExtraction.Dates;

/// <summary>Which way an underspecified date points from the reference date, as the sentence suggests.</summary>
internal enum Direction : byte
{
    Unknown,
    Past,
    Future,
}

/// <summary>A resolved temporal expression.</summary>
internal readonly record struct Resolution(
    TemporalKind Kind,
    string? Value,
    TemporalGrain Grain,
    DateTime? Start,
    DateTime? End,
    DateComponents Stated,
    DateComponents Inferred,
    string? Modifier);

/// <summary>Places parsed expressions on the calendar against a reference date.</summary>
internal static class TemporalResolver
{
    /// <summary>How near (days) the other occurrence must be for a tense-picked month or day over 240 days away to give way.</summary>
    private const int CapDays = 100;

    /// <summary>As <see cref="CapDays"/> when the tense was firm (markers of one direction only).</summary>
    private const int FirmCapDays = 61;

    /// <summary>True when the expression's value depends on the direction of the sentence.</summary>
    public static bool NeedsDirection(TExpr e) => e.Type switch
    {
        ExprType.OffsetIn => true,
        ExprType.Range => e.From is not null && NeedsDirection(e.From),
        ExprType.Point => !e.HasRel && e.Year < 0 && e.Decade < 0 && e.Century < 0 && e.Deixis == Deixis.None
            && (e.Weekday > 0 || e.Month > 0 || e.Season > 0 || e.Quarter > 0 || e.Half > 0 || e.Weekend || e.Holiday >= 0),
        _ => false,
    };

    public static Resolution Resolve(TExpr e, DateOnly reference, Direction direction, UnderspecifiedDatePolicy policy, bool firm = false, bool firmMonth = false)
    {
        Direction dir = policy switch
        {
            UnderspecifiedDatePolicy.Past => Direction.Past,
            UnderspecifiedDatePolicy.Future => Direction.Future,
            UnderspecifiedDatePolicy.Nearest => Direction.Unknown,
            _ => direction,
        };
        bool nearestOnly = policy == UnderspecifiedDatePolicy.Nearest;
        // A month or day picked by a firm tense (markers of one direction only: "the fiscal year ended Jan. 31",
        // written on Oct. 31) gives way to the nearer occurrence only when that lies within two months.
        int capDays = firmMonth ? 0 : firm ? FirmCapDays : CapDays;
        switch (e.Type)
        {
            case ExprType.Vague:
                return new Resolution(TemporalKind.Vague, e.Literal, TemporalGrain.None, null, null, DateComponents.None, DateComponents.None, null);
            case ExprType.Set:
                return new Resolution(TemporalKind.Set, e.Literal, TemporalGrain.None, null, null, DateComponents.None, DateComponents.None, null);
            case ExprType.Duration:
                return new Resolution(TemporalKind.Duration, e.Literal ?? DateGrammar.DurationValue(e.Unit, e.Amount), TemporalGrain.None, null, null, DateComponents.None, DateComponents.None, null);
            case ExprType.OffsetIn:
                if (dir == Direction.Past)
                {
                    return new Resolution(TemporalKind.Duration, DateGrammar.DurationValue(e.Unit, e.Amount), TemporalGrain.None, null, null, DateComponents.None, DateComponents.None, null);
                }

                var rel = new TExpr { RelUnit = e.Unit == TimeUnit.Fortnight ? TimeUnit.Week : e.Unit, RelOffset = (int)e.Amount * (e.Unit == TimeUnit.Fortnight ? 2 : 1) };
                return FromPoint(rel, Point(rel, reference, Direction.Future, nearestOnly));
            case ExprType.Range:
            {
                Pt a = Point(e.From!, reference, dir, nearestOnly, cap: capDays);
                DateOnly anchor = a.Ok ? DateOnly.FromDateTime(a.Start) : reference;

                // The end on its own first ("from Sept. 14 to Thursday"); when that falls before the start,
                // the first such date after the start ("February 28 to March 2").
                Pt b = Point(e.To!, reference, dir, nearestOnly, inRange: true, cap: capDays);
                if (!e.To!.HasRel && (!b.Ok || (a.Ok && b.Start < a.Start) || (a.Ok && e.From!.HasRel == false && e.From!.Weekday < 0 && b.Start > a.Start.AddYears(1))))
                {
                    b = Point(e.To!, anchor, Direction.Future, false, inRange: true);
                }
                if (!a.Ok || !b.Ok)
                {
                    return new Resolution(TemporalKind.Range, null, TemporalGrain.None, null, null, a.Stated | b.Stated, a.Inferred | b.Inferred, null);
                }

                return new Resolution(TemporalKind.Range, a.Value + "/" + b.Value, a.Grain, a.Start, b.End, a.Stated | b.Stated, a.Inferred | b.Inferred, null);
            }

            default:
                return FromPoint(e, Point(e, reference, dir, nearestOnly, cap: capDays));
        }
    }

    private static Resolution FromPoint(TExpr e, Pt p)
    {
        TemporalKind kind = e.HasTime ? TemporalKind.Time : TemporalKind.Date;
        string? mod = e.Mod switch { DateMod.Start => "START", DateMod.Mid => "MID", DateMod.End => "END", DateMod.Approx => "APPROX", _ => null };
        if (!p.Ok)
        {
            return new Resolution(kind, null, p.Grain, null, null, p.Stated, p.Inferred, mod);
        }

        DateTime s = p.Start, en = p.End;
        if (e.Mod is DateMod.Start or DateMod.Mid or DateMod.End)
        {
            long third = (en - s).Ticks / 3;
            if (e.Mod == DateMod.Start)
            {
                en = s.AddTicks(third);
            }
            else if (e.Mod == DateMod.Mid)
            {
                s = s.AddTicks(third);
                en = s.AddTicks(third);
            }
            else
            {
                s = en.AddTicks(-third);
            }
        }

        return new Resolution(kind, p.Value, p.Grain, s, en, p.Stated, p.Inferred, mod);
    }

    /// <summary>A resolved point: its period [Start, End), grain, value and components.</summary>
    private struct Pt
    {
        public bool Ok;
        public DateTime Start;
        public DateTime End;
        public TemporalGrain Grain;
        public string? Value;
        public DateComponents Stated;
        public DateComponents Inferred;
    }

    private static DateComponents StatedOf(TExpr e)
    {
        DateComponents c = DateComponents.None;
        if (e.Year > 0 || e.Decade > 0 || e.Century >= 0)
        {
            c |= DateComponents.Year;
        }

        if (e.Month > 0)
        {
            c |= DateComponents.Month;
        }

        if (e.Day > 0 || (e.Holiday >= 0 && Holidays.IsFixed(e.Holiday)))
        {
            c |= DateComponents.Day;
        }

        if (e.Holiday >= 0 && Holidays.IsFixed(e.Holiday))
        {
            c |= DateComponents.Month;
        }

        if (e.Hour >= 0 || e.Part != 0)
        {
            c |= DateComponents.Time;
        }

        return c;
    }

    private static DateComponents NeededFor(TemporalGrain g) => g switch
    {
        TemporalGrain.Day or TemporalGrain.Week or TemporalGrain.PartOfDay or TemporalGrain.Hour or TemporalGrain.Minute => DateComponents.Year | DateComponents.Month | DateComponents.Day,
        TemporalGrain.Month => DateComponents.Year | DateComponents.Month,
        TemporalGrain.Year or TemporalGrain.Season or TemporalGrain.Quarter => DateComponents.Year,
        _ => DateComponents.None,
    };

    private static Pt Point(TExpr e, DateOnly reference, Direction dir, bool nearestOnly, bool inRange = false, int cap = CapDays)
    {
        var p = new Pt { Stated = StatedOf(e) };
        DateTime r = reference.ToDateTime(TimeOnly.MinValue);
        try
        {
            ResolveCore(e, r, dir, nearestOnly, inRange, ref p, cap);
        }
        catch (ArgumentOutOfRangeException)
        {
            p.Ok = false;
        }

        if (p.Ok && e.DayShift != 0 && p.Grain == TemporalGrain.Day)
        {
            SetDay(ref p, p.Start.AddDays(e.DayShift), e); // "the day after Christmas"
        }

        if (p.Ok && e.WeekOfMonth > 0 && p.Grain is TemporalGrain.Month or TemporalGrain.Year)
        {
            // "the first week of March": the ISO week holding the 4th (most of its days in the month; for a year,
            // ISO week 1); "the last week of July": the one holding the fourth-last day.
            DateTime day = e.WeekOfMonth == 5 ? p.End.AddDays(-4) : p.Start.AddDays(3 + (7 * (e.WeekOfMonth - 1)));
            DateTime monday = MondayOf(day);
            SetPeriod(ref p, monday, monday.AddDays(7), TemporalGrain.Week, WeekValue(monday));
        }

        if (p.Ok && e.DayOfPeriod != 0 && p.Grain is TemporalGrain.Month or TemporalGrain.Year)
        {
            // "the first day of 2018", "the last day of June": the words fix the day (and, of a year, the month).
            DateComponents fixedByWords = p.Grain == TemporalGrain.Year ? DateComponents.Month | DateComponents.Day : DateComponents.Day;
            SetDay(ref p, e.DayOfPeriod > 0 ? p.Start : p.End.AddDays(-1), e);
            p.Stated |= fixedByWords;
        }

        if (p.Ok && e.Literal == "weekof" && p.Grain == TemporalGrain.Day)
        {
            // "the week of March 6": the ISO week containing the day.
            DateTime monday = MondayOf(p.Start);
            SetPeriod(ref p, monday, monday.AddDays(7), TemporalGrain.Week, WeekValue(monday));
        }

        if (p.Ok)
        {
            p.Inferred = NeededFor(p.Grain) & ~p.Stated;
            if (p.Start.Year < 1 || p.Start.Year > 9999)
            {
                p.Ok = false;
            }
        }

        return p;
    }

    private static void ResolveCore(TExpr e, DateTime r, Direction dir, bool nearestOnly, bool inRange, ref Pt p, int cap)
    {
        // Relative to the reference date: yesterday, this week, last year, two days ago.
        if (e.HasRel)
        {
            int off = e.RelOffset;
            switch (e.RelUnit)
            {
                case TimeUnit.Day:
                    SetDay(ref p, r.AddDays(off), e);
                    return;
                case TimeUnit.Week:
                case TimeUnit.Fortnight:
                {
                    DateTime monday = MondayOf(r).AddDays(7 * off * (e.RelUnit == TimeUnit.Fortnight ? 2 : 1));
                    SetPeriod(ref p, monday, monday.AddDays(7), TemporalGrain.Week, WeekValue(monday));
                    return;
                }

                case TimeUnit.Weekend:
                {
                    DateTime sat = MondayOf(r).AddDays(5 + (7 * off));
                    SetPeriod(ref p, sat, sat.AddDays(2), TemporalGrain.Week, WeekValue(sat) + "-WE");
                    return;
                }

                case TimeUnit.Month when e.Literal == "sameday":
                    SetDay(ref p, r.AddMonths(off), e); // "two months from today"
                    return;
                case TimeUnit.Year when e.Literal == "sameday":
                    SetDay(ref p, r.AddYears(off), e); // "a year from tomorrow"
                    return;
                case TimeUnit.Month:
                {
                    DateTime m = new DateTime(r.Year, r.Month, 1).AddMonths(off);
                    SetPeriod(ref p, m, m.AddMonths(1), TemporalGrain.Month, Y(m.Year) + "-" + Two(m.Month));
                    return;
                }

                case TimeUnit.Quarter:
                {
                    int q0 = ((r.Month - 1) / 3) + off;
                    DateTime qs = new DateTime(r.Year, 1, 1).AddMonths(3 * q0);
                    if (e.Quarter > 0 || e.Half > 0)
                    {
                        break;
                    }

                    SetPeriod(ref p, qs, qs.AddMonths(3), TemporalGrain.Quarter, Y(qs.Year) + "-Q" + (((qs.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture));
                    return;
                }

                case TimeUnit.Year:
                {
                    int y = r.Year + off;
                    if (e.Quarter > 0 || e.Half > 0 || e.Month > 0)
                    {
                        TExpr q = e.Clone();
                        q.RelUnit = TimeUnit.None;
                        q.Year = y;
                        ResolveCore(q, r, dir, nearestOnly, inRange, ref p, cap);
                        return;
                    }

                    SetPeriod(ref p, new DateTime(y, 1, 1), new DateTime(y + 1, 1, 1), TemporalGrain.Year, Y(y));
                    return;
                }

                case TimeUnit.Decade:
                {
                    if (e.Literal is "ago" or "story")
                    {
                        // "a decade ago": a year ten years back.
                        int y = r.Year + (10 * off);
                        SetPeriod(ref p, new DateTime(y, 1, 1), new DateTime(y + 1, 1, 1), TemporalGrain.Year, Y(y));
                        return;
                    }

                    int d = (r.Year / 10) + off;
                    SetPeriod(ref p, new DateTime(d * 10, 1, 1), new DateTime((d * 10) + 10, 1, 1), TemporalGrain.Decade, d.ToString(CultureInfo.InvariantCulture) + "X");
                    return;
                }

                case TimeUnit.Century:
                {
                    if (e.Literal is "ago" or "story")
                    {
                        int y = r.Year + (100 * off);
                        SetPeriod(ref p, new DateTime(y, 1, 1), new DateTime(y + 1, 1, 1), TemporalGrain.Year, Y(y));
                        return;
                    }

                    int c = r.Year / 100;
                    SetPeriod(ref p, new DateTime(Math.Max(1, c * 100), 1, 1), new DateTime((c * 100) + 100, 1, 1), TemporalGrain.Century, c.ToString("00", CultureInfo.InvariantCulture));
                    return;
                }

                default:
                    return;
            }
        }

        if (e.Decade > 0)
        {
            int d = e.Decade;
            if (e.Literal == "short")
            {
                // "the '90s": the latest such decade not after the reference decade (allow the current one).
                int dd = d % 10;
                d = ((r.Year / 100) * 10) + dd;
                if (d > r.Year / 10)
                {
                    d -= 10;
                }
            }

            SetPeriod(ref p, new DateTime(d * 10, 1, 1), new DateTime((d * 10) + 10, 1, 1), TemporalGrain.Decade, d.ToString(CultureInfo.InvariantCulture) + "X");
            return;
        }

        if (e.Century >= 0 && e.Year < 0)
        {
            int c = e.Century;
            SetPeriod(ref p, new DateTime(Math.Max(1, c * 100), 1, 1), new DateTime((c * 100) + 100, 1, 1), TemporalGrain.Century, c.ToString("00", CultureInfo.InvariantCulture));
            return;
        }

        int year = e.Year;
        if (e.Literal == "short" && year > 0)
        {
            // "'98": the latest such year not more than a few years ahead.
            int yy = year % 100;
            year = ((r.Year / 100) * 100) + yy;
            if (year > r.Year + 10)
            {
                year -= 100;
            }
        }

        if (e.Holiday >= 0)
        {
            int h = e.Holiday;
            DateTime? day = year > 0
                ? Holidays.DateIn(h, year)
                : Choose(r, dir, e.Deixis, nearestOnly, (h, r.Year), static (k, st) => Holidays.DateIn(st.h, st.Year + k), capDays: inRange ? 0 : cap, pastDefault: true);
            if (day is { } d)
            {
                SetDay(ref p, d, e);
            }

            return;
        }

        if (year > 0)
        {
            if (e.Month > 0)
            {
                if (e.Day > 0)
                {
                    SetDay(ref p, new DateTime(year, e.Month, e.Day), e);
                    return;
                }

                DateTime m = new(year, e.Month, 1);
                SetPeriod(ref p, m, m.AddMonths(1), TemporalGrain.Month, Y(year) + "-" + Two(e.Month));
                return;
            }

            if (e.Season > 0)
            {
                (DateTime s, DateTime en) = SeasonPeriod(year, e.Season);
                SetPeriod(ref p, s, en, TemporalGrain.Season, Y(year) + "-" + DateGrammar.SeasonCode(e.Season));
                return;
            }

            if (e.Quarter > 0)
            {
                DateTime s = new(year, ((e.Quarter - 1) * 3) + 1, 1);
                SetPeriod(ref p, s, s.AddMonths(3), TemporalGrain.Quarter, Y(year) + "-Q" + e.Quarter.ToString(CultureInfo.InvariantCulture));
                return;
            }

            if (e.Half > 0)
            {
                DateTime s = new(year, e.Half == 1 ? 1 : 7, 1);
                SetPeriod(ref p, s, s.AddMonths(6), TemporalGrain.Quarter, Y(year) + "-H" + e.Half.ToString(CultureInfo.InvariantCulture));
                return;
            }

            SetPeriod(ref p, new DateTime(year, 1, 1), new DateTime(year + 1, 1, 1), TemporalGrain.Year, Y(year));
            return;
        }

        // Underspecified: pick the occurrence by the deixis, the tense or nearness.
        if (e.Month > 0 && e.Day > 0)
        {
            DateTime best = Choose(r, dir, e.Deixis, nearestOnly, (r.Year, e.Month, e.Day), static (k, st) => ValidDay(st.Year + k, st.Month, st.Day), capDays: inRange ? 0 : cap, pastDefault: true);
            if (e.Weekday > 0 && IsoWeekday(best) != e.Weekday)
            {
                // "Friday, December 1" written without a year: the nearer neighbouring year whose December 1 is a
                // Friday (a list of other stories on a page can be a year older or newer than the article).
                DateTime? before = ValidDay(best.Year - 1, e.Month, e.Day);
                DateTime? after = ValidDay(best.Year + 1, e.Month, e.Day);
                bool b = before is DateTime bd && IsoWeekday(bd) == e.Weekday;
                bool a = after is DateTime ad && IsoWeekday(ad) == e.Weekday;
                if (a && (!b || Math.Abs((after!.Value - r).TotalDays) < Math.Abs((before!.Value - r).TotalDays)))
                {
                    best = after!.Value;
                }
                else if (b)
                {
                    best = before!.Value;
                }
            }

            SetDay(ref p, best, e);
            return;
        }

        if (e.Month > 0)
        {
            // A month the caller marked firm (a bare month after "in" under a firm tense) is not moved by the
            // distance cap: a past event cannot lie in a month not yet begun, nor a future one in a month over.
            DateTime best = Choose(r, dir, e.Deixis, nearestOnly, (r.Year, e.Month), static (k, st) => new DateTime(st.Year + k, st.Month, 1), capDays: inRange ? 0 : cap, months: 1, pastDefault: true);
            SetPeriod(ref p, best, best.AddMonths(1), TemporalGrain.Month, Y(best.Year) + "-" + Two(best.Month));
            return;
        }

        if (e.Season > 0)
        {
            DateTime best = Choose(r, dir, e.Deixis, nearestOnly, (r.Year, e.Season), static (k, st) => SeasonPeriod(st.Year + k, st.Season).Start, capDays: 0, months: 3, pastDefault: true);
            int labelYear = best.Year;
            SetPeriod(ref p, best, best.AddMonths(3), TemporalGrain.Season, Y(labelYear) + "-" + DateGrammar.SeasonCode(e.Season));
            return;
        }

        if (e.Quarter > 0)
        {
            DateTime best = Choose(r, nearestOnly || dir == Direction.Future ? dir : Direction.Past, e.Deixis, nearestOnly, (r.Year, e.Quarter), static (k, st) => new DateTime(st.Year + k, ((st.Quarter - 1) * 3) + 1, 1), capDays: 0, months: 3, pastDefault: true);
            SetPeriod(ref p, best, best.AddMonths(3), TemporalGrain.Quarter, Y(best.Year) + "-Q" + e.Quarter.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (e.Half > 0)
        {
            DateTime best = Choose(r, nearestOnly || dir == Direction.Future ? dir : Direction.Past, e.Deixis, nearestOnly, (r.Year, e.Half), static (k, st) => new DateTime(st.Year + k, st.Half == 1 ? 1 : 7, 1), capDays: 0, months: 6, pastDefault: true);
            SetPeriod(ref p, best, best.AddMonths(6), TemporalGrain.Quarter, Y(best.Year) + "-H" + e.Half.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (e.Weekday > 0)
        {
            DateTime baseDay = r.AddDays(e.Weekday - ((int)r.DayOfWeek == 0 ? 7 : (int)r.DayOfWeek));
            DateTime best = e.Deixis == Deixis.This
                ? baseDay
                : Choose(r, dir, e.Deixis, nearestOnly, baseDay, static (k, day) => day.AddDays(7 * k), capDays: 0, days: 1, pastDefault: true);
            SetDay(ref p, best, e);
            return;
        }

        if (e.Weekend)
        {
            DateTime sat = MondayOf(r).AddDays(5);
            DateTime best = e.Deixis == Deixis.This
                ? sat
                : Choose(r, dir, e.Deixis, nearestOnly, sat, static (k, day) => day.AddDays(7 * k), capDays: 0, days: 2, pastDefault: true);
            SetPeriod(ref p, best, best.AddDays(2), TemporalGrain.Week, WeekValue(best) + "-WE");
            return;
        }

        if (e.Hour >= 0 || e.Part != 0)
        {
            // A time with no day: on the reference date.
            SetDay(ref p, r, e);
            return;
        }
    }

    /// <summary>
    /// Picks one occurrence among candidates k = -2..2 (start = <paramref name="startOf"/>(k), length from the
    /// months/days given): last → the latest ending by the reference date; next → the earliest starting after it;
    /// past → the latest started by it; future → the earliest not over; unknown → the one containing it, else the nearest.
    /// <paramref name="startOf"/> is a static lambda over <paramref name="state"/>, so a call allocates no closure.
    /// </summary>
    private static DateTime Choose<TState>(DateTime r, Direction dir, Deixis deixis, bool nearestOnly, TState state, Func<int, TState, DateTime?> startOf, int capDays, int months = 0, int days = 1, bool pastDefault = false)
    {
        DateTime? bestPast = null, bestFuture = null, bestLast = null, bestNext = null, containing = null;
        DateTime rEnd = r.AddDays(1);
        for (int k = -2; k <= 2; k++)
        {
            DateTime? s0 = startOf(k, state);
            if (s0 is not { } s)
            {
                continue;
            }

            DateTime e = months > 0 ? s.AddMonths(months) : s.AddDays(days);
            if (s <= r && (bestPast is null || s > bestPast))
            {
                bestPast = s;
            }

            if (e > r && (bestFuture is null || s < bestFuture))
            {
                bestFuture = s;
            }

            if (e <= r && (bestLast is null || s > bestLast))
            {
                bestLast = s;
            }

            if (s >= rEnd && (bestNext is null || s < bestNext))
            {
                bestNext = s;
            }

            if (s <= r && e > r)
            {
                containing = s;
            }
        }

        if (deixis == Deixis.Last && bestLast is { } l)
        {
            return l;
        }

        if (deixis == Deixis.Next && bestNext is { } n)
        {
            return n;
        }

        if (deixis == Deixis.This)
        {
            // "this July", "this spring": the one under way, else the one of the reference year.
            if (containing is { } c)
            {
                return c;
            }

            if (startOf(0, state) is { } same)
            {
                return same;
            }
        }

        DateTime nearest = NearestOf(r, bestPast, bestFuture, containing);
        if (nearestOnly)
        {
            return nearest;
        }

        if (dir == Direction.Unknown && pastDefault)
        {
            dir = Direction.Past;
        }

        DateTime? pick = dir switch
        {
            Direction.Past => bestPast,
            Direction.Future => bestFuture,
            _ => null,
        };
        if (pick is not { } chosen)
        {
            return nearest;
        }

        // A tense-picked month or day a year away while the other side is close: the tense detector was
        // probably wrong ("it was scheduled for July 19" written on July 8); take the nearest.
        if (capDays > 0 && Math.Abs((chosen - r).TotalDays) > 240 && Math.Abs((nearest - r).TotalDays) < capDays)
        {
            return nearest;
        }

        return chosen;
    }

    private static DateTime NearestOf(DateTime r, DateTime? past, DateTime? future, DateTime? containing)
    {
        if (containing is { } c)
        {
            return c;
        }

        if (past is null)
        {
            return future ?? r;
        }

        if (future is null)
        {
            return past.Value;
        }

        return (r - past.Value) <= (future.Value - r) ? past.Value : future.Value;
    }

    /// <summary>The ISO weekday number (Monday 1 .. Sunday 7).</summary>
    private static int IsoWeekday(DateTime d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    private static DateTime? ValidDay(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateTime(year, month, day);
    }

    private static (DateTime Start, DateTime End) SeasonPeriod(int year, int season) => season switch
    {
        1 => (new DateTime(year, 3, 1), new DateTime(year, 6, 1)),
        2 => (new DateTime(year, 6, 1), new DateTime(year, 9, 1)),
        3 => (new DateTime(year, 9, 1), new DateTime(year, 12, 1)),
        _ => (new DateTime(year, 12, 1), new DateTime(year + 1, 3, 1)),
    };

    private static void SetDay(ref Pt p, DateTime day, TExpr e)
    {
        string v = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateTime s = day, en = day.AddDays(1);
        TemporalGrain g = TemporalGrain.Day;
        if (e.Hour >= 0)
        {
            int h = e.Hour;
            v += "T" + Two(h) + ":" + Two(Math.Max(0, e.Minute));
            s = day.AddHours(h).AddMinutes(Math.Max(0, e.Minute));
            en = s.AddMinutes(1);
            g = TemporalGrain.Minute;
        }
        else if (e.Part != 0)
        {
            v += "T" + DateGrammar.PartCode(e.Part);
            (int a, int b) = e.Part switch { 1 => (6, 12), 2 => (12, 18), 3 => (18, 22), _ => (20, 30) };
            s = day.AddHours(a);
            en = day.AddHours(b);
            g = TemporalGrain.PartOfDay;
        }

        SetPeriod(ref p, s, en, g, v);
    }

    private static void SetPeriod(ref Pt p, DateTime start, DateTime end, TemporalGrain grain, string value)
    {
        p.Ok = true;
        p.Start = start;
        p.End = end;
        p.Grain = grain;
        p.Value = value;
    }

    private static DateTime MondayOf(DateTime d)
    {
        int dow = (int)d.DayOfWeek;
        int back = dow == 0 ? 6 : dow - 1;
        return d.AddDays(-back);
    }

    private static string WeekValue(DateTime d) =>
        ISOWeek.GetYear(d).ToString("0000", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(d).ToString("00", CultureInfo.InvariantCulture);

    private static string Y(int y) => y.ToString("0000", CultureInfo.InvariantCulture);

    private static string Two(int v) => v.ToString("00", CultureInfo.InvariantCulture);
}
