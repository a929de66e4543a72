import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout654-kit.js';

/**
 * Held-out batch 654, file d: a wildlife rescue's advice page on Webflow (rich text block, Finsweet cookie consent), and a
 * Discourse forum topic about an injured fox as served to crawlers, with its related topics table.
 */
const wTitle = 'Found a baby bird? Read this first';
const wDek = 'Most young birds on the ground do not need rescuing. Here is how to tell, and what to do if one does.';
const wBody = [
  j(
    'Every spring our helpline takes hundreds of calls about baby birds, and most of them are about fledglings that are exactly where',
    'they should be. Young birds of many species leave the nest before they can fly properly and spend a few days hopping about in',
    'hedges and on the ground while their parents keep feeding them.',
  ),
  'Nestling or fledgling?',
  j(
    'The first thing to work out is the bird’s age. A nestling has few or no feathers, may still have its eyes closed and cannot',
    'grip with its feet. It should not be out of the nest. A fledgling is fully feathered, though its tail may be short, and it can',
    'perch and hop. It is meant to be out of the nest.',
  ),
  'If it is a fledgling',
  j(
    'Leave it where it is. Watch from a distance, or from indoors, for up to two hours: the parents will only come back when they',
    'think it is safe, and a single visit can last a few seconds. If the bird is on a road or a path, you can move it a short way',
    'into the nearest cover.',
  ),
  'Keep cats and dogs indoors for a day or two if you can.',
  'Do not give food or water: a bird can easily breathe in water from a dish or a dropper.',
  'Do not put it back in a nest, as it will only jump out again.',
  'If it is a nestling',
  j(
    'If you can see the nest and reach it safely, put the bird back. Parent birds do not abandon young that have been handled; the',
    'idea that they can smell people is a myth. If the nest has fallen, you can make a substitute from a small plastic tub with',
    'holes punched in the bottom for drainage, lined with dry grass, and fix it as close as you can to where the old one was.',
  ),
  j(
    'If you cannot find the nest, or the bird is cold, keep it in a lined box somewhere warm, dark and quiet and call us straight',
    'away. Do not try to feed it.',
  ),
  'When a bird does need help',
  'it has been caught by a cat, even if you cannot see a wound',
  'it is bleeding, or one wing is drooping',
  'it is fluffed up with its eyes closed and does not move when you approach',
  'it has been on its own for more than two hours and is a nestling',
  j(
    'Cats carry bacteria in their mouths that can kill a bird within a day, so a bird that has been caught needs antibiotics even',
    'if it seems fine. Put it in a ventilated box, keep it warm and bring it to us or to your nearest vet.',
  ),
  '“We would rather you rang us and found out the bird was fine than took it home and found out it wasn’t.” – Our helpline team',
  'Swifts, swallows and martins',
  j(
    'These birds are different. A grounded swift is always in trouble, because it cannot take off from the ground. Call us, and do',
    'not throw it into the air to see whether it flies.',
  ),
];
const wHead = [1, 3, 8, 11, 18];
const wNav = ['Found an animal', 'Our work', 'Get involved', 'Shop', 'Donate'];
const wFoot = ['About us', 'Contact', 'Privacy', 'Cookies', 'Trustees'];
const wList = (from: number, to: number): string => `<ul role="list">${lis(wBody.slice(from, to))}</ul>`;
const wHtml = `<!DOCTYPE html><!-- Last Published: Mon Mar 09 2026 10:41:22 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.kestrelbankrescue.org" data-wf-page="65f1a2b3c4d5e6f7a8b9c0d1" data-wf-site="65f1a2b3c4d5e6f7a8b9c0aa" lang="en"><head><meta
charset="utf-8">
<title>Found a baby bird? | Kestrel Bank Wildlife Rescue</title><meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator"><link
href="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f7a8b9c0aa/css/kestrelbank.webflow.8c1d.min.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body"><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div
class="fs-cc-banner_text">By clicking “Accept”, you agree to
the storing of cookies on your device to analyse site usage. View our <a href="/privacy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f7a8b9c0aa/kb-logo.svg" loading="lazy"
alt="Kestrel Bank Wildlife Rescue"
class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-advice"><div class="container w-container"><div class="breadcrumb-wrapper"><a href="/found-an-animal"
class="breadcrumb-link">Found an animal</a>
<div class="breadcrumb-divider">/</div><a href="/found-an-animal/birds" class="breadcrumb-link">Birds</a></div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wDek}</p><div class="advice-meta"><div
class="text-small">Reviewed by our bird team, March 2026</div></div>
</div></section>
<section class="section"><div class="container container-narrow w-container"><div class="advice-layout"><div class="advice-content"><div
class="rich-text-block w-richtext">
${ps([at(wBody, 0)])}
<h2>${at(wBody, 1)}</h2>${ps([at(wBody, 2)])}
<figure style="max-width:1200pt" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f7a8b9c0aa/fledgling-blackbird.jpg" loading="lazy"
alt="A fledgling blackbird on a lawn"></div><figcaption>A fledgling blackbird: fully feathered, short tail, perfectly
healthy.</figcaption></figure>
<h2>${at(wBody, 3)}</h2>${ps([at(wBody, 4)])}${wList(5, 8)}
<h2>${at(wBody, 8)}</h2>${ps(wBody.slice(9, 11))}
<h2>${at(wBody, 11)}</h2>${wList(12, 16)}${ps([at(wBody, 16)])}
<blockquote>${at(wBody, 17)}</blockquote>
<h3>${at(wBody, 18)}</h3>${ps([at(wBody, 19)])}
</div></div><div class="advice-sidebar"><div class="helpline-card"><h4 class="helpline-heading">Still not sure?</h4><p
class="helpline-text">Our helpline is open
8am to 8pm, seven days a week.</p><a href="tel:01632960155" class="button w-button">Call 01632 960 155</a></div><div class="helpline-card is-secondary">
<h4 class="helpline-heading">Other advice</h4><a href="/found-an-animal/hedgehogs" class="sidebar-link w-inline-block"><div>Hedgehogs</div></a>
<a href="/found-an-animal/deer" class="sidebar-link w-inline-block"><div>Deer</div></a><a href="/found-an-animal/bats" class="sidebar-link w-inline-block">
<div>Bats</div></a></div></div></div></div></section>
<section class="section cta-donate"><div class="container w-container"><h2 class="heading-l">Every patient costs us £45 on average</h2><p
class="paragraph-light">
We receive no government funding.</p><a href="/donate" class="button is-light w-button">Make a donation</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-block"><div
class="footer-heading">Kestrel Bank Wildlife
Rescue</div><p class="footer-text">Kestrel Bank Farm, Holm Lane, Tarrowby TB7 3NN</p></div><div class="footer-block">
${wFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Kestrel Bank Wildlife Rescue. Registered charity 1158872.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f7a8b9c0aa" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f7a8b9c0aa/js/webflow.3a4b5c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout654-webflow-baby-bird-advice',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHead.map((i) => at(wBody, i)),
  body: texts([wDek, ...wBody.filter((_, i) => !wHead.includes(i))]),
  bylines: ['Reviewed by our bird team, March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to analyse site usage. View our Privacy Policy for more information.',
    'Preferences', 'Deny', 'Accept', ...wNav, 'Birds', 'A fledgling blackbird: fully feathered, short tail, perfectly healthy.', 'Still not sure?',
    'Our helpline is open 8am to 8pm, seven days a week.', 'Call 01632 960 155', 'Other advice', 'Hedgehogs', 'Deer', 'Bats',
    'Every patient costs us £45 on average', 'We receive no government funding.', 'Make a donation', 'Kestrel Bank Wildlife Rescue',
    'Kestrel Bank Farm, Holm Lane, Tarrowby TB7 3NN', ...wFoot, '© 2026 Kestrel Bank Wildlife Rescue. Registered charity 1158872.',
  ],
};

const fTitle = 'Fox with mange in our garden – should we try to treat it ourselves?';
const fPosts = [
  [
    'wren_at_no9',
    'Mar 3, 2026, 9:14pm',
    j(
      'A young fox has been sleeping under our decking for about a week. It has lost most of the fur on its tail and back legs and',
      'the skin looks grey and crusty. It still comes out at night and eats what the neighbours put out.',
    ),
    j(
      'I have read online that you can put homeopathic drops on jam sandwiches. Is that safe, or should we be calling a rescue?',
      'We are in the north of the county, near Amblethorpe.',
    ),
  ],
  [
    'DaveP_volunteer',
    'Mar 3, 2026, 10:02pm',
    j(
      'Please don’t rely on the homeopathic drops. Sarcoptic mange is caused by a mite, and there is no evidence those remedies kill',
      'it. The fox will just get worse while you think it is being treated.',
    ),
    j(
      'The good news is that a fox that is still eating and moving well can often be treated in the wild with a proper prescription',
      'medicine, given in food. Rescues in most areas run a scheme for this. Ring one and describe the fox; they will ask for a photo.',
    ),
  ],
  [
    'Moss Lane Fox Rescue',
    'Mar 4, 2026, 8:31am',
    j(
      'Hi, we cover Amblethorpe. Dave is right. Send us a couple of photos through the form on our website and we will assess it.',
      'If it qualifies for home treatment we post the medicine out with instructions, free of charge.',
    ),
    j(
      'If the fox stops eating, has its eyes crusted shut or is out in the day looking wobbly, it needs catching and bringing in.',
      'Call the rescue line in that case and do not try to catch it yourself.',
    ),
  ],
  [
    'wren_at_no9',
    'Mar 19, 2026, 7:40pm',
    j(
      'Update for anyone who finds this: we sent photos to Moss Lane and they posted a treatment course the same week. Two weeks',
      'in, the fur is growing back on the legs and it is much livelier. Thank you both!',
    ),
  ],
];
const fIso = ['2026-03-03T21:14', '2026-03-03T22:02', '2026-03-04T08:31', '2026-03-19T19:40'];
const fLikes = ['2 Likes', '7 Likes', '5 Likes', '9 Likes'];
const fRel = [
  ['Hedgehog in daylight in March – normal?', '6', '341', 'Feb 2026'],
  ['Feeding foxes: good idea or not?', '23', '1.2k', 'Jan 2026'],
];
const fPost = (p: readonly string[], n: number): string => `<div id="post_${n + 1}" itemprop="${n === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post"><div class="crawler-post-meta">
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="/u/${at(p, 0).replace(/ /g, '_')}">
<span itemprop="name">${at(p, 0)}</span></a></span>${
  n === 0
    ? `<link itemprop="mainEntityOfPage"
href="https://talk.wildcarehub.org/t/fox-with-mange/4412">`
    : ''
}
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${at(fIso, n)}:00Z" class="post-time">${at(p, 1)}</time>
<meta itemprop="dateModified" content="2026-03-03T21:14:00Z"><span itemprop="position">${n + 1}</span></span></div>
<div class="post" itemprop="text">${ps(p.slice(2))}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${n}"><span class="post-likes">${at(fLikes, n)}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${fTitle} - Garden Wildlife - WildCare Hub</title>
<meta name="description" content="A young fox has been sleeping under our decking for about a week."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="icon" type="image/png" href="https://talk.wildcarehub.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://talk.wildcarehub.org/t/fox-with-mange-in-our-garden-should-we-try-to-treat-it-ourselves/4412">
<link href="/stylesheets/color_definitions_base__2_a9f1.css?__ws=talk.wildcarehub.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_b2c3d4.css?__ws=talk.wildcarehub.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="WildCare Hub"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="og:title" content="${fTitle}"><meta property="article:published_time" content="2026-03-03T21:14:00+00:00">
<meta property="discourse:tags" content="foxes,mange"></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-contents">
<div class="home-logo-wrapper-outlet"><a href="/"><img src="https://talk.wildcarehub.org/uploads/default/original/1X/logo.png" alt="WildCare Hub" id="site-logo"
class="logo-big"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/fox-with-mange-in-our-garden-should-we-try-to-treat-it-ourselves/4412">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/garden-wildlife/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #3AB54A"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Garden Wildlife</span></span></a><meta itemprop="position"
content="1"></span>
</div><div class="topic-tags"><a href="/tag/foxes" class="discourse-tag">foxes</a><a href="/tag/mange" class="discourse-tag">mange</a></div></div>
${fPosts.map(fPost).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRel
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/x/1"
class="title raw-link raw-topic-link">${at(r, 0)}</a></span><div class="link-bottom-line"><a href="/c/garden-wildlife/7" class="badge-wrapper bullet"><span
class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name">Garden Wildlife</span></span></a></div></td><td
class="replies"><span class="posts" title="posts">${at(r, 1)}</span></td>
<td class="views"><span class="views" title="views">${at(r, 2)}</span></td><td>${at(r, 3)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/categories"
itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/guidelines"
itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/tos" itemprop="url">
Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/privacy" itemprop="url">
Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout654-discourse-fox-mange',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.slice(2))),
  bylines: [...new Set(fPosts.flatMap((p) => p.slice(0, 2)))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Garden Wildlife', 'foxes', 'mange', '1', '2', '3', '4', ...fLikes, 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRel.flat(),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT654_D: readonly TestPage[] = [webflow, discourse];
