"""Expression logic tests for json/jsonb, the rest of date/time and numeric exp/ln/log/power.
Called by gen-logictest-inputs.py with its write(name, queries) function."""
import itertools


def numeric_transcendental():
    q = []
    vals = ['2.0', '0.5', '1.0', '10.0', '0.0001', '123456.789', '1.1', '0.9', '0.99999', '1.00001', '2.718281828',
            '1e-20::numeric', '1e20::numeric', '99999999.5', '0.000000001', "'NaN'::numeric", "'Infinity'::numeric",
            "'-Infinity'::numeric", '0.0', '-1.0', '3::numeric', 'NULL::numeric', '1.23456789012345678901234567890']
    for v in vals:
        q += [f'SELECT exp({v})', f'SELECT ln({v})', f'SELECT log({v})', f'SELECT log10({v})',
              f'SELECT log(2.0, {v})', f'SELECT log({v}, 100.0)', f'SELECT power({v}, 2.5)', f'SELECT {v} ^ 3',
              f'SELECT {v} ^ (-2)', f'SELECT power(1.5, {v})', f'SELECT {v} ^ 0.5']
    q += ['SELECT exp(100.0)', 'SELECT exp(-100.0)', 'SELECT exp(5000.0)', 'SELECT exp(6000.0)', 'SELECT exp(-6000.0)',
          'SELECT exp(1.000000000000000000000001)', 'SELECT exp(0.0)', 'SELECT exp(-0.5)', 'SELECT ln(1e-100::numeric)',
          'SELECT ln(1e100::numeric)', 'SELECT log(1e1000::numeric)', 'SELECT log(0.1, 1e-50::numeric)',
          'SELECT power(2.0, 1000)', 'SELECT 2.0 ^ 100', 'SELECT 2 ^ 0.5', 'SELECT power(2, 0.5)', 'SELECT (-2.0) ^ 3',
          'SELECT (-2.0) ^ 3.0', 'SELECT (-2.0) ^ 0.5', 'SELECT (-8.0) ^ (1.0/3)', 'SELECT 0.0 ^ (-1)',
          'SELECT 0.0 ^ 0.5', 'SELECT 0.0 ^ 0', 'SELECT 0.0 ^ 0.0', 'SELECT 1.0000001 ^ 1e9', 'SELECT 1.0000001 ^ 1e10',
          'SELECT power(10.0, -1000.0)', 'SELECT power(10.0, -20.5)', 'SELECT power(-2.0, 2147483648.0)',
          'SELECT power(2.0, 1e6)', 'SELECT power(2.0, -1e6)', 'SELECT power(0.5, 1e6)', 'SELECT power(7.0, -30.0)',
          'SELECT 1.5 ^ 2', "SELECT 'NaN'::numeric ^ 0", "SELECT 1.0 ^ 'NaN'::numeric",
          "SELECT 'NaN'::numeric ^ 1", "SELECT 2.0 ^ 'NaN'::numeric", "SELECT 0.5 ^ 'Infinity'::numeric",
          "SELECT 2.0 ^ 'Infinity'::numeric", "SELECT 1.0 ^ 'Infinity'::numeric", "SELECT (-1.0) ^ 'Infinity'::numeric",
          "SELECT 0.5 ^ '-Infinity'::numeric", "SELECT 2.0 ^ '-Infinity'::numeric", "SELECT (-2.0) ^ 'Infinity'::numeric",
          "SELECT 'Infinity'::numeric ^ 2.0", "SELECT 'Infinity'::numeric ^ (-2.0)", "SELECT 'Infinity'::numeric ^ 0.0",
          "SELECT '-Infinity'::numeric ^ 3.0", "SELECT '-Infinity'::numeric ^ 2.0", "SELECT '-Infinity'::numeric ^ 2.5",
          "SELECT '-Infinity'::numeric ^ (-3.0)", "SELECT 'Infinity'::numeric ^ 'Infinity'::numeric",
          "SELECT 'Infinity'::numeric ^ '-Infinity'::numeric", "SELECT 0.0 ^ 'Infinity'::numeric",
          "SELECT 0.0 ^ '-Infinity'::numeric", "SELECT (-0.5) ^ 'Infinity'::numeric", "SELECT (-3.0) ^ 2.5",
          "SELECT log(1.0, 2.0)", "SELECT log(0.0, 2.0)", "SELECT log(2.0, 0.0)", "SELECT log(-1.0, 2.0)",
          "SELECT log(2.0, 'Infinity'::numeric)", "SELECT log(0.5, 'Infinity'::numeric)",
          "SELECT log('Infinity'::numeric, 2.0)", "SELECT log('Infinity'::numeric, 'Infinity'::numeric)",
          "SELECT log(1.0, 'Infinity'::numeric)", "SELECT log(2.0, 1.0)", "SELECT log(1.0, 1.0)",
          "SELECT pg_typeof(exp(1.0))::text", "SELECT pg_typeof(2.0 ^ 2)::text", "SELECT pg_typeof(2 ^ 2)::text",
          "SELECT pg_typeof(log(2, 8.0))::text", "SELECT exp(1.5::float8)", "SELECT ln(2::numeric(10,4))",
          "SELECT 12.34 ^ 5.678", "SELECT 0.001 ^ 0.001", "SELECT 99.999 ^ 99.999", "SELECT exp(2302.58)",
          "SELECT ln(0.9)", "SELECT ln(1.1)", "SELECT ln(1.000000000000000001)", "SELECT log(1.000000000000000001)"]
    return q


