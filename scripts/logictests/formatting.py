"""format(), to_char/to_number, quoting, digests, encode/decode and string edge cases (expr/format*.test)."""
import itertools


def q(s):
    if s is None:
        return 'NULL'
    if "'" in s or '\\' in s:
        return '$$' + s + '$$'
    return "'" + s + "'"


def format_function():
    out = []
    for f in ['%s', '%I', '%L', '%%', '%5s|', '%-5s|', '%1$s %1$s', '%2$s %1$s', '%*s', '%-*s', '%*1$s',
              '%3$s', '%0$s', '%s %s %s', 'x%', '%x', '%1', '%1$', '%*', '%*2', '%-', '%5', '%10I|', '%-10L|',
              '%1$s%s', '%2$s%s', 'no specifiers', '', '%%%s%%', '%s%', '%I.%I', '%*-5s', '%--5s|', '%2147483648s',
              '%99999999999s']:
        out.append(f"SELECT format({q(f)}, 'Hello', 'World')")
    for v in ["NULL", "42", "4.5", "true", "'it''s'", "'back\\slash'", "'Mixed Case'", "'select'", "'abc'",
              "'_x1'", "'1x'", "'é'", "ARRAY[1,2]", "DATE '2024-01-02'", "'{\"a\": 1}'::jsonb", "NULL::int",
              "''", "'\"q\"'", "'user'", "'table'", "'name'", "'a b'"]:
        out += [f'SELECT format(\'[%s]\', {v})', f'SELECT format(\'[%I]\', {v})', f'SELECT format(\'[%L]\', {v})']
    out += ["SELECT format(NULL)", "SELECT format(NULL, 1)", "SELECT format('%s')", "SELECT format('x')",
            "SELECT format('%*s', 8, 'x')", "SELECT format('%*s', -8, 'x')", "SELECT format('%*s', NULL, 'x')",
            "SELECT format('%*s', '3', 'x')", "SELECT format('%*s', 'a', 'x')", "SELECT format('%*s', 3.7, 'x')",
            "SELECT format('%*2$s|', 'x', 6)", "SELECT format('%1$*2$s|', 'x', 6)", "SELECT format('%*s', 3::int2, 'x')",
            "SELECT format('%s, %s', 1)", "SELECT format('%s', 'é', 'x')", "SELECT format('%3s|', 'éé')",
            "SELECT format('%s %s', 1, 2, 3)", "SELECT format(1)", "SELECT format('%s', VARIADIC ARRAY[1])",
            "SELECT format('Testing %s, %s, %s, %%', 'one', 'two', 'three')", "SELECT format('%1$s %1$I %1$L', 'O''Reilly')",
            "SELECT quote_ident('abc')", "SELECT quote_ident('Abc')", "SELECT quote_ident('a\"b')", "SELECT quote_ident('select')",
            "SELECT quote_ident('name')", "SELECT quote_ident('')", "SELECT quote_ident('1a')", "SELECT quote_ident('_a')",
            "SELECT quote_ident('a$')", "SELECT quote_ident('é')", "SELECT quote_ident(NULL)", "SELECT quote_ident('user')",
            "SELECT quote_literal('abc')", "SELECT quote_literal('it''s')", "SELECT quote_literal('a\\b')",
            "SELECT quote_literal(42)", "SELECT quote_literal(4.50)", "SELECT quote_literal(true)", "SELECT quote_literal(NULL)",
            "SELECT quote_literal(DATE '2024-01-02')", "SELECT quote_literal(ARRAY['a'])", "SELECT quote_nullable(NULL)",
            "SELECT quote_nullable('x')", "SELECT quote_nullable(NULL::int)", "SELECT quote_nullable(7)",
            "SELECT quote_nullable(true)", "SELECT quote_literal('')", "SELECT format('%s', VARIADIC 1)",
            "SELECT format('%s %s', VARIADIC ARRAY[1, 2])", "SELECT format('%s', VARIADIC NULL::int[])",
            "SELECT format(VARIADIC ARRAY['%s', 'x'])", "SELECT format('%2$s|%1$L', VARIADIC ARRAY['a', NULL])",
            "SELECT format('%s', VARIADIC '{a}')"]
    return out


NUMBERS = ['0', '1', '-1', '5', '12', '-12', '123', '1234', '12345', '-12345', '0.5', '-0.5', '0.05', '3.14159',
           '-3.14159', '99.995', '1234.5', '0.001', '-0.001', '1e6', '21', '2', '3', '11', '13', '1000000']
