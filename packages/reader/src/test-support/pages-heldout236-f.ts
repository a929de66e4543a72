import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 236, file f: a grammar style guide entry (Chicago Manual of Style Online / Grammarly-blog shape: header,
 * subscription notice at the top of the article, byline and date, sections with examples, "Related rules" box, newsletter
 * signup, footer) and a rhyming dictionary page (RhymeZone shape: search form, results grouped by syllable count with
 * headings, "Advertisement" slots, related-tools links, footer).
 */
const gmTitle = 'Compound modifiers before and after a noun';
const gmHeads = ['The basic rule', 'Adverbs ending in -ly', 'Permanent compounds', 'Quick checklist'];
const gmBody = [
  'A compound modifier is two or more words that work together to describe a noun. Whether to join them with a hyphen ' +
    'depends mostly on where they sit in the sentence.',
  'When the compound comes before the noun, hyphenate it so the reader sees the words as a unit: a well-known author, ' +
    'a three-day workshop, a long-term lease. When the same words follow the noun, the hyphen is usually dropped: the ' +
    'author is well known; the lease is long term.',
  'The hyphen prevents misreading. A small-business owner runs a small business; a small business owner might simply be short.',
  'Do not hyphenate a compound that begins with an adverb ending in -ly, because the adverb already signals that it ' +
    'modifies the next word: a newly painted fence, a highly trained pilot. Words such as family and early are not ' +
    'adverbs, so a family-owned bakery and an early-morning ferry keep their hyphens.',
  'Some compounds are listed in the dictionary with a hyphen and keep it in every position, such as old-fashioned or ' +
    'well-being. Check the dictionary first; if the compound is listed, follow it.',
  'Before the noun: hyphenate, unless the first word is an -ly adverb.',
  'After the noun: leave it open, unless the dictionary lists a hyphen.',
  'When in doubt, ask whether a reader could stumble without the hyphen.',
];
const gmNav = ['Writing Tips', 'Grammar', 'Punctuation', 'Style', 'Q&A', 'Subscribe', 'Log in'];
const gmRel = ['Hyphens with numbers', 'Serial commas in lists', 'En dashes in ranges'];
const gmFoot = ['About', 'Help', 'Contact', 'Terms of Use', 'Privacy Notice', 'Accessibility'];
const gmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Compound modifiers before and after a noun | The Tarrow Style Guide</title>
<meta name="author" content="Priya Lindqvist"><meta property="article:published_time" content="2026-10-21T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Compound modifiers before and after a noun",
"author":{"@type":"Person","name":"Priya Lindqvist"},"datePublished":"2026-10-21"}</script>
<script src="/static/js/site.js" defer></script></head><body class="single-post">
<header class="site-header"><a class="logo" href="/">The Tarrow Style Guide</a><nav class="primary"><ul>${links(gmNav)}</ul></nav></header>
<main class="content"><nav class="breadcrumb" aria-label="breadcrumb"><ol>${links(['Home', 'Grammar', 'Hyphens'])}</ol></nav>
<article class="post"><div class="paywall-notice" role="note"><p>You are reading one of three free entries this month.
<a href="/subscribe">Subscribe for full access to the guide.</a></p></div>
<h1 class="entry-title">${gmTitle}</h1>
<div class="entry-meta"><span class="byline">By Priya Lindqvist</span> <time datetime="2026-10-21">October 21, 2026</time>
<span class="reading-time">4 min read</span></div>
<div class="entry-content">${ps([gmBody[0] ?? ''])}
<h2>${gmHeads[0]}</h2>${ps(gmBody.slice(1, 3))}
<h2>${gmHeads[1]}</h2>${ps([gmBody[3] ?? ''])}
<h2>${gmHeads[2]}</h2>${ps([gmBody[4] ?? ''])}
<h2>${gmHeads[3]}</h2><ul>${gmBody
  .slice(5)
  .map((x) => `<li>${x}</li>`)
  .join('')}</ul></div>
