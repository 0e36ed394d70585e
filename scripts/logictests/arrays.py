"""Array expressions: constructors, literals, subscripts, ANY/ALL, operators and functions (expr/array*.test)."""
import itertools


def constructors():
    q = []
    for e in ['ARRAY[1, 2, 3]', 'ARRAY[1, NULL]', 'ARRAY[NULL, NULL]', 'ARRAY[]', 'ARRAY[]::int[]',
              'ARRAY[]::text[]', "ARRAY['a', 'b']", "ARRAY['a', 1]", "ARRAY[1, 'a']", "ARRAY[1, '2']",
              'ARRAY[1, 2.5]', 'ARRAY[1, 2::int8]', 'ARRAY[1::int2, 2]', 'ARRAY[1.5::float4, 2]',
              'ARRAY[true, 1]', "ARRAY[1, 'x'::text]", 'ARRAY[[1, 2], [3, 4]]', 'ARRAY[[1, 2], [3]]',
              'ARRAY[[1], [2], [3]]', 'ARRAY[[[1, 2]], [[3, 4]]]', 'ARRAY[ARRAY[1, 2], ARRAY[3, 4]]',
              'ARRAY[[1, 2], NULL]', 'ARRAY[NULL::int[], NULL]', "ARRAY['{1,2}'::int[], '{3,4}']",
              "ARRAY['{}'::int[], '{}']", "ARRAY['[2:3]={1,2}'::int[], '[2:3]={3,4}']",
              'ARRAY[[1, 2], 3]', 'ARRAY[1, ARRAY[2]]', "ARRAY[[1, 2], ['a', 'b']]",
              "ARRAY[1, 2]::text[]", "ARRAY['1', '2']::int[]", "ARRAY['a']::int[]", 'ARRAY[1.6, 2.4]::int[]',
              "ARRAY['abc', 'de']::varchar(2)[]", "ARRAY['abc']::char(2)[]", 'ARRAY[[1, 2], [3, 4]]::text[]',
              'ARRAY[1, 2]::numeric(5,2)[]', 'ARRAY[true]::int[]', "ARRAY[1, 2]::date[]",
              'ARRAY[[[[[[1]]]]]]', 'ARRAY[[[[[[[1]]]]]]]', 'ARRAY[ARRAY[]::int[], ARRAY[]::int[]]',
              "ARRAY[NULL]::int[]", "ARRAY[now()]::date[] = ARRAY[current_date]", 'ARRAY[ARRAY[1], NULL]',
              "ARRAY['2024-01-02'::date, '2024-01-03']", "ARRAY[1, 2] AS a", "ARRAY[$$a'b$$, 'c,d', ' e ']",
              "ARRAY['{', '}', '\\', '\"', 'null', 'NULL', 'Null']", "ARRAY[E'\\t', E'a\\nb']",
              "ARRAY[1.0::float8, 'NaN', 'Infinity', '-0']", "ARRAY['1 day'::interval]",
              "ARRAY[gen_random_uuid()] IS NOT NULL", "ARRAY['\\x0102'::bytea]", "ARRAY['t'::bool, 'f']",
              "ARRAY['12:34'::time, '23:59:59.5']", "ARRAY['2024-01-02 03:04:05+02'::timestamptz]",
              "ARRAY[ARRAY['a', 'b'], ARRAY['c', NULL]]", "ARRAY[1, 2] || ARRAY[[3, 4]]",
              "pg_typeof(ARRAY[1, 2])::text", "pg_typeof(ARRAY[1, 2.5])::text", "pg_typeof(ARRAY['a'])::text",
              "pg_typeof(ARRAY[[1]])::text", "pg_typeof('{1}'::int[][])::text", "ARRAY[1, 2]::int8[]::text"]:
        q.append(f'SELECT {e}')
    return q


