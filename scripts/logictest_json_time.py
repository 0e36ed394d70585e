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


def generate(write):
    write('json', json_values())
    write('json_build', json_builders())
    write('numeric_transcendental', numeric_transcendental())
