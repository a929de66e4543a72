import { links, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file c: a long e-scooter safety guide, a blog post on Squarespace 7.1 (blog item with author meta,
 * image blocks with captions, a newsletter block, item pagination and Squarespace comments).
 */
const sTitle = 'Riding an e-scooter in winter: a safety guide for new riders';
const sSecs: { h: string; blocks: { t: 'p' | 'ul' | 'quote'; items: string[] }[] }[] = [
  {
    h: '',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'Most people who hire an e-scooter with us for the first time do it in spring or summer, when the roads are dry and the evenings are',
            'long. But a third of our rides in Wendlow now happen between November and February, and the number of riders who keep going',
            'through the winter grows every year. Winter riding is perfectly possible, but it asks more of you and of the scooter.',
          ),
          j(
            'We asked our street team, the people who check, charge and move the fleet every night, what they wish every new winter rider knew.',
            'This guide is the result. It is long, so use the headings to jump to the part you need.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Before you set off',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'Give the scooter a ten-second check before you unlock it. Squeeze both brake levers: they should feel firm and stop the wheel',
            'turning when you push the scooter forward. Look at the tyres for cuts or anything stuck in the tread, and make sure the stem does',
            'not wobble when you rock the handlebars.',
          ),
        ],
      },
      {
        t: 'ul',
        items: [
          'Check that the front and rear lights come on when you unlock. If either is out, end the ride and pick another scooter.',
          'Wipe the deck with a glove or sleeve if it is wet or covered in leaves. A wet deck is where most slips start.',
          'Look at the battery level in the app. Cold weather drains batteries faster, so a scooter showing 30% may not get you home.',
          'Report anything wrong through the app, even if you choose a different scooter. It helps us get it off the street quickly.',
        ],
      },
    ],
  },
  {
    h: 'What to wear',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'A helmet is not a legal requirement on a hire e-scooter in Wendlow, but we strongly recommend one, and in winter it matters',
            'more. Falls on ice tend to be sideways and sudden, and your head is often the first thing to hit the ground. Any cycling helmet',
            'that meets the EN 1078 standard will do.',
          ),
          j(
            'Wear something bright or reflective, especially on the lower body, because drivers notice moving legs and feet more than a',
            'jacket. Gloves are essential: cold hands are slow to reach the brake, and bare hands on a cold throttle go numb within minutes.',
            'Avoid long scarves and open coats that can catch in the wheel.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Riding on wet and icy roads',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'Small wheels and a short wheelbase make e-scooters less forgiving than bikes when grip is low. The single most useful thing you',
            'can do is slow down: in wet weather, ride at no more than two-thirds of your usual speed, and leave twice the usual gap to the',
            'vehicle in front.',
          ),
          j(
            'Brake early and gently, using both brakes together, and do your braking in a straight line before a corner rather than in it.',
            'Painted road markings, metal drain covers, tram lines and wet leaves are all much more slippery than the surrounding road.',
            'Ride straight over them where you can, and never brake or turn while you are on one.',
          ),
        ],
      },
      {
        t: 'quote',
        items: [
          j(
            'The riders who fall are almost never the slow ones. It is the people who ride in January exactly the way they rode in',
            'July. Take the first week of winter like you are learning all over again. – Priya Lennox, Wendlow street team lead',
          ),
        ],
      },
      {
        t: 'p',
        items: [
          j(
            'When the temperature is at or below freezing, assume that any shiny patch is ice, especially on bridges, in the shade of',
            'buildings and on cycle lanes that are not gritted. Our scooters automatically drop to a maximum of 10 km/h when the road',
            'sensors in the city report ice, and on the worst days we close the scheme altogether. If the app tells you riding is',
            'paused because of the weather, please do not try to ride a privately owned scooter instead.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Seeing and being seen in the dark',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'By mid-December it is dark in Wendlow before 4.30pm, so most winter rides happen under street lights. Our scooters have',
            'lights that stay on for the whole ride, but they are small and low to the ground. Ride in a position where drivers can see',
            'you, about a metre out from the kerb, and do not hug the gutter where puddles hide potholes.',
          ),
          j(
            'Make eye contact with drivers at junctions before you pull out. If you cannot see a driver’s face in their mirror, assume',
            'they cannot see you. Be careful around buses and lorries turning left: wait behind them rather than riding up the inside.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Looking after the battery in the cold',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'Lithium batteries deliver less power and less range when they are cold. Below 5°C, expect a scooter to go around a quarter',
            'less far than the app’s estimate suggests, and expect slower acceleration on hills. You do not need to do anything about',
            'this except plan for it: pick a scooter with plenty of charge for longer rides, and end your ride early if the battery',
            'warning appears, rather than riding on until the motor cuts out.',
          ),
        ],
      },
    ],
  },
  {
    h: 'Parking at the end of your ride',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'Please take extra care where you park in winter. A scooter left across the pavement is a hazard at any time of year, but in',
            'the dark and on a slippery surface it can cause a serious fall. Always end your ride in a marked bay, stand the scooter up on',
            'its kickstand, and check it is not blocking a gritted path, a dropped kerb or a doorway.',
          ),
          j(
            'If snow covers the parking bay markings, the app will still show you where the bay is. Park as close to the middle of it',
            'as you can and take the end-of-ride photo so that our team can find the scooter if it needs to be moved.',
          ),
        ],
      },
    ],
  },
  {
    h: 'If something goes wrong',
    blocks: [
      {
        t: 'p',
        items: [
          j(
            'If you fall or are involved in a collision, get yourself out of the road first and then check whether you are hurt.',
            'Call 999 if anyone is injured. Then use the Report an incident button in the app, which records the scooter’s location',
            'and the last minute of its speed and braking data, and our safety team will contact you within one working day.',
          ),
          j(
            'Winter riding should feel calm, not heroic. If the weather looks bad when you step outside, the bus will still be there,',
            'and so will we when it clears up.',
          ),
        ],
      },
    ],
  },
];
const sNav = ['Ride with us', 'Pricing', 'Safety', 'Journal', 'Partners', 'Help'];
const sFig = ['A rider in a reflective jacket waits at a junction on Elver Bridge.', 'Photo: Wendlow Scooters street team'];
const sFoot = ['Wendlow Scooters Ltd', '12 Tannery Yard, Wendlow', 'hello@wendlowscooters.co', 'Instagram', 'LinkedIn', 'Terms', 'Privacy'];
const sBlock = (b: { t: 'p' | 'ul' | 'quote'; items: string[] }): string => {
  if (b.t === 'ul') return `<ul data-rte-list="default">${lis(b.items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>`;
  if (b.t === 'quote')
    return `</div></div><div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure class="block-animation-none">
<blockquote data-animation-role="quote"><span>“</span>${b.items.join('')}<span>”</span></blockquote></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">`;
  return b.items.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`).join('\n');
};
const sSecHtml = sSecs
  .map((s, i) => {
    const fig =
      i === 4
        ? `</div></div><div class="sqs-block image-block sqs-block-image"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f0/elver-bridge.jpg" alt="" loading="lazy"><figcaption class="image-caption-wrapper">
<div class="image-caption"><p class="">${sFig[0]}</p><p class="">${sFig[1]}</p></div></figcaption></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">`
        : '';
    return `${s.h === '' ? '' : `<h2 style="white-space:pre-wrap;">${s.h}</h2>`}\n${s.blocks.map(sBlock).join('\n')}${fig}`;
  })
  .join('\n');
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Wendlow Scooters</title><meta property="og:site_name" content="Wendlow Scooters">
<meta property="og:title" content="${sTitle} — Wendlow Scooters"><meta property="og:type" content="article">
<meta itemprop="author" content="Wendlow Scooters"><meta itemprop="datePublished" content="2027-01-14T09:30:00+0000">
<!-- This is Squarespace. --><!-- wendlow-scooters -->
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","websiteId":"63f0a1c4e2d8b1","collectionId":
"63f0a2b9","itemId":"65a3c1d7","pageType":50,"websiteSettings":{"storeSettings":{}},"cookieSettings":{"isCookieBannerEnabled":true}};</script>
<script type="application/ld+json">{"url":"https://www.wendlowscooters.co","name":"Wendlow Scooters","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/63f0a1c4e2d8b1/12/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="item-65a3c1d7" class="tweak-blog-item-width-narrow tweak-blog-item-alignment-left tweak-blog-item-meta-position-above-title
header-overlay-alignment-center view-item collection-type-blog collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Riding is paused when the city
reports ice. Check the app before you head out.</p></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Wendlow Scooters</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${sNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>`)
  .join('\n')}</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--tertiary" href="/download">Get the app</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a3c1d8">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide
horizontal-alignment--center vertical-alignment--middle"><div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-wendlow-scooters post-type-text article-index-1 tag-safety tag-winter category-guides" data-item-id="65a3c1d7">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-meta-secondary"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2027-01-14">14 January 2027</time>
<a href="/journal?category=Guides" class="blog-meta-item blog-meta-item--categories">Guides</a></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-author-date-wrapper"><span class="blog-author-name">Written by
<a href="/journal?author=63f0a3e1" class="blog-item-author-profile-link">Isla Marwood</a></span></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="body"><div class="sqs-layout sqs-grid-12 columns-12"
data-type="item" id="item-65a3c1d7"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
${sSecHtml}
</div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="63f0b7"><header class="newsletter-form-header">
<h2 class="newsletter-form-header-title">Winter riding tips, monthly</h2>
<div class="newsletter-form-header-description"><p>One short email with local riding news and offers. No spam.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-field-wrapper form-item field email required"><label class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label><input class="newsletter-form-field-element field-element" name="email" type="email"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span></button></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><a href="/journal?tag=safety"
class="blog-meta-item blog-meta-item--tags">safety</a>, <a href="/journal?tag=winter" class="blog-meta-item blog-meta-item--tags">winter</a></span>
<span class="blog-meta-secondary"><a class="blog-share-link" href="#">Share</a></span></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a href="/journal/new-bays-at-the-harbour"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Twelve
new parking bays at the harbour</h2></a><a href="/journal/our-scooters-in-numbers-2026" class="item-pagination-link item-pagination-link--next">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Our scooters in numbers: 2026</h2></a></section>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-65a3c1d7"><div class="comment-count">4 Comments</div>
<div class="comment-btn-wrapper"><div class="comment-btn">Add a comment</div></div></div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="content">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${sFoot
  .slice(0, 3)
  .map((t) => `<p class="">${t}</p>`)
  .join('')}</div></div>
<div class="sqs-block socialaccountlinks-v2-block"><nav class="sqs-svg-icon--list">${sFoot
  .slice(3, 5)
  .map((t) => `<a href="#">${t}</a>`)
  .join('')}</nav></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><ul>${links(sFoot.slice(5))}</ul></div></div></div></div></section></footer>
</div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.3a1b.js" type="text/javascript"></script>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="dialog" aria-label="Cookie banner"><div class="sqs-cookie-banner-v2-text">
<p>This site uses cookies to remember your preferences and to measure visits.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-decline">Decline</button><button class="sqs-cookie-banner-v2-accept">Accept</button></div></div></div></body></html>`;
const sBody = sSecs.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'quote' ? b.items.map((t) => `“${t}”`) : b.items)));
const wendlow: TestPage = finish({
  name: 'heldout520-squarespace-winter-safety',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sSecs.map((s) => s.h).filter((h) => h !== ''),
  body: texts(sBody),
  bylines: ['14 January 2027', 'Written by Isla Marwood'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Riding is paused when the city reports ice. Check the app before you head out.', 'Skip to Content', 'Wendlow Scooters', ...sNav, 'Get the app',
    'Guides', ...sFig, 'Winter riding tips, monthly', 'One short email with local riding news and offers. No spam.', 'Email Address', 'Sign Up',
    'safety, winter', 'Share', 'Previous', 'Twelve new parking bays at the harbour', 'Next', 'Our scooters in numbers: 2026', '4 Comments',
    'Add a comment', ...sFoot, 'This site uses cookies to remember your preferences and to measure visits.', 'Decline', 'Accept',
  ],
});

export const HELDOUT520_C: readonly TestPage[] = [wendlow];
