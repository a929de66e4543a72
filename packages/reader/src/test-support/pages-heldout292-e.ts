import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout292-kit.js';

/**
 * Held-out batch 292, file e: a city visitor bureau's "things to do" listicle built with Squarespace 7.1 blocks (announcement
 * bar, header nav, image blocks with captions, a button block, newsletter block, footer sections): a listing whose numbered items
 * are the article; and a hostel chain's blog post on HubSpot CMS (HubSpot cookie banner, blog header, author and date, tags, a CTA
 * button, blog subscribe form, related posts, comments).
 */
const cTitle = '10 free things to do in Port Calloway';
const cIntro = paras(`
You do not need a big budget to have a great weekend in Port Calloway. Some of the city's best experiences cost nothing at all,
from sunrise on the breakwater to free concerts in the old tram sheds. Here are ten of our favourites, tried and tested by
the team at the visitor bureau.`);
const cItems: [string, string][] = [
  ['1. Walk the Lantern Bridge at dusk', 'The iron footbridge over the Calloway River lights up at sunset, when its 212 glass lanterns come on one by one.'],
  [
    '2. Browse the Saturday book market',
    'Secondhand stalls fill Tanner Square every Saturday from 9 am, with a whole row dedicated to maps and old postcards.',
  ],
  ['3. Tour the City Hall clock tower', 'Free guided climbs run on the first Sunday of each month. Arrive early: places are limited to twenty per tour.'],
  ['4. Swim at Gull Point', 'The city’s only lifeguarded beach is free to use from June to September, with outdoor showers and a shady picnic lawn.'],
  ['5. See the murals of Dock Street', 'More than thirty murals cover the warehouses between Dock Street and the ferry terminal. Pick up a map at our office.'],
  ['6. Catch a lunchtime concert', 'Students from the conservatory play free half-hour recitals in the Tram Shed Hall every Wednesday at 12:30.'],
  ['7. Hike Signal Hill', 'A steep but short trail climbs to the old signal station, with views across the whole harbour from the top.'],
  ['8. Visit the Maritime Museum on Thursdays', 'Admission is free every Thursday evening from 5 pm to 8 pm, including the submarine gallery.'],
  ['9. Watch the ferries from Pilot’s Steps', 'A bench at the top of Pilot’s Steps looks straight down the shipping channel into the harbour mouth.'],
  ['10. Join a Sunday park run', 'A free timed 5 km run loops around Meadow Park every Sunday at 8 am. Walkers and dogs on short leads are welcome.'],
];
const cTips = paras(`
A few of these depend on the weather and the season, so check opening times before you set off. Most are within walking
distance of the city centre, and the free Route 1 shuttle bus links the waterfront with the old town every fifteen minutes.`);
const cNav = ['Explore', 'Eat and Drink', 'Events', 'Plan Your Trip', 'Meetings'];
const cFoot = ['Contact', 'Media', 'Partners', 'Accessibility', 'Privacy'];
const block = (inner: string, id: number): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_${id}"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const cHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>10 Free Things to Do in Port Calloway — Visit Port Calloway</title><meta property="og:site_name" content="Visit Port Calloway">
<meta property="og:title" content="10 Free Things to Do in Port Calloway"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"id":"61a0f","siteTitle":"Visit Port Calloway"},"collection":{"title":"Free things to do"}};</script>
<script type="application/ld+json">{"url":"https://www.visitportcalloway.example","name":"Visit Port Calloway","@context":"http://schema.org",
"@type":"WebSite"}</script></head>
<body id="collection-64f1c2" class="header-overlay-alignment-center tweak-transparent-header view-list collection-type-page">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><p>The Visitor Centre at Harbour Quay is closed for refurbishment until
April. Find us at City Hall.</p></div></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""><div class="header-inner">
<div class="header-title"><div class="header-title-logo"><a href="/" data-animation-role="header-element">Visit Port Calloway</a></div></div>
<div class="header-nav"><nav class="header-nav-list">${cNav
  .map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.length}">${t}</a></div>`)
  .join('\n')}</nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c2a9">
