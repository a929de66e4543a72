import { links, ps, type TestPage, texts } from './page-kit.js';
import { prexivPage } from './pages-heldout404-e2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file e: an eLife-style research article page with its eLife assessment and digest (site header,
 * subject and research-type links, author list with institutions, the article's date and citation, the "Cite / Download /
 * Share / Comment" bar, metrics, assessment terms, sections, a figure with caption, the "Research organism" line, the
 * newsletter sign-up, related content and the footer) and, from file e2, an arXiv-style abstract page.
 */
const title = 'Sleep spindles in young zebra finches predict the stability of song learned the next day';
const assessment = paras(`
This <b>important</b> study shows that the number of sleep spindles recorded in juvenile zebra finches during the night predicts how well a newly heard
song element is kept the following day. The evidence from long-term recordings in 23 birds is <b>convincing</b>, although the causal role of spindles
remains to be tested directly. The work will interest researchers studying sleep, memory and vocal learning.
`);
const abs = paras(`
Young songbirds learn their songs by copying a tutor, and much of this learning seems to be consolidated during sleep. We recorded brain activity and
song continuously for up to three weeks in juvenile zebra finches. On nights after a bird heard a new tutor syllable, the density of sleep spindles in
the song system rose, and birds with more spindles reproduced the syllable more faithfully the next morning. Disrupting sleep early in the night, but
not late, abolished this relation. Our findings point to a specific window of sleep in which vocal memories are stabilised.
`);
const digest = paras(`
Practice during the day is only part of how animals learn new skills. Much of the work of turning a fresh memory into a lasting one happens later, during
sleep. Brief bursts of brain activity called sleep spindles are thought to help, but it is hard to link them to a single, measurable skill.

Zebra finches offer a way to do this. Young males learn one song from an adult tutor over a few weeks, and each syllable they copy can be measured
precisely. Deregowski, Tanaka and colleagues recorded young finches day and night, and played them new tutor syllables at set times.

The more sleep spindles a bird produced on a given night, the better it sang the newly heard syllable the following morning. When the birds were gently
woken during the first part of the night, this link disappeared, but waking them late in the night had no effect.

These results suggest that the first hours of sleep are especially important for keeping new vocal memories. Similar processes may help people learning
to speak or to play an instrument.
`);
const intro = paras(`
Sensorimotor learning requires a memory of a target, practice, and the gradual stabilisation of improved performance. In songbirds, the tutor song
provides the target, and juveniles practise for hours each day. Remarkably, song in juvenile zebra finches often deteriorates in the morning and
recovers over the day, suggesting that sleep reorganises rather than simply preserves what was learned.
`);
const heads = ['eLife assessment', 'Abstract', 'eLife digest', 'Introduction'];
const authors = ['Paulina Deregowski', 'Haruto Tanaka', 'Nadia Benali', 'Graham Fitzwilliam'];
const insts = ['Institute for Neural Circuits, University of Aldmere, Aldmere', 'Centre for Sleep Research, Hollin University, Hollin'];
const nav = ['Research categories', 'Author guide', 'Reviewer guide', 'About', 'Inside eLife', 'Community'];
const bar = ['Cite this article', 'Download', 'Share', 'Comment', 'Open annotations (there are currently 0 annotations on this page).'];
const related = ['Vocal learning: A quiet night for the song system', 'Sleep deprivation alters the replay of motor sequences in adult finches'];
const foot = ['Jobs', 'Press', 'Terms and policy', 'Privacy notice', 'Contact', 'Accessibility'];
const sec = (id: string, h: string, body: string): string => `<section class="article-section" id="${id}"><header class="article-section__header">
<h2 class="article-section__header_text">${h}</h2></header><div class="article-section__body">${body}</div></section>`;
const html = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${title} | eScience</title>
<meta name="citation_title" content="${title}"><meta name="citation_publisher" content="eScience Sciences Publications, Ltd">
<meta name="citation_publication_date" content="2026/03/10"><meta name="citation_doi" content="10.7702/eScience.98214">
<link rel="stylesheet" href="/assets/patterns/css/all.css"><script type="application/ld+json">{"@context":"http://schema.org","@type":"ScholarlyArticle",
"headline":"${title}","datePublished":"2026-03-10T00:00:00Z"}</script><script>window.gtag = window.gtag || function(){};</script></head>
<body><div class="global-wrapper" data-behaviour="FragmentHandler"><div class="global-inner"><div class="wrapper wrapper--site-header">
<header class="site-header"><a href="/" class="site-header__logo_link">eScience</a><nav class="site-header__navigation"><ul class="site-header__nav_list">
${links(nav, 'site-header__nav_list_item')}</ul></nav><div class="site-header__actions"><a href="/search">Search</a><a href="/alerts">Alerts</a>
<a href="/log-in">Log in</a></div></header></div>
<main role="main" class="main"><div class="wrapper wrapper--content"><div class="content-header content-header--article">
<div class="content-header__meta"><a href="/subjects/neuroscience" class="content-header__subject_link">Neuroscience</a>
<span class="content-header__research_type">Research Article</span></div>
<h1 class="content-header__title content-header__title--large">${title}</h1>
<ol class="content-header__author_list">${authors
  .map(
    (a) => `<li class="content-header__author_list_item"><a href="#"
class="content-header__author_link">${a}</a></li>`,
  )
  .join('\n')}</ol>
