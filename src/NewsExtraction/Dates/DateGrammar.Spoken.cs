using NewsExtraction.Text;

namespace NewsExtraction.Dates;

/// <summary>
/// Clock-time ranges with one meridiem ("1-3 pm", "from 9 to 11 a.m.", "10:00-11:30"), clock times in words
/// ("half past seven", "quarter to nine"), durations of several units ("1 hour and 30 minutes") and arithmetic
/// on the reference day ("two days after today", "the week after next", "the last week of July").
/// Every pattern looks a bounded number of tokens ahead.
/// </summary>
internal sealed partial class DateGrammar
{
    /// <summary>An hour written in digits, "9" or "10:30" (hour 0-23, two-digit minutes, no seconds): returns the end or -1.</summary>
    private int HourMinute(int i, out int hour, out int minute, out bool colon, bool afterDash = false)
    {
        hour = -1;
        minute = 0;
        colon = false;
        if (!Cont(i))
        {
            return -1;
        }

        DTok t = _a[i];
        if (t.Kind != DKind.Number || t.Digits is < 1 or > 2 || t.Value is < 0 or > 23 || t.Ordinal || t.InWord)
        {
            return -1;
        }

        // Not inside a code or number: "F-16", "2.5", "10/11", "1:2:3".
        if (t.Glued && i > 0 && (_a[i - 1].Kind is DKind.Number or DKind.Word or DKind.Symbol
            || (_a[i - 1].Kind == DKind.Punct && (_text[_a[i - 1].Start] is '/' or '.' or ':' or ',' or '+' or '#' or '_' || (!afterDash && IsDash(i - 1))))))
        {
            return -1;
        }

        int j = i + 1;
        if (P(j, ':') && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number && _a[j + 1].Digits == 2 && _a[j + 1].Value < 60)
        {
            minute = _a[j + 1].Value;
            j += 2;
            colon = true;
        }

        // "10:30:15", "3:16.5", "9/11": more digits glued on.
        if (Ok(j) && _a[j].Glued && (_a[j].Kind is DKind.Number or DKind.Word ? !IsAmPm(j)
            : _a[j].Kind == DKind.Punct && _text[_a[j].Start] is ':' or '.' or '/' or ',' && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].Kind == DKind.Number))
        {
            return -1;
        }

