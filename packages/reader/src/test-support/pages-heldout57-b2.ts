/**
 * Held-out batch 57, file b2: the texts of a PHP manual function page on php.net (markup and gold in file b3): the navbar with
 * the release badge and search, the hidden "trick" menu with its keyboard shortcuts, breadcrumbs with previous / next, the
 * language switcher and "Submit a Pull Request" / "Report a Bug" tools, the refentry with version info, purpose line,
 * method synopsis, parameters, return values, errors, examples with their outputs, a note, "See Also", the "Found A Problem?"
 * box, user contributed notes with votes, the "Array Functions" side menu and the footer.
 */
export const phTitle = 'array_partition';
export const phPurpose = 'Split an array in two with a callback';
export const phDesc = [
  '<span class="function"><strong>array_partition()</strong></span> iterates over each value in the <code class="parameter">array</code>, ' +
    'passing it to the <code class="parameter">callback</code> function. Values for which the callback returns <strong><code>true</code></strong> ' +
    'are collected in the first array of the result, and all other values in the second. Both arrays are returned together, so the ' +
    'result can be unpacked directly with <span class="function"><a href="function.list.php" class="function">list()</a></span> or the short ' +
    '<code class="literal">[]</code> syntax.',
  'Unlike calling <span class="function"><a href="function.array-filter.php" class="function">array_filter()</a></span> twice with opposite ' +
    'conditions, <span class="function"><strong>array_partition()</strong></span> calls the callback exactly once per element, which matters ' +
    'when the callback is expensive or has side effects.',
];
export const phH = ['Description', 'Parameters', 'Return Values', 'Errors/Exceptions', 'Examples', 'Notes'];
export const phParams: [string, string[]][] = [
  ['array', ['The array to split.']],
  [
    'callback',
    [
      'The callback function to use. It should return <strong><code>true</code></strong> for values that belong in the first array and ' +
        '<strong><code>false</code></strong> for all others. The return value is converted to <span class="type">bool</span> with the usual ' +
        'rules, so returning <code class="literal">0</code> or an empty string counts as <strong><code>false</code></strong>.',
    ],
  ],
  ['mode', ['Flag determining which arguments are passed to <code class="parameter">callback</code>:']],
];
export const phModes = [
  '<strong><code>ARRAY_FILTER_USE_KEY</code></strong> - the callback receives the key instead of the value',
  '<strong><code>ARRAY_FILTER_USE_BOTH</code></strong> - the callback receives both the value and the key, in that order',
];
export const phModeDefault = 'Default is <code class="literal">0</code>, which passes the value only.';
export const phReturn =
  'Returns a list of two arrays: the values for which <code class="parameter">callback</code> returned <strong><code>true</code></strong>, ' +
  'followed by the remaining values. Keys are preserved in both arrays; use <span class="function"><a href="function.array-values.php" ' +
  'class="function">array_values()</a></span> on the results if a list is needed.';
export const phErrors =
  'Throws a <span class="classname"><a href="class.valueerror.php" class="classname">ValueError</a></span> if <code class="parameter">mode</code> ' +
  'is not <code class="literal">0</code> or one of the <strong><code>ARRAY_FILTER_USE_*</code></strong> constants.';
export const phEx = ['Example #1 Splitting numbers into even and odd', 'Example #2 Partitioning by key with ARRAY_FILTER_USE_KEY'] as const;
export const phOut = 'The above example will output:';
export const phEx1After =
  'The keys of the input array are kept, which is why <var class="varname">$even</var> starts at index <code class="literal">1</code>. ' +
  'Values that the callback rejects are never lost: every element of the input ends up in exactly one of the two arrays.';
export const phNote =
  'Because keys are preserved, the two result arrays may have gaps in their numeric keys. This is the same behaviour as ' +
  '<span class="function"><a href="function.array-filter.php" class="function">array_filter()</a></span>.';
