import { links, type TestPage, texts } from './page-kit.js';
import { ptPost } from './pages-heldout103-b2.js';

/**
 * Held-out batch 103, file b: a Reuters explainer as the Fusion/Arc template saves it (the "Skip to main content" link, the
 * nav with "My News" and "Sign Up", the section kicker, the headline, the "By" line with author links, the date and "Updated"
 * line, the share and "Save" buttons, the lead photo with its caption, body paragraphs as data-testid divs rather than <p>,
 * upper-case question subheads, a mid-story newsletter promo, the "Reporting by; Editing by" credit, "Our Standards",
 * "Purchase Licensing Rights", the "Read Next" rail, "Advertisement · Scroll to continue" slots and the footer) and, from
 * file b2, a Psychology Today blog post.
 */
const rtTitle = 'Explainer: Why is Varnia’s grain corridor back in the headlines?';
const rtP1 = [
  'LONDON, Nov 6 (Reuters) - Talks over the Black Reed grain corridor, which carries about a fifth of Varnia’s wheat exports ' +
    'to buyers in North Africa and the Middle East, stalled this week after the two port operators that run it failed to agree ' +
    'on new inspection fees.',
  'Here is what the corridor is, why the dispute matters and what could happen next.',
];
const rtH1 = 'WHAT IS THE BLACK REED CORRIDOR?';
const rtP2 = [
  'The corridor is a shipping route between the Varnian port of Ostrel and the free port of Saint Ambry, 300 km (186 miles) ' +
    'down the coast, where grain is inspected and loaded onto larger ocean-going vessels.',
  'It was set up in 2019 because Ostrel’s harbour is too shallow for the biggest bulk carriers. Smaller ships carry the grain ' +
    'south, and the two ports share the inspection work under an agreement that is renewed every three years.',
];
const rtH2 = 'WHY HAVE THE TALKS STALLED?';
const rtP3 = [
  'The agreement expires on Dec. 31. Saint Ambry’s operator, Ambry Terminals, wants to raise its inspection fee from $1.10 to ' +
    '$1.85 per tonne, saying its costs have risen since new weighing equipment was installed last year.',
  'Ostrel Port Authority says the increase would make Varnian wheat less competitive at a time when harvests in rival ' +
    'exporting countries are strong. It has proposed a smaller rise phased in over three years, which Ambry Terminals rejected ' +
    'on Tuesday, according to two people familiar with the talks.',
];
const rtH3 = 'HOW MUCH GRAIN IS AT STAKE?';
const rtP4 = [
  'About 6.2 million tonnes of wheat and 1.4 million tonnes of barley passed through the corridor in the 2024/25 season, ' +
    'according to data from the Varnian agriculture ministry. That is worth roughly $1.7 billion at current prices.',
  'Traders say some of that volume could be rerouted through other ports, but at a higher cost and more slowly, because ' +
    'rail links to the alternatives are already close to capacity during the export season.',
];
const rtH4 = 'WHAT HAPPENS NEXT?';
const rtP5 = [
  'Both sides have said they want a deal before the end of the year. Varnia’s trade minister, Ilse Dorran, said on Wednesday ' +
    'that the government was ready to mediate if talks had not resumed by Nov. 20.',
  '“Nobody benefits if ships are queueing outside Ostrel in January,” Dorran told reporters.',
  'If the agreement lapses, inspections would fall back on Ostrel alone, which port officials have said could cut the ' +
    'corridor’s capacity by up to 40% until new staff were trained.',
];
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'More'];
const rtPromo = 'Get a look at the day ahead in European and UK markets with the Morning Bid Europe newsletter. Sign up here.';
const rtCredit = 'Reporting by Tomas Arlen in London and Nadia Keddar in Saint Ambry; Editing by Helen Varga';
const rtRead = [
  'Wheat futures ease as harvest outlook improves in key exporters',
  'Shipping insurers raise premiums for coastal bulk routes',
  'Varnia’s central bank holds rates, flags food inflation risk',
];
const rtFoot = [
  'About Reuters',
  'Careers',
  'Reuters News Agency',
  'Brand Attribution Guidelines',
  'Reuters Leadership',
  'Reuters Fact Check',
  'Privacy',
  'Terms of Use',
  'Cookies',
  'Accessibility',
  'Corrections',
  'Site Feedback',
];
const rtAd = `<div class="ad-slot__container__1ZB8Z" data-testid="ResponsiveAdSlot"><span class="text__text__1FZLe ad-slot__label__3uR0X">Advertisement
· Scroll to continue</span><div id="ad-slot-mid" class="ad-slot__inner__2HOKX"></div></div>`;
let n = 0;
const rtPs = (a: readonly string[]): string =>
  a
    .map(
      (p) => `<div data-testid="paragraph-${n++}" class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large-body__2l1-A
body__full_width__ekUdw body__large_body__FV5_X article-body__paragraph__2-BtD">${p}</div>`,
    )
    .join('\n');