        hour = t.Value;
        return j;
    }

    private static int To24(int h12, bool pm) => pm ? (h12 == 12 ? 12 : h12 + 12) : (h12 == 12 ? 0 : h12);

    /// <summary>
    /// A clock-time range whose first time has no meridiem of its own: "1-3 pm", "from 9 to 11 a.m.", "between 4
    /// and 5pm", "11 to 1 p.m." (the morning's 11), "10:00-11:30" (both on the 24-hour clock), with the day written
    /// after it ("2 to 4 p.m. on Monday"). Ranges whose both ends carry a meridiem are read by <see cref="TryRange"/>.
    /// </summary>
    private int ParseClockRange(int i, out TExpr? e)
    {
        e = null;
        int a = HourMinute(i, out int h1, out int m1, out bool c1);
        if (a < 0 || IsAmPm(a) || CW(a, "o'clock") || CW(a, "o\u2019clock"))
        {
            return -1;
        }

        int k = a;
        bool dash = false;
        if (IsDash(k) && Cont(k))
        {
            if (_a[k].Glued != (Ok(k + 1) && _a[k + 1].Glued))
            {
                return -1; // "9 -11": not one range
            }

            dash = true;
            k++;
        }
        else if (CW(k, "to") || CW(k, "until") || CW(k, "till") || CW(k, "through") || CW(k, "thru"))
        {
            k++;
        }
        else if (CW(k, "and") && i > 0 && !_a[i].Newline && W(i - 1, "between"))
        {
            k++;
        }
        else
        {
            return -1;
        }

        int b = HourMinute(k, out int h2, out int m2, out bool c2, afterDash: dash);
        if (b < 0)
        {
            return -1;
        }

        int ap = AmPm(b, out bool pm);
        if (ap < 0 && !c2 && h2 is >= 1 and <= 12)
        {
            // "between 5 and 6 in the afternoon", "from 9 to 11 in the morning", "10 to 11 at night": the part of
            // the day serves as the meridiem of both.
            if (CW(b, "in") && CW(b + 1, "the") && Cont(b + 2) && (W(b + 2, "morning") || W(b + 2, "afternoon") || W(b + 2, "evening")))
            {
                pm = !W(b + 2, "morning");
                ap = b + 3;
            }
            else if (CW(b, "at") && CW(b + 1, "night") && h2 >= 6)
            {
                pm = true;
                ap = b + 2;
            }
        }

        int H1, H2;
        if (ap > 0)
        {
            if (h1 is < 1 or > 12 || h2 is < 1 or > 12)
            {
                return -1;
            }

            H2 = To24(h2, pm);
            H1 = To24(h1, pm);
            if (H1 > H2 || (H1 == H2 && m1 >= m2))
            {
                H1 = To24(h1, !pm); // "11 to 1 p.m.": eleven in the morning
            }

            b = ap;
        }
        else if (c1 && c2)
        {
            // "10:00-11:30", "10:00 to 11:30": the 24-hour clock, as written (not "John 3:16-4:12": a name before it).
            if (i > 0 && !_a[i].Newline && IsWord(i - 1) && _a[i - 1].Case == TokenCase.Capitalized && !_a[i - 1].HasLex && !IsTemporalPreposition(S(i - 1)))
            {
                return -1;
            }

            H1 = h1;
            H2 = h2;
            if (H2 < H1 || (H2 == H1 && m2 <= m1))
            {
                return -1;
            }
        }
        else
        {
            return -1;
        }

        if (Cont(b) && IsWord(b) && !_a[b].Glued && TimeZones.Contains(S(b)))
        {
            b++;
        }

        var from = new TExpr { Hour = H1, Minute = m1 };
        var to = new TExpr { Hour = H2, Minute = m2 };
        int end = b;

        // The day written after the times: "1-3 pm Monday", "2 to 4 p.m. on July 9".
        int d = b;
        if (CP(d, ','))
        {
            d++;
        }

        if (CW(d, "on") || CW(d, "of"))
        {
            d++;
        }

        if (Cont(d) && (_a[d].Kind == DKind.Number || (IsWord(d) && (_a[d].HasLex || IsTrigger(d)))))
        {
            int de = ParsePoint(d, out TExpr? day);
            if (de > 0 && day is not null && IsDayPoint(day) && _charEnd < 0)
            {
                from = TimeOn(day, H1, m1);
                to = TimeOn(day, H2, m2);
                end = de;
            }

            _charEnd = -1;
        }

        e = new TExpr { Type = ExprType.Range, From = from, To = to };
        return end;
    }

    /// <summary>
    /// A day without a clock time: a date, a weekday or a day relative to the reference date ("tomorrow"); not an
    /// anaphor ("that day", "the next morning"), which the extractor resolves from the story's date.
    /// </summary>
    private static bool IsDayPoint(TExpr d) =>
        d.Type == ExprType.Point && d.Hour < 0 && (d.Day > 0 || d.Weekday > 0 || d.RelUnit == TimeUnit.Day) && d.Mod == DateMod.None && d.Literal is null && d.DayShift == 0;

    /// <summary>The day with a clock time (a part of the day written with it, "yesterday afternoon", gives way to the time).</summary>
    private static TExpr TimeOn(TExpr day, int hour, int minute)
    {
        TExpr t = day.Clone();
        t.Hour = hour;
        t.Minute = minute;
        t.Part = 0;
        return t;
    }

    /// <summary>
    /// A day followed by a range of clock times: "Monday from 2 to 4 p.m.", "tomorrow between 9 and 11 a.m.",
    /// "July 9, 1-3 pm", "Monday 9 a.m. to 5 p.m.". Token <paramref name="end"/> follows the day; returns the
    /// range's end or -1.
    /// </summary>
    private int DayThenClockRange(int end, TExpr day, out TExpr? range)
    {
        range = null;
        if (!IsDayPoint(day))
        {
            return -1;
        }

        int k = end;
        if (CP(k, ','))
        {
            k++;
        }

        if (CW(k, "from") || CW(k, "between") || CW(k, "at"))
        {
            k++;
        }

        if (!Cont(k) || _a[k].Kind is not (DKind.Number or DKind.Word))
        {
            return -1;
        }

        int re = ParseClockRange(k, out TExpr? r);
        if (re < 0 || r is null || r.From!.Day > 0 || r.From.Weekday > 0 || r.From.HasRel)
        {
            // "Monday 9 a.m. to 5 p.m.": a time with its own meridiem, then the range reader.
            _charEnd = -1;
            int ce = ParseClock(k, out int hour, out int minute);
            if (ce < 0)
            {
                return -1;
            }

            re = TryRange(k, ce, new TExpr { Hour = hour, Minute = minute }, out r);
            if (re < 0 || r is null || r.From is null || r.To is null || r.From.Hour < 0 || r.To.Hour < 0 || r.To.Day > 0 || r.To.Weekday > 0 || r.To.HasRel)
            {
                _charEnd = -1;
                return -1;
            }
        }

        range = new TExpr { Type = ExprType.Range, From = TimeOn(day, r.From!.Hour, r.From.Minute), To = TimeOn(day, r.To!.Hour, r.To.Minute) };
        return re;
    }

    /// <summary>
    /// A clock time in words: "half past seven", "a quarter to nine", "ten past 9", "twenty-five minutes to six",
    /// "quarter after ten". A counted minute ("ten past 9") needs a clock context: "at", "by", "until"… before it, or
    /// a meridiem, "o'clock" or "in the morning" after it. Returns the end or -1.
    /// </summary>
    private int ClockWords(int i, out int hour, out int minute)
    {
        hour = -1;
        minute = 0;
        int j = i;
        int m;
        bool fixedWord = true; // "half", "quarter": only ever a clock time before "past" / "to"
        if (W(j, "half"))
        {
            m = 30;
            j++;
        }
        else if ((W(j, "quarter") && !(i > 0 && !_a[i].Newline && (W(i - 1, "the") || W(i - 1, "this") || W(i - 1, "that") || W(i - 1, "each") || W(i - 1, "every") || W(i - 1, "per")
            || (_a[i - 1].HasLex && _a[i - 1].Lex.Ordinal > 0)))) || (W(j, "a") && CW(j + 1, "quarter")))
        {
            m = 15;
            j += W(j, "quarter") ? 1 : 2;
        }
        else
        {
            fixedWord = false;
            if (Cont(j) && _a[j].Kind == DKind.Number && FreeNumber(j) && !_a[j].Ordinal && _a[j].Digits <= 2 && _a[j].Value is > 0 and < 60)
            {
                m = _a[j].Value;
                j++;
                if (!(CW(j, "minutes") || CW(j, "min") || CW(j, "mins")))
                {
                    return -1; // "10 past 9" is too rare to tell from a count
                }
            }
            else if (IsWord(j) && _a[j].HasLex && _a[j].Lex.Cardinal is > 0 and < 60)
            {
                m = _a[j].Lex.Cardinal;
                j++;
                if (m is 20 or 30 or 40 or 50 && IsDash(j) && _a[j].Glued && Ok(j + 1) && _a[j + 1].Glued && _a[j + 1].HasLex && _a[j + 1].Lex.Cardinal is > 0 and < 10)
                {
                    m += _a[j + 1].Lex.Cardinal; // "twenty-five"
                    j += 2;
                }
            }
            else
            {
                return -1;
            }

            if (CW(j, "minutes") || CW(j, "minute") || CW(j, "min") || CW(j, "mins"))
            {
                j++;
                fixedWord = true;
            }
        }

        if (m >= 60 || !Cont(j))
        {
            return -1;
        }

        bool past = W(j, "past") || W(j, "after");
        bool before = (W(j, "to") || W(j, "before") || W(j, "till")) && m != 30; // no "half to nine"
        if (!past && !before)
        {
            return -1;
        }

        j++;
        int h;
        if (Cont(j) && _a[j].Kind == DKind.Number && _a[j].Digits <= 2 && _a[j].Value is >= 1 and <= 12 && !_a[j].Ordinal && !NextGluedAlnum(j) && FreeNumber(j))
        {
            h = _a[j].Value;
        }
        else if (Cont(j) && IsWord(j) && _a[j].HasLex && _a[j].Lex.Cardinal is >= 1 and <= 12 && !(IsDash(j + 1) && _a[j + 1].Glued))
        {
            h = _a[j].Lex.Cardinal;
        }
        else if (Cont(j) && IsWord(j) && _a[j].HasLex && _a[j].Lex.Clock == 12)
        {
            h = 12; // "a quarter past noon"
        }
        else
        {
            return -1;
        }

        j++;
        if (Cont(j) && _a[j].HasLex && _a[j].Lex.Unit != TimeUnit.None)
        {
            return -1; // "ten to twelve hours": counts
        }

        // Minutes before the hour.
        if (before)
        {
            m = 60 - m;
            h = h == 1 ? 12 : h - 1;
        }

        bool marked = false;
        int ap = AmPm(j, out bool pm);
        if (ap > 0)
        {
            h = To24(h, pm);
            j = ap;
            marked = true;
        }
        else if (CW(j, "o'clock") || CW(j, "o\u2019clock") || CW(j, "oclock"))
        {
            j++;
            marked = true;
        }

        int pe = PartOfDayAfterHour(j, ref h);
        marked |= pe > j;
        j = pe;
        // "rose in the quarter to 9 percent", "ten to twelve million": an amount follows.
        if (!marked && (QuantityFollows(j) || (Cont(j) && (P(j, '%') || W(j, "percent") || W(j, "per") || W(j, "million") || W(j, "billion")))))
        {
            return -1;
        }

        // A counted minute needs a clock context: "at ten past nine", "ten to nine p.m.", "twenty minutes to six".
        bool at = i > 0 && !_a[i].Newline && (W(i - 1, "at") || W(i - 1, "by") || W(i - 1, "until") || W(i - 1, "till") || W(i - 1, "around")
            || W(i - 1, "about") || W(i - 1, "since"));
        if (!fixedWord && !marked && !at)
        {
            return -1;
        }

        // "odds at ten to one": a counted minute before "one" needs a meridiem or "minutes".
        if (!fixedWord && !marked && before && h == 12)
        {
            return -1;
        }

        // "quarter to 9" with digits: only with a clock context too ("the quarter to 9 March").
        if (!marked && !at && _a[j - 1].Kind == DKind.Number && !W(i, "half"))
        {
            return -1;
        }

        if (h > 23)
        {
            return -1;
        }

        hour = h;
        minute = m;
        return j;
    }

    /// <summary>The rank of a unit in a duration of several units (larger first), or -1 for units that do not combine.</summary>
    private static int UnitRank(TimeUnit u) => u switch
    {
        TimeUnit.Year => 6,
        TimeUnit.Month => 5,
        TimeUnit.Week => 4,
        TimeUnit.Day => 3,
        TimeUnit.Hour => 2,
        TimeUnit.Minute => 1,
        TimeUnit.Second => 0,
        _ => -1,
    };

    /// <summary>
    /// More units after a counted one: "1 hour and 30 minutes", "two years and three months", "3 hours 20
    /// minutes" (each smaller than the one before, at most four): a duration with the value PT1H30M, P2Y3M. With
    /// "ago", years and months ("two years and three months ago") or weeks and days count back from the reference date.
    /// Token <paramref name="end"/> follows the first unit; returns the end, or -1.
    /// </summary>
    private int CompoundDuration(int end, TimeUnit unit, double amount, out TExpr? e)
    {
        e = null;
        int rank = UnitRank(unit);
        if (rank < 0 || amount <= 0 || amount != Math.Floor(amount))
        {
            return -1;
        }

        Span<int> parts = stackalloc int[7];
        parts[rank] = (int)amount;
        int j = end;
        int count = 1;
        while (count < 4)
        {
            int k = j;
            if (CW(k, "and"))
            {
                k++;
            }

            if (!Cont(k) || !(_a[k].Kind == DKind.Number || (_a[k].HasLex && _a[k].Lex.Cardinal > 0) || W(k, "a") || W(k, "an")))
            {
                break;
            }

            int ue = ParseCountUnit(k, out double a2, out TimeUnit u2, out bool _, allowBarePlural: false);
            int r2 = UnitRank(u2);
            if (ue < 0 || a2 <= 0 || a2 != Math.Floor(a2) || r2 < 0 || r2 >= rank || a2 > 100000 || (IsDash(k + 1) && _a[k + 1].Glued))
            {
                break;
            }

            parts[r2] = (int)a2;
            rank = r2;
            j = ue;
            count++;
        }

        if (count == 1 || CW(j, "old") || (IsDash(j) && _a[j].Glued))
        {
            return -1;
        }

        if (CW(j, "ago"))
        {
            if (parts[4] == 0 && parts[3] == 0 && parts[2] == 0 && parts[1] == 0 && parts[0] == 0)
            {
                e = new TExpr { RelUnit = TimeUnit.Month, RelOffset = -((12 * parts[6]) + parts[5]), Literal = "ago" };
                return j + 1;
            }

            if (parts[6] == 0 && parts[5] == 0 && parts[2] == 0 && parts[1] == 0 && parts[0] == 0)
            {
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = -((7 * parts[4]) + parts[3]), Literal = "ago" };
                return j + 1;
            }

            return -1;
        }

        var sb = new System.Text.StringBuilder("P", 24);
        Append(sb, parts[6], 'Y');
        Append(sb, parts[5], 'M');
        Append(sb, parts[4], 'W');
        Append(sb, parts[3], 'D');
        if (parts[2] > 0 || parts[1] > 0 || parts[0] > 0)
        {
            sb.Append('T');
            Append(sb, parts[2], 'H');
            Append(sb, parts[1], 'M');
            Append(sb, parts[0], 'S');
        }

        e = new TExpr { Type = ExprType.Duration, Unit = unit, Amount = amount, Literal = sb.ToString() };
        return j;

        static void Append(System.Text.StringBuilder sb, int n, char c)
        {
            if (n > 0)
            {
                sb.Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(c);
            }
        }
    }

    /// <summary>
    /// A count of units from a named day: "two days after today", "three weeks from tomorrow", "two days before
    /// yesterday", "a year from today", "3 minutes from now" (the reference day: the pipeline knows no clock time).
    /// Token <paramref name="end"/> follows the unit; returns the end or -1.
    /// </summary>
    private int FromNamedDay(int end, TimeUnit unit, double amount, out TExpr? e)
    {
        e = null;
        if (amount <= 0 || amount != Math.Floor(amount) || amount > 10000 || !(CW(end, "from") || CW(end, "after") || CW(end, "before")) || !Cont(end + 1))
        {
            return -1;
        }

        int anchor;
        if (W(end + 1, "today"))
        {
            anchor = 0;
        }
        else if (W(end + 1, "tomorrow"))
        {
            anchor = 1;
        }
        else if (W(end + 1, "yesterday"))
        {
            anchor = -1;
        }
        else if (W(end + 1, "now") && W(end, "from"))
        {
            anchor = 0;
        }
        else
        {
            return -1;
        }

        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second && !W(end + 1, "now"))
        {
            return -1; // "3 minutes from today": a length of time, then the day
        }

        if (PossessiveEnd(end + 2) > 0)
        {
            return -1; // "two days after today's vote": counted from an event
        }

        int sign = W(end, "before") ? -1 : 1;
        int n = (int)amount * sign;
        switch (unit)
        {
            case TimeUnit.Day:
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = anchor + n };
                break;
            case TimeUnit.Week:
            case TimeUnit.Fortnight:
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = anchor + (n * (unit == TimeUnit.Week ? 7 : 14)) };
                break;
            case TimeUnit.Hour:
            case TimeUnit.Minute:
            case TimeUnit.Second:
            {
                double days = n / (unit == TimeUnit.Hour ? 24.0 : unit == TimeUnit.Minute ? 1440.0 : 86400.0);
                e = new TExpr { RelUnit = TimeUnit.Day, RelOffset = anchor + (int)days };
                break;
            }

            case TimeUnit.Month:
            case TimeUnit.Year:
                e = new TExpr { RelUnit = unit, RelOffset = n, Literal = "sameday", DayShift = anchor };
                break;
            default:
                return -1;
        }

        return end + 2;
    }

    /// <summary>"the week after next", "the month after next", "the week before last": two units from the reference date.</summary>
    private int ParseUnitAfterNext(int i, out TExpr? e)
    {
        e = null;
        if (!W(i, "the") || !Cont(i + 1) || !_a[i + 1].HasLex || _a[i + 1].Lex.UnitPlural
            || _a[i + 1].Lex.Unit is not (TimeUnit.Week or TimeUnit.Month or TimeUnit.Year or TimeUnit.Weekend or TimeUnit.Day))
        {
            return -1;
        }

        int sign;
        if (CW(i + 2, "after") && CW(i + 3, "next"))
        {
            sign = 1;
        }
        else if (CW(i + 2, "before") && CW(i + 3, "last"))
        {
            sign = -1;
        }
        else
        {
            return -1;
        }

        // "the day after next Tuesday", "the week before last year's vote": "next"/"last" belongs to what follows.
        if (Cont(i + 4) && (_a[i + 4].Kind == DKind.Number || (_a[i + 4].HasLex && (_a[i + 4].Lex.Unit != TimeUnit.None || _a[i + 4].Lex.Weekday > 0
            || _a[i + 4].Lex.Month > 0 || _a[i + 4].Lex.Season > 0)) || IsApostrophe(i + 4) || W(i + 4, "time") || W(i + 4, "round") || W(i + 4, "one")))
        {
            return -1;
        }

        e = new TExpr { RelUnit = _a[i + 1].Lex.Unit, RelOffset = 2 * sign };
        return i + 4;
    }

    /// <summary>
    /// "the last week of July", "the first week of March 2024", "the second week of next month", "the last week of
    /// 2016": the ISO week holding most of that week of the month or year (the first week of a year is ISO week 1).
    /// "the" may be left out after a preposition ("in first week of July"), as headlines do.
    /// "the first day of 2018", "the last day of June": that day (only first and last name a day of the period).
    /// </summary>
    private int ParseWeekOfMonth(int i, out TExpr? e)
    {
        e = null;
        int o = W(i, "the") ? i + 1 : i;
        bool dayOf = CW(o + 1, "day");
        if (!Cont(o) || !(dayOf || CW(o + 1, "week")) || !CW(o + 2, "of") || !Cont(o + 3))
        {
            return -1;
        }

        if (o == i && !(i == 0 || _a[i].Newline || PrevIsTemporalPreposition(i) || W(i - 1, "at")))
        {
            return -1;
        }

        int n;
        if (W(o, "last") || W(o, "final"))
        {
            n = 5;
        }
        else if (_a[o].HasLex && _a[o].Lex.Ordinal is >= 1 and <= 4 && !(dayOf && _a[o].Lex.Ordinal != 1))
        {
            n = _a[o].Lex.Ordinal;
        }
        else
        {
            return -1;
        }

        int pe = ParsePoint(o + 3, out TExpr? period);
        if (pe < 0 || period is null || period.Type != ExprType.Point || period.Mod != DateMod.None || _charEnd >= 0 || period.HasTime
            || period.Day > 0 || period.Weekday > 0 || period.Season > 0 || period.Quarter > 0 || period.Half > 0 || period.Decade > 0 || period.Weekend
            || period.Holiday >= 0 || period.IsoWeek > 0 || period.Literal is not (null or "short"))
        {
            _charEnd = -1;
            return -1;
        }

        bool month = period.Month > 0 && !period.HasRel;
        bool year = period.Month <= 0 && ((period.Year > 0 && !period.HasRel) || (period.HasRel && period.Year <= 0 && period.RelUnit is TimeUnit.Month or TimeUnit.Year));
        if (!month && !year)
        {
            return -1;
        }

        if (dayOf)
        {
            period.DayOfPeriod = n == 5 ? -1 : 1;
        }
        else
        {
            period.WeekOfMonth = n;
        }

        e = period;
        return pe;
    }
}
