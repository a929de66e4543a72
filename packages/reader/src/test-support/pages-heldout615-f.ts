import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, row, rowText, settle } from './pages-heldout615-kit.js';

/**
 * Held-out batch 615, file f: a long reupholstery cost guide on a trades directory built with Next.js (CSS-module class names,
 * __NEXT_DATA__, a key-points box, a price table, an inline postcode search, FAQs, author and reviewer lines, related guides).
 */
const nTitle = 'How much does it cost to reupholster a chair?';
const nDek = 'Prices, timescales and what pushes the cost up, from a drop-in dining seat to a deep-buttoned chesterfield chair.';
const nKey = [
  'Expect to pay £80 to £120 for a drop-in dining seat and £450 to £900 for an armchair, plus fabric.',
  'Traditional work with springs and horsehair costs about a third more than foam, and lasts much longer.',
  'Fabric can add anything from £40 to £400 to the bill, depending on the chair and the cloth.',
];
const nRows = [
  ['Drop-in dining seat', '£80 to £120', '1 to 2 weeks'],
  ['Dining chair with a sprung seat', '£180 to £280', '2 to 3 weeks'],
  ['Bedroom or nursing chair', '£280 to £420', '3 weeks'],
  ['Tub chair', '£350 to £550', '3 to 4 weeks'],
  ['Wingback armchair', '£450 to £900', '4 to 6 weeks'],
  ['Chesterfield chair, deep buttoned', '£900 to £1,600', '6 to 8 weeks'],
];
const nSecs: [string, string[]][] = [
  [
    'Typical prices',
    [
      j(
        'We asked forty-two upholsterers on Hirewell what they charged in 2026 for the most common jobs. The figures below are for labour',
        'and materials such as webbing, springs, foam and calico, but not the top fabric, which most customers choose separately.',
      ),
    ],
  ],
  [
    'What affects the price',
    [
      j(
        'The biggest single factor is how much of the old chair has to come off. A drop-in seat lifts out of the frame and can be',
        'redone on the bench in an afternoon. An armchair has to be stripped tack by tack, and every layer underneath has to be',
        'rebuilt, which is why the price jumps so sharply between the two.',
      ),
      j(
        'Traditional upholstery, using hand-tied springs, horsehair and hessian, takes longer than modern foam work. Upholsterers we',
        'spoke to said a traditional armchair takes between twenty-five and forty hours, against fifteen to twenty for the same chair',
        'in foam. Most charge an hourly rate of £28 to £40, so the difference shows up quickly in the quote.',
      ),
      j(
        'Details add time too. Deep buttoning, piping, fluted backs and scroll arms all need extra fabric and extra hours. A plain',
        'seat with a simple border is the cheapest thing an upholsterer can do; a fully buttoned back can double the labour on a chair.',
      ),
      j(
        'Finally, the frame itself. If joints are loose or the wood has woodworm, the upholsterer will usually want it repaired before',
        'any new upholstery goes on. Expect £40 to £150 for regluing a frame, more if rails have to be replaced.',
      ),
    ],
  ],
  [
    'How much fabric will I need?',
    [
      j(
        'A dining seat needs about half a metre. A small bedroom chair needs two to three metres, and a wingback up to eight. Large',
        'patterns and stripes need more, because they have to line up across the seat, back and arms.',
      ),
      j(
        'Upholstery fabric costs from around £20 a metre for a plain weave to over £100 for a good wool or velvet. Check that the',
        'fabric is rated for upholstery: look for at least 25,000 rubs on the Martindale test for a chair that will be used every day.',
      ),
    ],
  ],
  [
    'Supplying your own fabric',
    [
      j(
        'Most upholsterers are happy for you to supply your own fabric, and some offer a small discount. Ask them how much to buy',
        'before you order, and buy it all from the same batch so that the colour matches. A few firms charge a handling fee of £20 to',
        '£30 for customer fabric, to cover the risk of working with cloth they have not chosen.',
      ),
    ],
  ],
  [
    'Is it worth it?',
    [
      j(
        'For a well-made older chair, almost always. A solid hardwood frame that has lasted a hundred years will last another hundred,',
        'and a new chair of the same quality would cost several times the price of reupholstering it. For a cheap modern chair with',
        'a chipboard or softwood frame, the sums rarely add up, and most upholsterers will tell you so.',
      ),
      j(
        'There are other reasons to keep a chair, of course. Many of the people who use Hirewell to find an upholsterer are restoring',
        'a piece that belonged to a parent or grandparent, and for them the price of a new chair is beside the point.',
      ),
    ],
  ],
  [
    'How to get an accurate quote',
    [
      'Take clear photos of the front, back, sides and underside of the chair.',
      'Measure the height, width and depth, and the seat height from the floor.',
      'Say whether you want traditional or modern upholstery, or ask for both prices.',
      'Mention anything you know about the chair, such as loose joints or previous repairs.',
      'Ask whether collection and delivery are included.',
    ],
  ],
];
const nFaq: [string, string][] = [
  [
    'How long does reupholstery take?',
    j(
      'Most upholsterers have a waiting list of two to eight weeks before they can start. Once work begins, a dining seat takes a',
      'day or two and an armchair one to two weeks.',
    ),
  ],
  [
    'Can I reupholster a chair myself?',
    j(
      'A drop-in seat is a good first project and needs only a staple gun and some patience. Sprung chairs and anything with',
      'buttoning are best left to a professional.',
    ),
  ],
];
const nNote = 'Prices collected from 42 upholsterers in England, Scotland and Wales in January 2026. Fabric not included.';
const nHeads = ['Key points', ...nSecs.map(([h]) => h), 'Frequently asked questions', ...nFaq.map(([q]) => q)];
const nNav = ['Find a trade', 'Cost guides', 'Advice', 'For trades'];
const nCrumbs = ['Home', 'Cost guides', 'Furniture', 'Chair reupholstery cost'];
const nRel = ['Sofa reupholstery cost', 'French polishing cost', 'Furniture restoration cost', 'Curtain making cost'];
const nFoot = ['About us', 'Careers', 'Press', 'Help centre', 'Terms', 'Privacy notice', 'Cookie policy', 'Modern slavery statement'];
const nSec = ([h, p]: [string, string[]], i: number): string => {
  const id = h.toLowerCase().replace(/[^a-z]+/g, '-');
  const inner = i === 5 ? `<ol class="ArticleBody_list__Qm3Xa">${lis(p)}</ol>` : ps(p, ' class="ArticleBody_p__h7Zs1"');
  const table =
    i === 0
      ? `<div class="PriceTable_wrap__2bL0q"><table class="PriceTable_table__kQ9rT"><thead>${row(['Job', 'Typical cost', 'Time'], 'th')}</thead><tbody>
${nRows.map((r) => row(r)).join('\n')}</tbody></table><p class="PriceTable_note__Zt81c">${nNote}</p></div>`
      : '';
  const search =
    i === 2
      ? `<aside class="InlineSearch_box__m2Pq8"><p class="InlineSearch_title__a0Vx3">Find a trusted upholsterer near you</p><form
class="InlineSearch_form__Kk2r1"
action="/search"><label class="sr-only" for="pc-inline">Postcode</label><input id="pc-inline" placeholder="Enter your postcode" name="postcode">
<button type="submit" class="Button_primary__b3Pc0">Search</button></form><p class="InlineSearch_small__pL0m9">Every trade is checked and reviewed by
customers.</p></aside>`
      : '';
  return `<section class="ArticleBody_section__x2Lw8" id="${id}"><h2 class="ArticleBody_h2__Jf0w2">${h}</h2>${inner}${table}</section>${search}`;
};
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chair Reupholstery Cost 2026 | Prices &amp; Guide | Hirewell</title><meta name="description" content="${nDek}">
<link rel="canonical" href="https://www.hirewell.co.uk/cost-guides/chair-reupholstery-cost"><meta name="next-head-count" content="12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","author":{"@type":"Person","name":"Lena Marsh"},
"dateModified":"2026-01-14"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${nFaq[0]?.[0]}"}]}</script>
<link rel="preload" href="/_next/static/css/9f2c1a0e.css" as="style"><link rel="stylesheet" href="/_next/static/css/9f2c1a0e.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-5c8a4b2e.js" defer></script><script src="/_next/static/chunks/pages/cost-guides/%5Bslug%5D-a1d3.js" defer></script>
</head><body><div id="__next"><a class="SkipLink_skip__P0v2n" href="#main">Skip to main content</a>
<header class="Header_header__c9KqS"><div class="Header_inner__3WmZb"><a class="Header_logo__uT5nD" href="/" aria-label="Hirewell home"><svg role="img"
aria-hidden="true"></svg></a><nav class="Header_nav__x7Kq2" aria-label="Main"><ul>${links(nNav, 'Header_item__Lq0bK')}</ul></nav>
<div class="Header_actions__a8RwE"><a class="Button_ghost__p0Q1s" href="/login">Log in</a><a class="Button_primary__b3Pc0" href="/post-a-job">Post a job</a>
</div>
</div></header>
<nav class="Breadcrumbs_crumbs__Wc1mZ" aria-label="Breadcrumb"><ol>${links(nCrumbs, 'Breadcrumbs_item__Nf4aQ')}</ol></nav>
<main id="main" class="CostGuide_layout__V8hYd"><article class="CostGuide_article__h0SLr"><header class="ArticleHeader_header__Zb9xR">
<span class="ArticleHeader_kicker__Qe3fT">Cost guide</span><h1 class="ArticleHeader_title__R4lpM">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Bp7sN">${nDek}</p><div class="ArticleHeader_meta__sVg2d"><img alt="Lena Marsh"
src="/_next/image?url=%2Fauthors%2Flena.jpg&amp;w=64&amp;q=75"
width="32" height="32"><div><p class="ArticleHeader_author__LpQ2x">Written by <a href="/authors/lena-marsh">Lena Marsh</a></p>
<p class="ArticleHeader_reviewer__k3S0n">Reviewed by Tom Adeyemi, master upholsterer</p><p class="ArticleHeader_date__c8ZtQ">Last updated 14 January 2026</p>
</div>
</div></header>
<div class="KeyPoints_box__H2kLs"><h2 class="KeyPoints_title__Zx0qP">${nHeads[0]}</h2><ul class="KeyPoints_list__e5VbR">${lis(nKey)}</ul></div>
<div class="ArticleBody_body__3fG1a">${nSecs.map(nSec).join('\n')}
<section class="Faq_faq__yR2aN" id="faqs"><h2 class="ArticleBody_h2__Jf0w2">Frequently asked questions</h2>${nFaq
  .map(([q, a]) => `<div class="Faq_item__M1c2d"><h3 class="Faq_q__sT8pW">${q}</h3><div class="Faq_a__Bq4vE"><p>${a}</p></div></div>`)
  .join('')}</section></div>
