import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file e2: a language community's Planet Venus-style aggregator (the logo header, "Skip to navigation",
 * the left-hand navigation menu, the page heading with its last-update line, posts grouped under date headings with the
 * blog name, the "Author: Post title" heading, the post content and its time link, and the right column with the feed
 * links, the subscription list and the "Planet" credits).
 */
const lTitle = 'Planet Fenwick';
const lPosts: [string, string, string, string[]][] = [
  [
    'March 03, 2026',
    'Corin Ashdown',
    'Corin Ashdown: Pattern matching on records in Fenwick 4.2',
    [
      j(
        'Fenwick 4.2 lets you match on record fields by name, which removes a lot of the boilerplate that used to go into unpacking',
        'configuration objects. Before this release you had to bind the whole record and then pull fields out one at a time.',
      ),
      j(
        'The new syntax also works with nested records and with the rest pattern, so you can match the two fields you care about and',
        'ignore the others. I converted a small command-line tool to the new style and it lost about a fifth of its lines.',
      ),
      'One warning: the compiler does not yet complain when you match on a field that does not exist, so a typo quietly fails to match.',
    ],
  ],
  [
    'March 03, 2026',
    'Thornbury Data Lab',
    'Thornbury Data Lab: Streaming CSV files without loading them into memory',
    [
      j(
        'A reader asked how we process the 40 GB sensor exports from our river gauges. The answer is that we never hold a whole file',
        'in memory. Fenwick’s lazy sequences let us read a row, parse it, aggregate it and drop it before the next one arrives.',
      ),
      j(
        'The trick that made the biggest difference was parsing dates only for rows we keep. Most rows are filtered out by gauge number',
        'first, and skipping the date parser for them cut the run time from nineteen minutes to six.',
      ),
    ],
  ],
  [
    'March 02, 2026',
    'Mireille Castang',
    'Mireille Castang: Teaching Fenwick to first-year geography students',
    [
      j(
        'This term I taught an introductory programming module to geography students, using Fenwick instead of the spreadsheet macros',
        'the course used before. I expected resistance. Instead, the students were most excited by how quickly they could draw a map',
        'from a list of coordinates.',
      ),
      'The three things that helped most were:',
      '<li>starting with plotting on day one, before any theory;</li>',
      '<li>giving every student the same small data set of local weather stations;</li>',
      '<li>reading error messages aloud together in the first two labs.</li>',
      'The error messages deserve a post of their own. They are friendlier than most languages manage, but still not friendly enough.',
    ],
  ],
  [
    'March 02, 2026',
    'Fenwick Foundation',
    'Fenwick Foundation: Call for volunteers for FenwickConf 2026',
    [
      j(
        'FenwickConf returns to Aldmere on 14 and 15 September. We are looking for volunteers to help with registration, room hosting',
        'and the live captioning team. Volunteers get a free ticket and a conference shirt, and we will cover travel for anyone who',
        'needs help to attend.',
      ),
      'The call for talks closes on 30 April. First-time speakers are very welcome, and mentors are available to help with proposals.',
    ],
  ],
];
const lNav = ['About Fenwick', 'Getting Started', 'Documentation', 'Packages', 'Community', 'Planet Fenwick'];
const lSubs = ['Corin Ashdown', 'Fenwick Foundation', 'Mireille Castang', 'Nils Ekwall', 'Rosalind Achebe-Hart', 'Thornbury Data Lab', 'Yann Pelletier'];
const lFeeds = ['RSS 2.0', 'Atom', 'FOAF', 'OPML'];
const lContent = (ps: string[]): string =>
  ps
    .map((p) => (p.startsWith('<li>') ? p : `<p>${p}</p>`))
    .join('\n')
    .replace(/(<li>[^\n]*<\/li>\n?)+/, (m) => `<ul>${m}</ul>\n`);
let lastDate = '';
const lHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="generator" content="Venus">
<title>${lTitle}</title>
<link rel="alternate" href="https://planet.fenwick-lang.example/rss20.xml" title="${lTitle}" type="application/rss+xml">
<link rel="stylesheet" type="text/css" media="screen" href="/static/styles/screen-switcher-default.css">
<link rel="shortcut icon" href="/static/favicon.ico">
</head>
<body>
<div id="logoheader"><a href="/" id="logolink" accesskey="1"><img id="logo" src="/static/images/fenwick-logo.gif" alt="homepage" border="0"></a></div>
<div id="skiptonav"><a href="#left-hand-navigation" accesskey="2"><img src="/static/images/trans.gif" id="skiptonav_img" alt="skip to navigation"
border="0">Skip to navigation</a></div>
<div id="left-hand-navigation"><div id="menu"><ul class="level-one">${links(lNav)}</ul></div></div>
<div id="content-body"><div id="body-main">
<h1 class="pageheading">${lTitle}</h1>
<p class="last-update">Last update: March 03, 2026 10:47 AM UTC</p>
${lPosts
  .map(([date, blog, head, ps]) => {
    const dh = date === lastDate ? '' : `<h2 class="date">${date}</h2>\n`;
    lastDate = date;
    return `${dh}<hr><h3 class="post"><a href="https://blog.example/${blog.length}" title="${blog}">${blog}</a></h3>
<h4><a href="https://blog.example/${blog.length}/post">${head}</a></h4>
<div class="content">${lContent(ps)}</div>
<p class="date"><a href="https://blog.example/${blog.length}/post">${date} 0${blog.length % 9}:15 AM UTC</a></p>`;
  })
  .join('\n')}
</div>
<div id="body-right"><div class="feeds"><h3>Feeds</h3><ul>${links(lFeeds)}</ul></div>
<div class="subscriptions"><h3>Subscriptions</h3><ul>${links(lSubs)}</ul></div>
<div class="credits"><h3>Colophon</h3><p>Brought to you by the Fenwick community. Powered by Venus.</p>
<p>To request addition of a feed, email planet at fenwick-lang.example.</p></div></div>
</div>
<div id="footer"><div id="credits"><p>Copyright © 2026 Fenwick Foundation. Legal Statements. Privacy Policy.</p></div></div>
</body></html>`;
const lDates = [...new Set(lPosts.map(([d]) => d))];
export const planet: TestPage = {
  name: 'heldout452-planet-venus-aggregator-blog',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: lPosts.map(([, , h]) => h),
  body: texts(lPosts.flatMap(([, , , ps]) => ps)),
  bylines: ['Last update: March 03, 2026 10:47 AM UTC', ...lDates, ...lPosts.map(([d, b]) => `${d} 0${b.length % 9}:15 AM UTC`)],
  furniture: [
    'Skip to navigation',
    ...lNav.filter((n) => n !== lTitle),
    'Feeds',
    ...lFeeds,
    'Subscriptions',
    ...lSubs,
    'Colophon',
    'Brought to you by the Fenwick community. Powered by Venus.',
    'To request addition of a feed, email planet at fenwick-lang.example.',
    'Copyright © 2026 Fenwick Foundation. Legal Statements. Privacy Policy.',
  ],
};
