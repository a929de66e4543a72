import { type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file e2: a Medium post on a publication, with "Originally published at" (the Medium top bar with
 * Write and Sign up, the member-only badge, the publication chip, the author line with Follow, reading time and date,
 * the clap / response / bookmark / listen / share bar, a figure caption, the tags, the "Written by" card, the responses
 * section with one response, "More from" and "Recommended from Medium" and the footer). Gold: the italic "Originally
 * published at" line at the end of the post is furniture; the post's own h2 section headings are headings.
 */
const title = 'What I learned reading every council agenda in my county for a year';
const sub = 'Most local news starts as a PDF that nobody opens. I opened all of them.';
const secs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Last January I made a slightly foolish promise to myself: I would read the full agenda packet for every public meeting',
        'held by the county board, the three city councils and the two school boards in Wexmoor County. That turned out to be',
        '214 meetings and a little over 31,000 pages.',
      ),
      j(
        'I am not a reporter. I run a small newsletter about the county that started as a hobby, and I wanted to know how much',
        'of what happens here never makes it into any news at all. The short answer is: most of it.',
      ),
    ],
  ],
  [
    'The interesting part is always in the appendix',
    [
      j(
        'The agenda itself is a list of item titles, written to be as dull as possible. &quot;Consideration of amendment two to',
        'contract 24-117&quot; turned out to be a 40 percent increase in the cost of the new water treatment plant. The detail',
        'was on page 212 of the packet, in a memo from the engineer.',
      ),
      'After a few months I had a routine for every packet:',
    ],
  ],
];
const steps = [
  'read the consent agenda first, because that is where large spending is approved without discussion;',
  'search the packet for the words amendment, change order and budget transfer;',
  'read every staff memo to the end, since the recommendation is usually in the last paragraph.',
];
const tail: [string, string[]][] = [
  [
    'What I found',
    [
      j(
        'Over the year I counted 63 items that I thought a local paper would once have covered, from a quiet rezoning next to a',
        'school to a decision to stop mowing road verges. Nine of them were reported anywhere. The rest passed without a word.',
      ),
      j(
        'That is not a complaint about reporters. The county&#39;s only paper has two of them now, down from eleven. They cannot read',
        '31,000 pages either. But somebody should, and a lot of the work needs patience more than training.',
      ),
    ],
  ],
  [
    'If you want to try it',
    [
      j(
        'Pick one body, not six. Read one packet a week. Write down anything that surprises you and one question about it, and',
        'send the question to your council member. You will be surprised how often they answer.',
      ),
    ],
  ],
];
const tags = ['Local News', 'Civic Tech', 'Government', 'Journalism', 'Transparency'];
const moreFrom = ['The meeting minutes nobody reads are a public good', 'How our county lost its newspaper and what came next'];
const recommended = ['I tracked my town budget for five years. Here is what changed', 'Open data is only useful if someone uses it'];
const foot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const originally = 'Originally published at wexmoorweekly.example on March 2, 2026.';
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | by Hollis Brandt | Civic Ledger | Medium</title>
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${title}">
<meta data-rh="true" name="author" content="Hollis Brandt"><meta data-rh="true" property="article:published_time" content="2026-03-04T12:31:08.112Z">
<link data-rh="true" rel="canonical" href="https://wexmoorweekly.example/council-agendas-year">
${ld({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  headline: title,
  author: { '@type': 'Person', name: 'Hollis Brandt' },
  publisher: { '@type': 'Organization', name: 'Civic Ledger' },
})}
<script>window.__APOLLO_STATE__={"Post:8a1f2c3d4e5f":{"__typename":"Post","id":"8a1f2c3d4e5f","readingTime":4.2}};</script></head>
<body><div id="root"><div class="a b c"><div class="d e f g h"><div class="l"><a href="/" aria-label="Homepage">Medium</a>
<div class="ab q"><a href="/new-story" class="ay">Write</a><a href="/m/signin" class="ay">Sign up</a><a href="/m/signin" class="ay">Sign in</a></div></div>
<article><div class="l"><section><div class="fr fs ft fu fv"><div class="ab cb"><div class="ci bh ew ex ey ez">
<div class="ab"><span class="be b bf z dx">Member-only story</span></div>
<h1 id="a1b2" class="pw-post-title gr gs gt be gu gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl" data-testid="storyTitle">${title}</h1>
<h2 id="c3d4" class="pw-subtitle-paragraph hm gs gt be b hn ho hp hq hr hs ht hu hv">${sub}</h2>
<div class="speechify-ignore ab cp"><div class="ab ca"><a data-testid="authorName" class="pw-author" href="/@hollisbrandt">Hollis Brandt</a>
<span class="jb">·</span><button class="jc">Follow</button></div>
<div class="ab"><span>Published in</span> <a data-testid="publicationName" href="/civic-ledger">Civic Ledger</a></div>
<div class="ab jd"><span data-testid="storyReadTime" class="pw-reading-time">4 min read</span><span class="jb">·</span>
<span data-testid="storyPublishDate" class="pw-published-date">Mar 4, 2026</span></div></div>
<div class="ab bq je"><div class="pw-multi-vote-count">1.2K</div><button data-testid="headerClapButton" aria-label="clap">Clap</button>
<span class="pw-responses-count">18</span><button aria-label="Add to list">Save</button><button aria-label="Listen">Listen</button>
<button aria-label="Share">Share</button></div>
<figure class="mu mv mw"><img class="bg lo" src="https://miro.medium.example/v2/resize:fit:1400/1*agenda.jpeg" alt="">
<figcaption class="pr ff ps ov ow pt pu be b bf z dx">A year of agenda packets, printed only once. Photo by the author.</figcaption></figure>
${secs
  .map(
    ([h, ps]) =>
      `${h === '' ? '' : `<h2 id="h${h.length}" class="pv pw gt be px py pz qa qb">${h}</h2>\n`}${ps
        .map((p) => `<p class="pw-post-body-paragraph nh ni gt nj b nk nl">${p}</p>`)
        .join('\n')}`,
  )
  .join('\n')}