def literals():
    q = []
    for text in ['{1,2,3}', '{}', '{ 1 , 2 }', '{1,NULL,null,"NULL"}', '{{1,2},{3,4}}', '{{1,2},{3}}',
                 '[0:1]={5,6}', '[1:2][3:4]={{1,2},{3,4}}', '[1:3]={1,2}', '{1,2', '1,2}', '{1,,2}',
                 '{a}', '{1,{2}}', '{{1},2}', '[2]={1,2}', '{{}}', '{"1"}', '{ "1" , "2" }', '{1 2}',
                 '{2147483648}', '{-2147483648}', '{{{{{{{1}}}}}}}', '[1:0]={}', '{1}x']:
        q.append(f"SELECT '{text}'::int[]")
    for text in ['{a,b}', '{"a,b",c}', '{"a\\"b"}', '{a\\,b}', '{"",NULL}', '{ a b , c }', '{"  x  "}',
                 '{NULL,"NULL",nULl}', '{{a,b},{c,d}}', '{é,ß}', '{"{}"}', '{\\\\}', '{"\\\\"}']:
        q.append(f"SELECT '{text}'::text[]")
    for text, t in [('{1.5,2}', 'numeric[]'), ('{1.5,abc}', 'numeric[]'), ('{t,f,NULL}', 'bool[]'),
                    ('{2024-01-02,2024-02-30}', 'date[]'), ('{2024-01-02}', 'date[]'),
                    ('{1e400}', 'float8[]'), ('{NaN,Infinity}', 'float4[]'), ('{"1 day","2 hours"}', 'interval[]'),
                    ('{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}', 'uuid[]'), ('{x}', 'uuid[]'),
                    ('{"\\\\x01",NULL}', 'bytea[]'), ('{"{\\"a\\": 1}"}', 'jsonb[]'), ('{1,2}', 'int2[]'),
                    ('{70000}', 'int2[]'), ('{abc,de}', 'varchar(2)[]'), ('{abc}', 'char(2)[]')]:
        q.append(f"SELECT '{text}'::{t}")
    q += ["SELECT '{1,2}'::int[] AS arr", "SELECT CAST('{1}' AS int[])", "SELECT '{1,2}'::int[]::text",
          "SELECT '{1,2}'::int[]::int8[]", "SELECT '{1,2}'::int[]::text[]", "SELECT '{a}'::text[]::int[]",
          "SELECT '{1.7}'::numeric[]::int[]", "SELECT '{1,2}'::int[]::int", "SELECT 1::int[]",
          "SELECT '{1,2}'::int[]::varchar", "SELECT ('{1,2}'::int[])::text || 'x'",
          "SELECT array_length('{1,2}'::int[]::int8[], 1)", "SELECT '{1,2}'::integer ARRAY",
          "SELECT '{1,2}'::int[3]", "SELECT '{{1},{2}}'::int[][]"]
    return q


def subscripts():
    q = []
    arrays = ["ARRAY[10, 20, 30]", "'{{1,2,3},{4,5,6}}'::int[]", "'[0:2]={7,8,9}'::int[]", "'{}'::int[]",
              "NULL::int[]", "ARRAY['a', NULL, 'c']"]
    for a in arrays:
        for s in ['[1]', '[2]', '[0]', '[3]', '[4]', '[-1]', '[NULL]', '[1][2]', '[2][3]', '[1:2]', '[2:]',
                  '[:2]', '[:]', '[0:10]', '[3:1]', '[1:1][2:3]', '[2][1:2]', '[1:2][2]', "['2']", '[1.6]',
                  '[2::int8]', '[NULL:2]', '[1:NULL]']:
            q.append(f'SELECT ({a}){s}')
    q += ["SELECT (ARRAY[1, 2])['a']", "SELECT (ARRAY[1, 2])[true]", "SELECT (ARRAY[1, 2])[1::numeric]",
          "SELECT (ARRAY[1, 2])[3000000000]", "SELECT (1)[1]", "SELECT ('abc'::text)[1]",
          "SELECT ('{1,2}')[1]", "SELECT (ARRAY[1, 2])[1][1][1][1][1][1][1]",
          "SELECT (ARRAY[[1, 2], [3, 4]])[2][1] AS x", "SELECT pg_typeof((ARRAY[1, 2])[1:1])::text",
          "SELECT pg_typeof((ARRAY[1, 2])[1])::text", "SELECT (ARRAY['a', 'b'])[1] || 'x'",
          "SELECT (ARRAY[1, 2])[1] + (ARRAY[3, 4])[2]", "SELECT ('{1,2}'::int[])[1]",
          "SELECT (ARRAY[ARRAY[1, 2], ARRAY[3, 4]])[2]", "SELECT ((ARRAY[[1, 2], [3, 4]])[2:2])[1:1]",
          "SELECT (ARRAY[1, 2, 3])[2:3][1:1]", "SELECT (ARRAY[[1, 2], [3, 4]])[1:2][2]",
          "SELECT ('[-5:-3]={1,2,3}'::int[])[-4]", "SELECT ('[-5:-3]={1,2,3}'::int[])[-4:]",
          "SELECT ('[2147483646:2147483647]={1,2}'::int[])[2147483647]",
          "SELECT ('[2147483646:2147483647]={1,2}'::int[])[2147483646:]"]
    return q