def json_values():
    q = []
    docs = ["'{\"a\": 1, \"b\": [1, 2, {\"c\": null}], \"d\": {\"e\": \"x\\ty\"}}'",
            "'[1, \"two\", null, true, [3, 4], {\"k\": 5}]'", "'\"scalar\"'", "'42.50'", "'null'", "'{}'", "'[]'",
            "'{\"a\":1,\"a\":2, \"b\" :  [ 1 ,2 ]}'", 'NULL']
    keys = ["'a'", "'b'", "'d'", "'zz'", '0', '1', '-1', '4', '-7', 'NULL', "'k'"]
    paths = ["'{b,2,c}'", "'{d,e}'", "'{b,-1}'", "'{4,1}'", "'{5,k}'", "'{}'", "'{b,x}'", "'{a,b}'", 'NULL',
             "'{b,NULL}'"]
    for typ in ['json', 'jsonb']:
        for d in docs:
            for k in keys:
                q += [f'SELECT {d}::{typ} -> {k}', f'SELECT {d}::{typ} ->> {k}']
            for p in paths:
                q += [f'SELECT {d}::{typ} #> {p}', f'SELECT {d}::{typ} #>> {p}']
            q += [f'SELECT {typ}_typeof({d})', f'SELECT {typ}_array_length({d})', f'SELECT {typ}_strip_nulls({d})',
                  f"SELECT {typ}_extract_path({d}, 'b', '2')", f"SELECT {typ}_extract_path_text({d}, 'd', 'e')",
                  f"SELECT {typ}_extract_path({d}, '4')", f"SELECT {typ}_extract_path_text({d}, 'a')",
                  f'SELECT {d}::{typ}', f'SELECT {d}::{typ}::text']
    jb = ["'{\"a\": 1, \"b\": {\"c\": [1, 2]}}'", "'[1, \"a\", [2, 3], {\"x\": null}]'", "'\"a\"'", "'1'",
          "'{}'", "'[]'", "'null'"]
    for a in jb:
        for b in jb:
            q += [f'SELECT {a}::jsonb @> {b}::jsonb', f'SELECT {a}::jsonb <@ {b}::jsonb', f'SELECT {a}::jsonb || {b}::jsonb',
                  f'SELECT {a}::jsonb = {b}::jsonb', f'SELECT {a}::jsonb < {b}::jsonb']
        q += [f"SELECT {a}::jsonb ? 'a'", f"SELECT {a}::jsonb ?| '{{x,a}}'", f"SELECT {a}::jsonb ?& '{{a,b}}'",
              f"SELECT {a}::jsonb - 'a'", f"SELECT {a}::jsonb - 1", f"SELECT {a}::jsonb - '{{a,b}}'::text[]",
              f"SELECT {a}::jsonb #- '{{b,c,0}}'", f"SELECT {a}::jsonb #- '{{2,1}}'", f"SELECT {a}::jsonb #- '{{}}'",
              f"SELECT jsonb_set({a}, '{{b,c,1}}', '\"new\"')", f"SELECT jsonb_set({a}, '{{z}}', '9')",
              f"SELECT jsonb_set({a}, '{{z}}', '9', false)", f"SELECT jsonb_set({a}, '{{2,0}}', '9')",
              f"SELECT jsonb_set({a}, '{{-9}}', '9')", f"SELECT jsonb_set({a}, '{{9}}', '9')",
              f"SELECT jsonb_insert({a}, '{{b,c,0}}', '0')", f"SELECT jsonb_insert({a}, '{{b,c,0}}', '0', true)",
              f"SELECT jsonb_insert({a}, '{{z}}', '0')", f"SELECT jsonb_insert({a}, '{{a}}', '0')",
              f"SELECT jsonb_insert({a}, '{{1}}', '0', true)", f"SELECT jsonb_insert({a}, '{{-1}}', '0')",
              f"SELECT jsonb_pretty({a})", f"SELECT jsonb_strip_nulls({a})"]
    q += ["SELECT '{\"a\": {\"b\": 1, \"c\": 2}}'::jsonb @> '{\"a\": {\"b\": 1}}'",
          "SELECT '[1, [2, 3]]'::jsonb @> '[[3]]'", "SELECT '[1, 2]'::jsonb @> '[1, 1]'",
          "SELECT '{\"a\": [1, 2]}'::jsonb @> '{\"a\": [2]}'", "SELECT '{\"a\": 1.0}'::jsonb @> '{\"a\": 1}'",
          "SELECT '[{\"a\": 1}]'::jsonb @> '[{}]'", "SELECT '[[1]]'::jsonb @> '[1]'",
          "SELECT '{\"a\":1}'::jsonb ?& '{a,NULL}'", "SELECT '{\"a\":1}'::jsonb ?| '{NULL,b}'",
          "SELECT '{\"a\":1}'::jsonb ?| '{}'", "SELECT '{\"a\":1}'::jsonb ?& '{}'",
          "SELECT jsonb_set('{\"a\":1}', '{a,NULL}', '2')", "SELECT jsonb_set('{\"a\":1}', '{a}', NULL)",
          "SELECT jsonb_set('{\"a\":[1]}', '{a,x}', '2')", "SELECT jsonb_set('{\"a\":1}', '{a,b}', '2')",
          "SELECT '[1,2]'::jsonb #- '{x}'", "SELECT '{\"a\":[1,2]}'::jsonb #- '{a,-1}'", "SELECT '[1,2]'::jsonb - 5",
          "SELECT '{\"a\":1}'::jsonb -> 'a' -> 'b'", "SELECT ('{\"a\":{\"b\":[10,20]}}'::jsonb -> 'a' -> 'b' ->> 1)::int + 1",
          "SELECT '{\"a\":1}'::json = '{\"a\":1}'", "SELECT '[1,2]'::jsonb -> 1.5", "SELECT '[1]'::json -> 'a' IS NULL",
          "SELECT '{\"a\":\"x\"}'::jsonb ->> 'a' = 'x'", "SELECT pg_typeof('{}'::jsonb -> 'a')::text",
          "SELECT pg_typeof('{}'::json ->> 'a')::text", "SELECT '{\"a\":1}'::jsonb -> NULL",
          "SELECT '{\"b\":1, \"a\":2, \"aa\": 3, \"b\": 4}'::jsonb", "SELECT '[1e3, 1.50, -0, 0.0, 1E-2]'::jsonb",
          "SELECT '[1e3, 1.50, -0,  0.0]'::json", "SELECT '  {\"a\" :\t1}  '::json", "SELECT '{\"a\": 1'::jsonb",
          "SELECT json_extract_path('{\"a\":1}')", "SELECT json_extract_path('{\"a\":1}', 1)",
          "SELECT jsonb_extract_path('{\"a\":[1,2]}', 'a', NULL)", "SELECT jsonb_set('1', '{a}', '2')",
          "SELECT jsonb_insert('[1]', '{x}', '9')", "SELECT '1'::jsonb #- '{x}'", "SELECT '{\"a\":1}'::jsonb - 0",
          "SELECT jsonb_pretty('{\"a\": \"x\\ny\", \"b\": [[]]}')", "SELECT jsonb_typeof('1'::jsonb -> 'a')",
          "SELECT '[]'::jsonb < 'null'::jsonb", "SELECT '{\"a\":1}'::jsonb > '[1,2,3]'::jsonb"]
    return q


