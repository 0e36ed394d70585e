#!/usr/bin/env python3
"""Regenerates the expected column of src/test/resources/types/*.txt by running each case on PostgreSQL.

Case file lines (tab separated):  mode  type  input  [expected]
  mode  in      output of the type's output function for input::type (explicit literal, format('%s'))
        assign  output after INSERT of the literal into a column of the type (assignment rules)
        send    hex of the type's send function applied to input::type
        cast    type is "from>to": format('%s', (input::from)::to)
        common  input is types separated by ",": the column type of VALUES rows holding NULLs of
                those types ("unknown" is a bare NULL), or the error
        order   input is values separated by " | ": PostgreSQL's ORDER BY of them (ties by their text),
                then the count of distinct values (which checks equality and hashing)
  set   name  value   runs SET name = value for the following lines (and the Java test does the same)
Lines starting with '#' and blank lines are kept as they are. In inputs and outputs {TAB} and {NL}
stand for a tab and a newline; NULL input is written {NULL}.

Usage: scripts/regen-type-expectations.py [--port 5499] [--host /tmp] [files...]
"""
import argparse, glob, os, subprocess, sys

HELPERS = r"""
CREATE OR REPLACE FUNCTION pg_temp.report(state text, msg text, detail text) RETURNS text LANGUAGE sql AS
$$ SELECT 'ERROR ' || state || ' ' || msg || CASE WHEN coalesce(detail, '') = '' THEN '' ELSE ' DETAIL: ' || detail END $$;
CREATE OR REPLACE FUNCTION pg_temp.esc(v text) RETURNS text LANGUAGE sql AS
$$ SELECT CASE WHEN v IS NULL THEN '{NULL}' ELSE replace(replace(v, E'\t', '{TAB}'), E'\n', '{NL}') END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_in(typ text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; st text; m text; d text;
BEGIN
  EXECUTE format('SELECT format(''%%s'', %L::%s)', input, typ) INTO r;
  RETURN pg_temp.esc(r);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_assign(typ text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; st text; m text; d text;
BEGIN
  EXECUTE format('CREATE TEMP TABLE t_assign_table (v %s)', typ);
  EXECUTE format('INSERT INTO t_assign_table VALUES (%L)', input);
  EXECUTE 'SELECT format(''%s'', v) FROM t_assign_table' INTO r;
  EXECUTE 'DROP TABLE t_assign_table';
  RETURN pg_temp.esc(r);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_send(typ text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; st text; m text; d text; fn text;
BEGIN
  SELECT typsend::text INTO fn FROM pg_type WHERE oid = typ::regtype;
  EXECUTE format('SELECT encode(%s(%L::%s), ''hex'')', fn, input, typ) INTO r;
  RETURN pg_temp.esc(r);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_order(typ text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; n int; st text; m text; d text;
BEGIN
  EXECUTE format('SELECT string_agg(format(''%%s'', v), '' | '' ORDER BY v, format(''%%s'', v) COLLATE "C"), count(DISTINCT v) FROM (SELECT u::%s AS v FROM unnest($1) u) s', typ)
    INTO r, n USING string_to_array(input, ' | ');
  RETURN pg_temp.esc(r || ' ; distinct ' || n);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_common(typ text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; st text; m text; d text; q text;
BEGIN
  SELECT string_agg(CASE WHEN t = 'unknown' THEN '(NULL)' ELSE format('(NULL::%s)', t) END, ', ')
    INTO q FROM unnest(string_to_array(input, ',')) t;
  EXECUTE format('SELECT pg_typeof(x)::text FROM (VALUES %s) s(x) LIMIT 1', q) INTO r;
  RETURN pg_temp.esc(r);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
CREATE OR REPLACE FUNCTION pg_temp.t_cast(types text, input text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; st text; m text; d text;
BEGIN
  EXECUTE format('SELECT format(''%%s'', (%L::%s)::%s)', input, split_part(types, '>', 1), split_part(types, '>', 2)) INTO r;
  RETURN pg_temp.esc(r);
EXCEPTION WHEN others THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL;
  RETURN pg_temp.esc(pg_temp.report(st, m, d));
END $$;
"""


def unescape(s):
    return s.replace('{TAB}', '\t').replace('{NL}', '\n')


def literal(s):
    if s == '{NULL}':
        return 'NULL'
    return "'" + unescape(s).replace("'", "''") + "'"


def regenerate(path, args):
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    script = ['\\set ON_ERROR_STOP 1', '\\pset format unaligned', '\\pset tuples_only on',
              "SET client_min_messages = warning;", HELPERS]
    cases = []
    for i, line in enumerate(lines):
        if not line or line.startswith('#'):
            continue
        parts = line.split('\t')
        if parts[0] == 'set':
            script.append("SET %s = %s;" % (parts[1], literal(parts[2])))
            continue
        mode, typ, inp = parts[0], parts[1], parts[2]
        if mode not in ('in', 'assign', 'send', 'cast', 'order', 'common'):
            sys.exit('%s:%d: unknown mode %s' % (path, i + 1, mode))
        script.append("SELECT pg_temp.t_%s(%s, %s);" % (mode, literal(typ), literal(inp)))
        cases.append(i)
    out = subprocess.run(['psql', '-X', '-q', '-h', args.host, '-p', str(args.port), '-U', 'postgres', '-d', 'postgres'],
                         input='\n'.join(script) + '\n', capture_output=True, text=True, check=True).stdout
    results = out.split('\n')
    if results and results[-1] == '':
        results.pop()
    if len(results) != len(cases):
        sys.exit('%s: %d results for %d cases' % (path, len(results), len(cases)))
    for i, result in zip(cases, results):
        parts = lines[i].split('\t')
        lines[i] = '\t'.join(parts[:3] + [result])
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('%s: %d cases' % (path, len(cases)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--port', default=5499, type=int)
    p.add_argument('--host', default='/tmp')
    p.add_argument('files', nargs='*')
    args = p.parse_args()
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'resources', 'types')
    files = args.files or sorted(glob.glob(os.path.join(root, '*.txt')))
    for path in files:
        regenerate(path, args)


if __name__ == '__main__':
    main()
