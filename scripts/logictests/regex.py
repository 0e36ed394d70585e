"""Regular expressions: ~ operators, SIMILAR TO, regexp_* functions, substring(FROM pattern) (expr/regex*.test)."""


def q(s):
    """A SQL string literal (dollar-quoted when it holds a quote or backslash, so patterns read as written)."""
    if s is None:
        return 'NULL'
    if "'" in s or '\\' in s:
        return '$$' + s + '$$'
    return "'" + s + "'"


SUBJECTS = ['abc', 'ABC', 'a1b22c333', 'foo bar  baz', 'héllo wörld', 'line1\nline2', '', 'aaa', 'x.y*z',
            'the cat sat', 'café_Ω 42', '{[()]}']

PATTERNS = ['a', 'A', '^a', 'c$', '^$', '.', '^.$', 'b+', 'x*', '[a-c]+', '[^a-c]', '[[:alpha:]]+', '[[:digit:]]+',
            '[[:space:]]', '[[:upper:]]', '[[:punct:]]', '\\d+', '\\D+', '\\s+', '\\S+', '\\w+', '\\W', '\\ycat\\y',
            '\\mcat', 'at\\M', '(a|b)+', 'a|ab|abc', '(\\w)\\1', '(.)(.)', 'a{2}', 'a{1,2}', 'a{2,}', '^(\\w+) (\\w+)',
            'o.*?o', '.*?b', '(?i)ABC', '(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '[.]', '\\.', '\\*', '[[:<:]]s',
            '[\\d]', 'l+', 'ö', '\\n', 'line1$', '^line2', '[^\\n]+$', 'é|ö', '(a)|(b)', '()', 'Ω', '\\x41', '\\u00e9',
            '[[.hyphen.]]', '[]a]', '[^]a]', '***=.', '***:a+', '(?x) a b c ', '(?:ab)+', '\\Aabc\\Z', '[a-]', '\\{']


def operators():
    out = []
    for s in SUBJECTS:
        for p in PATTERNS:
            out.append(f'SELECT {q(s)} ~ {q(p)}')
    for s in ['abc', 'ABC', 'Äbc']:
        for p in ['abc', 'ä', '[a-c]+$', '^[[:upper:]]', '[[:lower:]]']:
            out += [f'SELECT {q(s)} ~* {q(p)}', f'SELECT {q(s)} !~ {q(p)}', f'SELECT {q(s)} !~* {q(p)}']
    out += ["SELECT NULL ~ 'a'", "SELECT 'a' ~ NULL", "SELECT 'a' ~ NULL::text", "SELECT 1 ~ '1'",
            "SELECT 'a'::varchar ~ 'a'", "SELECT 'a '::char(3) ~ 'a $'", "SELECT 'ab'::name ~ 'b'",
            "SELECT 'abc' ~ 'b' AND 'abc' !~ 'z'", "SELECT ('x' ~ 'x') AS m"]
    return out


def errors():
    out = []
    for p in ['(', ')', '[', 'a{', 'a{1', 'a{,1}', 'a{1,2', 'a{2,1}', 'a{256}', 'a{1,2x}', '\\', '\\q', '\\%', '*a',
              'a|*', '(*)', 'a**', 'a*?', 'a+*', '^*', '$*', '[a', '[z-a]', '[[:foo:]]', '[[.foo.]]', '[[=a=]]',
              'x(?', '(?i)A', 'a(?i)', '(?x) a b', '(?z)a', '[a-c-e]', '[\\d]', '[\\D]', '[\\m]', '\\m*', '(a)\\2',
              '(a\\1)', '\\12', '(?=a)*', '\\8', '[[:<:]]a', 'a{1}{2}', '(?#comment)a', '***:a', '***=a.',
              '[a-\\d]', '[\\w-z]', 'a{1,}?', '\\x41', '\\u0041', '\\cA', 'a(?:b', 'a|', '()', '\\u004', '[[:alpha:]',
              '[[.space.]]', 'a(?#x)*', '(?<x)', '\\0101', '\\101', '(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', '[\\12]',
              '(?x)a{ 1 }', 'a{ 1}', '(?<=a+)b', '(?=(a))\\1']:
        out.append(f"SELECT 'abcA' ~ {q(p)}")
    return out


