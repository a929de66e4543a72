import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';

/**
 * Held-out batch 278, file f2: an issue's table of contents on Wiley Online Library (Atypon Literatum markup: cookie
 * banner, institutional access bar, journal header and menu, issue cover and volume / pages lines, "In this issue"
 * highlight, a featured article card, TOC sections with issue items, authors, first-published dates and Abstract / Full
 * text / PDF links, previous / next issue, journal sidebar with submit and metrics, footer).
 */
const title = 'Journal of Applied Glaciology: Volume 38, Issue 2';
const intro = [
  j(
    'This issue opens with a study that many readers in mountain communities will want to read closely. Working on the',
    'fictional Skarvatn glacier, Bergh and colleagues show that ice-dammed lakes can drain through tunnels that reopen from',
    'one year to the next, so a lake that emptied harmlessly once may do so again with little warning. Their monitoring',
    'approach combines cheap pressure loggers with weekly drone surveys and is described in enough detail to be copied.',
  ),
  j(
    'Elsewhere, two papers revisit how debris cover slows melting on valley glaciers, reaching different conclusions for',
    'thin and thick debris, and a review sets out what is known about microbes that darken ice surfaces. As always, we',
    'welcome comments and replies.',
  ),
];
const featured = {
  title: 'Recurrent tunnel drainage of an ice-dammed lake at Skarvatn glacier, 2019–2025',
  authors: 'Sigrun Bergh, Amadou Keïta, Petra Lindqvist-Hale',
  summary: j(
    'Seven years of lake-level records and drone surveys show that the same subglacial tunnel reopened in five drainage',
    'events, each starting at a lower lake level than the one before.',
  ),
};
const toc: { section: string; items: { t: string; a: string; s: string }[] }[] = [
  {
    section: 'Research Articles',
    items: [
      {
        t: 'Thin debris enhances melt on the Corrallo glacier tongue',
        a: 'Matteo Ruggeri, Hanna Oyelowo',
        s: 'Field plots show that debris layers under 2 cm increase melt by up to 30 per cent compared with clean ice.',
      },
      {
        t: 'Thick debris and the long memory of valley glaciers',
        a: 'Chen Weiran, Dafydd Llewellyn-Baptiste',
        s: 'A coupled model shows that insulating debris delays the response of glacier length to warming by several decades.',
      },
    ],
  },
  {
    section: 'Review',
    items: [
      {
        t: 'Dark ice: a review of microbial darkening on glacier surfaces',
        a: 'Freya Oddsdottir',
        s: 'Algae and cyanobacteria lower surface albedo; we summarise field evidence and open questions for melt models.',
      },
    ],
  },
];
const itemDates = ['First published: 12 February 2026', 'First published: 18 February 2026', 'First published: 20 February 2026'];
const featuredDate = 'First published: 9 February 2026';
const furn = [
  'We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.',
  'Accept',
  'Access provided by',
  'Skip to Article Content',
  'Skip to Article Information',
  'Search within',
  'Login / Register',
  'Journal menu',
  'Journal overview',
  'Submit an article',
  'About this journal',
  'Pages: 201-388',
  'March 2026',
  'Issue Information',
  'Free Access',
  'Abstract',
  'Full text',
  'PDF',
  'References',
  'Request permissions',
  'Previous Issue',
  'Next Issue',
  'Submit an Article',
  'Browse free sample issue',
  'Get content alerts',
  'Subscribe to this journal',
  'Impact factor: 3.41',
  'About Wiley Online Library',
  'Privacy Policy',
  'Terms of Use',
  'Cookies',
  'Accessibility',
  j(
    'Copyright © 1999-2026 John Wiley & Sons, Inc or related companies. All rights reserved, including',
    'rights for text and data mining and training of artificial intelligence technologies or similar',
    'technologies.',
  ),
];
const links3 = (): string => `<ul class="rlist--inline separator toc-item__detail"><li><a href="#" class="issue-item__abstract">Abstract</a></li><li><a
href="#" class="issue-item__full">Full text</a></li><li><a href="#" class="issue-item__pdf">PDF</a></li><li><a href="#">References</a></li><li><a
href="#">Request
permissions</a></li></ul>`;
const item = (it: { t: string; a: string; s: string }, date: string): string => `<div class="issue-item"><div class="issue-item__header"><span
class="doi-access-wrapper"><span class="doi-access" tabindex="0">Free Access</span></span></div><a class="issue-item__title visitable"
href="/doi/10.1002/jag.${it.t.length}"><h3>${it.t}</h3></a><div class="loa comma loa-authors-trunc"><span class="author-style"><a
href="#"><span>${it.a}</span></a></span>
</div><ul class="rlist--inline separator issue-item__details"><li class="ePubDate"><span>${date}</span></li></ul><div class="issue-item__summary"><p>${it.s}</p>
</div>${links3()}</div>`;
const html = `<!DOCTYPE html><html lang="en" class="pb-page" data-request-id="6c2b1f3e-8a"><head><meta charset="UTF-8"><title>Journal of Applied Glaciology:
Vol 38, No 2</title>
<meta name="dc.Title" content="Journal of Applied Glaciology: Vol 38, No 2"><meta name="pbContext"
content=";issue:issue:10.1002/jag.v38.2;journal:journal:21680000">
<link rel="stylesheet" href="/wro/kq5m~product.css"><script>var AAI = {"loggedIn":false,"journalCode":"jag"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PublicationIssue","issueNumber":"2","isPartOf":{"@type":"PublicationVolume",
"volumeNumber":"38"}}</script></head><body class="pb-ui"><div class="cookiePolicy-popup" role="dialog"><p>We use cookies on this site to enhance your user
experience.
By clicking any link on this page you are giving your consent for us to set cookies.</p><button class="cookiePolicy-popup__close">Accept</button></div>
<div class="skip-links"><a href="#main-content">Skip to Article Content</a><a href="#article-info">Skip to Article Information</a></div>
<header class="header"><div class="institution-banner"><span>Access provided by</span> <strong>Eastmoor University Library</strong></div><form
class="quick-search"
action="/action/doSearch"><label>Search within</label><input type="search" name="AllField"></form><a class="sign-in-label" href="/action/showLogin">Login /
Register</a><div class="journal-banner"><a href="/journal/21680000" class="journal-banner-text">Journal of Applied Glaciology</a></div>
<nav class="journal-menu" aria-label="Journal menu"><h2 class="sr-only">Journal menu</h2><ul class="rlist">${links(
  ['Journal overview', 'Articles', 'Submit an article', 'About this journal'],
  'menu-item',
)}</ul></nav></header>
<main id="main-content" class="main-content"><div class="container"><div class="row"><div class="col-md-8"><div class="table-of-content">
<div class="cover-image__details"><img class="cover-image__image" src="/cms/asset/jag-cover-38-2.jpg" alt="Cover image"><h1
class="citation__title">${title}</h1>
<div class="cover-image__parent-item">Pages: 201-388</div><div class="cover-image__date">March 2026</div></div>
<section class="toc__highlight"><h2 class="toc__heading section__header">In this issue</h2>
${ps(intro)}
</section><section class="toc__featured"><h2 class="toc__heading section__header">Featured</h2><div class="issue-item issue-item--featured"><a
class="issue-item__title"
href="/doi/10.1002/jag.20411"><h3>${featured.title}</h3></a><div class="loa comma loa-authors-trunc"><span>${featured.authors}</span></div><ul
class="rlist--inline
separator issue-item__details"><li class="ePubDate"><span>${featuredDate}</span></li></ul>
<div class="issue-item__summary"><p>${featured.summary}</p></div>${links3()}
</div></section><div class="toc__section"><h2 class="toc__heading section__header">Issue Information</h2><div class="issue-item"><a class="issue-item__title"
href="/doi/10.1002/jag.20400"><h3>Issue Information</h3></a></div></div>
${toc
  .map(
    (s, si) =>
      `<div class="toc__section"><h2 class="toc__heading section__header">${s.section}</h2>\n${s.items
        .map((it, ii) => item(it, itemDates[si * 2 + ii] ?? ''))
        .join('\n')}</div>`,
  )
  .join('\n')}
</div><nav class="issue-nav"><a class="content-navigation__prev" href="/toc/jag/38/1">Previous Issue</a><a class="content-navigation__next"
href="/toc/jag/38/3">Next
Issue</a></nav></div><aside class="col-md-4 journal-sidebar"><a class="btn" href="/submit">Submit an Article</a><ul class="rlist">${links([
  'Browse free sample issue',
  'Get content alerts',
  'Subscribe to this journal',
])}</ul><p class="journal-metric">Impact factor: 3.41</p></aside></div></div></main>
<footer class="footer"><ul class="rlist">${links(['About Wiley Online Library', 'Privacy Policy', 'Terms of Use', 'Cookies', 'Accessibility'])}</ul><p
class="copyright">Copyright
© 1999-2026 John Wiley &amp; Sons, Inc or related companies. All rights reserved, including rights for text and data mining and training of artificial
intelligence
technologies or similar technologies.</p></footer></body></html>`;

const items = toc.flatMap((s) => s.items);
export const wileyTocPage: TestPage = {
  name: 'heldout278-wiley-issue-toc-docs',
  kind: 'docs',
  html,
  title,
  headings: ['In this issue', 'Featured', featured.title, ...toc.flatMap((s) => [s.section, ...s.items.map((it) => it.t)])],
  body: texts([...intro, featured.summary, ...items.map((it) => it.s)]),
  bylines: [featured.authors, featuredDate, ...items.map((it) => it.a), ...itemDates],
  furniture: [...furn, 'Eastmoor University Library'],
};
