import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, lis, paras, type Sec } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file d: a horticultural society's garden pest identification page (advice template with a "Quick
 * facts" box, jump links, an image gallery with credits, sections for symptoms, cause and control, a membership promo, a
 * feedback widget and mega footer) and a fish identification article on an angling weekly's WordPress site (byline with
 * reading time, share bar, inline "Read more" promos, an ad slot, a catch-report rail, tags and Disqus comments).
 */
const gTitle = 'Lily leaf weevil';
const gFacts = [
  'Common name: Lily leaf weevil',
  'Scientific name: Brachycerus liliorum',
  'Plants affected: lilies and fritillaries',
  'Main symptoms: notched leaves, collapsed buds',
  'Most active: April to July',
];
const gSecs: Sec[] = [
  [
    'What is lily leaf weevil?',
    [
      j(
        'Lily leaf weevil is a small, dark brown beetle with a short snout, about 6mm long. Adults hide in leaf litter and',
        'under pots by day and climb lilies at night to feed. The legless, cream-coloured grubs live in the soil around the bulbs.',
      ),
    ],
  ],
  ['Symptoms', ['You may see the following symptoms:']],
  [
    'Biology',
    [
      j(
        'Adults overwinter in sheltered places and become active as lily shoots emerge in spring. Eggs are laid in the soil from',
        'May; the grubs feed on the outer scales of bulbs through the summer and pupate in early autumn. There is one generation a year,',
        'and nearly all the weevils are female, so a single adult brought in on a pot can start a colony.',
      ),
    ],
  ],
  [
    'Management',
    [
      j(
        'Check plants by torchlight on mild evenings in April and May and pick off the adults; tap stems over a sheet of paper to',
        'dislodge them. Keep the area around lilies free of debris where they can shelter.',
      ),
      j(
        'Inspect new lily bulbs and pot-grown plants before planting, and repot any container plants that look weak, checking the',
        'compost for grubs. Birds, frogs and ground beetles eat the adults, so a garden with plenty of wildlife suffers less damage.',
      ),
      j(
        'Plants in containers can be protected against the grubs by watering a biological control, a nematode sold as Steinernema,',
        'into the compost in late summer when the soil is warm. Chemical controls are not available to amateur gardeners for this pest.',
      ),
    ],
  ],
];
const gSymptoms = [
  'Irregular notches cut into leaf margins, mostly on the lower leaves',
  'Flower buds that turn yellow and collapse before opening',
  'Bulbs with soft, hollowed scales when lifted in autumn',
];
const gNav = ['Gardening advice', 'Shows & events', 'Gardens', 'Shop', 'Membership', 'Get involved', 'Join now'];
const gJump = ['Quick facts', 'What is lily leaf weevil?', 'Symptoms', 'Biology', 'Management'];
const gCrumbs = ['Home', 'Gardening advice', 'Pests & diseases'];
const gCredits = ['Adult weevil on a lily bud. Credit: Kestrel Society / Arne Vollan', 'Notched lily leaves'];
const gFoot = ['About the Society', 'Careers', 'Contact us', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Registered Charity No. 213008'];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Lily leaf weevil / Kestrel Horticultural Society</title>
<meta name="description" content="How to identify lily leaf weevil and protect lilies from the adults and their grubs.">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.kestrelhort.example/plants/pests/lily-leaf-weevil">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Lily leaf weevil",
"publisher":"Kestrel Horticultural Society"}</script>
<script>window.__APP_STATE__={"advice":{"id":"pest-1188","type":"pest"}};</script><link rel="stylesheet" href="/static/css/main.4b1e.css"></head>
<body><app-root ng-version="16.2.12"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to give you the best experience on our website and to show you relevant ads.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<header class="header"><a class="header__logo" href="/">Kestrel Horticultural Society</a><nav class="header__nav"><ul>${links(gNav, 'nav-item')}</ul></nav>
</header>
<main class="main"><nav class="breadcrumbs"><ol>${links(gCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="advice-layout"><div class="advice-header"><span class="advice-header__category">Pests</span><h1 class="h1">${gTitle}</h1>
<p class="advice-header__summary">Lilies can be spoiled in a single night by this small weevil. Find out how to spot it and what to do.</p></div>
<aside class="advice-sidebar"><nav class="jump-links"><h2 class="jump-links__title">On this page</h2><ul>${links(gJump)}</ul></nav></aside>
<div class="advice-body"><section class="quick-facts" id="quick-facts"><h2 class="quick-facts__title">Quick facts</h2><ul>${lis(gFacts)}</ul></section>
<div class="gallery">${gCredits
  .map(
    (c) => `<figure class="gallery__item"><img src="/media/pests/lily-weevil.jpg" alt=""><figcaption>${c}</figcaption>
</figure>`,
  )
  .join('')}</div>
${gSecs
  .map(
    (s) => `<section class="advice-section"><h2 class="h2">${s[0]}</h2>
${ps(s[1])}${s[0] === 'Symptoms' ? `\n<ul>${lis(gSymptoms)}</ul>` : ''}</section>`,
  )
  .join('\n')}
<div class="promo-panel"><h3>Get expert advice</h3><p>Members can ask our advisory team about any plant problem.</p>
<a class="btn" href="/join">Become a member</a></div>
<div class="feedback"><p class="feedback__question">Was this page useful?</p><button>Yes</button><button>No</button></div>
</div></div></main>
<footer class="footer"><ul class="footer__links">${links(gFoot)}</ul><p class="footer__legal">© Kestrel Horticultural Society 2026</p></footer>
</app-root><script src="/static/js/runtime.8a1f.js" type="module"></script><script src="/static/js/main.3c2d.js" type="module"></script></body></html>`;

const aTitle = 'How to tell a chub from a dace (and why it matters on a match day)';
const aIntro = [
  j(
    'Every season we get photos from readers of a "personal best dace" that turns out to be a small chub, and the odd chub that is',
    'really a big dace. On a match water with a size limit or a species bonus the difference can cost you points, so here is how to',
    'get it right on the bank in a few seconds.',
  ),
];
const aSecs: Sec[] = [
  [
    'Look at the fins first',
    [
      j(
        'The quickest test is the anal fin, the one on the underside just in front of the tail. On a chub its edge is convex,',
        'curving outwards, and it is usually a bright orange-red. On a dace the edge is concave, curving inwards, and the fin is pale',
        'and yellowish. The dorsal fin shows the same difference, but less clearly.',
      ),
    ],
  ],
  [
    'Head and mouth',
    [
      j(
        'A chub has a big, broad head and a wide mouth that reaches back almost to the eye; it will take a lobworm or a slice of',
        'luncheon meat without trouble. A dace has a small, narrow head with a neat mouth tucked under the snout.',
      ),
      'The eye helps too: a dace often shows a yellow iris, while a chub has a darker, bronze one.',
    ],
  ],
  [
    'Body and scales',
    [
      j(
        'Dace are slim and silvery, with a slightly yellow tint, and rarely weigh more than a pound. Chub are thickset with large,',
        'dark-edged scales that make a net pattern along the flanks. A chub of the same length as a dace will be noticeably heavier.',
      ),
    ],
  ],
];
const aTableHead = 'At a glance';
const aRows = [
  'Anal fin edge: chub convex, dace concave',
  'Fin colour: chub orange-red, dace pale yellow',
  'Mouth: chub wide, dace small and underslung',
  'Record weight (Vessland): chub 9lb 5oz, dace 1lb 5oz',
];
const aOutro = [
  j(
    '"If in doubt, count nothing and ask the steward," says Wyre Valley match secretary Colm Hurrell. "We would much rather check a',
    'fish than argue about it at the weigh-in."',
  ),
];
const aNav = ['News', 'Tips', 'Venues', 'Tackle Reviews', 'Match Results', 'Subscribe'];
const aShare = ['Facebook', 'Twitter', 'WhatsApp', 'Copy link'];
const aPromo = 'Read more: The 10 best river venues for winter chub';
const aRail = ['Weekend catch reports: Severnby floods off', 'Tench tips for early summer', 'New close season rules explained'];
const aTags = ['Coarse fishing', 'Species guides', 'River fishing'];
const aFoot = ['About us', 'Advertise', 'Contact', 'Terms and Conditions', 'Privacy Policy', '© 2026 Vessland Angling Weekly, Harrow Media Ltd'];
const aHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>How to tell a chub from a dace - Vessland Angling Weekly</title>
<meta property="og:type" content="article"><meta property="article:section" content="Tips"><meta name="author" content="Reuben Stallard">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"How to tell a chub from a dace",
"datePublished":"2026-02-11T09:00:00+00:00","author":[{"@type":"Person","name":"Reuben Stallard"}]}</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/wp-content/themes/jnews/style.css"></head>
<body class="post-template-default single single-post jnews jeg_single_tpl_1">
<div class="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We and our partners store and access information on your device, such as cookies.</p></div>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
<div class="jeg_viewport"><header class="jeg_header"><div class="jeg_logo"><a href="/">Vessland Angling Weekly</a></div>
<nav class="jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu">${links(aNav, 'menu-item')}</ul></nav></header>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs"><div id="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/tips">Tips</a></span></div></div>
<div class="entry-header"><div class="jeg_post_category"><span><a href="/tips" class="category-tips">Fish ID</a></span></div>
<h1 class="jeg_post_title">${aTitle}</h1>
<h2 class="jeg_post_subtitle">Two silver river fish, one easy test on the anal fin</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="jeg_meta_author"><span class="meta_text">by</span>
<a href="/author/reuben-stallard/">Reuben Stallard</a></div><div class="jeg_meta_date"><a href="#">11 February 2026</a></div>
<div class="jeg_meta_reading_time"><span>Reading Time: 3 mins read</span></div></div></div></div>
<div class="jeg_featured featured_image"><img src="/wp-content/uploads/2026/02/chub-dace.jpg" alt="">
<p class="wp-caption-text">A chub (top) and a dace from the Wyre. Picture: Sally Brennock</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button">${aShare
  .map(
    (t) => `<a href="#" class="jeg_btn-share"><span>${t}</span>
</a>`,
  )
  .join('')}</div></div>
<div class="entry-content no-share"><div class="content-inner">
${ps(aIntro)}
${aSecs.map((s) => `<h2>${s[0]}</h2>\n${ps(s[1])}`).join('\n')}
<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><span class="ads-text">ADVERTISEMENT</span><div id="div-gpt-ad-inline-1"></div></div>
<p><strong><a href="/tips/best-winter-chub-venues/">${aPromo}</a></strong></p>
<h3>${aTableHead}</h3><ul>${lis(aRows)}</ul>
${ps(aOutro)}
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> ${aTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(' ')}</div>
<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="#">Reuben Stallard</a></h3>
<p class="jeg_author_desc">Reuben has fished the rivers of the Vessland Marches for thirty years and writes our weekly tips page.</p></div></div>
<div id="disqus_thread" class="jeg_comments"><h3 class="comment-heading">Discussion about this post</h3>
<div class="comment-body"><span class="author">dacehunter_71</span><p>The anal fin trick is the one my dad taught me too. Works every time.</p></div></div>
</div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block"><h3 class="jeg_block_title"><span>Latest Catch Reports</span></h3>
<ul>${links(aRail)}</ul></div><div class="widget jeg_ad_widget"><span class="ads-text">ADVERTISEMENT</span><div id="div-gpt-ad-mpu"></div></div></div>
</div></div></div></div></div>
<footer class="jeg_footer"><ul class="jeg_menu_footer">${aFoot.map((t) => `<li>${t}</li>`).join('')}</ul></footer></div>
<script id="dsq-count-scr" src="//vessland-angling.disqus.example/count.js" async></script></body></html>`;

export const HELDOUT418_D: TestPage[] = [
  {
    name: 'heldout418-kestrelhort-pest-docs',
    kind: 'docs',
    html: gHtml,
    title: gTitle,
    headings: heads(gSecs),
    body: texts([
      'Lilies can be spoiled in a single night by this small weevil. Find out how to spot it and what to do.',
      ...(gSecs[0]?.[1] ?? []),
      ...(gSecs[1]?.[1] ?? []),
      ...gSymptoms,
      ...paras(gSecs.slice(2)),
    ]),
    bylines: [],
    furniture: [
      'We use cookies to give you the best experience on our website and to show you relevant ads.',
      'Accept All Cookies',
      'Cookies Settings',
      ...gNav,
      'Home',
      'Pests & diseases',
      'Pests',
      'On this page',
      'Quick facts',
      ...gFacts,
      ...gCredits,
      'Get expert advice',
      'Members can ask our advisory team about any plant problem.',
      'Become a member',
      'Was this page useful?',
      ...gFoot,
      '© Kestrel Horticultural Society 2026',
    ],
  },
  {
    name: 'heldout418-jnews-angling-fish-id-news',
    kind: 'news',
    html: aHtml,
    title: aTitle,
    headings: [...heads(aSecs), aTableHead],
    body: texts(['Two silver river fish, one easy test on the anal fin', ...aIntro, ...paras(aSecs), ...aRows, ...aOutro]),
    bylines: ['Reuben Stallard', '11 February 2026', 'Reading Time: 3 mins read'],
    furniture: [
      'We and our partners store and access information on your device, such as cookies.',
      'MORE OPTIONS',
      'Vessland Angling Weekly',
      ...aNav,
      'Home',
      'A chub (top) and a dace from the Wyre. Picture: Sally Brennock',
      ...aShare,
      'ADVERTISEMENT',
      aPromo,
      'Tags:',
      'Fish ID',
      ...aTags,
      'Reuben has fished the rivers of the Vessland Marches for thirty years and writes our weekly tips page.',
      'Discussion about this post',
      'dacehunter_71',
      'The anal fin trick is the one my dad taught me too. Works every time.',
      'Latest Catch Reports',
      ...aRail,
      ...aFoot,
    ],
  },
];