<div class="Feedback_box__o2Nd1"><p class="Feedback_q__r8Sx1">Was this guide helpful?</p><button class="Feedback_btn__aa1QZ">Yes</button>
<button class="Feedback_btn__aa1QZ">No</button></div>
<div class="AuthorBio_bio__gQ7sB"><p class="AuthorBio_name__tY2mP">About Lena Marsh</p><p class="AuthorBio_text__fE3iK">Lena writes Hirewell's cost guides. She
spent ten years as a kitchen fitter before moving into journalism.</p></div></article>
<aside class="CostGuide_rail__L9aVm"><nav class="Toc_toc__qP1xB" aria-label="On this page"><p class="Toc_title__u0JmQ">On this page</p>
<ul>${nSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`).join('')}</ul></nav>
<div class="RelatedGuides_box__F5rZk"><h2 class="RelatedGuides_title__b7PvX">Related cost guides</h2><ul>${links(nRel)}</ul></div></aside></main>
<footer class="Footer_footer__u2N8e"><div class="Footer_cols__S1xRk"><ul>${links(nFoot)}</ul></div>
<p class="Footer_legal__h3YcA">© 2026 Hirewell Ltd. Registered in England and Wales, company number 10987654.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to personalise content and ads and to analyse our traffic. You can change your
choices at any time.</div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie
Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"chair-reupholstery-cost","title":"${nTitle}",
"updated":"2026-01-14"}},"__N_SSG":true},"page":"/cost-guides/[slug]","query":{"slug":"chair-reupholstery-cost"},"buildId":"kq0V3mXh","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout615-nextjs-reupholstery-cost-guide',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: [nDek, ...nKey, ...(nSecs[0]?.[1] ?? []), ...nRows.map(rowText), nNote, ...nSecs.slice(1).flatMap(([, p]) => p), ...nFaq.map(([, a]) => a)],
  bylines: ['Written by Lena Marsh', 'Reviewed by Tom Adeyemi, master upholsterer', 'Last updated 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Log in', 'Post a job', ...nCrumbs, 'Cost guide', 'Find a trusted upholsterer near you', 'Postcode', 'Search',
    'Every trade is checked and reviewed by customers.', 'Was this guide helpful?', 'Yes', 'No', 'About Lena Marsh',
    "Lena writes Hirewell's cost guides. She spent ten years as a kitchen fitter before moving into journalism.", 'On this page', 'Related cost guides',
    ...nRel, ...nFoot, '© 2026 Hirewell Ltd. Registered in England and Wales, company number 10987654.',
    'We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.',
    'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT615_F: readonly TestPage[] = [nextjs].map(settle);
