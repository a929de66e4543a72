import { links, ps, type TestPage, texts } from './page-kit.js';
import { arcNews } from './pages-heldout385-d2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file d: a travel insurer's advisory blog post on a HubSpot CMS blog template (quote bar, header menu,
 * post header with author, date and reading time, featured image with credit, a "Get a quote" CTA inside the post, the tags,
 * the author bio box, related posts, the blog subscription form, the HubSpot cookie banner, the footer) and, from file d2,
 * a news story on a new advisory level on an Arc XP site.
 */
const hTitle = 'Does your travel insurance still cover you when the advisory level goes up?';
const hIntro = [
  j(
    'Every week we hear from customers who have booked a trip, only to see the government raise the travel advisory for their',
    'destination a few days before they leave. The first question is almost always the same: am I still covered?',
  ),
  j(
    'The short answer is that it depends on when you bought your policy, what the new advisory says and whether you decide to go.',
    'Here is how it works with a Harbourline Comprehensive policy.',
  ),
];
const hBefore = [
  j(
    'If you bought your policy before the advisory was raised to "Do not travel", you can usually cancel your trip and claim your',
    'non-refundable costs, such as flights and hotel deposits. You will need to show the date of the change and your booking receipts.',
  ),
  j(
    'If you bought your policy after the advisory changed, the change is a known event, and cancellation because of it is not covered.',
    'This is one of the most common reasons claims are declined.',
  ),
];
const hGo = [
  'Most policies, including ours, exclude claims that arise in a country or area under a "Do not travel" advisory. That includes:',
  'medical treatment and hospital stays',
  'emergency evacuation and repatriation',
  'lost or stolen luggage and personal belongings',
  'personal liability if you injure someone or damage property',
  j(
    'A "Reconsider your need to travel" level is treated differently. Cover generally continues, but we may ask how you prepared,',
    'for example whether you followed the government advice on avoiding protests.',
  ),
];
const hQuote = 'An advisory change is the single biggest reason we see trips cancelled in the last week before departure.';
const hTips = [
  'Buy your policy as soon as you book, not the week before you fly.',
  'Subscribe to the government advisory for every country on your itinerary.',
  'Keep a copy of the advisory text and the date it changed.',
  'Call our assistance line before you change your plans if you are already abroad.',
];
const hTags = ['Travel advisories', 'Cancellation cover', 'Claims advice'];
const hRelated = ['What counts as a known event?', 'Five claims we pay that surprise people', 'Cover for cruises: what you need to know'];
const hMenu = ['Travel insurance', 'Single trip', 'Annual multi-trip', 'Make a claim', 'Help centre', 'Blog'];
const hFoot = ['About us', 'Complaints', 'Policy documents', 'Privacy', 'Cookies', 'Accessibility'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="How a change to a government travel advisory affects cancellation and medical cover on your policy.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.harbourline.example/blog/advisory-level-cover">
<meta property="og:description" content="How a change to a government travel advisory affects your cover."><meta property="og:title" content="${hTitle}">
<meta name="twitter:card" content="summary_large_image"><meta name="generator" content="HubSpot">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/blog-post.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Calloway"},"datePublished":"2026-03-06"}</script>
<script>var hsVars = {render_id: "a1b2c3", ticks: 1741255200, page_id: 1849226517};</script></head>
<body><div class="body-wrapper hs-content-id-1849226517 hs-blog-post hs-blog-id-8821640">
<div data-global-resource-path="harbourline/templates/partials/header.html"><header class="header">
<div class="header__top-bar"><p>Get 15% off annual cover until 31 March</p><a href="/quote" class="button">Get a quote</a></div>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/logo.svg" alt="Harbourline Travel Insurance"></a></div>
<nav class="header__navigation" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hMenu, 'menu__item menu__item--depth-1')}</ul></nav>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-calloway" class="blog-post__author">Priya Calloway</a>
<time datetime="2026-03-06 09:00:00" class="blog-post__timestamp">6 March 2026</time><span class="blog-post__read-time">5 min read</span></div>
<figure class="blog-post__featured-image"><img src="/hubfs/blog/departures-board.jpg" alt="Departures board">
<figcaption>A departures board at Larkport airport. Photo: Dan Merriweather</figcaption></figure>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<h2>If the advisory changes before you travel</h2>${ps(hBefore)}
<h2>If you decide to go anyway</h2><p>${hGo[0]}</p><ul>${hGo
  .slice(1, 5)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>${ps(hGo.slice(5))}
<blockquote><p>${hQuote}</p></blockquote>
<span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1d"><span class="hs-cta-node hs-cta-5e1d"><a href="/quote" class="cta_button">Compare our policies
and get a quote in two minutes</a></span></span>
<h2>Four ways to protect yourself</h2><ol>${hTips.map((t) => `<li>${t}</li>`).join('')}</ol></span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Topics:</span>
${hTags.map((t) => `<a class="blog-post__tag-link" href="#">${t}</a>`).join(', ')}</div>
<div class="blog-post__author-bio"><img src="/hubfs/authors/priya.jpg" alt="Priya Calloway"><div><h3>Written by Priya Calloway</h3>
<p>Priya leads the claims team at Harbourline and has worked in travel insurance for twelve years.</p></div></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map((t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3></div>`)
  .join('')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Harbourline blog</h3><form class="hs-form"><label>Email<span class="hs-form-required">*</span></label>
<input type="email" name="email"><input type="submit" value="Subscribe"></form></div></div></div></main>
<footer class="footer"><ul class="footer__menu">${links(hFoot)}</ul><p>Harbourline Insurance Services Ltd is authorised and regulated by the Financial
Conduct Authority.</p><p>© 2026 Harbourline</p></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout385-harbourline-hubspot-blog',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['If the advisory changes before you travel', 'If you decide to go anyway', 'Four ways to protect yourself'],
  body: texts([...hIntro, ...hBefore, ...hGo, hQuote, ...hTips]),
  bylines: ['Priya Calloway', '6 March 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Get 15% off annual cover until 31 March', 'Get a quote', ...hMenu, 'A departures board at Larkport airport. Photo: Dan Merriweather',
    'Compare our policies and get a quote in two minutes', 'Topics:', ...hTags, 'Written by Priya Calloway',
    'Priya leads the claims team at Harbourline and has worked in travel insurance for twelve years.', 'Related posts', ...hRelated,
    'Subscribe to the Harbourline blog', ...hFoot, 'Harbourline Insurance Services Ltd is authorised and regulated by the Financial Conduct Authority.',
    '© 2026 Harbourline', 'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept',
  ],
};

export const HELDOUT385_D: readonly TestPage[] = [hubspot, arcNews];