<section data-test="page-section" class="page-section full-bleed-section layout-engine-section" data-section-id="64f1c2b0">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${block(`<h1 style="white-space:pre-wrap;">${cTitle}</h1>${ps(cIntro, ' class="" style="white-space:pre-wrap;"')}`, 1)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.example/lantern-bridge.jpg" alt="Lantern Bridge">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>The Lantern Bridge after dark. Photo by Maren Holt.</p></div></figcaption>
</figure></div></div>
${cItems.map(([h, t], i) => block(`<h3>${h}</h3><p class="" style="white-space:pre-wrap;">${t}</p>`, i + 2)).join('\n')}
${block(`<h2>Before you go</h2>${ps(cTips)}`, 20)}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container">
<a href="/events" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">See what’s on this week</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Stay in the loop</h2><div class="newsletter-form-header-description"><p>Monthly events, offers and
insider tips.</p></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button"
type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p>Visit Port Calloway, 1 Market Row,
Port Calloway</p><ul>${links(cFoot)}</ul><p>© 2026 Port Calloway Visitor Bureau</p></div></div></div></div></section></footer>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const cityList: TestPage = {
  name: 'heldout292-squarespace-city-listicle-blog',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [...cItems.map((c) => c[0]), 'Before you go'],
  body: texts([...cIntro, ...cItems.map((c) => c[1]), ...cTips]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Visitor Centre at Harbour Quay is closed for refurbishment until April. Find us at City Hall.', 'Visit Port Calloway', ...cNav,
    'The Lantern Bridge after dark. Photo by Maren Holt.', 'See what’s on this week', 'Stay in the loop', 'Monthly events, offers and insider tips.',
    'Sign Up', 'Visit Port Calloway, 1 Market Row, Port Calloway', ...cFoot, '© 2026 Port Calloway Visitor Bureau',
  ],
};

const hTitle = 'How to make friends in a hostel (even if you’re shy)';
const hIntro = paras(`
Walking into a hostel common room on your first night can feel like arriving late to a party where everyone already knows
each other. The good news is that nearly everyone in that room felt the same way once, and most of them are hoping someone
will say hello first.

Our staff have checked in thousands of solo travellers across our twelve hostels in nine countries. Here is what they have seen work.`);
const hSmall = paras(`
You do not need to launch into a conversation with a whole table. A simple question to the person in the next bunk, such as
where they have just come from, is enough. Travellers love talking about their route, and the question is easy to answer.

If that still feels like too much, sit in the common room rather than your dorm, even if you are only reading. People are far
more likely to start chatting with someone who is visibly around, and a deck of cards on the table works like an invitation.`);
const hEvents = paras(`
Most of our hostels run something every night: walking tours, pub quizzes, family dinners where everyone chips in for a big
pot of pasta. These are designed for people who do not know anyone, so you will not be the only newcomer.`);
const hEventsList = [
  'Free walking tours leave reception at 10:00 every day.',
  'Family dinner is on Tuesdays and Fridays; sign up at the bar by 17:00.',
  'Quiz night teams are mixed by staff, so nobody sits alone.',
];
const hKitchen = paras(`
The shared kitchen is the most sociable room in any hostel. Cooking at the busy time, around seven in the evening, means
you will be elbow to elbow with other guests, and offering to share a spare onion has started more friendships than any ice
breaker.

Finally, be kind to yourself. Some nights you will want company and some nights you will want a book and an early bed. Both
are part of travelling alone, and the people you meet will still be there in the morning.`);
const hNav = ['Destinations', 'Groups', 'Deals', 'Blog', 'Book now'];
const hTags = ['Solo trips', 'Hostel life', 'Tips'];
const hRelated = ['The ultimate hostel packing list', 'Is a female-only dorm right for you?', '10 cheap eats near Bunkhaus Lisbon'];
const hComment = 'I used the kitchen trick in Prague last month and ended up travelling with two people I met over a pan of risotto!';
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How to make friends in a hostel (even if you're shy)</title>
<meta name="description" content="Tips from our staff for solo travellers on meeting people in a hostel.">
<link rel="canonical" href="https://blog.bunkhaus.example/how-to-make-friends-in-a-hostel"><meta property="og:type" content="article">
<meta name="generator" content="HubSpot"><meta property="article:published_time" content="2026-02-03T08:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"How to make friends in a hostel",
"author":{"@type":"Person","name":"Ana Pereira"},"datePublished":"2026-02-03"}</script>
<link rel="stylesheet" href="https://blog.bunkhaus.example/hs-fs/hub/8812001/hub_generated/template_assets/blog.min.css"></head>
<body class="blog-post-template"><div class="body-wrapper hs-content-id-11825 hs-blog-post hs-blog-id-9101">
<div data-global-resource-path="bunkhaus/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><a href="/">Bunkhaus</a></div>
<nav class="menu" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/author/ana-pereira" rel="author">Ana Pereira</a><time datetime="2026-02-03 08:00:00"
class="blog-post__timestamp">February 3, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<h2>Start small</h2>${ps(hSmall)}<h2>Say yes to the hostel events</h2>${ps(hEvents)}<ul>${lis(hEventsList)}</ul>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a2f">
<span class="hs-cta-node hs-cta-7a2f" id="hs-cta-7a2f"><a href="https://cta-redirect.hubspot.example/cta"
class="cta_button">Find a bed at a Bunkhaus near you</a></span></span></p>
<h2>Use the kitchen</h2>${ps(hKitchen)}</span></div>
<div class="blog-post__tags"><svg class="icon-tag"></svg>${hTags.map((t) => `<a class="blog-post__tag-link" href="/tag/${t.length}">${t}</a>`).join(', ')}
</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map((t) => `<div class="blog-related-posts__post"><h3><a class="blog-related-posts__title-link" href="/r">${t}</a></h3></div>`)
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="comments-listing"><h3>Comments (1)</h3><div class="comment-row"><p class="comment-from"><strong>Jonas Weber</strong>
<span class="comment-date">February 9, 2026</span></p><div class="comment-body"><p>${hComment}</p></div></div></div>
<div class="hs_cos_wrapper_type_form"><h3>Leave a comment</h3><form class="hs-form"><textarea name="comment"></textarea>
<input type="submit" value="Submit Comment" class="hs-button primary"></form></div></div></div></div></div>
<aside class="blog-subscribe content-wrapper"><h3>Subscribe to the Bunkhaus blog</h3><form class="hs-form"><label>Email<span
class="hs-form-required">*</span></label><input type="email"><input type="submit" value="Subscribe" class="hs-button"></form></aside></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>© 2026 Bunkhaus Hostels GmbH</p><ul>${links(['Imprint', 'Privacy', 'Careers'])}
</ul></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores
cookies on your computer to improve your experience.</p><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script>var hsVars = {"portal_id":8812001,"app_hs_base_url":
"https://app.hubspot.example","page_id":11825,"content_group_id":9101,"analytics_page_type":"blog-post"};</script></body></html>`;
const hostelBlog: TestPage = {
  name: 'heldout292-hubspot-hostel-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Start small', 'Say yes to the hostel events', 'Use the kitchen'],
  body: texts([...hIntro, ...hSmall, ...hEvents, ...hEventsList, ...hKitchen]),
  bylines: ['Ana Pereira', 'February 3, 2026', 'Jonas Weber', 'February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bunkhaus', ...hNav, 'Find a bed at a Bunkhaus near you', ...hTags, 'Related posts', ...hRelated, 'Comments (1)', hComment,
    'Leave a comment', 'Subscribe to the Bunkhaus blog', 'Email', '© 2026 Bunkhaus Hostels GmbH', 'Imprint', 'Privacy', 'Careers',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT292_E: readonly TestPage[] = [cityList, hostelBlog];
