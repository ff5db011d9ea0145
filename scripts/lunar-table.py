#!/usr/bin/env python3
"""Computes the Chinese lunisolar calendar for 1900-2100 from astronomy and prints it
as the packed table of crates/engine/src/times/lunar.rs (one u32 per lunar year).

Rules (the modern ones, GB/T 33661-2017): a month starts on the day (Beijing time,
UTC+8; local mean time of Beijing before 1929) of a new moon; the month holding the
winter solstice is the 11th; when 13 months lie between two such months, the first
of them without a principal solar term (a multiple of 30 degrees of solar longitude)
is a leap month and repeats the number before it.

Packing: bits 0-12 say which months (in order, a leap month after its namesake) have
30 days; bits 13-16 the leap month (0 none); bits 17-21 the day of the New Year
(lunar 1-1) counted from January 20 (1 = January 21).

Needs `ephem` (pip install ephem). Usage: scripts/lunar-table.py > /tmp/table.txt
"""
import datetime
import math
import ephem


def offset_days(d):
    """Hours east of UTC, in days, of the calendar's meridian at ephem date d."""
    year = ephem.Date(d).triple()[0]
    return (8.0 if year >= 1929 else 116.4 / 15.0) / 24.0


def local_day(d):
    """The Beijing calendar day (ordinal) of the instant d."""
    local = ephem.Date(d + offset_days(d))
    y, m, day = local.triple()
    return datetime.date(y, m, int(math.floor(day))).toordinal()


def sun_lon(d):
    s = ephem.Sun(ephem.Date(d))
    return math.degrees(float(ephem.Ecliptic(s, epoch=ephem.Date(d)).lon))


def principal_terms(y0, y1):
    """Days (ordinals) of the principal terms (longitude a multiple of 30) in [y0, y1]."""
    out = []
    d = ephem.Date(datetime.date(y0, 1, 1))
    end = ephem.Date(datetime.date(y1 + 1, 1, 1))
    prev = sun_lon(d)
    while d < end:
        n = d + 1.0
        cur = sun_lon(n)
        if math.floor(prev / 30.0) != math.floor(cur / 30.0) or (cur < prev):
            target = (math.floor(prev / 30.0) + 1) * 30.0 % 360.0
            lo, hi = d, n
            for _ in range(40):
                mid = (lo + hi) / 2
                x = sun_lon(mid)
                diff = (x - target + 180.0) % 360.0 - 180.0
                if diff < 0:
                    lo = mid
                else:
                    hi = mid
            out.append((local_day(hi), round(target) % 360))
        d, prev = n, cur
    return out


def new_moons(y0, y1):
    out = []
    d = ephem.Date(datetime.date(y0, 1, 1))
    end = ephem.Date(datetime.date(y1 + 1, 1, 1))
    while True:
        d = ephem.next_new_moon(d)
        if d > end:
            return out
        out.append(local_day(d))
        d = ephem.Date(d + 1)


def months(y0, y1):
    """(start ordinal, number, leap) of every lunar month between solstices of y0..y1."""
    terms = principal_terms(y0 - 1, y1 + 1)
    moons = new_moons(y0 - 2, y1 + 1)
    solstices = [day for day, lon in terms if lon == 270]
    zq = sorted(day for day, _ in terms)
    out = []
    for a, b in zip(solstices, solstices[1:]):
        m11a = max(m for m in moons if m <= a)
        m11b = max(m for m in moons if m <= b)
        sui = [m for m in moons if m11a <= m <= m11b]
        leap_at = None
        if len(sui) == 14:  # 13 months between the two 11th months
            for i in range(1, 13):
                if not any(sui[i] <= z < sui[i + 1] for z in zq):
                    leap_at = i
                    break
        num = 11
        for i, start in enumerate(sui[:-1]):
            if i == 0:
                out.append((start, 11, False))
                continue
            if i == leap_at:
                out.append((start, num, True))
                continue
            num = num % 12 + 1
            out.append((start, num, False))
    out.append((m11b, 11, False))
    return sorted(set(out))


def main():
    ms = months(1899, 2101)
    table = []
    for y in range(1900, 2101):
        start = next(i for i, (s, n, leap) in enumerate(ms) if n == 1 and not leap and datetime.date.fromordinal(s).year == y)
        end = next(i for i, (s, n, leap) in enumerate(ms) if i > start and n == 1 and not leap)
        bits, leap_month = 0, 0
        for k, i in enumerate(range(start, end)):
            length = ms[i + 1][0] - ms[i][0]
            assert length in (29, 30), (y, length)
            if length == 30:
                bits |= 1 << k
            if ms[i][2]:
                leap_month = ms[i][1]
        ny = datetime.date.fromordinal(ms[start][0])
        offset = (ny - datetime.date(y, 1, 20)).days
        assert 1 <= offset <= 31, (y, offset)
        table.append(bits | leap_month << 13 | offset << 17)
    for i in range(0, len(table), 8):
        print("    " + ", ".join(f"0x{v:06x}" for v in table[i:i + 8]) + ",")


if __name__ == "__main__":
    main()
