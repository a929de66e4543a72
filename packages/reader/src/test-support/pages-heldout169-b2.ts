import { ps, type TestPage, texts } from './page-kit.js';
import { mwH, type Shell } from './pages-heldout169-skin.js';
import { vectorLegacy, vectorLegacyFurniture } from './pages-heldout169-skin2.js';

/**
 * Held-out batch 169, file b2: a Rosetta Code task page (the "task" template box, the task description with its bold
 * "Task" label and list, related tasks, the table of contents box, one h2 per language linking to the language category,
 * "Works with" boxes, highlighted code and "Output:" blocks, the category links and the legacy Vector chrome).
 */
const page = 'Staircase_numbers';
const title = 'Staircase numbers';
const intro = [
  'A staircase number is a positive integer whose decimal digits, read from left to right, never go down by more than one ' +
    'from one digit to the next and never go up by more than two. The name comes from picturing each digit as the height of a ' +
    'step: you may climb up to two steps at once, but you may only come down one at a time.',
  'For example 1232 and 24 are staircase numbers, but 1302 is not, because the step from 3 down to 0 is a drop of three. Every ' +
    'single-digit number counts as a staircase number.',
];
const taskLead = ['Write a routine that decides whether a number is a staircase number, and use it to:'];
const taskList = [
  'show the first 30 staircase numbers greater than 9;',
  'count the staircase numbers below one million;',
  'find the largest staircase number that is also a prime below one million.',
];
const taskNote = [
  'A number with a leading digit followed by a sharp climb, such as 1479, fails on the step from 4 to 7. Note that the rule is ' +
    'not symmetric, so a number can be a staircase number while its reversal is not: 431 is one, but 134 is not.',
  'Show your output here on this page. If your language has no arbitrary precision integers, the first two parts of the task are ' + 'enough.',
];
const related = ['Esthetic numbers', 'Stepping numbers', 'Digit sums'];
type Lang = { name: string; prose: readonly string[]; code: string; out: string; works?: string };
const langs: readonly Lang[] = [
  {
    name: 'ALGOL 68',
    prose: ['Uses a simple loop over the digits from the right, so the comparisons are reversed.'],
    code: `BEGIN
    PROC staircase = ( INT n )BOOL:
         BEGIN
            INT v := n, prev := v MOD 10; BOOL ok := TRUE;
            v OVERAB 10;
            WHILE ok AND v &gt; 0 DO
                INT d = v MOD 10;
                ok := prev - d &lt;= 2 AND d - prev &lt;= 1;
                prev := d; v OVERAB 10
            OD;
            ok
         END # staircase # ;
    INT count := 0;
    FOR i TO 999 999 DO IF staircase( i ) THEN count +:= 1 FI OD;
    print( ( "Staircase numbers below one million: ", whole( count, 0 ), newline ) )
END`,
    out: 'Staircase numbers below one million: 58310',
    works: 'ALGOL 68G version Any - tested with release 3.1.2',
  },
  {
    name: 'Python',
    prose: [
      'The check works on the string form of the number, which keeps it short. A generator gives the numbers lazily so the first ' +
        'part of the task can stop as soon as it has thirty.',
      'The prime test is a plain trial division, which is fast enough for numbers below a million.',
    ],
    code: `from itertools import count, islice

def is_staircase(n: int) -&gt; bool:
    d = [int(c) for c in str(n)]
    return all(-1 &lt;= b - a &lt;= 2 for a, b in zip(d, d[1:]))

def is_prime(n: int) -&gt; bool:
    return n &gt; 1 and all(n % p for p in range(2, int(n ** 0.5) + 1))

print(list(islice((n for n in count(10) if is_staircase(n)), 30)))
print(sum(1 for n in range(1, 1_000_000) if is_staircase(n)))
print(max(n for n in range(1, 1_000_000) if is_staircase(n) and is_prime(n)))`,
    out: `[10, 11, 12, 13, 21, 22, 23, 24, 32, 33, 34, 35, 43, 44, 45, 46, 54, 55, 56, 57, 65, 66, 67, 68, 76, 77, 78, 79, 87, 88]
58310
989899`,
    works: 'Python version 3.8',
  },
  {
    name: 'Raku',
    prose: ['Raku’s rotor method pairs each digit with the next, and the junction in the grep reads like the definition in the ' + 'task description.'],
    code: `sub staircase (Int $n --&gt; Bool) { so $n.comb.rotor(2 =&gt; -1).map({ -1 ≤ .[1] - .[0] ≤ 2 }).all }
say (10..*).grep(&amp;staircase)[^30];
say +(1..^1_000_000).grep(&amp;staircase);
say (1..^1_000_000).grep({ .is-prime &amp;&amp; staircase($_) }).tail;`,
    out: `(10 11 12 13 21 22 23 24 32 33 34 35 43 44 45 46 54 55 56 57 65 66 67 68 76 77 78 79 87 88)
58310
989899`,
  },
];
const box = ['Staircase numbers', 'You are encouraged to solve this task according to the task description, using any language you may know.'];
const tocHead = 'Contents';
const content = `<div class="infobox" style="width: 2in"><div class="task"><a href="/Category:Programming_Tasks" title="Category:Programming Tasks">
<img alt="Task"
src="/mw/images/thumb/task.png" width="36" height="24"></a><br><b>${box[0]}</b>
<br>You are encouraged to <a href="/Rosetta_Code:Solve_a_Task">solve this task</a>
according to the task description, using any language you may know.</div></div>
${ps(intro)}
<dl><dt>Task</dt></dl>
${ps(taskLead)}
<ul>${taskList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(taskNote)}
<dl><dt>Related tasks</dt></dl><ul>${related.map((t) => `<li><a href="/${t.replace(/ /g, '_')}">${t}</a></li>`).join('')}</ul>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">${tocHead}</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${langs
  .map(
    (l, i) =>
      `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${l.name}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${l.name}</span></a></li>`,
  )
  .join('')}</ul></div>
${langs
  .map(
    (l, i) => `${mwH(2, l.name, page, i + 1).replace(
      `>${l.name}</h2>`,
      `><a href="/Category:${l.name.replace(/ /g, '_')}" title="Category:${l.name}">${l.name}</a>
</h2>`,
    )}
