import { links, type TestPage, texts } from './page-kit.js';
import { schoolDistrictPost } from './pages-heldout34-d2.js';

/**
 * Held-out batch 34, file d: a museum's exhibition page (hours bar, nav with "Buy tickets", breadcrumb, the hero with kicker,
 * title, dates, location, admission note and ticket / member buttons, the hero image caption and credit, a ticketing widget
 * with its noscript note, the exhibition prose with two h2s and a highlights list, the sponsor credit, "Related programs"
 * with dates, the audio guide and catalogue promos, the "Plan your visit" rail with hours and prices, a newsletter box,
 * footer and cookie banner, with ExhibitionEvent JSON-LD).
 */
const muTitle = 'Salt Roads: Textiles of the Caravan Cities, 1600–1900';
const muLede =
  'For three centuries, the cloth that travelled with the salt caravans told the story of the towns it passed through. <em>Salt Roads</em> ' +
  'brings together more than 140 textiles, from wedding tents to saddle blankets, to follow that story across the desert.';
const muIntro = [
  'The exhibition begins in the market towns where caravans were assembled and outfitted, and where weavers produced the heavy, ' +
    'tightly woven wool that could survive months of sun and sand. A reconstructed caravan tent, nearly eleven metres long and ' +
    'stitched from forty separate panels, fills the first gallery. Visitors can step inside.',
  'From there, the galleries follow the route itself. Trade brought new dyes and new patterns into each oasis town, and the ' +
    'textiles show it: indigo from the south, madder red from the north and, by the late nineteenth century, the first ' +
    'factory-made aniline colours, which local weavers adopted with obvious delight.',
];
const muH1 = 'Highlights';
const muList = [
  'A wedding canopy embroidered by at least six women over what conservators believe was more than a decade',
  'Saddle bags marked with the woven signatures of the families who owned them',
  'A merchant’s ledger, open to a page recording the price of cloth in salt',
  'Newly commissioned sound recordings of weavers at work in three present-day towns on the old route',
];
const muH2 = 'Conservation in the galleries';
const muPart2 = [
  'Many of the textiles have never been shown in public. Over the past four years, the museum’s conservation studio has cleaned, ' +
    'stabilized and mounted 63 of them, some of which arrived folded so tightly that the creases had begun to split the wool. In ' +
    'Gallery 4, a working conservation table lets visitors watch that process on Thursday and Saturday afternoons.',
  '<em>Salt Roads</em> is organized by Amara Lindqvist, Curator of Textiles, with Tomás Ferreira, Assistant Curator. Many of the ' +
    'loans come from families that have never lent work before, and the labels include their owners’ own accounts of how each piece was made and used.',
];
const muHero = ['October 18, 2025–March 1, 2026', 'The Morrow Galleries, Level 2', 'Included with general admission. Free for members.'];
const muCaption = 'Wedding canopy (detail), Oualata region, about 1780. Wool and silk. Lent by the Bensalem family.';
const muCredit = 'Photo: Imaging Studio, Harlan Museum of Art';
const muSponsor =
  'Salt Roads is made possible by the Delacroix-Whitfield Foundation and the Harlan Council. ' +
  'Additional support is provided by the National Textile Heritage Fund.';
