import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 218, file d2: a DIY store's how-to guide (a UK chain's own Next.js site) on tiling a kitchen splashback. */
const title = 'How to tile a kitchen splashback';
const intro = [
  'A tiled splashback protects the wall behind your worktop from splashes and grease, and it is one of the quickest ways to change ' +
    'the look of a kitchen. Most splashbacks can be tiled in a day, with grouting the next morning once the adhesive has set.',
];
const facts = ['Difficulty: Medium', 'Time: 1 to 2 days', 'Cost: £80 to £200'];
const hNeed = 'What you’ll need';
const needs = [
  'Wall tiles, plus 10% extra for cuts and breakages',
  'Ready-mixed wall tile adhesive and a notched trowel',
  'Tile spacers, 2 mm or 3 mm',
  'Spirit level, tape measure and pencil',
  'Manual tile cutter and tile nippers',
  'Grout, grout float and a sponge',
  'Silicone sealant in a matching colour',
];
const hSafety = 'Safety first';
const safety = [
  'Wear safety glasses when cutting tiles, and gloves when handling adhesive and grout. Turn off the power at the consumer unit ' +
    'before removing socket faceplates.',
];
const steps: { h: string; ps: string[] }[] = [
  {
    h: 'Step 1: Prepare the wall',
    ps: [
      'The wall needs to be clean, dry and flat. Remove old tiles or wallpaper, fill any holes and sand down bumps. On freshly ' +
        'plastered walls, apply a coat of primer and leave it to dry before you start tiling.',
    ],
  },
  {
    h: 'Step 2: Plan the layout',
    ps: [
      'Find the centre of the wall and mark it with a vertical pencil line. Lay a row of tiles with spacers along the worktop to ' +
        'see where the cuts will fall. If you end up with a thin sliver at either end, shift the starting point by half a tile so ' +
        'you have equal cuts on both sides.',
    ],
  },
  {
    h: 'Step 3: Apply the adhesive',
    ps: [
      'Spread adhesive over about one square metre at a time, then comb it with the notched edge of the trowel held at 45 degrees. ' +
        'Working in small areas stops the adhesive skinning over before the tiles go on.',
    ],
  },
  {
    h: 'Step 4: Fix the tiles',
    ps: [
      'Start at the bottom, leaving a 3 mm gap above the worktop for the silicone. Press each tile into place with a slight twist and ' +
        'add spacers at every corner. Check the rows with a spirit level every few tiles.',
      'Cut tiles to fit around sockets and at the ends last. Score each tile once with the tile cutter and snap it cleanly, using the ' +
        'nippers for small notches.',
    ],
  },
  {
    h: 'Step 5: Grout and seal',
    ps: [
      'Leave the adhesive to set for 24 hours, then remove the spacers. Work grout into the joints with the float held diagonally, ' +
        'wipe away the excess with a damp sponge and polish off the haze once it has dried.',
      'Finally, run a bead of silicone along the gap above the worktop and smooth it with a wet finger for a watertight finish.',
    ],
  },
];
const topbar = ['Free delivery on orders over £75', 'Click & Collect in 1 hour', 'Find a store'];
const nav = ['Kitchen', 'Bathroom', 'Tiling & Flooring', 'Decorating', 'Tools', 'Garden', 'Building Supplies', 'Ideas & Advice'];
const crumbs = ['Home', 'Ideas & Advice', 'How-to guides', 'Tiling'];
const share = ['Share', 'Print this guide'];
const cap = 'Metro tiles in a brick bond pattern on a kitchen splashback.';
const products = [
  ['Veldon White Gloss Metro Tile 10 x 20cm, 1m²', '£18.97', '★★★★☆ (214)'],
  ['Brackleys Ready Mixed Wall Tile Adhesive 15kg', '£24.00', '★★★★★ (96)'],
  ['Ardwell 600mm Manual Tile Cutter', '£39.00', '★★★★☆ (58)'],
];
const shop = ['Shop this project', 'Add to basket', 'Check stock in store'];
const helpful = ['Was this guide helpful?', 'Yes', 'No', 'Thanks for your feedback'];
const more = ['More tiling guides', 'How to remove old wall tiles', 'How to regrout tiles', 'How to choose the right tile adhesive'];
const news = ['Get ideas and offers in your inbox', 'Sign up to our emails', 'Enter your email address', 'Sign up'];
const foot = ['Help & contact', 'Delivery', 'Returns', 'Store finder', 'Trade accounts', 'Careers', 'Privacy & cookies', 'Terms & conditions'];
const cookie = ['We use cookies to make our site work and to improve it. Some are optional.', 'Accept all cookies', 'Manage preferences'];
const e = (s: string): string => s.replace(/&/g, '&amp;');
const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to tile a kitchen splashback | Ideas &amp; Advice | Brackleys</title>
<meta name="description" content="Our step-by-step guide to tiling a kitchen splashback, with the tools you need.">
<link rel="canonical" href="https://www.brackleys.example/ideas-advice/how-to/tile-a-kitchen-splashback"><meta property="og:title" content="${title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${title}","totalTime":"P1DT",
"estimatedCost":{"@type":"MonetaryAmount",
"currency":"GBP","minValue":"80","maxValue":"200"},
"step":[{"@type":"HowToStep","name":"Prepare the wall"},{"@type":"HowToStep","name":"Plan the layout"}]}</script>
<link rel="preload" as="style" href="/_next/static/css/3f0d2e.css"><link rel="stylesheet" href="/_next/static/css/3f0d2e.css" data-n-g="">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="bk-01" async></script></head>
<body><div id="__next"><a href="#main-content" class="SkipLink_skip__xk1">Skip to main content</a>
<div class="TopBar_bar__2a" data-testid="top-bar"><ul class="TopBar_list__9f">${topbar.map((t) => `<li><a href="#">${e(t)}</a></li>`).join('')}</ul></div>
<header class="Header_header__Pq4" data-testid="header"><a href="/" class="Header_logo__1c" aria-label="Brackleys home"><svg viewBox="0 0 120 32"></svg></a>
<form class="SearchBar_form__7d" role="search"><label for="search" class="sr-only">Search</label><input id="search" placeholder="What are you looking for?">
</form><div class="Header_icons__b2"><a href="/account" class="Header_icon__p1"><span>Account</span></a><a href="/basket" class="Header_icon__p1">
<span>Basket</span><span class="Header_badge__44">0</span></a></div>
<nav class="MegaNav_nav__T2" aria-label="Shop by department"><ul class="MegaNav_list__a1">${links(nav, 'MegaNav_item__q9')}</ul></nav></header>
<main id="main-content" class="Layout_main__Vv"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__k2"><ol class="Breadcrumbs_list__0a">
${crumbs.map((c) => `<li class="Breadcrumbs_item__3x"><a href="#">${e(c)}</a></li>`).join('')}</ol></nav>
<article class="HowTo_article__Z8" data-testid="howto-article"><header class="HowTo_header__m3"><p class="HowTo_eyebrow__w1">How-to guide</p>
<h1 class="HowTo_title__sX">${title}</h1><ul class="HowTo_facts__Ue">${facts
  .map(
    (f) => `<li class="HowTo_fact__pp"><span
class="HowTo_factValue__e0">${f}</span></li>`,
  )
  .join('')}</ul>