def functions():
    out = []
    texts = ['foo bar baz', 'abcabc', 'a1b22c333', 'héllo wörld', '', 'aaa']
    for s in texts:
        for p, r, f in [('o', '0', None), ('o', '0', 'g'), ('[aeiou]', '', 'g'), ('(\\w+) (\\w+)', '\\2 \\1', None),
                        ('b', '[\\&]', 'g'), ('x*', '-', 'g'), ('A', 'Z', 'gi'), ('^', '>', 'g'), ('$', '<', 'g'),
                        ('(a)|(b)', '<\\1\\2>', 'g'), ('\\d+', '#', 'g'), ('.', '\\\\', None), ('ö', 'o', 'g')]:
            out.append(f'SELECT regexp_replace({q(s)}, {q(p)}, {q(r)}' + (f', {q(f)})' if f else ')'))
        for p in ['o', '(o)(.)', '(\\w+)', '[0-9]+', 'x', '(a)|(b)', '^', 'ö.']:
            out += [f'SELECT regexp_match({q(s)}, {q(p)})', f'SELECT regexp_count({q(s)}, {q(p)})',
                    f'SELECT regexp_instr({q(s)}, {q(p)})', f'SELECT regexp_substr({q(s)}, {q(p)})',
                    f'SELECT regexp_like({q(s)}, {q(p)})', f'SELECT substring({q(s)} FROM {q(p)})',
                    f'SELECT regexp_split_to_array({q(s)}, {q(p)})']
    out += ["SELECT regexp_replace('abc', 'b', 'X', 'z')", "SELECT regexp_replace('abc', 'b', 'X', '1')",
            "SELECT regexp_replace('abcabc', 'b', 'X', 3)", "SELECT regexp_replace('abcabc', 'b', 'X', 1, 2)",
            "SELECT regexp_replace('abcabc', 'b', 'X', 1, 0)", "SELECT regexp_replace('abcabc', 'B', 'X', 1, 0, 'i')",
            "SELECT regexp_replace('abcabc', 'b', 'X', 0)", "SELECT regexp_replace('abcabc', 'b', 'X', 1, -1)",
            "SELECT regexp_replace('abcabc', 'b', 'X', 9)", "SELECT regexp_replace('abc', 'b', 'X', 1, 1, 'g')",
            "SELECT regexp_replace('aaa', 'a*?', 'X', 'g')", "SELECT regexp_replace('abc', 'x*', '-', 5)",
            "SELECT regexp_replace('abc', 'b', $$\\\\\\&\\1\\x\\$$, 'g')", "SELECT regexp_replace(NULL, 'a', 'b')",
            "SELECT regexp_replace('a', 'a', NULL)", "SELECT regexp_replace('Hello World', '(?i)o', '0', 'g')",
            "SELECT regexp_replace('a.b.c', '.', '-', 'gq')", "SELECT regexp_replace('ab', 'a', 'x', 'qn')",
            "SELECT regexp_replace('line1\nline2', '^l', 'L', 'gn')", "SELECT regexp_replace('line1\nline2', '^l', 'L', 'g')",
            "SELECT regexp_replace('line1\nline2', '.$', '!', 'gn')", "SELECT regexp_replace('a\nb', '.', '_', 'gp')",
            "SELECT regexp_replace('a\nb', '[^x]', '_', 'gn')", "SELECT regexp_replace('a\nb', '^b', 'B', 'w')",
            "SELECT regexp_replace('abc', '(?x) b  # comment', 'X')", "SELECT regexp_replace('abc', 'B', 'X', 'ic')",
            "SELECT regexp_replace('abc', 'B', 'X', 'ci')", "SELECT regexp_replace('a+b', 'a+b', 'X', 'e')",
            "SELECT regexp_replace('a+b', 'a\\+b', 'X', 'e')", "SELECT regexp_replace('aab', 'a*?b', 'X', 'e')",
            "SELECT regexp_match('abc', 'b', 'g')", "SELECT regexp_match('ABC', 'b', 'i')", "SELECT regexp_match('abc', '(a)(x)?')",
            "SELECT regexp_match('abc', 'z')", "SELECT regexp_match(NULL, 'a')", "SELECT (regexp_match('key=val', '(\\w+)=(\\w+)'))[2]",
            "SELECT regexp_match('abcd', 'a|ab|abc')", "SELECT regexp_match('abcd', '(a|ab)(c|bcd)')",
            "SELECT regexp_match('xabcabc', 'a.*?c')", "SELECT regexp_match('xabcabc', 'a.*?c.*')",
            "SELECT regexp_match('aaa', 'a{1,2}?')", "SELECT regexp_match('abcd', '(ab)?(abcd)?')",
            "SELECT regexp_count('abcabc', 'b', 3)", "SELECT regexp_count('abcabc', 'B', 1, 'i')",
            "SELECT regexp_count('abc', 'b', 0)", "SELECT regexp_count('abc', 'b', 1, 'g')", "SELECT regexp_count('abc', 'x*', 10)",
            "SELECT regexp_count('abc', 'x*', 4)", "SELECT regexp_count('abc', '')", "SELECT regexp_count('ab\nab', '^a', 1, 'n')",
            "SELECT regexp_instr('abcabc', 'b', 1, 2)", "SELECT regexp_instr('abcabc', 'b', 3)", "SELECT regexp_instr('abcabc', 'bc', 1, 1, 1)",
            "SELECT regexp_instr('abcabc', 'b', 1, 3)", "SELECT regexp_instr('abcabc', 'a(b)(c)', 1, 1, 0, '', 2)",
            "SELECT regexp_instr('abcabc', 'a(b)(c)', 1, 2, 1, '', 1)", "SELECT regexp_instr('abc', 'b', 1, 1, 0, '', 1)",
            "SELECT regexp_instr('abc', 'b', 1, 1, 0, '', 2)", "SELECT regexp_instr('abc', 'b', 1, 1, 2)",
            "SELECT regexp_instr('abc', 'b', 1, 0)", "SELECT regexp_instr('abc', 'b', 0)", "SELECT regexp_instr('abc', 'b', 1, 1, 0, 'g')",
            "SELECT regexp_instr('abc', 'b', 1, 1, 0, '', -1)", "SELECT regexp_instr('abc', '', 4)", "SELECT regexp_instr('héllo', 'l')",
            "SELECT regexp_instr('abc', 'a(x)?', 1, 1, 0, '', 1)", "SELECT regexp_substr('abcabc', 'b.', 1, 2)",
            "SELECT regexp_substr('abcabc', 'a(b)(c)', 1, 1, '', 2)", "SELECT regexp_substr('abcabc', 'B', 1, 1, 'i')",
            "SELECT regexp_substr('abc', 'c', 4)", "SELECT regexp_substr('abc', 'a(x)?', 1, 1, '', 1)",
            "SELECT regexp_substr('abc', 'b', 1, 1, '', 3)", "SELECT regexp_substr('abc', 'b', 1, 1, 'g')",
            "SELECT regexp_like('ABC', 'b', 'i')", "SELECT regexp_like('abc', 'b', 'g')", "SELECT regexp_like('abc', 'b', 'y')",
            "SELECT regexp_split_to_array('a1b22c', '\\d*')", "SELECT regexp_split_to_array('abc', '')",
            "SELECT regexp_split_to_array('', 'x')", "SELECT regexp_split_to_array('a,b;c', '[,;]')",
            "SELECT regexp_split_to_array('aXbxc', 'x', 'i')", "SELECT regexp_split_to_array('abc', 'b', 'g')",
            "SELECT regexp_split_to_array('  a  b  ', '\\s+')", "SELECT substring('abcd' FROM 'a|ab')",
            "SELECT substring('foobar' FROM 'o(.)b')", "SELECT substring('foobar' FROM 'x')", "SELECT substring('foobar' FROM 'o(x)?b')",
            "SELECT substring('abc', 'b')", "SELECT substring('abc' FROM 2)", "SELECT substring('abc' FROM '2')",
            "SELECT substring('2024-01-15' FROM '(\\d+)-(\\d+)')", "SELECT regexp_replace('xaxbx', 'x', '', 'g') AS stripped"]
    # option e (which PostgreSQL reads as a BRE), option b and embedded (?e) / (?b)
    for s, p, f in [('a|b', 'a|b', 'e'), ('a|b', 'a|b', 'b'), ('ab', '(?e)a|b', 'g'), ('a+b', '(?e)a+b', 'g'),
                    ('aab', 'a\\{2\\}b', 'b'), ('aab', '\\(a\\)\\1b', 'b'), ('*ab', '*a', 'b'), ('a^b$', 'a^b$', 'b'),
                    ('ab', '^ab$', 'b'), ('a\\db', 'a\\db', 'b'), ('word', '\\<w', 'b'), ('aXb', '\\(^a\\)', 'b'),
                    ('a{1}', 'a{1}', 'b'), ('ab', 'a\\{1', 'b'), ('a.b', 'a.b', 'bq'), ('a', '\\(?:a\\)', 'b'),
                    ('a**', 'a**', 'b'), ('a', 'a\\)', 'b'), ('a', '\\(a', 'b'), ('a*', '\\(*\\)', 'b'),
                    ('ab', '\\(^a\\)b', 'b'), ('a$b', 'a$\\)', 'b'), ('aa', 'a\\{2\\}', 'b'), ('aa', 'a\\{2', 'b'),
                    ('aa', 'a\\{2}', 'b'), ('aa', '^*a', 'b'), ('a', '\\2', 'b'), ('ab', 'a\\|b', 'b'),
                    ('ab', '[\\d]', 'b'), ('aaa', 'a\\{1,\\}', 'b'), ('abab', '\\(ab\\)*', 'b'), ('a\\b', 'a\\\\b', 'b'),
                    ('word end', 'd\\>', 'b'), ('x', '(?b)\\(x\\)', ''), ('ad', '(?e)a\\d', ''), ('a+', 'a+', 'be'),
                    ('AB', 'a*b', 'bi')]:
        out.append(f'SELECT regexp_replace({q(s)}, {q(p)}, {q("Z")}, {q(f)})')
    return out