${l.works === undefined ? '' : `<div class="messagebox works-with" style="display:inline-block"><b>Works with</b>: <a href="/${l.name}">${l.works}</a></div>`}
${ps(l.prose)}
<div class="mw-highlight mw-highlight-lang-${l.name.toLowerCase().replace(/ /g, '')} mw-content-ltr" dir="ltr"><pre><span></span>${l.code}</pre></div>
<dl><dt>Output:</dt></dl><pre>${l.out}</pre>`,
  )
  .join('\n')}`;
const shell: Shell = {
  lang: 'en',
  site: 'Rosetta Code',
  page: title,
  headExtra: `<link rel="canonical" href="https://rosettacode.org/wiki/${page}">
<link rel="search" type="application/opensearchdescription+xml" href="/mw/rest.php/v1/search"
title="Rosetta Code (en)"><link rel="license" href="https://www.gnu.org/licenses/fdl-1.3.html">`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Rosetta Code',
  notice: '',
  personal: ['Create account', 'Log in'],
  tabsLeft: ['Page', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    {
      id: 'p-navigation',
      label: 'Navigation',
      items: ['Main page', 'Recent changes', 'Random page', 'Programming tasks', 'Draft tasks', 'Languages', 'Help', 'Chat / Discord'],
    },
    { id: 'p-tb', label: 'Tools', items: ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'] },
  ],
  content,
  cats: ['Programming Tasks', 'Solutions by Programming Task', 'ALGOL 68', 'Python', 'Raku'],
  lastmod: 'This page was last edited on 2 October 2025, at 21:40.',
  copyright:
    'Content is available under <a href="http://www.gnu.org/licenses/fdl-1.2.html">GNU Free Documentation License 1.3 or later</a> unless otherwise noted.',
  places: ['Privacy policy', 'About Rosetta Code', 'Disclaimers'],
  tail: '',
};
export const rosettaTask: TestPage = {
  name: 'heldout169-rosettacode-task',
  kind: 'wiki',
  html: vectorLegacy(shell),
  title,
  // the language h2s are the headings; the "Task" and "Related tasks" labels are furniture-like definition terms left out,
  // related task links are furniture; code and output blocks are in neither list
  headings: langs.map((l) => l.name),
  body: [...texts(intro), ...texts(taskLead), ...taskList, ...texts(taskNote), ...langs.flatMap((l) => texts(l.prose))],
  bylines: [shell.lastmod],
  furniture: [
    ...vectorLegacyFurniture(shell).filter((t) => !langs.some((l) => l.name === t)),
    box[1] as string,
    tocHead,
    'Related tasks',
    ...related,
    'Output:',
    'Works with',
    ...langs.flatMap((l) => (l.works === undefined ? [] : [l.works])),
    'edit',
  ],
};
