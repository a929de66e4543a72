import { type TestPage, texts } from './page-kit.js';
import { hashnodePost } from './pages-heldout37-c2.js';

/**
 * Held-out batch 37, file c: a programming blog post on Zola with the tabi theme (the navbar with home title, lower-case links,
 * search and theme-switcher buttons, the h-entry header with its hidden h-card author, date, reading time and tag list, the
 * "Updated on" line, the collapsible table of contents, headings with anchor links, a code block with Zola's syntax spans, an
 * admonition, previous/next navigation, the giscus comments script, the footer with socials, sitemap, licence and credits, and
 * the search modal with its hidden result-count strings).
 */
const zTitle = 'Property Testing Our Date Parser Found Three Bugs in a Week';
const zP1 = [
  'Our scheduling service accepts dates from half a dozen partner systems, and every one of them has its own idea of what a date looks ' +
    'like. For three years a hand-written parser turned those strings into timestamps, and for three years it mostly worked. Last month ' +
    'I spent a week pointing a property-based testing tool at it, and it found three bugs that our 400 example-based tests had missed.',
];
const zH1 = 'Examples versus properties';
const zP2 = [
  'An example-based test checks one input against one expected output. A property-based test states something that should be true ' +
    'for every input, then generates hundreds or thousands of inputs looking for a counterexample. When it finds one, it shrinks it to ' +
    'the smallest input that still fails, which is usually the most useful part.',
  'For a parser, the most natural property is a round trip: format a random timestamp in each supported style, parse it back, and ' +
    'check you get the same timestamp. It sounds almost too simple to find anything.',
];
const zNote =
  'The generator deliberately covers years from 1 to 9999 and every UTC offset from −12:00 to +14:00, including the odd quarter-hour ' +
  'ones such as +05:45. Real partner data never goes that far, which is exactly why the parser had never been tested there.';
const zH2 = 'What it found';
const zH3 = 'Leap days in two-digit years';
const zP3 = [
  'One partner sends dates with two-digit years. The parser expanded them by adding 2000, then validated the day against the month, ' +
    'but it checked February 29 against the two-digit year rather than the expanded one. Year 00 passed, because 0 is divisible by ' +
    '400, but so did every February 29 in 2100, which is not a leap year.',
];
const zH4 = 'Offsets with minutes';
const zP4 = [
  'The second bug was in offsets. Anything with a non-zero minute part, such as <code>+05:30</code> or <code>+05:45</code>, was ' +
    'parsed with the minutes ignored, so every timestamp from India or Nepal came out thirty or forty-five minutes off. No partner in ' +
    'our test fixtures used those offsets, but one of our customers in Kathmandu certainly does.',
];
const zH5 = 'The last second of the day';
const zP5 = [
  'The third failure was the most obscure. Formatting <code>23:59:59.9995</code> with millisecond precision rounded up to ' +
    '<code>24:00:00.000</code>, which the parser then rejected. The fix was to truncate rather than round when formatting, which is ' +
    'also what the partner systems do.',
];
const zH6 = 'Worth the week';
const zP6 = [
  'Writing the generators took most of two days, and the round-trip property itself is eleven lines long. All three bugs were fixed ' +
    'within an afternoon of being found. I would have been happy with one.',
  'The main lesson is that our examples had all been written by people looking at real partner data, so they shared the same blind ' +
    'spots as the code. Random inputs do not have that problem.',
];
const zNav = ['blog', 'archive', 'tags', 'projects'];
const zTags = ['rust', 'proptest', 'parsing'];
const zToc: [string, string, number][] = [
  ['examples-versus-properties', zH1, 2],
  ['what-it-found', zH2, 2],
  ['leap-days-in-two-digit-years', zH3, 3],
  ['offsets-with-minutes', zH4, 3],
  ['the-last-second-of-the-day', zH5, 3],
  ['worth-the-week', zH6, 2],
];
const hd = (n: number, id: string, t: string): string =>
  `<h${n} id="${id}">${t}<a class="header-anchor no-hover-padding" href="#${id}" aria-label="Anchor link for: ${id}"><span class="link-icon" ` +
  `aria-hidden="true"></span></a></h${n}>`;