def similar():
    out = []
    subjects = ['abc', 'abd', 'a%c', 'a_c', '', 'ABC', 'foobar', 'a\nb', 'a.c']
    patterns = ['abc', 'a%', '%c', 'a_c', '_', '%', 'a(b|d)c', 'a[bd]c', '[a-c]*', 'a\\%c', 'a!%c', '(ab)+c?',
                'a.c', 'a|abc', '%b%', 'a{1,2}bc', '[^x]+', 'ab?c?', 'A%', '%(b|z)%', '.*', '^abc', 'abc$', 'a\\_c']
    for s in subjects:
        for p in patterns:
            out.append(f'SELECT {q(s)} SIMILAR TO {q(p)}')
    out += ["SELECT 'a%c' SIMILAR TO 'a!%c' ESCAPE '!'", "SELECT 'abc' SIMILAR TO 'a!%c' ESCAPE '!'",
            "SELECT 'a\\c' SIMILAR TO 'a\\c' ESCAPE ''", "SELECT 'abc' SIMILAR TO 'abc' ESCAPE 'xy'",
            "SELECT 'abc' SIMILAR TO 'abc' ESCAPE NULL", "SELECT 'abc' NOT SIMILAR TO 'a%'", "SELECT NULL SIMILAR TO 'a'",
            "SELECT 'abc' SIMILAR TO NULL", "SELECT 1 SIMILAR TO '1'", "SELECT 'abc' SIMILAR TO 'a#\"b#\"c' ESCAPE '#'",
            "SELECT substring('foobar' SIMILAR '%#\"o_b#\"%' ESCAPE '#')", "SELECT substring('foobar' FROM '%#\"o_b#\"%' FOR '#')",
            "SELECT substring('foobar' SIMILAR '#\"o_b#\"%' ESCAPE '#')", "SELECT substring('foobar' SIMILAR '%o_b%' ESCAPE '#')",
            "SELECT substring('foobar' SIMILAR '%#\"o_b#\"%#\"x#\"' ESCAPE '#')", "SELECT substring('foobar' SIMILAR '%#\"o' ESCAPE '#')",
            "SELECT substring('abcdef' SIMILAR 'a#\"%#\"' ESCAPE '#')", "SELECT substring('abcdef' SIMILAR '%#\"%#\"' ESCAPE '#')",
            "SELECT substring('abc' SIMILAR 'a#\"b#\"c' ESCAPE NULL)", "SELECT similar_to_escape('a%b_c[x]y(z)|w.$^\\*+?{1}')",
            "SELECT similar_to_escape('a#\"b#\"c', '#')", "SELECT similar_to_escape('ab#', '#')", "SELECT similar_to_escape('a\\b', '')",
            "SELECT similar_to_escape('[%_.]x[^a]')", "SELECT similar_to_escape('é%ü', 'ü')", "SELECT similar_escape('a%', NULL)",
            "SELECT 'abc' SIMILAR TO '[[:alpha:]]+'", "SELECT 'ab' SIMILAR TO '(a|b){2}'", "SELECT 'a' SIMILAR TO '(a'"]
    return out


