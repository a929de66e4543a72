import { links, type TestPage } from './page-kit.js';
import { bodyOf, heads, j, lis, type Section } from './pages-heldout391-kit.js';

/**
 * Held-out batch 391, file b2: a veterinary practice's news post on a Wix blog (Wix site header and menu, the blog's category
 * menu and search, post header with the writer's avatar, name, date and reading time, the rich content viewer's paragraphs,
 * headings, list and image with its caption, hashtags, share buttons, view and comment counts, "Recent Posts", the Wix
 * comments widget, the site footer, the Wix free-site banner and the Wix cookie banner).
 */
const wTitle = 'Our new cat-friendly waiting room is open';
const wSecs: Section[] = [
  [
    '',
    [
      j(
        'After six weeks of building work, the new cat waiting room at Copperfield Road Veterinary Centre opened on Monday. It',
        'sits to the left of reception, behind a glass door, and it is for cats and their owners only.',
      ),
      j(
        'Most cats find vet visits stressful long before they reach the consulting room. The smell and noise of dogs in a shared',
        'waiting area can raise a cat’s heart rate and make an examination harder for everyone. Separating the two was the',
        'change our clients asked for most in last year’s survey.',
      ),
    ],
  ],
  [
    'What has changed',
    [
      [
        'a separate, quiet room with its own entrance from the car park',
        'raised shelves so carriers are not left on the floor',
        'towels sprayed with a calming pheromone to cover carriers',
        'a dedicated cat consulting room next door, so you do not cross the main waiting area',
      ],
      j(
        'We have also moved cat-only appointments to the first hour of each afternoon clinic, when the practice is usually at its',
        'quietest. Reception will offer you one of these slots when you book, but any time still works.',
      ),
    ],
  ],
  [
    'Cat Friendly Clinic accreditation',
    [
      j(
        'The room is the last step towards our application for Gold Cat Friendly Clinic status. Our nurse Aoife Brennan has led the',
        'project and completed her feline advanced nursing certificate this winter. We expect the assessment in early summer and',
        'will share the result here.',
      ),
    ],
  ],
  [
    'Tips for a calmer trip',
    [
      j(
        'Leave the carrier out at home for a few days before the visit so it becomes familiar furniture rather than a warning sign.',
        'A carrier with a removable top lets us examine a nervous cat without tipping it out. Cover the carrier in the car and hold',
        'it level, not by the handle swinging at your side.',
      ),
      j(
        'If your cat is very anxious, ask us about a pre-visit medicine. A single dose given at home two hours before the',
        'appointment can make a big difference for some cats.',
      ),
    ],
  ],
];
const wNav = ['Home', 'Services', 'Meet the Team', 'Pet Health Plan', 'News', 'Contact'];
const wCats = ['All Posts', 'Practice News', 'Cats', 'Dogs', 'Rabbits & Small Pets'];
const wTags = ['#catfriendly', '#practicenews'];
const wRecent = ['Spring lungworm reminder for dog owners', 'Meet Dr Farouk, our new exotics vet', 'Dental month: free checks in February'];
const wFoot = ['Privacy Policy', 'Terms & Conditions', 'Complaints Procedure'];
const ph = (id: string, html: string): string =>
  `<div class="_3qBZC" data-hook="rcv-block-${id}"></div><p class="mm8Nw _1j-51 roLFQS _1FoOD _78FBa IYfYdI public-DraftStyleDefault-block-depth0
fixed-tab-size public-DraftStyleDefault-text-ltr" dir="auto" id="viewer-${id}"><span class="_2PHJq public-DraftStyleDefault-ltr">${html}</span></p>`;
const hd = (id: string, t: string): string =>
  `<h2 class="mm8Nw _1j-51 roLFQS _1atvN _78FBa IYfYdI public-DraftStyleDefault-block-depth0 fixed-tab-size" dir="auto" id="viewer-${id}">
<span class="_2PHJq public-DraftStyleDefault-ltr">${t}</span></h2>`;
const content = wSecs
  .map(([h, blocks], i) =>
    [
      h === '' ? '' : hd(`h${i}`, h),
      ...blocks.map((b, k) =>
        typeof b === 'string'
          ? ph(`p${i}${k}`, b)
          : `<ul class="_3XpAp public-DraftStyleDefault-ul" dir="auto">${b
              .map((t) => `<li class="_1H3IP public-DraftStyleDefault-unorderedListItem" dir="auto"><p class="mm8Nw _1j-51 IYfYdI"><span>${t}</span></p></li>`)
              .join('\n')}</ul>`,
      ),
    ].join('\n'),
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en" class=""><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Our new cat-friendly waiting room is open</title>
<meta name="description" content="The new cat waiting room at Copperfield Road Veterinary Centre opened on Monday."><meta property="og:type" content="article">
<meta property="article:author" content="https://www.facebook.com/copperfieldvets"><meta property="og:site_name" content="Copperfield Road Vets">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-02-23T09:12:44.000Z",
"author":{"@type":"Person","name":"Priya Castellano"},"publisher":{"@type":"Organization","name":"Copperfield Road Vets"}}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["blog","comments"],"viewMode":"desktop","language":"en"}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent);</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="BACKGROUND_GROUP"></div>
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="https://www.wix.example/lpviral/enviral" class="uDW_Qe" target="_blank">
<span class="RZQnmg">This site was designed with the <strong>Wix</strong> website builder. Create your website today.</span>
<span class="TUe0ZS">Start Now</span></a></div>
<div id="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-kl2a1" class="Zc7IjY comp-kl2a1 wixui-rich-text"><h2 class="font_2 wixui-rich-text__text">Copperfield Road Vets</h2></div>
<nav id="comp-kl2a9" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kl2a9"><ul class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav><div id="comp-kl2b2" class="comp-kl2b2 wixui-button"><a data-testid="linkElement" href="tel:01632960884"
class="wixui-button__link"><span class="wixui-button__label">Call 01632 960 884</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c8h2y" class="dBAkHi wixui-page">
<div data-hook="blog-desktop-header-container"><nav data-hook="category-menu" class="HUQxqH"><ul>${links(wCats, 'OmkE4Q')}</ul></nav>
<div data-hook="search-input"><input type="search" placeholder="Search" aria-label="Search"></div><button data-hook="login-button">Log in / Sign up</button>
</div>
<article data-hook="post" class="blog-post-page-font"><div class="post-header"><div class="jVCdXd" data-hook="post-metadata">
<div data-hook="avatar" class="avatar"><img src="https://static.wixstatic.example/media/priya.jpg" alt="Writer's picture"></div>
<div class="tQ0Q1A"><span data-hook="user-name" class="iYG_V2 user-name">Priya Castellano</span><ul class="pu51Xe"><li><span data-hook="time-ago"
class="post-metadata__date time-ago" title="Feb 23">Feb 23</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime"
title="3 min read">3 min read</span></li></ul></div><button data-hook="more-button" aria-label="More actions"></button></div></div>
<div class="post-title"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text">${wTitle}</span>
</h1></div>
<div class="post-content" data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer" dir="ltr">
${content.replace(
  '<h2',
  `<div class="wixui-gallery" data-hook="image-viewer"><figure><img src="https://static.wixstatic.example/media/cat-room.jpg" alt="">
<figcaption data-hook="imageViewerCaption" class="Qr6ZMc">The cat waiting room, with raised shelves for carriers</figcaption></figure></div><h2`,
)}
</div></div>
<div class="post-tags" data-hook="post-tags-container"><ul>${links(wTags, 'tag')}</ul></div>
<div class="post-footer" data-hook="post-footer"><div data-hook="post-main-actions-desktop" class="share-buttons"><button aria-label="Share via Facebook"
class="share-button"></button><button aria-label="Share via X" class="share-button"></button><button aria-label="Share via LinkedIn" class="share-button">
</button><button aria-label="Share via link" class="share-button"></button></div><div class="post-stats"><span data-hook="views-count">48 views</span>
<span data-hook="comments-count">0 comments</span><button data-hook="like-button" aria-label="Post not marked as liked"><span data-hook="like-count">3</span>
</button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts-header"><h2 class="recent-posts-title">Recent Posts</h2>
<a data-hook="see-all-posts" href="/news">See All</a></div><ul>${links(wRecent, 'post-list-item')}</ul></section>
<section data-hook="comments-widget" class="comments"><h2 data-hook="comments-header">Comments</h2><div data-hook="comment-box-placeholder">
<button class="comment-box">Write a comment...</button></div></section></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kl2c7" class="comp-kl2c7 wixui-rich-text"><p class="font_8">Copperfield Road
Veterinary Centre, 61 Copperfield Road, Ashby Marsh AM2 9RD</p><p class="font_8">Open 24 hours for emergencies: 01632 960 884</p>
<ul class="font_8">${lis(wFoot)}</ul><p class="font_8">© 2026 by Copperfield Road Vets. RCVS Accredited Practice.</p></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner"><div class="consent-banner__text">
<p>This website uses cookies. We use cookies to improve your experience and for marketing.</p></div><div class="consent-banner__buttons">
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.renderer.min.js"></script></body></html>`;
export const wixVet: TestPage = {
  name: 'heldout391-wix-vet-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: heads(wSecs),
  body: bodyOf(wSecs),
  bylines: ['Priya Castellano', 'Feb 23', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Copperfield Road Vets', ...wNav,
    'Call 01632 960 884', ...wCats, 'Log in / Sign up', 'The cat waiting room, with raised shelves for carriers', ...wTags, '48 views', '0 comments',
    'Recent Posts', 'See All', ...wRecent, 'Comments', 'Write a comment...',
    'Copperfield Road Veterinary Centre, 61 Copperfield Road, Ashby Marsh AM2 9RD', 'Open 24 hours for emergencies: 01632 960 884', ...wFoot,
    '© 2026 by Copperfield Road Vets. RCVS Accredited Practice.', 'This website uses cookies. We use cookies to improve your experience and for marketing.',
    'Settings', 'Decline', 'Accept',
  ],
};
