import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file e: a quilt guild's news post on a Hugo site (Ananke theme) with tags and a "related" list, and a
 * haberdashery shop's interfacing guide on Webflow with a CMS rich-text body, a sticky table of contents and a CTA section.
 */
const hTitle = 'Raffle quilt raises £3,140 for the hospice garden';
const hBody = [
  j(
    'The guild’s 2026 raffle quilt, <em>Orchard in Bloom</em>, was drawn at the Harvest Show on Saturday and has raised £3,140 for',
    'the garden at St Brannock’s Hospice. It is the largest sum the raffle has raised in its fourteen years.',
  ),
  j(
    'Twenty-three members made the 48 appliqué apple blocks between January and May, and the quilt was hand quilted over the summer',
    'in Thursday sessions at the church hall. Tickets were sold at six shows and, for the first time, online.',
  ),
  'The winner',
  j(
    'The winning ticket was bought by Mrs Enid Polglase of Bodmin, who told us she had bought a ticket every year since 2013 and',
    'was going to put the quilt on the spare bed “where the grandchildren can’t spill juice on it”.',
  ),
  'Next year',
  'The 2027 raffle quilt will be a scrappy star medallion. Block kits will be handed out at the January meeting; see the programme for dates.',
];
const hTags = ['raffle', 'charity', 'guild news'];
const hRel = ['Programme for 2027', 'Harvest Show results', 'Thursday quilting sessions resume'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Tamar Valley Quilters</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="Orchard in Bloom raised a record sum at the Harvest Show.">
<meta name="generator" content="Hugo 0.124.1"><meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://tamarvalleyquilters.org.uk/news/2026/raffle-quilt-raises/"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta property="article:section" content="news"><meta property="article:published_time"
content="2026-09-21T10:00:00+01:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="datePublished" content="2026-09-21T10:00:00+01:00"><meta itemprop="wordCount" content="214"></head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/header-quilt.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center"><a href="/"
class="f3 fw2 hover-white no-underline white-90 dib">Tamar Valley Quilters</a><div class="flex-l items-center"><ul class="pl0 mr3">${[
  'About',
  'News',
  'Meetings',
  'Join',
]
  .map((t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`)
  .join(
    '\n',
  )}</ul><div class="ananke-socials"><a href="https://facebook.com/tamarvalleyquilters" target="_blank" class="facebook ananke-social-link link-transition
stackoverflow link dib z-999 pt3 pt0-l mr1" title="Facebook link" rel="noopener" aria-label="follow on Facebook——Opens in a new window"><span class="icon">
<svg style="enable-background:new 0 0 67 67;" version="1.1" viewBox="0 0 67 67"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">Tamar Valley Quilters</div><div class="fw1 f5 f3-l white-80 measure-wide-l
center
lh-copy mt3 mb4">Patchwork and quilting in Tavistock and around since 1987</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100"><aside class="instapaper_ignore
left-0 w-100 bg-near-white-60 fw8 flex-l" ><div class="pb3 ph3 ph0-l"><div class="ananke-socials"></div></div></aside><p class="f6 b helvetica tracked">NEWS</p>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Lowenna Trewin, guild secretary</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-09-21T10:00:00+01:00">September 21, 2026</time><span class="f6 mv4 dib tracked"> - 2 minutes read</span>
<span class="f6 mv4 dib tracked"> - 214 words</span></header><div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hBody.slice(0, 2))}
<figure><img src="/news/2026/raffle-quilt-raises/orchard.jpg" alt="The raffle quilt hung at the show"><figcaption><p>Orchard in Bloom on display at the Harvest
Show. Photo: Jenna Pascoe</p></figcaption></figure>
<h2 id="the-winner">${at(hBody, 2)}</h2>${ps([at(hBody, 3)])}
<h2 id="next-year">${at(hBody, 4)}</h2>${ps([at(hBody, 5)])}
<ul class="pa0">${hTags
  .map(
    (t) => `<li class="list di"><a href="/tags/${t.replace(/ /g, '-')}/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib
black sans-serif">${t}</a></li>`,
  )
  .join('\n')}</ul><div class="mt6 instapaper_ignore"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p><ul
class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a class="f4 fw4 hover-white no-underline white-70 dn dib-ns
pv2
ph3" href="https://tamarvalleyquilters.org.uk/">&copy; 2026 Tamar Valley Quilters</a><div><div class="ananke-socials"></div></div></div></footer>
</body></html>`;
const hugo: TestPage = {
  name: 'heldout608-hugo-guild-raffle',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 2), at(hBody, 4)],
  body: texts(hBody.filter((_, i) => i !== 2 && i !== 4)),
  bylines: ['By Lowenna Trewin, guild secretary', 'September 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tamar Valley Quilters', 'About', 'News', 'Meetings', 'Join', 'Patchwork and quilting in Tavistock and around since 1987', 'NEWS', '- 2 minutes read',
    '- 214 words', 'Orchard in Bloom on display at the Harvest Show. Photo: Jenna Pascoe', ...hTags, 'Related', ...hRel, '© 2026 Tamar Valley Quilters',
  ],
};

const fTitle = 'A plain guide to choosing interfacing';
const fDek = 'Woven, non-woven, knit, fusible, sew-in: what each one does and which to reach for first.';
const fBody = [
  j(
    'Interfacing is the hidden layer that gives collars, cuffs, bag straps and waistbands their shape. Pick the wrong one and a',
    'shirt collar goes limp or a cushion cover feels like cardboard. The good news is that three questions settle almost every choice.',
  ),
  '1. How heavy is your fabric?',
  j(
    'Choose an interfacing the same weight as your fabric or a little lighter. For lawn and voile use a featherweight; for quilting',
    'cotton and chambray a light to medium weight; for canvas and denim a medium or heavy weight.',
  ),
  '2. Does the fabric need to stretch?',
  j(
    'Knit interfacing stretches in one direction and is the only sensible choice for jersey necklines. It is also kind to woven',
    'fabrics that should stay soft, such as a blouse facing.',
  ),
  '3. Can you use heat?',
  'Fusibles are quick, but they can bubble on velvet, sequins, wool crepe and anything with a coating. Use a sew-in interfacing for those.',
  'Our starting points',
  'Shirt collars and cuffs: woven fusible, light',
  'Tote bags: woven fusible, medium, plus a fusible fleece for the body',
  'Jersey necklines: knit fusible, featherweight',
  'Silk and velvet: sew-in organza',
  j('Whatever you choose, test a scrap first: fuse it, let it cool completely, and bend it. If it ripples or feels too stiff, go', 'down a weight.'),
];
const fHeads = [1, 3, 5, 7];
const fNav = ['Shop', 'Guides', 'Workshops', 'About'];
const fToc = ['Fabric weight', 'Stretch', 'Heat', 'Starting points'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 07 2026 09:15:40 GMT+0000 (Coordinated
Universal Time) --><html data-wf-domain="www.pinandpress.co" data-wf-page="65f2a1" data-wf-site="65f29e" data-wf-collection="65f2b0" data-wf-item-slug=
"choosing-interfacing" lang="en"><head><meta charset="utf-8"><title>${fTitle} | Pin &amp; Press</title><meta content="${fDek}" name="description">
<meta content="${fTitle} | Pin &amp; Press" property="og:title"><meta property="og:type" content="website"><meta content="summary_large_image"
name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f29e/css/pin-and-press.webflow.a1b2c3.css" rel="stylesheet" type="text/css"><script
type="text/javascript">!function(o,c){var n=c.documentElement,
t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65f29e/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65f29e/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}<a href="/basket" class="nav-button w-button">Basket (0)</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-guide-hero"><div class="container w-container"><a href="/guides" class="back-link">← All guides</a><div
class="guide-category">Dressmaking
basics</div><h1 class="guide-title">${fTitle}</h1><p class="guide-summary">${fDek}</p><div class="guide-meta"><div class="text-block-12">Written by</div>
<div class="guide-author">Priya Raman</div><div class="meta-dot">·</div><div class="guide-date">April 7, 2026</div></div></div></section>
<section class="section-guide-body"><div class="container w-container"><div class="guide-grid w-layout-grid"><div class="guide-toc sticky"><div
class="toc-heading">On this page</div>${fToc.map((t, i) => `<a href="#h${i}" class="toc-link">${t}</a>`).join('')}</div>
<div class="guide-rich-text w-richtext"><figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/65f2b0/interfacing.jpg" loading="lazy" alt="Four kinds of interfacing on a cutting mat"></div></figure>
${fBody
  .map((t, i) => {
    if (fHeads.includes(i)) return `<h2 id="h${fHeads.indexOf(i)}">${t}</h2>`;
    if (i === 8) return `<ul role="list">${lis(fBody.slice(8, 12))}</ul>`;
    return i > 8 && i < 12 ? '' : `<p>${t}</p>`;
  })
  .join('\n')}
</div></div></div></section>
<section class="section-cta"><div class="container w-container"><h2 class="cta-heading">Not sure? Bring your fabric in.</h2><p class="cta-text">We will match
it to an interfacing at the counter, free, any day we are open.</p><a href="/visit" class="button w-button">Plan a visit</a></div></section>
<div class="footer"><div class="footer-container w-container"><div class="footer-column"><div class="footer-heading">Pin &amp; Press</div><div
class="footer-text">22 Wool Street, Frome</div></div><div class="footer-column">${links(['Delivery', 'Returns', 'Contact'])
  .replace(/<li>/g, '')
  .replace(/<\/li>/g, '')
  .replace(/<a /g, '<a class="footer-link" ')}</div><div class="footer-copyright">© 2026 Pin &amp; Press Ltd</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f29e" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f29e/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout608-webflow-interfacing',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fHeads.map((i) => at(fBody, i)),
  body: [fDek, ...fBody.filter((_, i) => !fHeads.includes(i))],
  bylines: ['Written by', 'Priya Raman', 'April 7, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Basket (0)', '← All guides', 'Dressmaking basics', 'On this page', ...fToc, 'Not sure? Bring your fabric in.',
    'We will match it to an interfacing at the counter, free, any day we are open.', 'Plan a visit', 'Pin & Press', '22 Wool Street, Frome',
    'Delivery', 'Returns', 'Contact', '© 2026 Pin & Press Ltd',
  ],
};

export const HELDOUT608_E: readonly TestPage[] = [hugo, webflow];