<ol class="content-header__institution_list">${lis(insts, 'content-header__institution_list_item')}</ol>
<div class="meta"><a class="meta__type" href="#">Research Article</a><span class="date"><time datetime="2026-03-10">Mar 10, 2026</time></span></div>
<div class="content-header__cite">eScience 2026;15:RP98214 DOI: https://doi.org/10.7702/eScience.98214</div></div>
<div class="content-aside"><ul class="contextual-data__list">${lis(['Cited 0', 'Views 2,341', 'Annotations 0'])}</ul>
<ul class="article-download-links-list">${lis(bar, 'article-download-links-list__item')}</ul></div>
<section class="article-section article-section--highlighted" id="elife-assessment"><header class="article-section__header"><h2
class="article-section__header_text">
${heads[0]}</h2></header><div class="article-section__body">${ps(assessment, ' class="paragraph"')}
<div class="assessment__terms"><span class="assessment__term">Important</span><span class="assessment__term">Convincing</span></div>
<p class="article-section__footnote">This article was accepted for publication as part of eScience's original publishing model.</p></div></section>
${sec('abstract', heads[1] ?? '', ps(abs, ' class="paragraph"'))}
${sec('digest', heads[2] ?? '', ps(digest, ' class="paragraph"'))}
<section class="article-section" id="s1"><header class="article-section__header"><h2 class="article-section__header_text">${heads[3]}</h2></header>
<div class="article-section__body"><p class="paragraph">${intro[0]}</p>
<figure class="asset-viewer-inline" id="fig1"><div class="asset-viewer-inline__header_panel"><span class="asset-viewer-inline__header_text">Figure 1.</span>
<a class="asset-viewer-inline__download_all_link" href="#">Download asset</a><a href="#" class="asset-viewer-inline__open_link">Open asset</a></div>
<img src="/iiif/2/98214%2Ffig1.tif/full/617,/0/default.jpg" alt=""><figcaption class="caption"><h3 class="caption-text__heading">Spindle density and
next-day song
similarity.</h3><div class="caption-text__body">Each point is one bird-night (n = 23 birds). Photo credit: Aldmere Finch Facility.</div></figcaption></figure>
</div></section>
<section class="article-section" id="info"><h2 class="article-section__header_text">Article and author information</h2><div>Research organism: Zebra finch</div>
<div>Funding: Aldmere Brain Trust (AB-2231)</div><div>Version of Record: March 10, 2026</div></section></div>
<aside class="email-cta"><p class="email-cta__text">Be the first to read new articles from eScience</p><a class="button" href="/content-alerts">Sign
up for alerts</a></aside>
<div class="listing-list-heading"><h3>Further reading</h3></div><ul class="listing-list">${links(related, 'listing-list__item')}</ul></main>
<footer class="site-footer"><nav class="site-footer__menu"><ul>${links(foot)}</ul></nav><p class="site-footer__copyright">eScience Sciences
Publications Ltd is a
non-profit organisation registered in Marlow.</p></footer></div></div>
<script src="/assets/patterns/js/main.js"></script></body></html>`;
const escience: TestPage = {
  name: 'heldout404-elife-style-digest-assessment-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...assessment, ...abs, ...digest, ...intro]),
  bylines: [...authors, 'Mar 10, 2026', 'Version of Record: March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'eScience', ...nav, 'Search', 'Alerts', 'Log in', 'Neuroscience', 'Research Article', ...insts,
'eScience 2026;15:RP98214 DOI: https://doi.org/10.7702/eScience.98214',
    'Cited 0', 'Views 2,341', 'Annotations 0', ...bar, 'Important', 'Convincing',
    "This article was accepted for publication as part of eScience's original publishing model.", 'Figure 1.', 'Download asset', 'Open asset',
    'Spindle density and next-day song similarity.', 'Each point is one bird-night (n = 23 birds). Photo credit: Aldmere Finch Facility.',
    'Article and author information', 'Research organism: Zebra finch', 'Funding: Aldmere Brain Trust (AB-2231)',
'Be the first to read new articles from eScience',
    'Sign up for alerts', 'Further reading', ...related, ...foot, 'eScience Sciences Publications Ltd is a non-profit organisation registered in Marlow.',
  ],
};

export const HELDOUT404_E: readonly TestPage[] = [escience, prexivPage];