def any_all():
    q = []
    for left in ['1', '2', '5', 'NULL', "'3'", '1.0', '1::int8']:
        for arr in ["ARRAY[1, 2, 3]", "ARRAY[1, NULL]", "ARRAY[NULL::int]", "'{}'::int[]", "NULL::int[]",
                    "'{1,2}'", "ARRAY[1.5, 2]", "ARRAY[[1, 2], [3, 4]]"]:
            for op in ['= ANY', '<> ALL', '< ALL', '>= SOME']:
                q.append(f'SELECT {left} {op} ({arr})')
    q += ["SELECT 'a' = ANY ('{a,b}')", "SELECT 'a' = ANY (ARRAY['b', 'c'])", "SELECT 'a' LIKE ANY (ARRAY['%a', 'b'])",
          "SELECT 'abc' LIKE ALL (ARRAY['a%', '%c'])", "SELECT 'abc' NOT LIKE ANY (ARRAY['a%', 'x'])",
          "SELECT 'ABC' ILIKE ANY (ARRAY['a%'])", "SELECT 1 = ANY (1)", "SELECT 1 = ANY ('a')",
          "SELECT 1 = ANY (ARRAY['a'])", "SELECT 1 + ANY (ARRAY[1])", "SELECT 'a' = ANY (ARRAY[1])",
          "SELECT NULL = ANY (ARRAY[1])", "SELECT NULL = ANY ('{}'::int[])", "SELECT NULL = ALL ('{}'::int[])",
          "SELECT 1 = ANY (NULL)", "SELECT 1 = ANY (NULL::int[])", "SELECT 1 IN (1, 2)",
          "SELECT DATE '2024-01-02' = ANY ('{2024-01-02}')", "SELECT 2 = ANY ('{1,2}'::int8[])",
          "SELECT 2.5 = ANY ('{1,2}'::int[])", "SELECT 'x' = ANY ('{1,2}'::int[])",
          "SELECT 1 = ANY ('{x}'::text[])", "SELECT 1 ~~ ANY (ARRAY['1'])", "SELECT 1 = ANY (ARRAY[])",
          "SELECT 3 > ALL (ARRAY[1, 2])", "SELECT 3 > ALL (ARRAY[1, NULL])", "SELECT 0 > ALL (ARRAY[1, NULL])",
          "SELECT 3 = ANY (ARRAY[1, NULL])", "SELECT 1 = ANY (ARRAY[1, NULL])",
          "SELECT 1 OPERATOR(pg_catalog.=) ANY (ARRAY[1])", "SELECT (1 = ANY (ARRAY[1])) AS found",
          "SELECT 'a'::char(3) = ANY (ARRAY['a'])", "SELECT 1 = ANY (ARRAY[1, 'x'])",
          "SELECT 1 = ANY ('{1,x}')", "SELECT ARRAY[1] = ANY (ARRAY[ARRAY[1]])"]
    return q


