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


def generate(write):
    write('numeric_transcendental', numeric_transcendental())