def matching():
    """Which match and which groups: PostgreSQL's longest/shortest preferences, classes, case folding."""
    cases = [('abcd', '(a|ab)(c|bcd)(d*)'), ('xyz123abc', '[a-z]+?\\d+'), ('aaaa', '(a+)(a+)'), ('aaaa', '(a+?)(a+)'),
             ('aaaa', '(a+)(a+?)'), ('abab', '(ab)*?b'), ('foobarbaz', '(foo|foobar)(bar)?baz'), ('Straße', 'STRASSE'),
             ('ÉCOLE', 'école'), ('ǅ', 'ǆ'), ('٣', '[[:digit:]]'), ('٣', '[[:alpha:]]'), ('٣', '[[:alnum:]]'),
             ('٣', '\\d'), ('ß', '[[:lower:]]'), ('Ω', '[[:upper:]]'), ('a b', 'a[[:blank:]]b'), ('a\tb', 'a\\sb'),
             ('\u00a0', '\\s'), ('\u2003', '\\s'), ('€', '[[:punct:]]'), ('+', '[[:punct:]]'), ('x', '[[:graph:]]'),
             (' ', '[[:print:]]'), ('\u00ad', '[[:print:]]'), ('é', '\\w'), ('_', '\\w'), ('·', '\\w'),
             ('aXbXc', '(?i)x'), ('ABC', '(?i)[a-c]+'), ('abc', '(?i)[[:upper:]]'), ('hello world', '(\\w+)\\s(\\w+)'),
             ('2024-01-15', '^(\\d{4})-(\\d{2})-(\\d{2})$'), ('a.b.c', '[.]'), ('aaa', 'a{2}?'), ('aaa', '(a{2})?a'),
             ('ab', '(a)?(a)?b'), ('abcabc', '(abc){2}'), ('ac', 'a(b)?c'), ('catalog cat', 'cat|catalog'),
             ('xcatalogx', '(cat|catalog)(alog)?'), ('aXbXXc', 'X+|XX'), ('abcabc', 'a.*?c.*'), ('abcabc', '(a.*?c)(.*)')]
    out = []
    for s, p in cases:
        out += [f'SELECT regexp_match({q(s)}, {q(p)})', f"SELECT regexp_replace({q(s)}, {q(p)}, '[\\&]', 'g')",
                f'SELECT regexp_count({q(s)}, {q(p)})']
    return out


def generate(write):
    write('regex_operators', operators())
    write('regex_errors', errors())
    write('regex_functions', functions())
    write('regex_similar', similar())
    write('regex_matching', matching())
