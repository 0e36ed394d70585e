"""Random regular expressions and to_char pictures with fixed seeds (expr/random_*.test): the
combinations hand-written cases miss, each checked against PostgreSQL like the others."""
import random

REGEX_ATOMS = ['a', 'b', 'c', '.', '[ab]', '[^a]', '\\d', '\\w', '\\s', '(a|b)', '(ab|a)', '(?:a|bc)', 'x',
               '[[:alpha:]]', '\\y', '^', '$', '(a)', '(b+)', '[a-c]', '\\.']
REGEX_QUANTIFIERS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}', '{0,1}?', '{1,}']
REGEX_SUBJECTS = ['abcabc', 'aabbcc', 'a b c', 'ab12 cd3', 'xaxbx', 'banana', 'abab', '', 'a.b.c', 'aaa bbb', 'cab',
                  'b a']


def dollar(s):
    return '$$' + s + '$$'


def regexes(rng, count):
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 4)):
            atom = rng.choice(REGEX_ATOMS)
            quantifier = rng.choice(REGEX_QUANTIFIERS)
            parts.append(atom + ('' if rng.choice(REGEX_ATOMS) in ('^', '$', '\\y') else quantifier))
        pattern = ''.join(parts)
        if rng.random() < 0.2:
            pattern += '|' + rng.choice(REGEX_ATOMS)
        subject = rng.choice(REGEX_SUBJECTS)
        kind = rng.randint(0, 4)
        if kind == 0:
            out.append(f'SELECT regexp_match({dollar(subject)}, {dollar(pattern)})')
        elif kind == 1:
            out.append(f"SELECT regexp_replace({dollar(subject)}, {dollar(pattern)}, '<\\&>', 'g')")
        elif kind == 2:
            out.append(f'SELECT regexp_count({dollar(subject)}, {dollar(pattern)})')
        elif kind == 3:
            out.append(f'SELECT substring({dollar(subject)} FROM {dollar(pattern)})')
        else:
            out.append(f'SELECT regexp_split_to_array({dollar(subject)}, {dollar(pattern)})')
    return out


NUMBER_ELEMENTS = ['9', '9', '9', '0', '0', '.', 'D', ',', 'G', 'S', 'MI', 'PL', 'SG', 'PR', 'FM', 'V', 'TH', 'th', 'L',
                   '"x"', ' ', 'B', 'EEEE', 'RN']
NUMBER_VALUES = ['0', '1', '-1', '7', '-7', '12', '123', '-123', '1234', '0.5', '-0.5', '0.05', '12.345', '-12.345',
                 '99.99', '100', '0.001', '5e-5', '123456789', '-0.0']
NUMBER_TYPES = ['', '::int4', '::int8', '::float8', '::float4', '::numeric']


def numbers(rng, count):
    out = []
    for _ in range(count):
        picture = ''.join(rng.choice(NUMBER_ELEMENTS) for _ in range(rng.randint(1, 7)))
        value = rng.choice(NUMBER_VALUES)
        cast = rng.choice(NUMBER_TYPES)
        if cast in ('::int4', '::int8') and ('.' in value or 'e' in value):
            cast = ''
        out.append(f"SELECT to_char(({value}){cast}, '{picture}')")
    for _ in range(count // 3):
        picture = ''.join(rng.choice(['9', '9', '0', '.', 'D', ',', 'G', 'S', 'MI', 'PL', 'SG', 'PR', 'FM', 'L', 'TH'])
                          for _ in range(rng.randint(1, 6)))
        text = ''.join(rng.choice(['1', '2', '3', '-', '+', '.', ',', ' ', '<', '>', '$', 'x'])
                       for _ in range(rng.randint(0, 7)))
        out.append(f"SELECT to_number('{text}', '{picture}')")
    return out


DATETIME_ELEMENTS = ['YYYY', 'YYY', 'YY', 'Y', 'Y,YYY', 'IYYY', 'IY', 'MM', 'MON', 'Mon', 'mon', 'MONTH', 'Month',
                     'month', 'DD', 'DDD', 'IDDD', 'D', 'ID', 'DY', 'Dy', 'dy', 'DAY', 'Day', 'day', 'HH', 'HH12',
                     'HH24', 'MI', 'SS', 'MS', 'US', 'FF1', 'FF3', 'FF6', 'AM', 'pm', 'A.M.', 'p.m.', 'TZ', 'tz', 'OF',
                     'TZH', 'TZM', 'CC', 'Q', 'WW', 'W', 'IW', 'J', 'RM', 'rm', 'SSSS', 'AD', 'bc', 'B.C.', 'a.d.', ' ',
                     '-', '/', ':', '"lit"', 'x', 'FM', 'TM', 'th', 'TH', 'FX', 'SP']
DATETIME_VALUES = ["TIMESTAMP '2024-03-05 14:07:09.123456'", "TIMESTAMP '1999-12-31 23:59:59.999999'",
                   "TIMESTAMPTZ '2021-01-03 00:30:00+05'", "TIMESTAMP '0100-02-28 01:02:03 BC'",
                   "TIMESTAMP '2008-12-29 12:00'", "DATE '2010-01-03'", "TIMESTAMP '294276-12-31 23:59:59'",
                   "TIMESTAMP '4713-11-24 00:00:00 BC'", "INTERVAL '3 years 14 months 40 days 30:15:16.5'",
                   "INTERVAL '-7 months -3 days -01:02'", "INTERVAL '1234567 hours'", "TIMESTAMP '2024-10-27 02:30:00'"]


def datetimes(rng, count):
    out = []
    for _ in range(count):
        picture = ''.join(rng.choice(DATETIME_ELEMENTS) for _ in range(rng.randint(1, 6)))
        out.append(f"SELECT to_char({rng.choice(DATETIME_VALUES)}, '{picture}')")
    return out


def generate(write):
    write('random_regex', regexes(random.Random(1), 1500))
    write('random_to_char', numbers(random.Random(3), 1500) + datetimes(random.Random(5), 1500))