def operators():
    q = []
    vals = ["ARRAY[1, 2]", "ARRAY[1, 2, 3]", "ARRAY[1, 3]", "ARRAY[1, NULL]", "'{}'::int[]", "'{{1,2}}'::int[]",
            "'[0:1]={1,2}'::int[]", "NULL::int[]"]
    for a, b in itertools.product(vals, vals):
        for op in ['=', '<', '<>', '>=', '@>', '<@', '&&', '||']:
            q.append(f'SELECT {a} {op} {b}')
    q += ["SELECT ARRAY[1] = ARRAY[1::int8]", "SELECT ARRAY[1] = '{1}'", "SELECT '{1}' = ARRAY[1]",
          "SELECT ARRAY['a'] = ARRAY['a'::varchar]", "SELECT ARRAY[1.0] = ARRAY[1.00]",
          "SELECT ARRAY['NaN'::float8] = ARRAY['NaN'::float8]", "SELECT ARRAY['a '::char(2)] = ARRAY['a'::char(3)]",
          "SELECT ARRAY[1] < ARRAY[1, 0]", "SELECT ARRAY[2] > ARRAY[1, 5]", "SELECT ARRAY[NULL::int] > ARRAY[5]",
          "SELECT ARRAY['{\"a\":1}'::json] = ARRAY['{\"a\":1}'::json]", "SELECT ARRAY[1] = 1",
          "SELECT ARRAY[1, 2] @> '{2}'", "SELECT ARRAY[1] @> ARRAY[1::int8]",
          "SELECT ARRAY[1, 2] || 3", "SELECT 0 || ARRAY[1, 2]", "SELECT ARRAY[1, 2] || NULL",
          "SELECT NULL || ARRAY[1, 2]", "SELECT ARRAY[1, 2] || '{3,4}'", "SELECT '{0}' || ARRAY[1, 2]",
          "SELECT ARRAY[1, 2] || 2.5", "SELECT ARRAY[1.5] || 2", "SELECT ARRAY[1] || ARRAY[2::int8]",
          "SELECT ARRAY['a'] || 'b'", "SELECT 'b' || ARRAY['a']", "SELECT ARRAY['a'] || 'b'::text",
          "SELECT ARRAY['a'] || 1", "SELECT ARRAY[1] || 'x'", "SELECT ARRAY[1] || ARRAY['x']",
          "SELECT ARRAY[[1, 2]] || ARRAY[3, 4]", "SELECT ARRAY[3, 4] || ARRAY[[1, 2]]",
          "SELECT ARRAY[[1, 2]] || ARRAY[3]", "SELECT ARRAY[[1, 2]] || ARRAY[[[3]]]",
          "SELECT ARRAY[[1, 2]] || ARRAY[[3]]", "SELECT ARRAY[[1, 2]] || 3", "SELECT NULL::int[] || NULL::int[]",
          "SELECT '[5:6]={1,2}'::int[] || ARRAY[7]", "SELECT ARRAY[7] || '[5:6]={1,2}'::int[]",
          "SELECT ARRAY[[1]] || '[2:2][3:3]={{5}}'::int[]", "SELECT 'x' || ARRAY[1]::text",
          "SELECT ARRAY[1] || ARRAY[NULL]", "SELECT ARRAY[NULL] || ARRAY[NULL]", "SELECT 1 || 2",
          "SELECT ARRAY[1, 2] = ARRAY[1, 2] AND ARRAY[1] <> ARRAY[2]",
          "SELECT ARRAY[1,2] IS DISTINCT FROM ARRAY[1,NULL]", "SELECT ARRAY[1,NULL] IS NOT DISTINCT FROM ARRAY[1,NULL]",
          "SELECT NULLIF(ARRAY[1], ARRAY[1])", "SELECT COALESCE(NULL, ARRAY[1])", "SELECT GREATEST(ARRAY[1], ARRAY[2])",
          "SELECT CASE WHEN true THEN ARRAY[1] ELSE '{2,3}' END", "SELECT CASE WHEN true THEN ARRAY[1] ELSE ARRAY[1.5] END",
          "SELECT ARRAY[1] BETWEEN ARRAY[0] AND ARRAY[2]", "SELECT ARRAY[2, 1] IN (ARRAY[1, 2], ARRAY[2, 1])"]
    return q


