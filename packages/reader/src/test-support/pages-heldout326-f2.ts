import { j } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file f2: a trade journal's "People moves" column on a Brightspot CMS site (Page-* and
 * ArticlePage-* BEM class names, RichTextArticleBody), where each appointment is an h3 with a headshot and caption: the
 * header with the "Subscribe" and "Sign in" actions, the navigation, the column label, the byline and date, the share
 * bar, an "Email us your appointments" note, the "More people moves" list, the tags, a newsletter module and the footer.
 */
const nTitle = 'People moves: New chief executive at Halden Freight, plus four more appointments';
const nIntro = ['This week’s senior appointments across road haulage, warehousing and freight forwarding.'];
const nPeople: readonly (readonly [string, readonly string[]])[] = [
  [
    'Halden Freight names Ottilie Marsh chief executive',
    [
      j(
        'Halden Freight has appointed Ottilie Marsh as chief executive from 1 April. She joins from Gransden Distribution, where',
        'she spent six years as chief operating officer and led the roll-out of its electric urban delivery fleet.',
      ),
      j(
        'Marsh succeeds Colin Achterberg, who is retiring after eleven years in the role. Halden’s chair, Farida Qureshi, said',
        'the board had chosen Marsh for “her record of running large networks without losing sight of the drivers who make them work”.',
      ),
    ],
  ],
  [
    'Kessock Warehousing hires commercial director',
    [
      j(
        'Kessock Warehousing has hired Barnaby Okonjo as commercial director. He previously ran key accounts for a national',
        'contract logistics group and will lead Kessock’s push into e-commerce fulfilment for mid-sized retailers.',
      ),
    ],
  ],
  [
    'Aldmoor Forwarding promotes two to the board',
    [
      j(
        'Aldmoor Forwarding has promoted Signe Halvorsen to customs and compliance director and Dev Raghunathan to technology',
        'director. Both have been with the forwarder for more than a decade and will join its board immediately.',
      ),
    ],
  ],
  [
    'Road Transport Skills Council appoints chair',
    [
      j(
        'The Road Transport Skills Council has appointed Moira Castellane as its independent chair. A former head of',
        'apprenticeships at a regional college group, she will oversee the council’s review of the driver training levy this year.',
      ),
    ],
  ],
];
const nOutro = [
  j(
    'Elsewhere, Thornbury Pallet Network has named Gideon Asante as its first head of sustainability, and parcel carrier',
    'Quickfold has moved its operations director, Lena Marchbank, into a new role leading its cross-border business.',
  ),
  'Send details of senior appointments to the news desk for consideration in a future column.',
];
const nNav = ['News', 'Analysis', 'People', 'Haulage', 'Storage', 'Forwarders', 'Awards', 'Jobs'];
const nMore = ['People moves: Rail freight operator names new finance chief', 'People moves: Ports group strengthens its safety team'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Terms and conditions', 'Privacy notice', 'Manage cookies'];
const personHtml = ([h, ps_]: readonly [string, readonly string[]], i: number): string => `<h3>${h}</h3>
<div class="Enhancement" data-align-center><div class="Enhancement-item"><figure class="Figure"><img class="Image" alt="" src="/dims4/default/p${i}.jpg">
<div class="Figure-content"><div class="Figure-caption">${h.split(' ').slice(0, 2).join(' ')} announced the appointment this week</div>
<div class="Figure-credit">Supplied</div></div></figure></div></div>
${ps(ps_)}`;
const nHtml = `<!DOCTYPE html>
<html class="ArticlePage" lang="en"><head><meta charset="UTF-8"><title>${nTitle} | Fleet &amp; Freight Journal</title>
<meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<meta name="brightspot.contentId" content="00000194-7c2a-d1f0-a5ff-fe7b1c2a0000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-06T08:00:00Z",
"author":[{"@type":"Person","name":"Suki Pemberton"}]}</script>
<script>window.brightspotDataLayer={"section":"People","contentType":"Article"};</script></head>
<body class="Page-body"><div class="Page-above"><div class="GoogleDfpAd-wrapper"><span class="GoogleDfpAd-label">Advertisement</span></div></div>
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="/"><img alt="Fleet &amp; Freight Journal" src="/logo.svg"></a>
<div class="Page-header-actions"><a class="Page-header-subscribe" href="/subscribe">Subscribe</a>
<a class="Page-header-signin" href="/login">Sign in</a></div></div>
<nav class="Page-header-navigation"><ul class="Navigation-items">${links(nNav, 'Navigation-items-item')}</ul></nav></header>
<main class="Page-main"><div class="ArticlePage-content"><div class="ArticlePage-contentMain">
<div class="ArticlePage-breadcrumbs"><a class="ArticlePage-breadcrumbs-item" href="/people">People moves</a></div>
<h1 class="ArticlePage-headline">${nTitle}</h1>
<div class="ArticlePage-subHeadline"><p>${nIntro[0] ?? ''}</p></div>
<div class="ArticlePage-authors"><div class="ArticlePage-authorBy">By</div><div class="ArticlePage-authorName">
<a href="/suki-pemberton">Suki Pemberton</a></div>
</div><div class="ArticlePage-datePublished">March 6, 2026</div>
<div class="ArticlePage-actions"><div class="ActionBar">
<ul class="ActionBar-items">${links(['Facebook', 'LinkedIn', 'Email', 'Copy link'], 'ActionBar-items-item')}</ul>
</div></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
${nPeople.map(personHtml).join('\n')}
${ps(nOutro)}
<div class="Enhancement"><div class="Enhancement-item">
<div class="Promo-note">Email us your appointments: <a href="mailto:people@ffj.example">people@ffj.example</a></div>
</div></div>
</div></div>
<div class="ArticlePage-tags"><span class="ArticlePage-tags-label">Tags</span>
<ul>${links(['Appointments', 'Road haulage', 'Warehousing news'], 'Tags-item')}</ul></div>
</div><aside class="ArticlePage-aside"><div class="List"><div class="List-title">More people moves</div>
<ul class="List-items">${links(nMore, 'List-items-item')}</ul></div>
<div class="NewsletterSignupModule"><div class="NewsletterSignupModule-title">The Morning Load</div>
<div class="NewsletterSignupModule-description">Daily freight news before 7am.</div><form><input type="email" placeholder="Email address">
<button class="NewsletterSignupModule-submit">Sign up</button></form></div></aside></div></main>
<footer class="Page-footer"><ul class="Page-footer-navigation">${links(nFoot)}</ul>
<div class="Page-footer-disclaimer">© 2026 Fleet &amp; Freight Journal. Published by Corrie Lane Media Ltd.</div></footer>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on your
device.</p></div><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></body></html>`;
const peopleMoves: TestPage = {
  name: 'heldout326-brightspot-people-moves-column',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nPeople.map(([h]) => h),
  body: texts([...nIntro, ...nPeople.flatMap(([, p]) => p), ...nOutro]),
  bylines: ['Suki Pemberton', 'March 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Subscribe', 'Sign in', ...nNav, 'People moves', 'Facebook', 'LinkedIn', 'Email', 'Copy link',
    ...nPeople.map(([h]) => `${h.split(' ').slice(0, 2).join(' ')} announced the appointment this week`), 'Supplied',
    'Email us your appointments: people@ffj.example', 'Tags', 'Appointments', 'Road haulage', 'Warehousing news', 'More people moves', ...nMore,
    'The Morning Load', 'Daily freight news before 7am.', 'Sign up', ...nFoot, '© 2026 Fleet & Freight Journal. Published by Corrie Lane Media Ltd.',
    'We value your privacy. We and our partners store and access information on your device.', 'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT326_F2: TestPage = peopleMoves;