PICTURES = ['999', '0000', '9999.99', 'FM9999.99', '9,999.99', 'FM9,999,999', 'S999', '999S', '999MI', 'FM999MI',
            '999PR', 'FM999PR', 'PL999', 'SG999', '0999', '099.00', 'FM0.00', '9.9', 'FM9.9', '.99', '9G999D99',
            'L999', '999th', '999TH', 'RN', 'FMRN', 'rn', '9.99EEEE', '9EEEE', '99V9', '9V99', 'B999', '"Total: "999',
            'FM00000', '999.999', '9.0', 'FM9.09', 'S9.99', '9.99S', 'MI9.99', '999D', 'FMS999', 'FM999.', 'SG9.9',
            '00.00PR', '$999', '9 9 9', '"x"9"y"']


def numbers():
    out = []
    for v, p in itertools.product(NUMBERS, PICTURES):
        out.append(f"SELECT to_char({v}, {q(p)})")
    for t in ['int8', 'float8', 'float4', 'int4', 'numeric']:
        for v in ['0', '12', '-12', '1234.5678', '0.5', '-0.25', '100']:
            for p in ['9999.99', 'FM9999.999', '9.99EEEE', 'S9999', '9999V99', 'RN', '999th', '000.0']:
                out.append(f"SELECT to_char({v}::{t}, {q(p)})")
    out += ["SELECT to_char(1, '')", "SELECT to_char(NULL::int, '999')", "SELECT to_char(1, NULL)",
            "SELECT to_char('NaN'::numeric, '999.9')", "SELECT to_char('NaN'::numeric, '9.9EEEE')",
            "SELECT to_char('Infinity'::float8, '999')", "SELECT to_char('NaN'::float8, '9.99EEEE')",
            "SELECT to_char(1, '9.9.9')", "SELECT to_char(1, 'S9S')", "SELECT to_char(1, 'S9MI')", "SELECT to_char(1, '9PRS')",
            "SELECT to_char(1, 'PR9')", "SELECT to_char(1, '9V9.9')", "SELECT to_char(1, '9EEEE9')", "SELECT to_char(1, 'FM9EEEE')",
            "SELECT to_char(1, '9EEEEEEEE')", "SELECT to_char(1.5, 'RN')", "SELECT to_char(4000, 'RN')", "SELECT to_char(0, 'RN')",
            "SELECT to_char(3999, 'FMRN')", "SELECT to_char(1994, 'FMRN')", "SELECT to_char(9223372036854775807, '9999999999999999999')",
            "SELECT to_char(1e20::numeric, '9.99EEEE')", "SELECT to_char(9.999, '9.99EEEE')", "SELECT to_char(0.000123, '9.99EEEE')",
            "SELECT to_char(-0.000123::float8, '9.99EEEE')", "SELECT to_char(12345678901234567890::numeric, '99999999999999999999.99')",
            "SELECT to_char(0.125::float8, '9.99')", "SELECT to_char(2.675::float8, '9.99')", "SELECT to_char(1e300::float8, '9.9')",
            "SELECT to_char(123456789.123456789::float8, '999999999.999999999')", "SELECT to_char(1.5::float4, '9.999999999')",
            "SELECT to_char(12, 'FM99th')", "SELECT to_char(111, '999th')", "SELECT to_char(112, '999TH')", "SELECT to_char(-5, '9th')",
            "SELECT to_char(485, '999')", "SELECT to_char(-485, '999')", "SELECT to_char(1485, '9 9 9')", "SELECT to_char(148.5, '999.999')",
            "SELECT to_char(148.5, 'FM999.999')", "SELECT to_char(148.5, '999D999')", "SELECT to_char(3148.5, '9G999D999')",
            "SELECT to_char(-485, '999S')", "SELECT to_char(-485, '999MI')", "SELECT to_char(485, '999MI')",
            "SELECT to_char(485, 'FM999MI')", "SELECT to_char(485, 'PL999')", "SELECT to_char(485, 'SG999')",
            "SELECT to_char(-485, 'SG999')", "SELECT to_char(-485, '9SG99')", "SELECT to_char(-485, '999PR')",
            "SELECT to_char(485, 'L999')", "SELECT to_char(485, 'RN')", "SELECT to_char(485, 'FMRN')", "SELECT to_char(5.2, 'FMRN')",
            "SELECT to_char(482, '999th')", "SELECT to_char(485, '\"Good number:\"999')", "SELECT to_char(485.8, '\"Pre:\"999\" Post:\" .999')",
            "SELECT to_char(12, '99V999')", "SELECT to_char(12.4, '99V999')", "SELECT to_char(12.45, '99V9')", "SELECT to_char(0.0004859, '9.99EEEE')",
            "SELECT to_char(-0.1, '99.99')", "SELECT to_char(-0.1, 'FM9.99')", "SELECT to_char(-0.1, 'FM90.99')",
            "SELECT to_char(0.1, '0.9')", "SELECT to_char(12, '9990999.9')", "SELECT to_char(12, 'FM9990999.9')",
            "SELECT to_char(1234567.891, '9,999,999.999')", "SELECT to_char(12.0, 'FM999.9')", "SELECT to_char(12, 'FM999.9')"]
    return out


