import { type TestPage, texts } from './page-kit.js';
import { figmaPost } from './pages-heldout173-d2.js';
import { lis } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file d: a HEY World post (world.hey.com: the writer's name and avatar at the top, the title and
 * date, the Trix body where paragraphs are runs of text split by double line breaks inside a few divs, with an h1 section
 * heading, a blockquote and a list, then the "About" bio, the "Subscribe by email" form, the RSS link and the "Powered by
 * HEY World" footer) and, from file d2, a Figma blog post.
 */
const hwTitle = 'We stopped estimating, and nothing bad happened';
const hwP1 = [
  'For the first six years of our company we estimated everything. Every feature, every bug fix, every little change to the ' +
    'billing page got a number of days next to it. We held meetings to agree on the numbers, and more meetings to explain why ' +
    'we had missed them.',
  'Last spring we stopped. Not gradually, not with a pilot. We just stopped asking for estimates and started asking a different ' + 'question instead.',
];
const hwH1 = 'The question we ask now';
const hwP2 = [
  'Instead of “how long will this take?”, we ask “how much time is this worth?” Those sound similar. They are not. The first ' +
    'question asks someone to predict the future. The second asks us to decide what we want, which is our job anyway.',
  'So a project now starts with a budget, usually two weeks, sometimes four, never more than six. The people doing the work ' +
    'decide what fits inside that budget. If the thing we imagined does not fit, they cut it down until it does, and they do ' +
    'not need to ask permission to do that.',
];
const hwQuote = 'You can’t be late if there is no deadline to miss. You can only decide to stop.';
const hwP3 = [
  'One of our designers said that in a meeting last summer and it stuck with me. It is a little glib, but it is mostly true. ' +
    'A fixed budget with a flexible scope turns missed deadlines into trade-offs, and trade-offs are conversations people can ' +
    'actually have.',
];
const hwH2 = 'What changed';
const hwList = [
  'We ship smaller things more often, because nobody tries to fit a quarter’s work into one project.',
  'We have far fewer meetings about schedules.',
  'People argue about what matters instead of arguing about how many days something will take.',
  'Some things we thought we needed never get built, and nobody misses them.',
];
const hwP4 = [
  'I expected something to go wrong. Customers would be upset, or the team would drift, or we would lose track of what was going ' +
    'on. None of that happened. If anything, we know more about what is going on now, because people tell us what they cut and why.',
  'I am not saying estimates are always wrong. If you are pouring concrete, you need to know when the truck is coming. But most ' +
    'software is not concrete, and most of the estimates I have seen were guesses wearing a tie.',
];
const hwBio =
  'Marisol Duarte runs Tidewell, a small company that makes scheduling software for veterinary clinics. She writes here about running a calm business.';
const hwSub = ['Subscribe to Marisol Duarte’s posts by email', 'Email address', 'Subscribe', 'Or follow via RSS'];
const hwFoot = ['Powered by HEY World', 'Start your own HEY World blog', 'Report abuse'];
const br = (a: readonly string[]): string => a.join('<br><br>');
const html = `<!DOCTYPE html><html lang="en"><head><title>${hwTitle}</title><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="k3wR1v2XbQ-example">
<meta property="og:title" content="${hwTitle}"><meta property="og:description" content="${hwP1[0]?.slice(0, 150)}">
<meta property="og:site_name" content="HEY World"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">
<link rel="alternate" type="application/atom+xml" title="Marisol Duarte" href="https://world.hey.com/marisol/feed.atom">
<link rel="stylesheet" href="/assets/world-4f2c1a9e.css" data-turbo-track="reload"><script src="/assets/world-81be2d03.js" type="module"></script></head>
<body class="world posts posts--show" data-controller="lightbox"><header class="world-header flex align-center justify-center pad-block">
<a class="world-header__author flex align-center gap-half txt-undecorated" href="/marisol"><img class="avatar avatar--medium" alt=""
src="https://world.hey.com/marisol/avatar-4b1d.png"><span class="world-header__name txt-medium">Marisol Duarte</span></a></header>
<main class="world-main"><article class="post pad-block" data-post-id="1f3a2b7c"><header class="post__header txt-align-center">
<h1 class="post__title txt-x-large">${hwTitle}</h1><p class="post__date txt-subtle"><time datetime="2025-03-04T09:12:44Z">March 4, 2025</time></p></header>
<div class="post__body trix-content"><div>${br(hwP1)}</div>
<h1>${hwH1}</h1><div>${br(hwP2)}</div>
<blockquote>${hwQuote}</blockquote><div>${br(hwP3)}</div>
<h1>${hwH2}</h1><ul>${lis(hwList)}</ul><div>${br(hwP4)}</div></div></article>
<section class="post-footer pad-block txt-align-center"><div class="world-bio"><h2 class="txt-medium">About Marisol Duarte</h2>
<div class="trix-content">${hwBio}</div></div>
<form class="subscribe-form flex flex-column gap-half" action="/marisol/subscribers" method="post" data-turbo="false">
<input type="hidden" name="authenticity_token" value="k3wR1v2XbQ-example"><h3 class="subscribe-form__title">${hwSub[0]}</h3>
<label class="visually-hidden" for="subscriber_email_address">${hwSub[1]}</label>
<input type="email" id="subscriber_email_address" name="subscriber[email_address]" placeholder="you@example.com" required>
<button type="submit" class="btn btn--reversed">${hwSub[2]}</button></form>
<p class="txt-small"><a href="https://world.hey.com/marisol/feed.atom">${hwSub[3]}</a></p></section></main>
<footer class="world-footer txt-small txt-subtle txt-align-center pad-block"><a href="https://hey.com/world/">${hwFoot[0]}</a>
<span aria-hidden="true">·</span> <a href="https://hey.com/world/">${hwFoot[1]}</a> <span aria-hidden="true">·</span>
<a href="https://world.hey.com/abuse_reports/new">${hwFoot[2]}</a></footer></body></html>`;
const hey: TestPage = {
  html,
  name: 'heldout173-hey-world-blog',
  kind: 'blog',
  // the blockquote is the author's own quoted line and is body; the writer's name at the top and the date are bylines; the
  // "About" bio, the subscribe form and the footer are furniture
  title: hwTitle,
  headings: [hwH1, hwH2],
  body: texts([...hwP1, ...hwP2, hwQuote, ...hwP3, ...hwList, ...hwP4]),
  bylines: ['Marisol Duarte', 'March 4, 2025'],
  furniture: ['About Marisol Duarte', hwBio, ...hwSub, ...hwFoot],
};

export const HELDOUT173_D: readonly TestPage[] = [hey, figmaPost];