<div class="share"><span>Share this entry</span><a href="#">Email</a><a href="#">LinkedIn</a><a href="#">Copy link</a></div>
<div class="tags"><span>Filed under:</span>${links(['hyphens', 'modifiers', 'compound words'])}</div>
<aside class="related-rules"><h3>Related rules</h3><ul>${links(gmRel)}</ul></aside></article>
<div class="newsletter"><h3>Sharpen your writing every week</h3><p>One short rule, one real example, every Tuesday.</p>
<input type="email" placeholder="Your email"><button>Sign me up</button></div></main>
<footer class="site-footer"><ul>${links(gmFoot)}</ul><p>© 2026 Tarrow House Publishing</p></footer></body></html>`;

const rhTitle = 'Words that rhyme with lantern';
const rhHeads = ['1 syllable', '2 syllables', '3 syllables', 'Near rhymes'];
const rhGroups = [
  ['fern', 'turn', 'learn', 'stern', 'yearn', 'burn', 'churn'],
  ['bantam', 'phantom', 'cantor', 'banter', 'canter'],
  ['enchanter', 'decanter', 'instanter'],
  ['pattern', 'Saturn', 'slattern', 'tavern', 'cavern', 'lectern', 'western', 'lanterned'],
];
const rhIntro = [
  'Lantern has no perfect rhymes in common English; the words below match its stressed vowel or its ending and work as ' + 'slant rhymes in songs and verse.',
  'Poets often pair lantern with pattern or Saturn, which share the first vowel and the closing -ern sound.',
  'For a full rhyme, try rephrasing the line so that the rhyming word is lamp, light or glow.',
  'Two-syllable slant rhymes keep the falling rhythm of lantern, with the stress on the first beat, which makes them the ' +
    'easiest to place at the end of a line. Three-syllable words shift the stress to the middle and suit lines with a ' +
    'looser, more conversational meter.',
  'Near rhymes share only some of their sounds. In songwriting they are often more useful than perfect rhymes, because ' +
    'they sound natural when sung and avoid the sing-song effect of predictable pairs such as light and night.',
];
const rhNav = ['Rhymes', 'Near rhymes', 'Synonyms', 'Descriptive words', 'Phrases', 'Definitions'];
const rhFoot = ['About', 'Help', 'Privacy', 'API', 'Contact'];
const rhHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Words that rhyme with lantern - Chimewell rhyming dictionary</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/js/rz.js"></script></head><body>
<div id="top"><a href="/" class="logo">Chimewell</a><form method="get" action="/r/rhyme.cgi"><input name="Word" value="lantern">
<select name="typeofrhyme"><option>Find rhymes</option></select><input type="submit" value="Search"></form>
<ul class="modes">${links(rhNav)}</ul></div>
<div class="ad_top" id="ad-rz-top"><span class="adlabel">Advertisement</span></div>
<div id="results"><h1>${rhTitle}</h1>${ps(rhIntro)}
${rhGroups
  .map(
    (g, i) => `<h2 class="sylheader">${rhHeads[i]}</h2>
<ul class="r">${g.map((w) => `<li><a href="/r/d?${w}">${w}</a></li>`).join('')}</ul>`,
  )
  .join('\n')}
<div class="ad_mid"><span class="adlabel">Advertisement</span></div>
<p class="tip">Tip: click a word to see its definition. Words in bold are more common.</p>
<p class="more">Also try: <a href="/r/?lantern&amp;near">near rhymes</a>, <a href="/r/?lantern&amp;adj">adjectives for lantern</a></p></div>
<div id="foot"><ul>${links(rhFoot)}</ul><p>Chimewell is a service of Brindlemark Labs. Copyright 2026.</p></div></body></html>`;

export const HELDOUT236_F: readonly TestPage[] = [
  {
    name: 'heldout236-tarrow-grammar-style-guide',
    kind: 'docs',
    html: gmHtml,
    title: gmTitle,
    headings: gmHeads,
    body: texts(gmBody),
    bylines: ['By Priya Lindqvist', 'October 21, 2026', '4 min read'],
    furniture: [
      ...gmNav,
      ...gmRel,
      ...gmFoot,
      'The Tarrow Style Guide',
      'Home',
      'Hyphens',
      'You are reading one of three free entries this month.',
      'Subscribe for full access to the guide.',
      'Share this entry',
      'Email',
      'LinkedIn',
      'Copy link',
      'Filed under:',
      'hyphens',
      'modifiers',
      'compound words',
      'Related rules',
      'Sharpen your writing every week',
      'One short rule, one real example, every Tuesday.',
      'Sign me up',
      '© 2026 Tarrow House Publishing',
    ],
  },
  {
    name: 'heldout236-chimewell-rhyming-dictionary',
    kind: 'docs',
    html: rhHtml,
    title: rhTitle,
    headings: rhHeads,
    body: texts([...rhIntro, ...rhGroups.flat()]),
    bylines: [],
    furniture: [
      ...rhNav.filter((t) => t !== 'Near rhymes'),
      ...rhFoot,
      'Chimewell',
      'Find rhymes',
      'Advertisement',
      'Tip: click a word to see its definition. Words in bold are more common.',
      'Also try:',
      'adjectives for lantern',
      'Chimewell is a service of Brindlemark Labs. Copyright 2026.',
    ],
  },
];