const zCode = `<pre data-lang="rust" style="background-color:#2b303b;color:#c0c5ce;" class="language-rust z-code"><code class="language-rust" \
data-lang="rust"><span class="z-source z-rust"><span class="z-meta z-annotation z-rust">proptest!</span> <span class="z-punctuation">{</span>
    <span class="z-meta z-annotation">#[test]</span>
    <span class="z-storage z-type z-function">fn</span> <span class="z-entity z-name z-function">round_trip</span>(ts <span \
class="z-keyword">in</span> any_timestamp(), style <span class="z-keyword">in</span> any_style()) <span class="z-punctuation">{</span>
        <span class="z-storage">let</span> text <span class="z-keyword z-operator">=</span> format(ts, style);
        prop_assert_eq!(parse(<span class="z-keyword z-operator">&amp;</span>text)<span class="z-keyword z-operator">?</span>, ts);
    <span class="z-punctuation">}</span>
<span class="z-punctuation">}</span>
</span></code></pre>`;
const zHtml = `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="canonical" href="https://inescarvalho.example/blog/proptest-date-parser/">
    <meta name="description" content="A week of property-based testing, three bugs, and what they had in common.">
    <title>Inés Carvalho • ${zTitle}</title>
    <link rel="alternate" type="application/atom+xml" title="Inés Carvalho - Atom Feed" href="https://inescarvalho.example/atom.xml">
    <link rel="stylesheet" href="https://inescarvalho.example/main.css?h=1b9c3f2e8d">
    <meta name="color-scheme" content="light dark">
    <script type="text/javascript" src="https://inescarvalho.example/js/initializeTheme.min.js"></script>
    <script defer src="https://inescarvalho.example/js/themeSwitcher.min.js"></script>
    <script defer src="https://inescarvalho.example/js/searchElasticlunr.min.js?h=3626c0ef99daa745b31e"></script>
    <script defer src="https://inescarvalho.example/js/copyCodeToClipboard.min.js"></script>
</head>
<body dir="ltr">
    <header>
    <nav class="navbar">
        <div class="nav-title">
            <a class="home-title" href="https://inescarvalho.example/">Inés Carvalho</a>
        </div>
            <div class="nav-navs">
                <ul>
${zNav
  .map(
    (t) => `                    <li>\n                        <a class="nav-links no-hover-padding" \
href="https://inescarvalho.example/${t}/">${t}</a>\n                    </li>`,
  )
  .join('\n')}
                    <li class="menu-icons-container">
                        <ul class="menu-icons-group">
                            <li class="js menu-icon">
                                <div role="button" tabindex="0" id="search-button" class="search-icon interactive-icon" title="Search" \
aria-label="Search">
                                    <svg class="icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 -960 960 960"><path d="M784-120"/></svg>
                                </div>
                            </li>
                            <li class="theme-switcher-wrapper js">
                                <div title="Toggle dark/light mode" aria-label="Toggle dark/light mode" class="theme-switcher" tabindex="0" \
role="button" aria-pressed="false"></div>
                                <div title="Reset mode to default" class="theme-resetter arrow" tabindex="0" role="button" aria-hidden="true" \
aria-label="Reset mode to default"></div>
                            </li>
                        </ul>
                    </li>
                </ul>
            </div>
    </nav>
</header>
<div class="content">
<main>
    <article class="h-entry">
        <h1 class="p-name article-title">
            ${zTitle}
        </h1>
        <a class="u-url u-uid" href="https://inescarvalho.example/blog/proptest-date-parser/"></a>
        <ul class="meta">
                <span class="hidden p-author h-card">
                    <a rel="author" href="https://inescarvalho.example/" class="u-url" title="Inés Carvalho">Inés Carvalho</a>
                </span>
            <li><time class="dt-published" datetime="2025-04-02">2nd Apr 2025</time></li>
            <li title="1071 words"><span class='separator' aria-hidden='true'>•</span>6 min read</li>
            <li class="tag"><span class='separator' aria-hidden='true'>•</span>Tags:&nbsp;</li>
${zTags
  .map(
    (t, i) => `                <li class="tag"><a class="p-category" \
href="https://inescarvalho.example/tags/${t}/">${t}</a>${i < zTags.length - 1 ? ',&nbsp;' : ''}</li>`,
  )
  .join('\n')}
        </ul>
        <ul class="meta last-updated"><li>Updated on <time class="dt-updated" datetime="2025-04-05">5th Apr 2025</time></li></ul>
        <section class="e-content body">
            <div class="toc-container">
                <details>
                    <summary title="Table of Contents">Table of Contents</summary>
                    <ul>
${zToc
  .map(
    ([id, t, n]) => `                        <li${n === 3 ? ' class="toc-sub"' : ''}><a \