const rtH = (t: string): string =>
  `<h2 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__heading_6__1qUJ5 heading__base__2T28j
article-body__heading__33XPZ">${t}</h2>`;
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Explainer: Why is Varnia's grain corridor back in the headlines? | Reuters</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Talks over the Black Reed grain corridor stalled.">
<meta property="og:site_name" content="Reuters"><meta name="article:section" content="Commodities"><meta name="analyticsAttributes.contentType"
content="explainer">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}","dateCreated":"2025-11-06T15:14:02Z",
"dateModified":"2025-11-06T17:02:40Z","author":[{"@type":"Person","name":"Tomas Arlen"},{"@type":"Person","name":"Nadia Keddar"}]}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.deployment="4821";</script>
</head><body><div id="fusion-app" class="fusion-app"><a class="skip-link__skip-link__2Tq0d" href="#main-content">Skip to main content</a>
<header class="site-header__site-header__1ggHs"><nav aria-label="Main navigation" class="site-header__nav__3I7Gb"><a href="/" aria-label="Reuters home">
<svg></svg></a><ul class="nav-bar__nav-bar__2U5T4">${links(rtNav, 'nav-bar__item__1Cs5l')}</ul>
<div class="site-header__actions__3kr1S"><a href="/myview/">My News</a><a href="/account/register/" class="button__link__uTGln">Sign Up</a></div></nav></header>
<main id="main-content" class="regular-article-layout__main__1tplD"><article class="article__container__2pfUZ"><div class="article__main__33WV2">
<header class="article-header__header__3XiCV" data-testid="ArticleHeader"><nav aria-label="Tags" class="article-header__tags__1SWGE">
<a data-testid="Link" href="/markets/commodities/">Commodities</a></nav>
<h1 data-testid="Heading" class="text__text__1FZLe text__heading_3__1kDhc heading__base__2T28j article-header__title__3Y2hh">${rtTitle}</h1>
<div class="article-header__byline-container__2qS6u"><div class="info-content__author-date__1Epi_"><address class="author-name__author__1gx5k">
By <a data-testid="AuthorNameLink" href="/authors/tomas-arlen/">Tomas Arlen</a> and <a data-testid="AuthorNameLink" href="/authors/nadia-keddar/">Nadia
Keddar</a></address><div class="date-line__date__23Ge-"><time datetime="2025-11-06T15:14:02Z"><span class="date-line__date___kNbY">November 6, 2025</span>
<span class="date-line__date___kNbY">3:14 PM GMT</span><span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div></div>
<div class="article-header__toolbar__3-TX7"><button data-testid="ShareButton" class="button__button__2Ecqi">Share</button>
<button data-testid="SaveButton" class="button__button__2Ecqi">Save</button></div></div></header>
<div class="article-body__container__3ypuX"><figure class="primary-image__container__2nzCZ"><img src="https://www.reuters.example/resizer/v2/grain.jpg"
alt="Bulk carrier in port"><figcaption data-testid="primary-image-caption" class="primary-image__caption__2AVj-">A bulk carrier is loaded with wheat at the
port of Ostrel, Varnia, August 14, 2025. REUTERS/Pavel Strand/File Photo <a href="/licensing">Purchase Licensing Rights</a>, opens new tab</figcaption></figure>
<div class="article-body__content__17Yit">
${rtPs(rtP1)}
${rtH(rtH1)}
${rtPs(rtP2)}
<div data-testid="promo-box" class="article-body__element__2p5pI"><div class="newsletter-promo__container__2fF9S">${rtPromo.replace(
  'Sign up here.',
  '<a href="/newsletters/morning-bid-europe/">Sign up here.</a>',
)}</div></div>
${rtH(rtH2)}
${rtPs(rtP3)}
${rtAd}
${rtH(rtH3)}
${rtPs(rtP4)}
${rtH(rtH4)}
${rtPs(rtP5)}
<p data-testid="Body" class="sign-off__text__3fFQo">${rtCredit}</p>
</div>
<div class="info-content__container__1jFc8"><p class="trust-badge__trust__2jSCK"><a href="/info-pages/thomson-reuters-principles/">Our Standards: The Thomson
Reuters Trust Principles.</a>, opens new tab</p><button class="button__button__2Ecqi">Purchase Licensing Rights</button></div></div></div>
<aside class="article__rail__3D3fH"><div data-testid="read-next" class="read-next__container__3hLoA"><h2 class="read-next__title__2Wb0Q">Read Next</h2>
<ul>${links(rtRead, 'story-card__container__1TjN4')}</ul></div>${rtAd}</aside></article></main>
<footer class="site-footer__footer__4Vb7h"><ul>${links(rtFoot)}</ul><p>All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and
delays.</p><p>© 2025 Reuters. All rights reserved</p></footer></div>
<script src="https://www.reuters.example/pf/dist/engine/react.js" defer></script></body></html>`;
const reuters: TestPage = {
  html: rtHtml,
  name: 'heldout103-reuters-explainer-news',
  kind: 'news',
  // the "LONDON, Nov 6 (Reuters) -" dateline is part of the first paragraph (body); the "Reporting by ...; Editing by ..."
  // sign-off is a byline; the kicker "Commodities" is furniture
  title: rtTitle,
  headings: [rtH1, rtH2, rtH3, rtH4],
  body: texts([...rtP1, ...rtP2, ...rtP3, ...rtP4, ...rtP5]),
  bylines: ['By Tomas Arlen and Nadia Keddar', 'November 6, 2025', '3:14 PM GMT', 'Updated 2 hours ago', rtCredit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...rtNav, 'My News', 'Sign Up', 'Commodities', 'Share', 'Save',
    'A bulk carrier is loaded with wheat at the port of Ostrel, Varnia, August 14, 2025. REUTERS/Pavel Strand/File Photo', 'Purchase Licensing Rights',
    'opens new tab', rtPromo, 'Advertisement · Scroll to continue', 'Our Standards: The Thomson Reuters Trust Principles.', 'Read Next', ...rtRead,
    ...rtFoot, 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', '© 2025 Reuters. All rights reserved',
  ],
};

export const HELDOUT103_B: readonly TestPage[] = [reuters, ptPost];