const muNav = ['Visit', 'Exhibitions & Events', 'Art & Artists', 'Learn', 'Membership', 'Shop'];
const muPrograms = [
  { t: 'Curator talk: Weaving the Route', d: 'Thursday, November 6, 6:30 pm' },
  { t: 'Family day: Patterns of the Desert', d: 'Saturday, December 6, 11 am–3 pm' },
  { t: 'Spinning and dyeing demonstration', d: 'Sunday, January 11, 1–4 pm' },
];
const muVisit = [
  'Plan your visit',
  'Hours',
  'Tuesday–Sunday, 10 am–5 pm',
  'Thursday until 9 pm',
  'Closed Mondays',
  'Admission',
  'Adults $25',
  'Seniors $20',
  'Students $15',
  'Members and children under 12 free',
];
const muFoot = ['Press', 'Careers', 'Rights & Reproductions', 'Privacy Policy', 'Terms of Use'];
const muHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Salt Roads: Textiles of the Caravan Cities | Harlan Museum of Art</title>
<meta name="description" content="More than 140 textiles follow the salt caravans across the desert. October 18, 2025–March 1, 2026.">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"ExhibitionEvent","name":"${muTitle}","startDate":"2025-10-18","endDate":"2026-03-01",
"location":{"@type":"Museum","name":"Harlan Museum of Art","address":"900 Parkway Avenue, Harlan"},"isAccessibleForFree":false}</script>
<link rel="stylesheet" href="/dist/css/main.8c1f2a.css"><script>document.documentElement.className = document.documentElement.className.replace('no-js',
'js');</script>
</head><body class="template-exhibition" data-section="exhibitions">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="hours-bar" data-component="hours-bar"><p><span class="hours-bar__status hours-bar__status--open">Open today</span> 10 am–5 pm</p></div>
<header class="site-header" data-component="site-header"><a class="site-header__logo" href="/"><span class="visually-hidden">Harlan Museum of Art</span><svg
aria-hidden="true" width="160" height="40"></svg></a><nav class="primary-nav" aria-label="Primary"><ul>${links(muNav, 'primary-nav__item')}</ul></nav>
<div class="site-header__actions"><a class="button button--primary" href="/tickets">Buy tickets</a><a class="site-header__donate" href="/give">Donate</a>
<button class="site-header__search" aria-expanded="false"><span class="visually-hidden">Open search</span></button></div></header>
<main id="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/exhibitions">Exhibitions</a></li><li><a href="/exhibitions/current">Current
exhibitions</a></li></ol></nav>
<section class="exhibition-hero" data-component="hero"><div class="exhibition-hero__text"><p class="exhibition-hero__kicker">Exhibition</p>
<h1 class="exhibition-hero__title">${muTitle}</h1><dl class="exhibition-hero__meta"><dt class="visually-hidden">Dates</dt><dd
class="exhibition-hero__dates">${muHero[0]}
</dd><dt class="visually-hidden">Location</dt><dd>${muHero[1]}</dd><dt class="visually-hidden">Admission</dt><dd>${muHero[2]}</dd></dl>
<div class="exhibition-hero__buttons"><a class="button button--primary" href="/tickets?exhibition=salt-roads">Get tickets</a><a class="button button--outline"
href="/membership">Become a member</a></div></div><figure class="exhibition-hero__media"><picture><source srcset="/media/salt-roads-hero-1600.webp 1600w"
type="image/webp"><img src="/media/salt-roads-hero-1200.jpg" alt="Detail of an embroidered red and indigo wool canopy"></picture>
<figcaption class="exhibition-hero__caption"><span class="caption">${muCaption}</span> <span class="credit">${muCredit}</span></figcaption></figure></section>
<div class="ticket-widget" id="tessitura-widget" data-production="8812" data-component="ticket-widget"><noscript><p>Please enable JavaScript to buy tickets
online, or
call the box office at 555-019-2200.</p></noscript></div>
<div class="exhibition-layout"><article class="exhibition-body rich-text" data-component="rich-text"><p class="lede">${muLede}</p>
${muIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${muH1}</h2><ul>${muList.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${muH2}</h2>
${muPart2.map((p) => `<p>${p}</p>`).join('\n')}
<p class="sponsor-credit"><small>${muSponsor}</small></p></article>
<aside class="visit-rail" data-component="visit-rail"><h2
class="visit-rail__title">${muVisit[0]}</h2><dl><dt>${muVisit[1]}</dt><dd>${muVisit[2]}</dd><dd>${muVisit[3]}
</dd><dd>${muVisit[4]}</dd><dt>${muVisit[5]}</dt>${muVisit
  .slice(6)
  .map((t) => `<dd>${t}</dd>`)
  .join('')}</dl><a href="/visit/directions" class="visit-rail__link">Get directions</a><a href="/visit/accessibility"
class="visit-rail__link">Accessibility</a></aside></div>
<section class="related-programs" data-component="card-row"><h2 class="section-title">Related programs</h2><ul class="card-row">${muPrograms
  .map(
    (p, i) =>
      `<li class="card card--event"><a href="/events/salt-roads-${i}" class="card__link"><p class="card__type">Program</p><h3 class="card__title">${p.t}</h3>` +
      `<p class="card__date">${p.d}</p></a></li>`,
  )
  .join('\n')}</ul><a href="/events?exhibition=salt-roads" class="section-link">See all programs</a></section>
<section class="promo-pair"><div class="promo"><h2 class="promo__title">Free audio guide</h2><p>Listen on the Harlan app or borrow a device at the information
desk.</p>
</div><div class="promo"><h2 class="promo__title">Exhibition catalogue</h2><p>296 pages, 240 color illustrations. Hardcover, $55.</p><a
href="https://shop.harlanmuseum.example/salt-roads"
class="promo__link">Buy in the Museum Shop</a></div></section>
<section class="newsletter" data-component="newsletter"><h2>Stay in the know</h2><p>Get exhibition news, member previews and event invitations in your
inbox.</p>
<form action="/newsletter" method="post"><label for="nl-email" class="visually-hidden">Email</label><input id="nl-email" type="email"
placeholder="Email address">
<button type="submit">Subscribe</button></form></section></main>
<footer class="site-footer"><div class="site-footer__address"><p>Harlan Museum of Art</p><p>900 Parkway Avenue, Harlan</p><p>555-019-2000</p></div>
<ul class="site-footer__links">${links(muFoot)}</ul><p class="site-footer__copyright">© 2026 Harlan Museum of Art</p></footer>
<div class="cookie-consent" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>We use cookies to understand how visitors use our website and to
improve it.
<a href="/privacy#cookies">Learn more</a></p><button class="cookie-consent__decline">Decline</button><button class="cookie-consent__accept">Allow
cookies</button></div>
<script src="/dist/js/main.8c1f2a.js" defer></script></body></html>`;
const museumExhibition: TestPage = {
  html: muHtml,
  name: 'heldout34-museum-exhibition-page',
  kind: 'news',
  // the lede, the prose paragraphs (the curators' names are in a sentence of the prose: body, not a byline), the highlights
  // list and the two h2s are the article; the page has no byline or dateline (the exhibition's run dates are a fact of the
  // visit box, not a publication date: furniture, with location and admission note); the hero caption and credit, sponsor
  // credit, ticket buttons and widget note, "Plan your visit" rail, "Related programs" with their dates, audio guide and
  // catalogue promos, newsletter, hours bar, nav, breadcrumb, footer and cookie banner are furniture, with the hidden "Dates" /
  // "Location" / "Email" labels and the cards' "Program"; the kicker "Exhibition" is a body word ("The exhibition begins"): left out
  title: muTitle,
  headings: [muH1, muH2],
  body: [...texts([muLede]), ...texts(muIntro), ...muList, ...texts(muPart2)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open today', 'Harlan Museum of Art', ...muNav, 'Buy tickets', 'Donate', 'Open search', 'Exhibitions', 'Current exhibitions',
    'Dates', 'Location', 'Program', 'Email',
    ...muHero, 'Get tickets', 'Become a member', muCaption, muCredit, 'Please enable JavaScript to buy tickets online, or call the box office at 555-019-2200.',
    muSponsor, ...muVisit, 'Get directions', 'Accessibility', 'Related programs', ...muPrograms.flatMap((p) => [p.t, p.d]), 'See all programs',
    'Free audio guide', 'Listen on the Harlan app or borrow a device at the information desk.', 'Exhibition catalogue',
    '296 pages, 240 color illustrations. Hardcover, $55.', 'Buy in the Museum Shop', 'Stay in the know',
    'Get exhibition news, member previews and event invitations in your inbox.', 'Subscribe',
    '900 Parkway Avenue, Harlan', '555-019-2000', ...muFoot, '© 2026 Harlan Museum of Art',
    'We use cookies to understand how visitors use our website and to improve it.', 'Learn more', 'Decline', 'Allow cookies',
  ],
};

export const HELDOUT34_D: readonly TestPage[] = [museumExhibition, schoolDistrictPost];
