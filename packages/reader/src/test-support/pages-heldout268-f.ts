import { links, ps, type TestPage, texts } from './page-kit.js';
import { arquivo } from './pages-heldout268-f2.js';

/**
 * Held-out batch 268, file f: a Perma.cc-style record page of a magazine feature (the record header with the Perma link, capture
 * date, "View the live page", record-details panel and Download / Screenshot / Replay tabs, then the captured magazine page
 * inline: its masthead and menu, the rubric, the standfirst, byline and issue line, a drop-cap body with section headings and
 * a quote, an inline subscription ad, the "This article appears in" box, author bio, "More in this issue" and the footer) and,
 * from file f2, an Arquivo.pt-style capture.
 */
const title = 'The last lighthouse keepers of the Varran coast';
const heads = ['A job that outlived its purpose', 'Keeping the logbook'];
const a = [
  `Every evening at a quarter to eight, Ewan Stroud climbs the ninety-one steps of the Carrick Ness lighthouse and writes the
weather in a logbook that nobody asks him to keep. The light has been automatic since 1998. He was its last keeper, and he
still lives in the cottage at its foot.`,
  `Along the Varran coast there are four men like him, the last of a service that once employed more than two hundred people.
Most are in their seventies now. None of them has quite stopped.`,
];
const b = [
  `When automation came, the keepers were offered redundancy or jobs on the mainland. A handful asked instead to rent their
cottages, and the authority, which had no other use for buildings at the end of twelve miles of single-track road, agreed.`,
  `"I knew the light better than any computer," says Stroud. "For the first year I checked it every night, just in case. It never
once failed. That was hard, in a way."`,
  `His neighbour along the coast at Sule Head, Donald Raeburn, put it more bluntly: "They automated the job, not the man."`,
];
const c = [
  `Stroud's logbooks now fill two shelves. He records wind direction, visibility, sea state and the ships he sees, in the same
columns the service used. Since 2015 he has sent copies to a university climate project, which found his record of sea fog
more complete than the automatic station twenty miles away.`,
  `The other keepers have their own routines. Raeburn still paints the railings at Sule Head every summer, at his own expense,
because, he says, the authority's contractors "never get the undercoat right". At Mell Point, eighty miles north, the former
assistant keeper grows potatoes in the walled garden that once fed three families.`,
  `There is talk of turning one of the cottages into a small museum when the last keeper goes. Stroud is unsentimental about
it. "Put the logbooks in it," he says. "That's the only thing we made here."`,
];
const menu = ['Features', 'Culture', 'Travel', 'Archive', 'Subscribe'];
const more = ['The island that voted to keep its ferry', 'Ten years in a bothy', 'Letters: on salt, and other preservatives'];
const rec = [
  'Perma.cc',
  'This is a record of',
  'Captured',
  'April 6, 2021 10:22 UTC',
  'View the live page',
  'Show record details',
  'Download',
  'Screenshot',
  'Replay',
  'Created by a user of the Harwick University Law Library',
  'Record ID: 7QXN-K2LM',
];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Perma | ${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<link rel="stylesheet" href="https://perma.cc/static/bundles/single-link.css"><link rel="canonical" href="https://perma.cc/7QXN-K2LM">
<script>var settings = {"STATIC_URL":"/static/","PLAYBACK_HOST":"perma-archives.org"}; var current_user = {};</script></head>
<body class="_playback _record"><header class="header _record"><div class="container cont-full-bleed">
<a class="navbar-brand _active" href="https://perma.cc/">${rec[0]}</a><div class="record-header-main"><span class="record-message-primary">${rec[1]}</span>
<a class="link-url" href="https://www.northerlyquarterly.com/features/last-lighthouse-keepers">
https://www.northerlyquarterly.com/features/last-lighthouse-keepers</a>
<span class="record-capture-label">${rec[2]}</span> <span class="record-capture-date">${rec[3]}</span>
<a class="btn btn-primary" href="https://www.northerlyquarterly.com/features/last-lighthouse-keepers">${rec[4]}</a>
<button class="details-trigger" aria-expanded="false">${rec[5]}</button></div>
<ul class="record-tabs">${rec
  .slice(6, 9)
  .map((t) => `<li><a href="#" class="tab">${t}</a></li>`)
  .join('\n')}</ul>
<div class="collapse" id="collapse-details"><p>${rec[9]}</p><p>${rec[10]}</p></div></div></header>
<div class="capture-wrapper"><div class="capture-inner" data-capture="warc">
<div class="nq-site"><header class="nq-masthead"><a href="#" class="nq-logo">Northerly Quarterly</a><nav class="nq-nav"><ul>${links(menu)}</ul></nav></header>
<article class="nq-article"><div class="nq-rubric">Features</div><h1 class="nq-headline">${title}</h1>
<p class="nq-standfirst">Automation took their jobs a quarter of a century ago. Four men have never left.</p>
<div class="nq-credits"><span class="nq-byline">Words by Isobel Quarrie</span> <span class="nq-photos">Photographs by Anders Keel</span>
<span class="nq-issue">Issue 38, Spring 2021</span></div>
<figure class="nq-figure"><img src="https://perma-archives.org/warc/7QXN-K2LM/im_/lighthouse.jpg" alt=""><figcaption>Ewan Stroud on the gallery at
Carrick Ness.</figcaption></figure>
<div class="nq-body has-dropcap">
${ps(a)}
<h2>${heads[0]}</h2>
${ps(b.slice(0, 2))}
<blockquote class="nq-quote"><p>${b[2]}</p></blockquote>
<aside class="nq-inline-ad"><p>Enjoying this story? Subscribe from £8 an issue and get the print edition delivered.</p></aside>
<h2>${heads[1]}</h2>
${ps(c)}
</div>
<div class="nq-appears"><p>This article appears in Issue 38, Spring 2021.</p><a href="#">Buy this issue</a></div>
<div class="nq-bio"><p>Isobel Quarrie writes about the northern coast. Her book on harbour towns is out next year.</p></div></article>
<section class="nq-more"><h3>More in this issue</h3><ul>${links(more)}</ul></section>
<footer class="nq-footer"><p>© Northerly Quarterly Ltd 2021</p></footer></div></div></div>
<footer class="footer _record"><a href="https://perma.cc/docs">Docs</a> <a href="https://perma.cc/contact">Contact</a>
<a href="https://perma.cc/terms-of-service">Terms</a> <a href="https://perma.cc/privacy-policy">Privacy</a></footer>
<script src="https://perma.cc/static/bundles/single-link.js"></script></body></html>`;
export const perma: TestPage = {
  name: 'heldout268-perma-cc-magazine',
  kind: 'news',
  html,
  title,
  headings: heads,
  body: texts([...a, ...b, ...c]),
  bylines: ['Words by Isobel Quarrie', 'Photographs by Anders Keel', 'Issue 38, Spring 2021'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rec, 'https://www.northerlyquarterly.com/features/last-lighthouse-keepers', 'Northerly Quarterly', ...menu,
    'Ewan Stroud on the gallery at Carrick Ness.', 'Enjoying this story? Subscribe from £8 an issue and get the print edition delivered.',
    'This article appears in Issue 38, Spring 2021.', 'Buy this issue',
    'Isobel Quarrie writes about the northern coast. Her book on harbour towns is out next year.',
    'More in this issue', ...more, '© Northerly Quarterly Ltd 2021', 'Docs', 'Contact', 'Terms', 'Privacy',
  ],
};

export const HELDOUT268_F: readonly TestPage[] = [perma, arquivo];
