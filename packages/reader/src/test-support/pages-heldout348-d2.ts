import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';

/**
 * Held-out batch 348, file d2: a horticultural charity's pest and disease guide on Next.js (App Router markup with hashed CSS
 * module class names, `self.__next_f` flight scripts): site header and menu, breadcrumb, guide header with "Quick facts" box,
 * in-page contents, the guide body with a table, a donation promo, "Was this page helpful?" widget, related guides, newsletter
 * form, footer and a OneTrust banner.
 */
const nTitle = 'Lily beetle';
const nIntro = paras(`
Lily beetle is a bright red leaf beetle whose grubs strip the leaves of lilies and fritillaries from spring to late summer. Left
alone, a small colony can defoliate a pot of lilies in a fortnight, weakening the bulbs for the following year.
`);
const nFacts = [
  'Plants affected: lilies (Lilium) and fritillaries (Fritillaria)',
  'Main symptoms: holes in leaves, flowers and seed pods; dark wet grubs',
  'Most active: March to September',
];
const nWhat = paras(`
The adult beetle is about 8mm long, with a scarlet body and black legs and head. It squeaks when squeezed and drops to the
ground, upside down, when disturbed, which makes it easy to miss.

The grubs are orange with black heads, but they cover themselves in their own wet, black excrement, so they look like blobs of
soil or bird droppings on the undersides of leaves.
`);
const nSymptoms = [
  'Irregular holes eaten in leaves, flower buds and seed pods',
  'Orange-red egg clusters in rows on the undersides of leaves',
  'Sticky black lumps on leaves, with grubs beneath',
  'In bad cases, only the bare stems remain by midsummer',
];
const nControl = paras(`
The most effective control in a garden is to look for adults regularly from early spring and pick them off by hand. Hold a
hand or a sheet of paper beneath the leaf first, so that any beetle that drops is caught rather than lost in the soil.

Check the undersides of leaves for eggs and grubs and wipe them off. Repeat every few days: new adults fly in from neighbouring
gardens throughout the season.

Several small parasitic wasps attack lily beetle grubs and are becoming established in parts of the country. Avoiding
insecticides helps them to build up.
`);
const nTable: readonly (readonly [string, string])[] = [
  ['March to April', 'Adults emerge from the soil and begin feeding'],
  ['April to July', 'Eggs laid; grubs feed for about three weeks'],
  ['July to August', 'Grubs pupate in the soil; new adults appear'],
  ['September', 'Adults feed before overwintering in soil and leaf litter'],
];
const nNav = ['Gardening advice', 'Plant finder', 'Pests and diseases', 'Get involved', 'Donate'];
const nCrumbs = ['Home', 'Advice', 'Pests and diseases', 'Beetles'];
const nToc = ['Quick facts', 'What is lily beetle?', 'Symptoms', 'When to look', 'Control'];
const nRelated = ['Vine weevil', 'Viburnum beetle', 'Rosemary beetle', 'Slugs and snails'];
const nFoot = ['About the Trust', 'Contact us', 'Careers', 'Cookie policy', 'Privacy', 'Accessibility statement'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0f1c"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/_next/static/css/7d2f1c0a9e.css" data-precedence="next">
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5c1e2f.js">
<script src="/_next/static/chunks/fd9d1056-3f1e.js" async></script>
<title>Lily beetle | Garden Growers' Trust</title><meta name="description" content="How to identify and control lily beetle on lilies and fritillaries.">
<link rel="canonical" href="https://www.gardengrowerstrust.example/advice/pests/lily-beetle"><meta property="og:title" content="Lily beetle">
<meta property="og:type" content="article"><meta name="next-size-adjust" content="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lily beetle","publisher":{"@type":"Organization",
"name":"Garden Growers' Trust"},"dateModified":"2026-04-09"}</script></head>
<body class="__className_3a0f1c"><div class="Layout_wrapper__Kq2Zp"><a class="SkipLink_link__9sQx1" href="#main">Skip to main content</a>
<header class="Header_header__x7PqL"><div class="Header_inner__b2T0z"><a class="Header_logo__u8hvd" href="/" aria-label="Garden Growers' Trust home">
<svg aria-hidden="true" width="120" height="40"></svg></a><nav class="MainNav_nav__cE1oR" aria-label="Main"><ul class="MainNav_list__fP3aS">
${links(nNav, 'MainNav_item__Y0o2D')}</ul></nav><form class="Search_form__Jm1aL" role="search"><label class="VisuallyHidden_root__wQ3w6"
for="q">Search the site</label><input id="q" name="q" type="search"><button type="submit" class="Search_button__pL2sD">Search</button></form></div></header>
<main id="main" class="Layout_main__lB8cW"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__h6Gk7"><ol class="Breadcrumbs_list__QeT1o">
${links(nCrumbs, 'Breadcrumbs_item__Zp0jA')}</ol></nav>
<article class="Guide_article__n4LpR"><header class="GuideHeader_root__2r9Hs"><p class="GuideHeader_eyebrow__1tGdu">Pest guide</p>
<h1 class="GuideHeader_title__Ck6ZV">${nTitle}</h1><p class="GuideHeader_latin__wq8b0"><i>Lilioceris lilii</i></p>
<p class="GuideHeader_updated__E3vq5">Last updated: 9 April 2026</p></header>
<figure class="GuideImage_figure__t5Nc1"><img alt="Red lily beetle on a lily leaf" loading="lazy" width="1200" height="800" decoding="async"
src="/_next/image?url=%2Fmedia%2Flily-beetle.jpg&amp;w=1200&amp;q=75"><figcaption class="GuideImage_caption__V2k9B">Adult lily beetle.
<span class="GuideImage_credit__oE7fX">Credit: Garden Growers' Trust / Hal Benbow</span></figcaption></figure>
<div class="GuideLayout_grid__aS3pX"><aside class="Toc_root__d8Kf0"><h2 class="Toc_title__k1Wq2">On this page</h2><ol class="Toc_list__bK7sM">
${nToc.map((t, i) => `<li class="Toc_item__M4sQe"><a href="#s${i}">${t}</a></li>`).join('\n')}</ol></aside>
<div class="GuideLayout_body__pQ2vX">${ps(nIntro, ' class="Prose_p__fE2aQ"')}
<section class="QuickFacts_root__Gg1wY" id="s0"><h2 class="QuickFacts_title__Yp3rE">Quick facts</h2><ul class="QuickFacts_list__aH6xK">${lis(nFacts)}</ul>
</section>
<div class="Prose_root__q0c3N"><h2 id="s1">What is lily beetle?</h2>${ps(nWhat)}<h2 id="s2">Symptoms</h2><ul>${lis(nSymptoms)}</ul>
<h2 id="s3">When to look</h2><table class="Prose_table__Zz2kl"><thead><tr><th scope="col">Month</th><th scope="col">What happens</th></tr></thead><tbody>
${nTable.map(([m, w]) => `<tr><td>${m}</td><td>${w}</td></tr>`).join('\n')}</tbody></table>
<h2 id="s4">Control</h2>${ps(nControl)}</div>
<aside class="DonatePromo_root__Rw2Gb"><h3 class="DonatePromo_title__Qm8kE">Our advice is free because of you</h3><p>Every year our experts answer
more than 40,000 gardening questions. Help us keep our advice free for everyone.</p><a class="Button_primary__x0Mnc" href="/donate">Donate today</a></aside>
<div class="Feedback_root__hL5vU"><p class="Feedback_question__U8gYc">Was this page helpful?</p><button class="Feedback_btn__Lw2Ns">Yes</button><button
class="Feedback_btn__Lw2Ns">No</button></div></div></div></article>
<section class="RelatedGuides_root__Ee1Pd"><h2 class="RelatedGuides_title__j8Mzs">Related pests</h2><ul class="RelatedGuides_list__N4oPz">
${links(nRelated, 'Card_root__y9Kqq')}</ul></section></main>
<footer class="Footer_root__c3GfY"><div class="Newsletter_root__s1YxA"><h2 class="Newsletter_title__J2q0N">Get seasonal advice in your inbox</h2>
<form class="Newsletter_form__pQ4Ze"><label for="email">Email address</label><input id="email" type="email"><button type="submit">Sign up</button></form></div>
<ul class="Footer_links__Bn8rT">${links(nFoot, 'Footer_link__Qe4lA')}</ul><p class="Footer_legal__kU2mP">Garden Growers' Trust is a registered charity in
England and Wales (1180442) and Scotland (SC051236).</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your privacy</h2><p id="onetrust-policy-text">We use cookies to help our site work and to understand how it is used.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button>
<button id="onetrust-pc-btn-handler">Cookie settings</button>
</div></div></div>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/7d2f1c0a9e.css\\",\\"style\\"]\\n2:I[\\"7601\\",
[\\"app/advice/[...slug]/page\\"],\\"Guide\\"]"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"$L2\\",null,{\\"slug\\":\\"lily-beetle\\",\\"title\\":\\"Lily beetle\\"}]"])</script></body></html>`;
export const nextGuide: TestPage = {
  name: 'heldout348-nextjs-pest-guide-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Quick facts', 'What is lily beetle?', 'Symptoms', 'When to look', 'Control'],
  body: ['Lilioceris lilii', ...texts(nIntro), ...nFacts, ...texts(nWhat), ...nSymptoms, ...nTable.flatMap((r) => [r[0], r[1]]), ...texts(nControl)],
  bylines: ['Last updated: 9 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'Search the site', 'Search', 'Home', 'Advice', 'Beetles', 'Pest guide', 'Adult lily beetle.',
    "Credit: Garden Growers' Trust / Hal Benbow", 'On this page', 'Our advice is free because of you',
    'Every year our experts answer more than 40,000 gardening questions. Help us keep our advice free for everyone.', 'Donate today',
    'Was this page helpful?', 'Yes', 'Related pests', ...nRelated, 'Get seasonal advice in your inbox', 'Email address', 'Sign up', ...nFoot,
    "Garden Growers' Trust is a registered charity in England and Wales (1180442) and Scotland (SC051236).", 'Your privacy',
    'We use cookies to help our site work and to understand how it is used.', 'Accept all cookies', 'Cookie settings',
  ],
};