<div class="ShareBar_bar__7n"><button class="ShareBar_btn__c1">${share[0]}</button><button class="ShareBar_btn__c1"
onclick="window.print()">${share[1]}</button></div>
</header><figure class="HowTo_hero__rr"><img src="https://media.brackleys.example/is/image/splashback-hero?wid=1200" alt="" fetchpriority="high">
<figcaption class="HowTo_caption__Jd">${cap}</figcaption></figure>
<div class="RichText_rich__8A">${intro.map((p) => `<p>${p}</p>`).join('')}</div>
<section class="HowTo_section__tT"><h2 class="HowTo_h2__y6">${hNeed}</h2><ul
class="Checklist_list__ab">${needs.map((n) => `<li>${n}</li>`).join('\n')}</ul></section>
<aside class="Callout_callout__Ls Callout_warning__gH" role="note"><h2 class="Callout_title__7A">${hSafety}</h2><p>${safety[0]}</p></aside>
<section class="HowTo_section__tT"><ol class="Steps_list__Rt">
${steps
  .map(
    (s, i) => `<li class="Steps_step__Qw" id="step-${i + 1}"><h3
class="Steps_title__9b">${s.h}</h3>${s.ps.map((p) => `<p>${p}</p>`).join('')}</li>`,
  )
  .join('\n')}
</ol></section></article>
<section class="ProductRail_rail__u3" aria-labelledby="shop-project"><h2 id="shop-project" class="ProductRail_title__4p">${shop[0]}</h2><ul
class="ProductRail_list__pp">
${products
  .map(
    ([n, p, r]) => `<li class="ProductCard_card__d5"><a href="#" class="ProductCard_link__9s"><h3 class="ProductCard_name__1x">${n}</h3></a>
<span class="ProductCard_rating__k7">${r}</span><span class="ProductCard_price__q2">${p}</span><button class="Button_primary__3e">${shop[1]}</button>
<button class="Button_link__l0">${shop[2]}</button></li>`,
  )
  .join('\n')}</ul></section>
<section class="Feedback_box__0p"><h2 class="Feedback_title__c8">${helpful[0]}</h2><button>${helpful[1]}</button><button>${helpful[2]}</button>
<p class="Feedback_thanks__h1" hidden>${helpful[3]}</p></section>
<section class="RelatedGuides_rail__s4"><h2>${more[0]}</h2><ul>${links(more.slice(1), 'RelatedGuides_item__v2')}</ul></section></main>
<footer class="Footer_footer__Gx"><div class="Footer_newsletter__3t"><h2>${news[0]}</h2><form><label for="nl">${news[1]}</label><input id="nl"
placeholder="${news[2]}">
<button type="submit">${news[3]}</button></form></div><ul class="Footer_links__2j">${links(foot, 'Footer_link__uu')}</ul>
<p class="Footer_legal__Nq">© Brackleys Home Improvement Ltd 2026</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${cookie[0]}</p>
<button id="onetrust-accept-btn-handler">${cookie[1]}</button><button id="onetrust-pc-btn-handler">${cookie[2]}</button></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"slug":"tile-a-kitchen-splashback"}},"page":"/ideas-advice/how-to/[slug]","buildId":"x7Yk2"}</script>
<script src="/_next/static/chunks/main-5c1e.js" defer></script></body></html>`;

export const diyGuide: TestPage = {
  name: 'heldout218-diy-store-howto-docs',
  kind: 'docs',
  html,
  title,
  headings: [hNeed, hSafety, ...steps.map((s) => s.h)],
  body: texts([...intro, ...needs, ...safety, ...steps.flatMap((s) => s.ps)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...topbar, 'Search', 'Account', 'Basket', ...nav, 'How-to guides', 'Tiling', 'How-to guide', ...share, cap,
    ...products.flat(), ...shop, ...helpful, ...more, ...news.filter((n) => n !== news[2]), ...foot, '© Brackleys Home Improvement Ltd 2026', ...cookie,
  ],
};