export const phSee = [
  'array_filter() - Filters the elements of an array with a callback function',
  'array_reduce() - Reduces an array to a single value with a callback function',
  'array_find() - Returns the first element that satisfies a callback function',
];
// biome-ignore format: the side menu's function names, packed several to a line
export const phMenu = [
  'array_all',
  'array_any',
  'array_change_key_case',
  'array_chunk',
  'array_column',
  'array_combine',
  'array_count_values',
  'array_diff',
  'array_fill',
  'array_filter',
  'array_find',
  'array_first',
  'array_flip',
  'array_intersect',
  'array_is_list',
  'array_key_exists',
  'array_keys',
  'array_last',
  'array_map',
  'array_merge',
  'array_pad',
  'array_partition',
  'array_pop',
  'array_product',
  'array_push',
  'array_reduce',
  'array_reverse',
  'array_search',
  'array_slice',
  'array_splice',
  'array_sum',
  'array_unique',
  'array_values',
];
export const phNav = ['Downloads', 'Documentation', 'Get Involved', 'Help'];
export const phCrumbs = ['PHP Manual', 'Function Reference', 'Variable and Type Related Extensions', 'Arrays', 'Array Functions'];
// biome-ignore format: the shortcuts of the hidden menu, packed several to a line
export const phKeys = [
  '? This help',
  'j Next menu item',
  'k Previous menu item',
  'g p Previous man page',
  'g n Next man page',
  'G Scroll to bottom',
  'g g Scroll to top',
  'g h Goto homepage',
  'g s Goto search (current page)',
  '/ Focus search box',
];
export const phLangs = ['English', 'German', 'Spanish', 'French', 'Italian', 'Japanese', 'Brazilian Portuguese', 'Russian', 'Turkish', 'Ukrainian'];
export const phNotes: [string, string, string, string[]][] = [
  [
    '130412',
    'mirela dot tanase at example dot com',
    '5 days ago',
    [
      'Handy for splitting validation results. I use it to separate the rows that passed a schema check from the ones that failed, ' +
        'then log all the failures in one go instead of one call per row.',
    ],
  ],
  [
    '130455',
    'jonas at example dot net',
    '2 days ago',
    [
      'Keep in mind that the keys are kept. If you json_encode() the second array you may get a JSON object instead of a list, ' +
        'so wrap it in array_values() first.',
    ],
  ],
];
export const phFoot = ['Copyright © 2001-2025 The PHP Documentation Group', 'My PHP.net', 'Contact', 'Other PHP.net sites', 'Privacy policy'];
export const phV = (s: string): string => `<span class="default"><span class="variable">${s}</span></span>`;
export const phCode = (lines: string[]): string =>
  `<div class="example-contents">\n<div class="phpcode"><pre><code><span class="html">${lines.join('\n')}</span></code></pre></div>\n</div>`;
export const phScreen = (lines: string[]): string =>
  `<div class="example-contents"><p>${phOut}</p></div>\n<div class="example-contents screen">\n<div class="annotation-interactive ` +
  `examplescode"><pre class="examplescode">${lines.join('\n')}</pre></div>\n</div>`;
export const phNoteHtml = ([id, user, ago, text]: [string, string, string, string[]], i: number): string => `<div class="note" id="${id}">
  <div class="votes">
    <div id="Vu${id}"><a href="/manual/vote-note.php?id=${id}&amp;page=function.array-partition&amp;vote=up" title="Vote up" class="usernotes-voteu" \
tabindex="-1" aria-label="Vote up">up</a></div>
    <div id="Vd${id}"><a href="/manual/vote-note.php?id=${id}&amp;page=function.array-partition&amp;vote=down" title="Vote down" \
class="usernotes-voted" tabindex="-1" aria-label="Vote down">down</a></div>
    <div class="tally" id="V${id}" title="${i === 0 ? '88' : '67'}% like this..." aria-label="${i === 0 ? '88' : '67'}% like this...">
    ${i === 0 ? 7 : 2}
    </div>
  </div>
  <a href="#${id}" class="name"><strong class="user"><em>${user}</em></strong></a><a class="genanchor" href="#${id}"> ¶</a><div class="date" \
title="2025-12-0${i + 1} 10:2${i}"><strong>${ago}</strong></div>
  <div class="text" id="Hcom${id}">
<div class="phpcode"><code><span class="html">
${text.join('<br />')}</span>
</code></div>
  </div>
 </div>`;
