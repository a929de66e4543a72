import { links, type TestPage, texts } from './page-kit.js';
import { embassy } from './pages-heldout385-c2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file c: an airline's "Entry requirements" help page rendered by a Next.js app (div#__next, CSS-module
 * class names, a booking bar, a help-centre side menu, "Was this article helpful?", a chat launcher, the __NEXT_DATA__
 * script) and, from file c2, an embassy's notice to travellers on a WordPress theme.
 */
const nTitle = 'Entry requirements and travel documents';
const nIntro = [
  j(
    'Before you fly with Skyrell, make sure you have the right documents for every country on your journey, including countries',
    'where you only change planes. If you cannot show the documents we need at check-in, we may have to refuse boarding.',
  ),
  j(
    'Entry rules are set by governments, not by Skyrell, and they can change without notice. Always check the official website of',
    'your destination before you travel.',
  ),
];
const nPass = [
  'Your passport should be valid for at least 6 months after your return date. Some countries accept 3 months, but many do not.',
  'Check that your passport has at least two blank pages and that it is not damaged.',
  'Children need their own passport, whatever their age.',
];
const nVisa = [
  j(
    'Many of our destinations now ask visitors to apply online before they travel, even when no visa is needed. Apply at least',
    '72 hours before your flight, and only on the official government website: other sites may charge extra fees.',
  ),
];
const nRows: ReadonlyArray<readonly [string, string, string]> = [
  ['Velmora', 'VETA online registration', '72 hours before arrival'],
  ['Tallimor', 'Visa on arrival and online arrival card', '3 days before arrival'],
  ['Orsolan', 'Online Traveller Declaration', '5 days before arrival'],
  ['Kestrania', 'eVisa', '10 working days before arrival'],
];
const nTransit = [
  j(
    'If you connect through our hub at Larkport, you do not need a transit visa as long as you stay in the international transfer',
    'area and your onward flight leaves within 24 hours. If you have separate tickets, you may need to collect your bags and clear',
    'immigration.',
  ),
  j(
    'Add your passport details in Manage booking at least 24 hours before departure. It makes check-in faster and lets us tell you',
    'early if something is missing.',
  ),
  j(
    'If you are refused entry at your destination, the authorities may require us to fly you back, and we will charge you for the',
    'return flight. Any fine we are given because your documents were not in order may also be passed on to you.',
  ),
];
const nRowTexts = nRows.map((r) => r.join(' '));
const nMenu = ['Book', 'Manage', 'Check in', 'Flight status', 'Skyrell Club'];
const nSide = ['Before you fly', 'Baggage', 'Entry requirements and travel documents', 'Special assistance', 'Travelling with pets', 'Refunds'];
const nFoot = ['About Skyrell', 'Careers', 'Media centre', 'Sustainability', 'Conditions of carriage', 'Privacy notice', 'Cookie preferences'];
const lis = (items: readonly string[]): string => items.map((t) => `<li class="RichText_listItem__p7Q1e">${t}</li>`).join('');
const pp = (items: readonly string[]): string => items.map((t) => `<p class="RichText_paragraph__8sJd2">${t}</p>`).join('');
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Help | Skyrell Airways</title><meta name="description" content="Check passport, visa and online registration rules before you fly."/>
<link rel="canonical" href="https://www.skyrell.example/en-gb/help/entry-requirements"/><meta property="og:title" content="${nTitle}"/>
<meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/3f9a1c2b7e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/3f9a1c2b7e.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","name":"${nTitle}","publisher":{"@type":"Organization",
"name":"Skyrell Airways"}}</script>
<script src="/_next/static/chunks/webpack-5d1e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-92ab.js" defer=""></script>
</head><body><div id="__next"><div class="Layout_root__Xk2f1">
<header class="Header_header__q1BzL"><a class="Header_logo__2mXzP" href="/en-gb" aria-label="Skyrell Airways home"></a>
<nav class="Header_nav__9Ka3s" aria-label="Main"><ul class="Header_list__Lm0aD">${links(nMenu, 'Header_item__7Zq0b')}</ul></nav>
<div class="Header_actions__vR3eT"><button class="Button_ghost__a1B2c">Log in</button>
<button class="LocaleSwitcher_btn__Qx2s9">UK – English</button></div></header>
<div class="BookingBar_bar__h8Jk2"><span class="BookingBar_label__4fGh1">Where to next?</span>
<button class="Button_primary__Zt6yq">Search flights</button></div>
<div class="HelpLayout_grid__3nQe8"><aside class="HelpLayout_side__Yw1pR"><p class="HelpLayout_sideTitle__x0Kd3">Help topics</p>
<ul class="SideMenu_list__Ff4e1">${links(nSide, 'SideMenu_item__Pq8s0')}</ul></aside>
<main class="HelpLayout_main__u5Ty2"><nav class="Breadcrumbs_root__1jHs7" aria-label="Breadcrumb"><a href="/en-gb/help">Help</a>
<span class="Breadcrumbs_sep__f3Ls9">/</span><a href="/en-gb/help/before-you-fly">Before you fly</a></nav>
<div class="HelpArticle_root__kW7e2"><h1 class="Heading_h1__c8Lsa">${nTitle}</h1>
<div class="HelpArticle_meta__P1s0q"><span>Last reviewed 3 March 2026</span></div>
<div class="RichText_root__Ao7q4">${pp(nIntro)}
<h2 class="RichText_h2__m9Wp1" id="passports">Passports</h2><ul class="RichText_list__Hn2e5">${lis(nPass)}</ul>
<h2 class="RichText_h2__m9Wp1" id="visas-and-online-registration">Visas and online registration</h2>${pp(nVisa)}
<div class="Table_wrap__7gHs1"><table class="Table_table__8bVq3"><thead><tr><th>Destination</th><th>What you need</th><th>Apply by</th></tr></thead>
<tbody>${nRows.map((r) => `<tr class="Table_row__Rt5y1">${r.map((c) => `<td>${c}</td>`).join(' ')}</tr>`).join('\n')}</tbody></table></div>
<div class="Callout_root__Ee3r0 Callout_info__Vb9m2"><p class="Callout_title__Lw2q7">Tip</p><p>Use our Travel document checker to see the rules for
your booking.</p></div>
<h2 class="RichText_h2__m9Wp1" id="transit">Transit and connecting flights</h2>${pp(nTransit)}</div>
<div class="Feedback_root__Dz3w4"><p class="Feedback_q__Nw8x1">Was this article helpful?</p><button>Yes</button><button>No</button></div>
<section class="RelatedArticles_root__Sk3a2"><h2 class="RelatedArticles_title__bN4e1">Related articles</h2>
<ul>${links(['Travelling with children', 'Lost or stolen passport', 'Online check-in'], 'RelatedArticles_item__T6y0p')}</ul></section></div></main></div>
<footer class="Footer_footer__L2kq8"><ul class="Footer_links__H7qw3">${links(nFoot, 'Footer_item__Cw3e5')}</ul>
<p class="Footer_legal__yP2m1">© 2026 Skyrell Airways Ltd. All rights reserved.</p></footer>
<button class="ChatLauncher_btn__0vF4s" aria-label="Open chat">Ask Skye, our virtual assistant</button>
<div id="cookie-consent" class="CookieBanner_root__t3Lm0"><p>We use cookies to give you the best experience and to show you relevant offers.</p>
<button class="Button_primary__Zt6yq">Accept all</button><button class="Button_ghost__a1B2c">Manage cookies</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"entry-requirements","locale":"en-gb","title":"${nTitle}",
"updated":"2026-03-03"}},"page":"/[locale]/help/[slug]","query":{"locale":"en-gb","slug":"entry-requirements"},"buildId":"b7Kq2x","isFallback":false}
</script></body></html>`;
const airline: TestPage = {
  name: 'heldout385-skyrell-nextjs-help-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Passports', 'Visas and online registration', 'Transit and connecting flights'],
  body: [...texts([...nIntro, ...nPass, ...nVisa]), ...nRowTexts, ...texts(nTransit)],
  bylines: ['Last reviewed 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nMenu.filter((t) => t !== 'Book' && t !== 'Manage'), 'Log in', 'UK – English', 
    'Where to next?', 'Search flights', 'Help topics', 'Baggage', 'Special assistance',
    'Travelling with pets', 'Refunds', 'Help', 'Tip', 'Use our Travel document checker to see the rules for your booking.', 'Was this article helpful?',
    'Related articles', 'Travelling with children', 'Lost or stolen passport', 'Online check-in', ...nFoot, '© 2026 Skyrell Airways Ltd. All rights reserved.',
    'Ask Skye, our virtual assistant', 'We use cookies to give you the best experience and to show you relevant offers.', 'Accept all', 'Manage cookies',
  ],
};

export const HELDOUT385_C: readonly TestPage[] = [airline, embassy];