def to_number():
    out = []
    for s, p in [('12,454.8-', '99G999D9S'), ('12,454.8-', '99,999.9S'), ('-34,338,492', '99G999G999'),
                 ('-34,338,492.654,878', '99G999G999D999G999'), ('<564646.654564>', '999999.999999PR'),
                 ('0.00001-', '9.999999S'), ('5.01-', 'FM9.999999S'), ('5.01-', 'FM9.999999MI'), ('5 4 4 4 4 8 . 7 8', '9 9 9 9 9 9 . 9 9'),
                 ('.01', 'FM9.99'), ('.0', '99999999.99999999'), ('0', '99.99'), ('.-01', 'S99.99'), ('.01-', '99.99S'),
                 (' . 0 1-', ' 9 9 . 9 9 S'), ('34,50', '999,99'), ('123,000', '999G'), ('123456', '999G999'), ('$1234.56', 'L9,999.99'),
                 ('$1234.56', 'L99,999.99'), ('$1,234.56', 'L99,999.99'), ('1234.56', 'L99,999.99'), ('1,234.56', 'L99,999.99'),
                 ('42nd', '99th'), ('123456', '99999V99'), ('123.456', '999.999'), ('abc', '999'), ('', '999'), ('12345', '999'),
                 ('1.23456', '9.99'), ('-1', '9'), ('1-', '9MI'), ('+1', 'PL9'), ('1', ''), ('12', '9.9EEEE'), ('12', 'RN'),
                 ('1234', '9999'), ('  12', '9999'), ('12  ', '9999'), ('1x2', '999'), ('1,2', '9,9'), ('1.2.3', '9.9.9'),
                 ('0.1', '0.9'), ('-0.1', 'S0.9'), ('100', '9V99'), ('1e5', '9999'), ('99', '9'), ('1 000', '9 999'),
                 ('12.34', '99D99'), ('12,34', '99D99'), ('-12.34', 'FM99.99'), ('<12>', '99PR'), ('12-', '99SG')]:
        out.append(f"SELECT to_number({q(s)}, {q(p)})")
    out += ["SELECT to_number(NULL, '9')", "SELECT to_number('1', NULL)", "SELECT pg_typeof(to_number('1', '9'))::text"]
    return out


TIMESTAMPS = ["TIMESTAMP '2024-03-05 14:07:09.123456'", "TIMESTAMP '2000-01-01 00:00:00'", "TIMESTAMP '1999-12-31 23:59:59.999999'",
              "TIMESTAMP '2021-01-03 12:00:00'", "TIMESTAMP '2020-12-31 08:30:00'", "TIMESTAMP '0044-03-15 12:00:00 BC'",
              "TIMESTAMP '2024-02-29 00:00:00'", "TIMESTAMPTZ '2024-07-04 18:45:30.5+02'", "DATE '2024-01-01'"]