def json_builders():
    q = []
    vals = ['1', "'a'", 'NULL', 'true', '1.50', "'NaN'::numeric", "'Infinity'::float8", '1e20::float8', '1.5::float4',
            '12::int8', "'x'::varchar", "'ab'::char(3)", "'12:00'::time", "'12:00+05:30'::timetz", "'2024-01-02'::date",
            "'infinity'::date", "'2024-01-02 03:04:05.5'::timestamp", "'2024-01-02 03:04:05+02'::timestamptz",
            "'1 day 2 hours'::interval", "'[1, 2]'::jsonb", "'{\"x\" : [1,  2]}'::json", "'a\"b\\c'::text",
            "E'tab\\tnl\\n'::text", "'\\x0102'::bytea", "'{1,2,NULL}'::int[]", "'{{a,b},{c,NULL}}'::text[]",
            "'{}'::int[]", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid", "'-Infinity'::timestamp", "'0044-03-15 BC'::date"]
    for v in vals:
        q += [f'SELECT to_json({v})', f'SELECT to_jsonb({v})', f"SELECT json_build_object('k', {v})",
              f"SELECT jsonb_build_object('k', {v})", f'SELECT json_build_array({v}, {v})',
              f'SELECT jsonb_build_array({v})', f'SELECT json_build_object({v}, 1)', f'SELECT jsonb_build_object({v}, 1)']
    q += ["SELECT json_build_object()", "SELECT jsonb_build_object()", "SELECT json_build_array()",
          "SELECT jsonb_build_array()", "SELECT json_build_object('a')", "SELECT jsonb_build_object('a', 1, 'b')",
          "SELECT jsonb_build_object('b', 1, 'a', 2, 'b', 3)", "SELECT json_build_object('b', 1, 'a', 2, 'b', 3)",
          "SELECT to_json()", "SELECT to_json(1, 2)", "SELECT json_build_object('a', json_build_object('b', 1))",
          "SELECT jsonb_build_object('a', jsonb_build_array(1, 'x', NULL))", "SELECT pg_typeof(to_json(1))::text",
          "SELECT pg_typeof(jsonb_build_object())::text", "SELECT to_jsonb(to_json('x'::text))",
          "SELECT json_build_array(1, 2) ->> 1", "SELECT jsonb_build_object('n', 1) -> 'n'",
          "SET TimeZone = 'Asia/Kolkata'", "SELECT to_json('2024-01-02 03:04:05+00'::timestamptz)",
          "SELECT to_jsonb('2024-01-02 03:04:05.123+00'::timestamptz)", "SET TimeZone = 'UTC'"]
    return q


def datetime_more():
    q = []
    ivals = ["INTERVAL '1 month'", "INTERVAL '1 year 2 months 3 days 04:05:06.789'", "INTERVAL '-1 day 2 hours'",
             "INTERVAL '35 days 30 hours'", "INTERVAL '0'", "INTERVAL '-1 month -2 days 03:00'", 'NULL::interval']
    for i in ivals:
        for n in ['2', '0.5', '-1.5', '1.0/3', '0', "'1.5'", '1e10', "'NaN'::float8"]:
            q += [f'SELECT {i} * {n}', f'SELECT {i} / {n}']
        q += [f'SELECT 3 * {i}', f'SELECT justify_days({i})', f'SELECT justify_hours({i})',
              f'SELECT justify_interval({i})', f'SELECT isfinite({i})']
        for fld in ['microseconds', 'milliseconds', 'second', 'minute', 'hour', 'day', 'month', 'quarter', 'year',
                    'decade', 'century', 'millennium', 'epoch', 'week', 'dow', 'nonsense']:
            q.append(f'SELECT extract({fld} FROM {i})')
        q.append(f"SELECT date_part('epoch', {i})")
    tvals = ["TIME '12:34:56.789'", "TIME '00:00'", "TIME '23:59:59.999999'", "TIMETZ '12:34:56+05:30'",
             "TIMETZ '01:00-08'", 'NULL::time']
    for t in tvals:
        q += [f"SELECT {t} + INTERVAL '1 hour 30 minutes'", f"SELECT {t} - INTERVAL '25 hours'",
              f"SELECT INTERVAL '1 day 2 hours' + {t}", f"SELECT {t} + INTERVAL '1 month'"]
        for fld in ['microseconds', 'milliseconds', 'second', 'minute', 'hour', 'day', 'epoch', 'timezone',
                    'timezone_hour', 'timezone_minute', 'year', 'nonsense']:
            q.append(f'SELECT extract({fld} FROM {t})')
        q.append(f"SELECT date_part('second', {t})")
    q += ["SELECT TIME '12:00' - TIME '13:30:15'", "SELECT TIME '12:00' - TIME '11:00'",
          "SELECT DATE '2024-02-29' + TIME '12:30'", "SELECT TIME '23:00' + DATE '2024-12-31'",
          "SELECT DATE '2024-02-29' + TIMETZ '12:30+02'", "SELECT DATE 'infinity' + TIME '01:00'",
          "SELECT TIME '10:00' + TIME '01:00'"]
    tsvals = ["TIMESTAMP '2024-01-31 13:45:07.123456'", "TIMESTAMP '0044-03-15 12:00 BC'", "TIMESTAMP 'infinity'",
              "TIMESTAMP '-infinity'", "TIMESTAMPTZ '2024-03-31 01:30:00+00'", "TIMESTAMPTZ 'infinity'",
              "DATE 'infinity'", "DATE '-infinity'", "DATE '0001-01-01 BC'", "DATE '2020-12-31'",
              "TIMESTAMP '2021-01-03 00:00'", "TIMESTAMP '1999-12-31 23:59:59.5'"]
    for d in tsvals:
        for fld in ['year', 'month', 'day', 'hour', 'second', 'milliseconds', 'microseconds', 'dow', 'isodow', 'doy',
                    'week', 'isoyear', 'quarter', 'epoch', 'julian', 'century', 'decade', 'millennium', 'timezone',
                    'timezone_hour', 'timezone_minute', 'nonsense']:
            q.append(f'SELECT extract({fld} FROM {d})')
        q += [f"SELECT date_part('year', {d})", f"SELECT date_part('day', {d})", f'SELECT isfinite({d})',
              f"SELECT {d} + INTERVAL '1 month'", f"SELECT {d} - INTERVAL '1 year 2 days'", f"SELECT {d} + 1",
              f"SELECT {d} - {d}", f"SELECT date_trunc('month', {d})", f"SELECT date_trunc('century', {d})",
              f"SELECT date_trunc('millennium', {d})", f"SELECT date_trunc('decade', {d})",
              f"SELECT date_trunc('week', {d})"]
    q += ["SELECT age(TIMESTAMP '2024-03-31', TIMESTAMP '2024-02-29')", "SELECT age(TIMESTAMP '2024-02-29', TIMESTAMP '2024-03-31')",
          "SELECT age(TIMESTAMP '2001-04-10', TIMESTAMP '1957-06-13')", "SELECT age(TIMESTAMP '1957-06-13', TIMESTAMP '2001-04-10 12:00')",
          "SELECT age(TIMESTAMPTZ '2024-03-31 12:00+00', TIMESTAMPTZ '2023-01-31 13:00+00')",
          "SELECT age(TIMESTAMP '2024-01-01 00:00:00.5', TIMESTAMP '2023-12-31 23:59:59.75')",
          "SELECT age(TIMESTAMP 'infinity', TIMESTAMP '2000-01-01')", "SELECT age(DATE '2024-03-01', DATE '2024-01-31')",
          "SELECT age(TIMESTAMP '2024-01-01') > INTERVAL '0'", "SELECT pg_typeof(age(TIMESTAMPTZ '2024-01-01'))::text",
          "SELECT date_bin(INTERVAL '15 minutes', TIMESTAMP '2020-02-11 15:44:17', TIMESTAMP '2001-01-01')",
          "SELECT date_bin(INTERVAL '15 minutes', TIMESTAMP '2020-02-11 15:44:17', TIMESTAMP '2001-01-01 00:02:30')",
          "SELECT date_bin(INTERVAL '1 day', TIMESTAMP '2020-02-11 15:44:17', TIMESTAMP '2030-01-01 06:00')",
          "SELECT date_bin(INTERVAL '7 days', TIMESTAMPTZ '2020-02-11 15:44:17+00', TIMESTAMPTZ '2001-01-01+00')",
          "SELECT date_bin(INTERVAL '1 month', TIMESTAMP '2020-02-11', TIMESTAMP '2001-01-01')",
          "SELECT date_bin(INTERVAL '0 days', TIMESTAMP '2020-02-11', TIMESTAMP '2001-01-01')",
          "SELECT date_bin(INTERVAL '-1 hour', TIMESTAMP '2020-02-11', TIMESTAMP '2001-01-01')",
          "SELECT date_bin(INTERVAL '1 hour', TIMESTAMP 'infinity', TIMESTAMP '2001-01-01')",
          "SELECT date_bin(INTERVAL '1 hour', TIMESTAMP '2020-01-01', TIMESTAMP 'infinity')",
          "SELECT date_bin(INTERVAL '1 microsecond', TIMESTAMP '2020-01-01 00:00:00.5', TIMESTAMP '2030-01-01')",
          "SELECT make_time(8, 15, 23.5)", "SELECT make_time(24, 0, 0)", "SELECT make_time(24, 0, 0.5)",
          "SELECT make_time(-1, 0, 0)", "SELECT make_time(1, 60, 0)", "SELECT make_time(1, 2, 60)", "SELECT make_time(1, 2, 60.5)",
          "SELECT make_time(1, 2, 'NaN')", "SELECT make_timestamp(2013, 7, 15, 8, 15, 23.5)",
          "SELECT make_timestamp(2013, 2, 30, 8, 15, 23.5)", "SELECT make_timestamp(-44, 3, 15, 12, 0, 0)",
          "SELECT make_timestamp(0, 1, 1, 0, 0, 0)", "SELECT make_timestamp(2013, 7, 15, 25, 0, 0)",
          "SELECT make_timestamp(294277, 1, 1, 0, 0, 0)", "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5)",
          "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'America/New_York')",
          "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, '+05:30')", "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'EST')",
          "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, '5')", "SELECT make_timestamptz(2013, 7, 15, 8, 15, 23.5, 'Nowhere/Else')",
          "SELECT make_interval(1, 2, 3, 4, 5, 6, 7.5)", "SELECT make_interval()", "SELECT make_interval(days => 10)",
          "SELECT make_interval(secs => 1.25, hours => 2)", "SELECT make_interval(2, days => 3)", "SELECT make_interval(foo => 1)",
          "SELECT make_interval(days => 'x'::text)", "SELECT make_interval(secs => 'Infinity')", "SELECT make_interval(years => 178956971)",
          "SELECT make_date(-44, 3, 15)", "SELECT make_date(0, 1, 1)", "SELECT make_date(2024, 13, 1)",
          "SELECT to_timestamp(0)", "SELECT to_timestamp(1284352323.5)", "SELECT to_timestamp(-1)", "SELECT to_timestamp('Infinity')",
          "SELECT to_timestamp('-Infinity')", "SELECT to_timestamp('NaN')", "SELECT to_timestamp(1e20)", "SELECT to_timestamp(-1e15)",
          "SELECT TIMESTAMP '2024-01-01 12:00' AT TIME ZONE 'America/New_York'", "SELECT TIMESTAMP '2024-07-01 12:00' AT TIME ZONE 'Europe/Paris'",
          "SELECT TIMESTAMPTZ '2024-01-01 12:00+00' AT TIME ZONE 'Asia/Tokyo'", "SELECT TIMESTAMPTZ '2024-01-01 12:00+00' AT TIME ZONE 'EST'",
          "SELECT TIMESTAMPTZ '2024-01-01 12:00+00' AT TIME ZONE 'UTC+3'", "SELECT TIMESTAMP '2024-01-01 12:00' AT TIME ZONE 'PST'",
          "SELECT TIMESTAMPTZ '2024-01-01 12:00+00' AT TIME ZONE INTERVAL '-08:00'", "SELECT TIMESTAMP '2024-01-01 12:00' AT TIME ZONE INTERVAL '05:30'",
          "SELECT TIMETZ '12:00+02' AT TIME ZONE 'UTC'", "SELECT TIMETZ '12:00+02' AT TIME ZONE INTERVAL '-03:00'",
          "SELECT TIMESTAMP 'infinity' AT TIME ZONE 'UTC'", "SELECT TIMESTAMP '2024-01-01' AT TIME ZONE 'Nowhere/Else'",
          "SELECT TIMESTAMP '2024-01-01' AT TIME ZONE INTERVAL '1 day'", "SELECT NULL::timestamp AT TIME ZONE 'UTC'",
          "SELECT TIMESTAMP '2024-03-10 02:30' AT TIME ZONE 'America/New_York'", "SELECT timezone('UTC', TIMESTAMP '2024-01-01')",
          "SELECT pg_typeof(current_time)::text", "SELECT pg_typeof(localtime)::text", "SELECT pg_typeof(localtimestamp(2))::text",
          "SELECT pg_typeof(current_timestamp(3))::text", "SELECT pg_typeof(current_time(1))::text",
          "SELECT extract(microseconds FROM localtimestamp(0))::int % 1000000", "SELECT extract(microseconds FROM current_time(0))::int % 1000000",
          "SELECT current_timestamp(2) = current_timestamp(2)", "SELECT localtime(10) IS NOT NULL", "SELECT current_time = current_time",
          "SELECT (DATE '2020-01-01', DATE '2020-02-01') OVERLAPS (DATE '2020-01-15', DATE '2020-03-01')",
          "SELECT (DATE '2020-01-01', DATE '2020-02-01') OVERLAPS (DATE '2020-02-01', DATE '2020-03-01')",
          "SELECT (TIMESTAMP '2020-01-01', INTERVAL '1 month') OVERLAPS (TIMESTAMP '2020-01-15', INTERVAL '1 day')",
          "SELECT (TIMESTAMP '2020-02-01', TIMESTAMP '2020-01-01') OVERLAPS (TIMESTAMP '2020-01-15', NULL)",
          "SELECT (TIMESTAMP '2020-01-01', NULL) OVERLAPS (TIMESTAMP '2020-01-15', TIMESTAMP '2020-02-15')",
          "SELECT (NULL::timestamp, NULL::timestamp) OVERLAPS (TIMESTAMP '2020-01-15', TIMESTAMP '2020-02-15')",
          "SELECT (TIME '10:00', TIME '12:00') OVERLAPS (TIME '11:00', INTERVAL '2 hours')",
          "SELECT (TIMETZ '10:00+00', TIMETZ '12:00+00') OVERLAPS (TIMETZ '11:00+00', TIMETZ '13:00+00')",
          "SELECT (1, 2) OVERLAPS (3, 4)", "SELECT (1, 2, 3) OVERLAPS (3, 4)", "SELECT ROW(1, 2) OVERLAPS ROW(3)",
          "SELECT (DATE '2020-01-01', DATE '2020-02-01') OVERLAPS (DATE '2020-01-15', DATE '2020-03-01') AND false",
          "SELECT TIMESTAMP '2024-01-01' - TIMESTAMP 'infinity'", "SELECT DATE 'infinity' - DATE '2024-01-01'",
          "SELECT DATE '5874897-12-31' + 1", "SELECT TIMESTAMP '294276-12-31' + INTERVAL '1 day'",
          "SELECT TIMESTAMP '2024-01-31' + INTERVAL '1 month 1 day'", "SELECT TIMESTAMPTZ '2024-03-09 12:00+00' + INTERVAL '1 day'",
          "SET TimeZone = 'America/New_York'", "SELECT TIMESTAMPTZ '2024-03-09 12:00' + INTERVAL '1 day'",
          "SELECT TIMESTAMPTZ '2024-03-09 12:00' + INTERVAL '24 hours'", "SELECT date_trunc('day', TIMESTAMPTZ '2024-03-10 12:00')",
          "SELECT extract(timezone FROM TIMESTAMPTZ '2024-07-01 12:00')", "SELECT age(TIMESTAMPTZ '2024-03-11', TIMESTAMPTZ '2024-03-09')",
          "SELECT make_timestamptz(2024, 3, 10, 2, 30, 0)", "SELECT TIMESTAMP '2024-03-10 12:00' AT TIME ZONE 'UTC'",
          "SET TimeZone = 'UTC'"]
    return q


def templates():
    q = []
    cases = [("2024-01-02", "YYYY-MM-DD"), ("2024-1-2", "YYYY-MM-DD"), ("20240102", "YYYYMMDD"), ("2024-13-01", "YYYY-MM-DD"),
             ("2024-xx-01", "YYYY-MM-DD"), ("2024-02-30", "YYYY-MM-DD"), ("2024-02-29", "YYYY-MM-DD"), ("2024", "YYYY"),
             ("", "YYYY"), ("2024-01-02", ""), ("05 Dec 2000", "DD Mon YYYY"), ("05 Foo 2000", "DD Mon YYYY"),
             ("05 december 2000", "DD Month YYYY"), ("Tuesday 05 Dec 2000", "Day DD Mon YYYY"), ("02/01/24", "DD/MM/YY"),
             ("02/01/99", "DD/MM/YY"), ("2024-01-02 03:04:05", "YYYY-MM-DD HH24:MI:SS"),
             ("2024-01-02 13:04:05", "YYYY-MM-DD HH:MI:SS"), ("2024-01-02 01:04:05 PM", "YYYY-MM-DD HH:MI:SS AM"),
             ("2024-01-02 12:04:05 am", "YYYY-MM-DD HH12:MI:SS pm"), ("2024-01-02 03:04:05.123", "YYYY-MM-DD HH24:MI:SS.MS"),
             ("2024-01-02 03:04:05.5", "YYYY-MM-DD HH24:MI:SS.US"), ("2024-01-02 03:04:05.123456", "YYYY-MM-DD HH24:MI:SS.FF6"),
             ("12:30", "HH24:MI"), ("2024-01-02 03:04 +05:30", "YYYY-MM-DD HH24:MI TZH:TZM"),
             ("2024-01-02 03:04 -08", "YYYY-MM-DD HH24:MI TZH"), ("2024-01-02T03:04:05", 'YYYY-MM-DD"T"HH24:MI:SS'),
             ("  2024 - 01 - 02", "YYYY-MM-DD"), ("2024-01-02 extra", "YYYY-MM-DD"), ("2024,01,02", "YYYY MM DD"),
             ("99999999999", "YYYY"), ("2024-01-02 25:00", "YYYY-MM-DD HH24:MI")]
    for text, fmt in cases:
        q += [f"SELECT to_date('{text}', '{fmt}')", f"SELECT to_timestamp('{text}', '{fmt}')"]
    q += ["SELECT to_date(NULL, 'YYYY')", "SELECT to_timestamp('2024', NULL)", "SELECT pg_typeof(to_date('2024', 'YYYY'))::text"]
    return q


def generate(write):
    write('datetime_templates', templates())
    write('datetime_more', datetime_more())
    write('json', json_values())
    write('json_build', json_builders())
    write('numeric_transcendental', numeric_transcendental())