def functions():
    q = []
    arrays = ["ARRAY[1, 2, 3]", "ARRAY[1, NULL, 1]", "'{}'::int[]", "NULL::int[]", "'{{1,2},{3,4}}'::int[]",
              "'[0:2]={7,8,7}'::int[]", "ARRAY['a', 'b', NULL]"]
    for a in arrays:
        q += [f'SELECT array_length({a}, 1)', f'SELECT array_length({a}, 2)', f'SELECT array_length({a}, 0)',
              f'SELECT array_lower({a}, 1)', f'SELECT array_upper({a}, 1)', f'SELECT array_upper({a}, 2)',
              f'SELECT array_ndims({a})', f'SELECT array_dims({a})', f'SELECT cardinality({a})',
              f"SELECT array_to_string({a}, ',')", f"SELECT array_to_string({a}, ',', '*')",
              f"SELECT array_to_string({a}, NULL)", f"SELECT array_to_string({a}, '-', NULL)",
              f'SELECT array_position({a}, 1)', f'SELECT array_position({a}, NULL)',
              f'SELECT array_position({a}, 1, 2)', f'SELECT array_positions({a}, 1)',
              f'SELECT array_positions({a}, NULL)', f'SELECT array_remove({a}, 1)', f'SELECT array_remove({a}, NULL)',
              f'SELECT array_replace({a}, 1, 9)', f'SELECT array_replace({a}, NULL, 0)',
              f'SELECT array_append({a}, 4)', f'SELECT array_prepend(0, {a})', f'SELECT array_cat({a}, ARRAY[5])',
              f'SELECT array_cat({a}, NULL)', f'SELECT trim_array({a}, 1)', f'SELECT trim_array({a}, 0)']
    q += ["SELECT array_append(NULL, 1)", "SELECT array_append(NULL::int[], 1)", "SELECT array_append(ARRAY[1], NULL)",
          "SELECT array_append(ARRAY[1], 'x')", "SELECT array_append(ARRAY['x'], 1)", "SELECT array_append(ARRAY[1], 2.5)",
          "SELECT array_prepend(1.5, ARRAY[1])", "SELECT array_append('{1}', 2)", "SELECT array_append(1, 2)",
          "SELECT array_cat(ARRAY[1], ARRAY['a'])", "SELECT array_cat('{1}', '{2}')", "SELECT array_cat(ARRAY[1], '{2}')",
          "SELECT array_remove('{{1,2}}'::int[], 1)", "SELECT array_remove(ARRAY[1, 1], 1)",
          "SELECT array_remove(ARRAY['a', 'b'], 'a')", "SELECT array_replace('{{1,2},{1,3}}'::int[], 1, NULL)",
          "SELECT array_position(ARRAY['a', 'b'], 'b')", "SELECT array_position(ARRAY[1, 2], 2, NULL)",
          "SELECT array_position(NULL::int[], 2, NULL)", "SELECT array_position('{{1}}'::int[], 1)",
          "SELECT array_position(ARRAY[1, 2, 1], 1, -5)", "SELECT array_position(ARRAY[1, 2, 1], 1, 3)",
          "SELECT array_position(ARRAY[1.5, 2], 2)", "SELECT array_position(ARRAY[1, 2], 2.0)",
          "SELECT array_positions('{{1}}'::int[], 1)", "SELECT array_position(ARRAY['2024-01-02'::date], '2024-01-02')",
          "SELECT array_length(ARRAY[1], NULL)", "SELECT array_length(NULL, 1)", "SELECT cardinality('{1,2}')",
          "SELECT cardinality(ARRAY[[1, 2], [3, 4]])", "SELECT array_ndims(ARRAY[[[1]]])",
          "SELECT array_dims('[-2:0][1:1]={{1},{2},{3}}'::int[])", "SELECT array_to_string(ARRAY[1.5, 2.25], '; ')",
          "SELECT array_to_string(ARRAY[DATE '2024-01-02', NULL], ',', 'none')", "SELECT array_to_string(ARRAY[true, false], '')",
          "SELECT array_to_string('{{a,b},{c,d}}'::text[], '|')", "SELECT array_to_string(ARRAY['a'], 1)",
          "SELECT string_to_array('a,b,,c', ',')", "SELECT string_to_array('a,b,,c', ',', '')",
          "SELECT string_to_array('a,b,c', ',', 'b')", "SELECT string_to_array('abc', NULL)",
          "SELECT string_to_array('abc', '')", "SELECT string_to_array('', ',')", "SELECT string_to_array(NULL, ',')",
          "SELECT string_to_array('a<>b<>c', '<>')", "SELECT string_to_array('a,b', ',', NULL)",
          "SELECT string_to_array('héllo', NULL)", "SELECT string_to_array('x', 'x')", "SELECT string_to_array(',', ',')",
          "SELECT string_to_array('1,2', ',')::int[]", "SELECT string_to_array(123, 2)",
          "SELECT array_fill(7, ARRAY[3])", "SELECT array_fill(7, ARRAY[2, 2])", "SELECT array_fill(7, ARRAY[2], ARRAY[0])",
          "SELECT array_fill('x'::text, ARRAY[2])", "SELECT array_fill(NULL::int, ARRAY[2])", "SELECT array_fill(1, ARRAY[0])",
          "SELECT array_fill(1, '{}')", "SELECT array_fill(1, NULL)", "SELECT array_fill(1, ARRAY[NULL::int])",
          "SELECT array_fill(1, ARRAY[2], ARRAY[1, 2])", "SELECT array_fill(1, ARRAY[-1])", "SELECT array_fill('x', ARRAY[2])",
          "SELECT array_fill(1, ARRAY[[1]])", "SELECT trim_array(ARRAY[1, 2, 3], 2)", "SELECT trim_array(ARRAY[1, 2], 3)",
          "SELECT trim_array(ARRAY[1, 2], -1)", "SELECT trim_array('[5:7]={1,2,3}'::int[], 1)",
          "SELECT trim_array('{}'::int[], 0)", "SELECT trim_array('{{1,2},{3,4}}'::int[], 1)",
          "SELECT array_length(1, 1)", "SELECT cardinality(NULL)", "SELECT array_upper('{1}', 1)",
          "SELECT array_lower(ARRAY[1], 1.5)", "SELECT array_to_string(NULL::int[], ',')",
          "SELECT array_length(ARRAY[[1, 2, 3]], 2) AS n", "SELECT (ARRAY[1, 2, 3])[2:3] AS slice"]
    return q


def generate(write):
    write('arrays', constructors() + literals())
    write('array_subscripts', subscripts())
    write('array_any_all', any_all())
    write('array_operators', operators())
    write('array_functions', functions())