DT_PICTURES = ['YYYY-MM-DD HH24:MI:SS', 'YYYY-MM-DD"T"HH24:MI:SS.US', 'HH12:MI AM', 'HH:MI:SS pm', 'HH24:MI:SS.MS',
               'Day, DD Month YYYY', 'FMDay, FMDD FMMonth YYYY', 'DY dy Dy', 'MON Mon mon', 'MONTH Month month',
               'DDD IDDD', 'IW IYYY IYY IY I', 'WW W', 'Q', 'CC', 'Y,YYY YYY YY Y', 'J', 'D ID', 'SSSS SSSSS',
               'FF1 FF2 FF3 FF4 FF5 FF6', 'TZ tz OF TZH:TZM', 'AD BC ad bc A.D. b.c.', 'A.M. p.m. AM pm', 'RM rm FMRM',
               'DDth DDTH Dth', 'FMDDth of FMMonth', 'HH24th MIth', 'TMMonth TMDay', 'YYYYMMDD', '"Year" YYYY', 'FX YYYY',
               'SP', 'Mm Dd', '\\"YYYY\\"', 'YYYY"quoted \\" inside"', 'HH24MISS', 'FMHH12:FMMI', 'yyyy-mm-dd hh24:mi:ss',
               'FMYYYY FMMM FMDD', 'IYYY-IW-ID', 'CCth', 'FMCC', 'MS US', 'mon dd, yyyy']


def datetimes():
    out = []
    for ts, p in itertools.product(TIMESTAMPS, DT_PICTURES):
        out.append(f"SELECT to_char({ts}, {q(p)})")
    for iv in ["INTERVAL '1 year 2 months 3 days 04:05:06.789'", "INTERVAL '-1 year -2 months'", "INTERVAL '27 hours'",
               "INTERVAL '0'", "INTERVAL '-3 days -04:05:06'", "INTERVAL '15 months'", "INTERVAL '100 years'"]:
        for p in ['YYYY MM DD HH24:MI:SS.US', 'HH HH12 AM', 'Y,YYY YY Y', 'CC', 'DDD', 'WW', 'Q', 'RM', 'MON',
                  'Day', 'TZ', 'FMHH24', 'SSSS', 'J', 'IW', 'W', 'MMth DDth']:
            out.append(f"SELECT to_char({iv}, {q(p)})")
    out += ["SELECT to_char(TIMESTAMP 'infinity', 'YYYY')", "SELECT to_char(TIMESTAMPTZ '-infinity', 'YYYY')",
            "SELECT to_char(TIMESTAMP '2024-01-01', '')", "SELECT to_char(NULL::timestamp, 'YYYY')",
            "SELECT to_char(TIMESTAMP '2024-01-01', NULL)", "SELECT to_char(now(), 'YYYY') = to_char(current_date, 'YYYY')",
            "SELECT to_char(TIMESTAMP '2024-01-01 00:00:00', 'HH HH12 HH24 AM')", "SELECT to_char(TIMESTAMP '2024-01-01 12:00:00', 'HH AM')",
            "SELECT to_char(TIMESTAMP '2024-01-01 23:00:00', 'HH12 PM')", "SELECT to_char(TIMESTAMP '10000-01-01', 'YYYY Y,YYY')",
            "SELECT to_char(TIMESTAMP '0001-01-01 BC', 'YYYY BC CC')", "SELECT to_char(TIMESTAMP '2018-12-31', 'IYYY IW')",
            "SELECT to_char(TIMESTAMP '2005-01-01', 'IYYY IW IDDD ID')", "SELECT to_char(DATE '2024-12-30', 'IYYY-IW')",
            "SELECT to_char(1, 'YYYY')", "SELECT to_char('2024-01-01'::date, 'YYYY')", "SELECT to_char('2024-01-01', 'YYYY')"]
    return out