<ol class="">${lis(steps, 'rg rh gt nj b nk')}</ol>
${tail
  .map(
    ([h, ps]) =>
      `<h2 class="pv pw gt be px py pz qa qb">${h}</h2>\n${ps.map((p) => `<p class="pw-post-body-paragraph nh ni gt nj b nk nl">${p}</p>`).join('\n')}`,
  )
  .join('\n')}
<p class="pw-post-body-paragraph nh ni gt nj b nk nl"><em class="pf">${originally}</em></p>
</div></div></div></section></div></article>
<div class="ab ca"><ul class="tags">${tags.map((t) => `<li><a href="/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div>
<div class="ab author-card"><h2 class="be">Written by Hollis Brandt</h2><p class="be">412 Followers · Writer for Civic Ledger</p>
<p class="be">I write a newsletter about Wexmoor County and read the boring documents so you do not have to.</p></div>
<div class="responses"><h2 class="be">Responses (18)</h2><div class="response"><a href="/@tavi">Tavi Morrow</a><span>Mar 5, 2026</span>
<p>This is the most useful civic project I have seen on here. Going to start with our school board this week.</p></div>
<button>See all responses</button></div>
<div class="more-from"><h2 class="be">More from Hollis Brandt and Civic Ledger</h2>
<ul>${moreFrom.map((t) => `<li><a href="/p">${t}</a></li>`).join('')}</ul></div>
<div class="recommended"><h2 class="be">Recommended from Medium</h2><ul>${recommended.map((t) => `<li><a href="/p">${t}</a></li>`).join('')}</ul></div>
<footer class="ab"><ul>${foot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></footer>
</div></div></div></body></html>`;

export const mediumPage: TestPage = {
  name: 'heldout340-medium-originally-published-blog',
  kind: 'blog',
  html,
  title,
  headings: [sub, ...secs.slice(1).map(([h]) => h), ...tail.map(([h]) => h)],
  body: texts([...secs.flatMap(([, p]) => p), ...steps, ...tail.flatMap(([, p]) => p)]),
  bylines: ['Hollis Brandt', '4 min read', 'Mar 4, 2026'],
  furniture: [
    'Medium',
    'Sign up',
    'Sign in',
    'Member-only story',
    'Follow',
    'Published in',
    'Civic Ledger',
    '1.2K',
    'Clap',
    'Save',
    'Listen',
    'Share',
    'A year of agenda packets, printed only once. Photo by the author.',
    originally,
    ...tags,
    'Written by Hollis Brandt',
    '412 Followers · Writer for Civic Ledger',
    'I write a newsletter about Wexmoor County and read the boring documents so you do not have to.',
    'Responses (18)',
    'Tavi Morrow',
    'Mar 5, 2026',
    'This is the most useful civic project I have seen on here. Going to start with our school board this week.',
    'See all responses',
    'More from Hollis Brandt and Civic Ledger',
    ...moreFrom,
    'Recommended from Medium',
    ...recommended,
    ...foot,
  ],
};
