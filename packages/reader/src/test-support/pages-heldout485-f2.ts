import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file f2: a gospel choir's news post (CMS collection template) on Webflow, announcing its new music director. */
const wTitle = 'Meet our new music director, Abena Osei-Carter';
const wDek = 'After nine years with Bellgate Community Gospel Choir, Marcus Reid hands over the baton in September.';
const wParas = [
  j(
    'We are delighted to announce that Abena Osei-Carter will become Bellgate Community Gospel Choir&#39;s music director from',
    'the start of the autumn term. She was chosen by a panel of choir members and trustees after two open rehearsals in June,',
    'at which more than eighty singers sang under each of the three shortlisted candidates.',
  ),
  j(
    'Abena grew up singing in her church choir in Bellgate and trained as a primary school music teacher. For the last six',
    'years she has run the Riverside Youth Voices project, which she started with eight teenagers in a library meeting room',
    'and which now has three choirs and a waiting list.',
  ),
];
const wQuote = j(
  '"This choir is where I first heard what a hundred voices can do in a small room. I want everyone who walks in on a',
  'Wednesday night, whether they read music or not, to feel that."',
);
const wH1 = 'Thank you, Marcus';
const wParas2 = [
  j(
    'Marcus Reid steps down after nine years in which the choir has grown from thirty singers to more than one hundred and',
    'twenty, recorded two albums and sung at the opening of the new Bellgate Bridge. He will conduct his last concert with us',
    'on Saturday 17 July at the Corn Hall, and we hope as many former members as possible will join us on stage for the finale.',
  ),
  j(
    'Rehearsals continue as usual on Wednesdays at 7pm at Bellgate Baptist Church. New singers are welcome at any rehearsal',
    'in September; just turn up ten minutes early and say hello at the door.',
  ),
];
const wNav = ['About', 'Join the choir', 'Events', 'Book us', 'News', 'Donate'];
const wMore = [
  { t: 'Our summer concert programme', d: 'June 2, 2027' },
  { t: 'Choir weekend away: booking open', d: 'May 18, 2027' },
  { t: 'Singing for wellbeing sessions return', d: 'April 30, 2027' },
];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jun 22 2027 10:14:08 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.bellgategospel.org" data-wf-page="65a1f0c2b3e4d5a6b7c8d9e0" data-wf-site="65a1f0c2b3e4d5a6b7c8d9a1"
data-wf-collection="65a1f0c2b3e4d5a6b7c8d9b2"
data-wf-item-slug="meet-our-new-music-director"><head><meta charset="utf-8"><title>${wTitle} | Bellgate Community Gospel Choir</title>
<meta content="${wDek}" name="description"><meta content="${wTitle}" property="og:title"><meta property="og:type" content="website">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9a1/css/bellgate-gospel.webflow.6c1a2b3c4.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9a1/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext figure{max-width:100%}</style></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9a1/logo.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${n === 'News' ? ' w--current' : ''}">${n}</a>`)
  .join('')}