def timezones():
    out = []
    for zone in ['America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'UTC', 'Asia/Kathmandu', 'Australia/Adelaide']:
        out.append(f"SET TimeZone = '{zone}'")
        for ts in ["TIMESTAMPTZ '2024-01-15 12:00:00+00'", "TIMESTAMPTZ '2024-07-15 12:00:00+00'", "DATE '2024-03-10'"]:
            out.append(f"SELECT to_char({ts}, 'YYYY-MM-DD HH24:MI TZ tz OF TZH TZM')")
        out.append("SELECT to_char(TIMESTAMP '2024-07-15 12:00:00', 'TZ|OF|TZH:TZM')")
    out.append("RESET TimeZone")
    return out


def strings():
    out = []
    for s in ['hello world', 'HELLO wORLD', 'héllo-wörld', "o'neil mc-donald", 'a1b2 3c', '', 'ǆemal', 'ß', 'x_y z']:
        out += [f'SELECT initcap({q(s)})', f'SELECT reverse({q(s)})', f'SELECT translate({q(s)}, \'lo\', \'01\')',
                f'SELECT translate({q(s)}, \'lo\', \'0\')', f'SELECT overlay({q(s)} placing \'XX\' from 2)',
                f'SELECT overlay({q(s)} placing \'XX\' from 2 for 5)', f'SELECT md5({q(s)})',
                f"SELECT encode({q(s)}::bytea, 'base64')",
                f'SELECT lpad({q(s)}, 12, \'*-\')', f'SELECT rpad({q(s)}, 4, \'ab\')', f'SELECT split_part({q(s)}, \' \', 2)']
    out += ["SELECT overlay('abc' placing 'X' from 0)", "SELECT overlay('abc' placing 'X' from -1)",
            "SELECT overlay('abc' placing 'X' from 2 for -1)", "SELECT overlay('abc' placing 'X' from 10)",
            "SELECT overlay('abc' placing 'X' from 2147483647 for 1)", "SELECT overlay('abcdef', 'XY', 3)",
            "SELECT overlay('abcdef', 'XY', 3, 0)", "SELECT translate('abc', '', 'x')", "SELECT translate('aaa', 'aa', 'xy')",
            "SELECT translate(NULL, 'a', 'b')", "SELECT md5(''::bytea)", "SELECT md5('\\x00'::bytea)", "SELECT md5(NULL::bytea)",
            "SELECT sha224('abc')", "SELECT sha256('abc')", "SELECT sha384('')", "SELECT sha512('abc'::bytea)", "SELECT sha256(NULL)",
            "SELECT sha256('abc'::text)", "SELECT encode('\\x00ff10'::bytea, 'hex')", "SELECT encode('\\x00ff10'::bytea, 'HEX')",
            "SELECT encode('\\x00ff5c41'::bytea, 'escape')", "SELECT encode(''::bytea, 'base64')", "SELECT encode('a'::bytea, 'base64')",
            "SELECT encode('ab'::bytea, 'base64')", "SELECT encode('abc'::bytea, 'base64')", "SELECT encode(repeat('a', 57)::bytea, 'base64')",
            "SELECT encode(repeat('xyz', 40)::bytea, 'base64')", "SELECT encode('a'::bytea, 'base32')", "SELECT encode('a'::bytea, NULL)",
            "SELECT decode('YWJj', 'base64')", "SELECT decode('YQ==', 'base64')", "SELECT decode('YWI=', 'base64')",
            "SELECT decode('Y W J j', 'base64')", "SELECT decode('YQ', 'base64')", "SELECT decode('Y===', 'base64')",
            "SELECT decode('YQ==YQ==', 'base64')", "SELECT decode('Y!Jj', 'base64')", "SELECT decode('YéJj', 'base64')",
            "SELECT decode('00ff', 'hex')", "SELECT decode('00 FF', 'hex')", "SELECT decode('0', 'hex')", "SELECT decode('0g', 'hex')",
            "SELECT decode('a\\\\b\\001', 'escape')", "SELECT decode('a\\b', 'escape')", "SELECT decode('abc', 'escape')",
            "SELECT decode('x', 'nope')", "SELECT decode(encode('\\xdeadbeef'::bytea, 'base64'), 'base64')",
"SELECT chr(-1)", "SELECT chr(55296)", "SELECT chr(1114112)",
            "SELECT chr(1114111) = chr(1114111)", "SELECT chr(233)", "SELECT ascii('é')", "SELECT ascii('')", "SELECT repeat('ab', 3)",
            "SELECT repeat('ab', -1)", "SELECT repeat('x', 2000000000)", "SELECT lpad('x', 300000000)", "SELECT lpad('abc', 300000000, '')",
            "SELECT lpad('abc', 2)", "SELECT lpad('abc', 5, '')", "SELECT rpad('abc', -1, 'x')", "SELECT left('abc', -5)",
            "SELECT right('abc', 5)", "SELECT strpos('abc', '')", "SELECT strpos('', 'a')", "SELECT position('' IN 'abc')",
            "SELECT starts_with('abc', '')", "SELECT starts_with('', 'a')", "SELECT reverse('ab😀c')", "SELECT initcap('ǈubljana')",
            "SELECT split_part('a,b,c', ',', 5)", "SELECT split_part('a,b,c', ',', -4)", "SELECT split_part('', ',', 1)"]
    return out


def generate(write):
    write('format_function', format_function())
    write('format_numbers', numbers() + to_number())
    write('format_datetime', datetimes())
    write('format_strings', strings())
    write('format_timezones', timezones())
