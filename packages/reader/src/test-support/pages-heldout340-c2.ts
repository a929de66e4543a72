import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file c2: a Techmeme-style river page, a listing whose main text is short (the logo and top links,
 * the lead item with its cite line, bold headline and quoted summary, the "More:" outlets and the "X:" / "Forums:"
 * discussion links, the related-coverage sub-items, further river items, the sponsor posts, the events and newsletter
 * boxes and the footer). Gold: the title is the lead item's headline (the page has no h1 of its own); the lead item's summary
 * and the headlines of its related-coverage sub-items are the body; its cite line is a byline; outlets, discussion
 * handles and all the other river items are furniture.
 */
const title = 'Corvid Labs raises $210M Series C led by Halberd Capital at a $2.4B valuation to expand its on-device speech models';
const summary = j(
  '— Corvid Labs, which makes small speech-recognition models that run entirely on phones and cars, has raised $210 million',
  'in a Series C round led by Halberd Capital. The company says its models now ship on more than 40 million devices and that',
  'it will use the money to open offices in two new countries and to build models for another eighteen languages. Co-founder',
  'and CEO Priya Lanceford said the company had turned down offers from two larger firms because &quot;speech should not need',
  'a data centre&quot;, and that it expects to be profitable within two years. Existing investors Northlight and Quarry Ventures',
  'also took part in the round, which values the six-year-old company at $2.4 billion …',
);
const related: [string, string][] = [
  ['Mara Quist / Signalwire:', 'Corvid Labs&#39; funding shows on-device AI is becoming its own market, separate from the cloud giants'],
  ['Tobias Rhee / The Ledgerline:', 'Halberd Capital has now led three speech-tech rounds in a year as investors hunt for edge AI bets'],
  ['Corvid Labs Blog:', 'Our Series C, and why we are still building small'],
];
const river: [string, string][] = [
  ['Nessa Oduya / Byteframe:', 'Tessellate cuts 8% of staff, about 260 people, as it refocuses on its enterprise database business'],
  ['Ivo Strand / Circuit Daily:', 'A new bill would require app stores to publish the criteria they use to reject apps'],
  ['Lumen Review:', 'A look at how smart-glasses makers are solving battery life, from solar frames to swappable temples'],
];
const top = ['River', 'Leaderboards', 'About', 'Sponsor Posts', 'Newsletter', 'Events'];
const sponsors = ['Keelson: Ship observability without the bill shock', 'Fenmark: The data room built for late-stage rounds'];
const events = ['Apr 28: Edge AI Summit, Lisbon', 'May 6-8: DevRail Conference, Austin'];
const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Techmeme: ${title} (Pia Mendel/Wirebeat)</title><meta name="description" content="Techmeme: ${title}">
<link rel="canonical" href="https://www.techmeme.example/260421/p14#a260421p14"><link rel="stylesheet" type="text/css" href="/css/tm.css">
<script>var tmpid="260421p14";function toggle(e){var x=document.getElementById(e);x.style.display=x.style.display=="none"?"":"none";}</script></head>
<body><div id="wrapper"><div id="top"><div id="topcol1"><a href="/"><img src="/img/techmeme.png" alt="Techmeme" width="186" height="34"></a></div>
<div id="topcol2"><span class="mini">10:35 AM ET, April 21, 2026</span></div>
<div id="topcol3"><span class="toplinks">${top.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '')}">${t}</a>`).join(' | ')}</span></div></div>
<div id="topcol1m"><h2 class="sectionhd">Top News</h2></div>
<div class="clus" id="0" name="260421p14"><div class="itc1"><div class="itc2" id="260421p14"><div class="item" id="i260421p14">
<div class="ii"><cite>Pia Mendel / <a href="https://wirebeat.example/">Wirebeat</a>:</cite><br>
<strong class="L4"><a class="ourh" href="https://wirebeat.example/2026/04/21/corvid-labs-series-c/">${title}</a></strong>
<span class="summary">&nbsp; ${summary}</span></div>
<div class="dbpt"><span class="drhed">More:</span> <a href="https://bizwire.example/corvid">Bizwire</a>, <a href="https://thecapital.example/c">The Capital
Report</a> and <a href="https://startupsdaily.example/">StartupsDaily</a></div>
<div class="dbpt"><span class="drhed">X:</span> <a href="https://x.example/plance">@plance</a>, <a href="https://x.example/halberdvc">@halberdvc</a>
and <a href="https://x.example/miraqu">@miraqu</a> &nbsp;<span class="drhed">Forums:</span> <a href="https://news.ycomb.example/item?id=1">Hacker News</a></div>
</div>
<div class="relitems"><span class="rel">Related:</span>
${related.map(([c, h]) => `<div class="ii"><cite>${c}</cite> <a class="ourh" href="/r">${h}</a></div>`).join('\n')}
</div></div></div></div>
${river
  .map(
    ([c, h], i) => `<div class="clus" id="${i + 1}"><div class="item"><div class="ii"><cite>${c}</cite><br>
<strong class="L3"><a class="ourh" href="/r${i}">${h}</a></strong></div></div></div>`,
  )
  .join('\n')}
<div id="sponsors"><h2 class="sectionhd">Sponsor Posts</h2><ul>${sponsors.map((s) => `<li><a href="/s">${s}</a></li>`).join('\n')}</ul></div>
<div id="events"><h2 class="sectionhd">Upcoming Tech Events</h2><ul>${events.map((s) => `<li>${s}</li>`).join('\n')}</ul></div>
<div id="nl"><p class="nlp">Get the Techmeme daily newsletter in your inbox</p><input type="email" placeholder="Email address">
<button>Subscribe</button></div>
<div id="footer"><p>Techmeme is a tech news aggregator. © 2026 Techmeme. All rights reserved.</p>
<p><a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a></p></div></div></body></html>`;

export const techmemePage: TestPage = {
  name: 'heldout340-techmeme-river-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts([summary.replace(/^— /, ''), ...related.map(([, h]) => h)]),
  bylines: ['Pia Mendel / Wirebeat:', '10:35 AM ET, April 21, 2026'],
  furniture: [
    ...top,
    'Top News',
    'More:',
    'Bizwire',
    'The Capital Report',
    'StartupsDaily',
    '@plance',
    '@halberdvc',
    '@miraqu',
    'Forums:',
    'Hacker News',
    'Related:',
    ...related.map(([c]) => c),
    ...river.flatMap(([c, h]) => [c, h]),
    ...sponsors,
    'Upcoming Tech Events',
    ...events,
    'Get the Techmeme daily newsletter in your inbox',
    'Subscribe',
    'Techmeme is a tech news aggregator. © 2026 Techmeme. All rights reserved.',
    'Contact',
    'Privacy',
  ],
};