href="https://inescarvalho.example/blog/proptest-date-parser/#${id}">${t}</a></li>`,
  )
  .join('\n')}
                    </ul>
                </details>
            </div>
            <p>${zP1[0]}</p>
${hd(2, 'examples-versus-properties', zH1)}
<p>${zP2[0]}</p>
<p>${zP2[1]}</p>
${zCode}
<div class="admonition note">
    <div class="admonition-icon admonition-icon-note"></div>
    <div class="admonition-content">
        <strong class="admonition-title">NOTE</strong>
        <p>${zNote}</p>
    </div>
</div>
${hd(2, 'what-it-found', zH2)}
${hd(3, 'leap-days-in-two-digit-years', zH3)}
<p>${zP3[0]}</p>
${hd(3, 'offsets-with-minutes', zH4)}
<p>${zP4[0]}</p>
${hd(3, 'the-last-second-of-the-day', zH5)}
<p>${zP5[0]}</p>
${hd(2, 'worth-the-week', zH6)}
${zP6.map((p) => `<p>${p}</p>`).join('\n')}

        </section>
    </article>
    <nav class="full-width article-navigation">
        <div><a href="https://inescarvalho.example/blog/reading-rfc-3339/" aria-label="Prev" aria-describedby="left_title"><span class="arrow">\
←</span>&nbsp;Prev</a>
        <p aria-hidden="true" id="left_title">What RFC 3339 Does Not Say</p></div>
        <div><a href="https://inescarvalho.example/blog/sqlite-strict-tables/" aria-label="Next" aria-describedby="right_title">Next&nbsp;<span \
class="arrow">→</span></a>
        <p aria-hidden="true" id="right_title">Moving Our Test Suite to SQLite Strict Tables</p></div>
    </nav>
    <div class="comments" id="comments">
        <script src="https://giscus.app/client.js" data-repo="icarvalho/site" data-repo-id="R_kgDOJx3" data-category="Comments" \
data-mapping="pathname" data-strict="1" data-reactions-enabled="0" data-emit-metadata="0" data-input-position="bottom" \
data-theme="preferred_color_scheme" data-lang="en" data-loading="lazy" crossorigin="anonymous" async></script>
    </div>
</main>
</div>
<footer>
    <section>
        <nav class="socials nav-navs"><ul>
            <li><a class="nav-links no-hover-padding social" rel="noopener" href="https://inescarvalho.example/atom.xml"><img loading="lazy" alt="feed" \
title="feed" src="https://inescarvalho.example/social_icons/rss.svg"></a></li>
            <li><a class="nav-links no-hover-padding social" rel="noopener me" href="https://github.com/icarvalho"><img loading="lazy" \
alt="github" title="github" src="https://inescarvalho.example/social_icons/github.svg"></a></li>
        </ul></nav>
        <nav class="nav-navs">
            <small><ul><li><a class="nav-links no-hover-padding" href="https://inescarvalho.example/sitemap.xml">Sitemap</a></li></ul></small>
        </nav>
        <div class="credits">
            <small>
                <p>© 2025 Inés Carvalho • Unless otherwise noted, the content in this website is available under the <a \
rel="noopener" href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> license.</p>
                Powered by <a rel="noopener" href="https://www.getzola.org">Zola</a> &amp; <a rel="noopener" \
href="https://github.com/welpo/tabi">tabi</a><span class="hidden-in-mobile"> • <a rel="noopener" \
href="https://github.com/icarvalho/site">Site source</a></span>
            </small>
        </div>
    </section>
    <div id="searchModal" class="search-modal js" role="dialog" aria-labelledby="modalTitle">
        <div id="modal-content">
            <h1 id="modalTitle" class="page-header">Search</h1>
            <div id="searchBar">
                <div aria-hidden="true" class="search-icon"><svg class="icon" viewBox="0 -960 960 960"><path d="M784-120"/></svg></div>
                <input id="searchInput" role="combobox" autocomplete="off" spellcheck="false" aria-expanded="false" \
aria-controls="results-container" placeholder="Search…"/>
                <div id="clear-search" class="close-icon interactive-icon" tabindex="0" role="button" title="Clear search">
                    <svg class="icon" viewBox="0 -960 960 960"><path d="m256-200"/></svg>
                </div>
            </div>
            <div id="results-container">
                <div id="results-info">
                    <span id="zero_results" style="display: none;">No results</span>
                    <span id="one_result" style="display: none;">1 result</span>
                    <span id="many_results" style="display: none;">$NUMBER results</span>
                </div>
                <div id="results" role="listbox"></div>
            </div>
        </div>
    </div>
</footer>
</body>
</html>
`;
const zolaTabi: TestPage = {
  html: zHtml,
  name: 'heldout37-zola-tabi',
  kind: 'blog',
  // the admonition is a note inside the article: body ("NOTE" in neither); the three h3s sit under "What it found" and all six
  // headings are in order; the code block is in neither; the hidden h-card author (the home title too) and the two dates are
  // bylines ("Updated on" kept with its date); reading time, "Tags:" and the tags, the TOC summary (its entries are the headings
  // again: in neither), prev/next links with titles, socials' alt texts (not text), sitemap, licence, credits and the search
  // modal with its hidden counts are furniture; the nav's "blog" and "tags" are kept, the tag "parsing" is a body word (left out)
  title: zTitle,
  headings: [zH1, zH2, zH3, zH4, zH5, zH6],
  body: [...texts(zP1), ...texts(zP2), zNote, ...texts(zP3), ...texts(zP4), ...texts(zP5), ...texts(zP6)],
  bylines: ['Inés Carvalho', '2nd Apr 2025', 'Updated on 5th Apr 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zNav, '6 min read', 'Tags:', 'rust', 'proptest', 'Table of Contents', 'Prev', 'What RFC 3339 Does Not Say', 'Next',
    'Moving Our Test Suite to SQLite Strict Tables', 'Sitemap', 'Unless otherwise noted, the content in this website is available under the CC BY-SA 4.0 \
license.',
    'Powered by Zola & tabi', 'Site source', 'Search', 'No results', '1 result', '$NUMBER results',
  ],
};

export const HELDOUT37_C: readonly TestPage[] = [zolaTabi, hashnodePost];