</nav><div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section_blog-post-header"><div class="padding-global"><div class="container-medium">
<div class="blog-post-header_component">
<div class="blog-post-header_breadcrumb"><a href="/news" class="breadcrumb-link">News</a><div class="breadcrumb-divider">/</div>
<div class="breadcrumb-category">Announcements</div></div>
<h1 class="heading-style-h2">${wTitle}</h1><p class="text-size-medium blog-post-header_dek">${wDek}</p>
<div class="blog-post-header_author-wrapper"><div class="blog-post-header_author-text"><div class="text-weight-semibold">Written by</div>
<div class="text-size-small">
Lorna Achebe-Price</div></div><div class="blog-post-header_date-wrapper"><div class="text-size-small">June 22, 2027</div><div class="text-size-small">·</div>
<div class="text-size-small">4 min read</div></div></div>
<div class="blog-post-header_image-wrapper">
<img src="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9b2/abena.jpg" loading="eager" alt="Abena Osei-Carter"
class="blog-post-header_image"></div></div></div></div></section>
<section class="section_blog-post-content"><div class="padding-global"><div class="container-small"><div class="blog-post-content_content">
<div class="text-rich-text w-richtext">${ps(wParas)}
<blockquote>${wQuote}</blockquote>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9b2/youth.jpg" loading="lazy" alt=""></div>
<figcaption>Abena with Riverside Youth Voices at the Bellgate Festival, 2026</figcaption></figure>
<h2>${wH1}</h2>${ps(wParas2)}</div>
<div class="blog-post-content_share-wrapper"><div class="text-weight-semibold">Share this post</div><div class="w-layout-grid blog-post-content_share">
<a href="https://www.linkedin.com/sharing/share-offsite/?url=" target="_blank" class="blog-post-content_social-link w-inline-block">
<div class="icon-embed-xsmall w-embed">
<svg width="100%" height="100%" viewBox="0 0 24 24"></svg></div></a>
<a href="https://twitter.com/intent/tweet?url=" target="_blank" class="blog-post-content_social-link
w-inline-block"><div class="icon-embed-xsmall w-embed"><svg viewBox="0 0 24 24"></svg></div></a><a href="#" class="blog-post-content_social-link w-inline-block"
fs-copyclip-element="click"><div class="icon-embed-xsmall w-embed"><svg viewBox="0 0 24 24"></svg></div></a></div></div></div></div></div></section>
<section class="section_blog-list"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More news</h2>
<div class="w-dyn-list"><div role="list" class="blog-list_list w-dyn-items">
${wMore
  .map(
    (m) => `<div role="listitem" class="blog-list_item w-dyn-item"><a href="/news/${m.t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="blog-list_item-link
w-inline-block"><h3 class="heading-style-h5">${m.t}</h3><div class="text-size-small">${m.d}</div></a></div>`,
  )
  .join('\n')}
</div></div><a href="/news" class="button is-secondary w-button">View all</a></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-medium"><div class="cta_component">
<h2 class="heading-style-h3">Come and sing with us</h2>
<p class="text-size-medium">No auditions, no need to read music. Just bring your voice.</p>
<a href="/join-the-choir" class="button w-button">Find a rehearsal</a></div>
</div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<div class="w-form"><form id="wf-form-Footer-Newsletter" name="wf-form-Footer-Newsletter" data-name="Footer Newsletter" method="get" class="footer_form"
aria-label="Footer Newsletter"><div class="text-weight-semibold">Join our newsletter</div><input class="form_input w-input" maxlength="256" name="email"
placeholder="Enter your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button is-secondary w-button" value="Subscribe">
</form><div class="w-form-done" tabindex="-1" role="region" aria-label="Footer Newsletter success"><div>Thank you! Your submission has been received!</div>
</div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Footer Newsletter failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<div class="footer_menu-wrapper"><ul class="footer_link-list">${links(['Privacy Policy', 'Safeguarding', 'Contact'], 'footer_link')}</ul></div></div>
<div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2027 Bellgate Community Gospel Choir. Registered charity 1184552.</div></div></div>
</div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2b3e4d5a6b7c8d9a1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2b3e4d5a6b7c8d9a1/js/webflow.4f1c2a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = finish({
  name: 'heldout485-webflow-new-director',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1],
  body: texts([wDek, ...wParas, wQuote, ...wParas2]),
  bylines: ['Written by', 'Lorna Achebe-Price', 'June 22, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'News', '/', 'Announcements', '·', '4 min read',
    'Abena with Riverside Youth Voices at the Bellgate Festival, 2026', 'Share this post', 'More news',
    ...wMore.flatMap((m) => [m.t, m.d]), 'View all', 'Come and sing with us', 'No auditions, no need to read music. Just bring your voice.', 'Find a rehearsal',
    'Join our newsletter', 'Privacy Policy', 'Safeguarding', 'Contact', '© 2027 Bellgate Community Gospel Choir. Registered charity 1184552.',
  ],
});

export const HELDOUT485_F2: readonly TestPage[] = [webflow];
