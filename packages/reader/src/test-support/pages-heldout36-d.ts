import { type TestPage, texts } from './page-kit.js';
import { gannett } from './pages-heldout36-d2.js';

/**
 * Held-out batch 36, file d: a Globe and Mail politics story (subscriber top bar, section nav, the "Politics" label,
 * headline and dek, the writer with role and a location set beside the name, "Published"/"Updated" times, the "Listen to this
 * article" player, share, bookmark and comment buttons, the lead photo with its "Open this photo in gallery:" button and
 * credit, body paragraphs with a mid-article newsletter box and ad, "Report an editorial error" links, "Follow related
 * authors and topics", the comment-community blurb, "Trending" rail and footer). The USA TODAY Network story of this file is
 * in pages-heldout36-d2.ts.
 */
const gmTitle = 'Coast Guard to open six Arctic lifeboat stations by 2029 as shipping through the Northwest Passage grows';
const gmDek = 'The stations, staffed in summer by local crews, are meant to cut rescue times in waters where help can be days away';
const gmBody = [
  'The Canadian Coast Guard will open six seasonal lifeboat stations in the Arctic over the next four years, with the first ' +
    'two in Cambridge Bay and Pond Inlet to operate this summer, as commercial and tourist traffic through the Northwest ' +
    'Passage continues to rise.',
  'The plan, to be announced on Wednesday by Fisheries and Oceans Minister Claire Beaulieu, will cost $212-million over ' +
    'five years and include new boathouses, fast rescue craft and housing for crews, according to a senior government official ' +
    'who was not authorized to speak publicly before the announcement.',
  'Each station will be staffed from late June to October, when the sea ice has retreated far enough for ships to pass, and ' +
    'will be run jointly with the Canadian Coast Guard Auxiliary, a volunteer organization whose Arctic members are mostly Inuit ' +
    'hunters and fishers.',
  'At present, the nearest permanent search-and-rescue resources for much of the Arctic archipelago are aircraft based in ' +
    'Trenton, Ont., and Winnipeg, more than 2,000 kilometres away. A report by the Auditor-General in 2024 found that response ' +
    'times to some Arctic incidents had exceeded 20 hours.',
  'Vessel transits through the Northwest Passage have roughly tripled over the past decade, according to Transport Canada ' +
    'figures, driven by cruise ships, private yachts and cargo ships resupplying northern communities and mines.',
  '“We have had near misses every summer, and people here have been the ones going out in their own boats to help,” said ' +
    'Abraham Kaviok, the mayor of Cambridge Bay, who has lobbied for a station in the hamlet since 2019. “This recognizes that, ' +
    'and it gives our crews proper equipment and training.”',
  'The four other stations are to open in Gjoa Haven, Resolute, Arctic Bay and Ulukhaktok by 2029. Each will have a crew of ' +
    'six to eight, trained in the south over the winter, and a 12-metre rescue vessel built for ice-infested waters.',
  'Conservative fisheries critic Mark Dunphy said the announcement was overdue and questioned whether the boats would be ' +
    'delivered on time, given repeated delays in the Coast Guard’s shipbuilding programme. The department says the first two ' +
    'vessels have already been built and are on trials in Nova Scotia.',
  'Rachel Ipeelee, who studies Arctic security at Trent University, said small community stations were a ' +
    'cost-effective way to extend coverage. “The capacity that matters in the first hour is the capacity that is already in ' +
    'the community,” he said.',
];
const gmCaption = 'A Canadian Coast Guard Auxiliary crew trains near Cambridge Bay, Nunavut, in August, 2025.';
const gmCredit = 'Lindsay Harcourt/The Globe and Mail';
const gmNav = ['Canada', 'World', 'Business', 'Investing', 'Personal Finance', 'Opinion', 'Politics', 'Sports', 'Life', 'Arts', 'Drive', 'Real Estate'];
const gmNewsletter = ['Sign up for the Politics Briefing Newsletter', 'Your daily guide to what happens on Parliament Hill, every weekday.'];
const gmTrending = [
  'Bank of Canada holds key rate as trade talks drag on',
  'How much house can you afford in 2026? Our calculator explains',
  'Ontario to end time-of-use electricity pricing for small businesses',
  'Maple Leafs trade for veteran defenceman ahead of deadline',
];
const gmFoot = [
  'Customer Help',
  'Contact Us',
  'Subscribe',
  'Advertise with us',
  'Accessibility',
  'Editorial code of conduct',
  'Privacy Policy',
  'Terms & Conditions',
];
const gmP = (t: string): string => `<p class="c-article-body__text text-gray-90 font-serif">${t}</p>`;
const gmHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${gmTitle} - The Globe and Mail</title>
<meta name="description" content="${gmDek}">
<link rel="canonical" href="https://www.theglobeandmail.com/politics/article-coast-guard-arctic-lifeboat-stations/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gmTitle}","description":"${gmDek}",
"datePublished":"2026-01-28T05:00:00Z","author":[{"@type":"Person","name":"Evan Cartwright"}],"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".c-article-body"}}</script>
<script>window.Fusion=window.Fusion||{};Fusion.deployment="2174";Fusion.globalContent={"_id":"ARC7QX3","type":"story"};</script>
</head><body class="article-page">
<div id="fusion-app"><a class="skip-link" href="#main-content">Skip to main content</a>
<div class="c-top-bar"><span class="c-top-bar__offer">Subscribe for $1.99/week for 24 weeks</span><a href="/subscribe/">Subscribe</a>
<a href="/login/">Log in</a></div>
<header class="c-site-header"><a href="/" class="c-site-header__logo" aria-label="The Globe and Mail home"></a>
<nav class="c-site-nav"><ul>${gmNav
  .map((t) => `<li class="c-site-nav__item"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`)
  .join('')}</ul></nav>
<button class="c-site-header__search" aria-label="Search">Search</button></header>
<main id="main-content" class="l-container">
<div class="c-article-header">
<a class="c-article-header__label" href="/politics/">Politics</a>
<h1 class="c-primary-title">${gmTitle}</h1>
<p class="c-article-header__dek">${gmDek}</p>
<div class="c-byline-wrap"><div class="c-byline"><a class="c-byline__author" href="/authors/evan-cartwright/">Evan Cartwright</a>
<span class="c-byline__title">Parliamentary Reporter</span><span class="c-byline__location">Ottawa</span></div>
<div class="c-timestamp"><time datetime="2026-01-28T05:00:00Z">Published January 28, 2026</time>
<time datetime="2026-01-28T14:21:00Z" class="c-timestamp__updated">Updated January 28, 2026</time></div></div>
<div class="c-article-tools">
<div class="c-audio-player" data-sophi-feature="audio"><button class="c-audio-player__play">Listen to this article</button>
<span class="c-audio-player__time">Estimated 6 minutes</span>
<span class="c-audio-player__note">The audio version of this article is generated by AI-based technology.
Mispronunciations can occur.</span></div>
<button class="c-share-button">Share</button><button class="c-bookmark-button" aria-label="Bookmark">Bookmark</button>
<a class="c-comment-button" href="#comments">Leave a comment</a></div></div>
<figure class="c-article-image"><button class="c-article-image__gallery" data-gallery="true">Open this photo in gallery:</button>
<img src="https://www.theglobeandmail.com/resizer/v2/ARCTIC-LIFEBOAT.jpg?auth=9d8a&width=1200&quality=80" alt="">
<figcaption class="c-article-image__caption">${gmCaption}<span class="c-article-image__credit">${gmCredit}</span></figcaption></figure>
<article class="c-article-body l-article-body" data-sophi-feature="article-body">
${gmBody.slice(0, 4).map(gmP).join('\n')}
<div class="c-newsletter-signup" data-newsletter="politics-briefing"><h3 class="c-newsletter-signup__title">${gmNewsletter[0]}</h3>
<p>${gmNewsletter[1]}</p><button class="c-newsletter-signup__button">Sign Up</button></div>
${gmBody.slice(4, 7).map(gmP).join('\n')}
<div class="c-ad c-ad--bigbox" id="ad-bigbox-1"><span class="c-ad__label">Advertisement</span></div>
${gmBody.slice(7).map(gmP).join('\n')}
</article>
<div class="c-article-feedback"><a href="/corrections/">Report an editorial error</a> <a href="/help/">Report a technical issue</a>
<a href="/editorial-code/">Editorial code of conduct</a></div>
<section class="c-follow"><h3 class="c-follow__title">Follow related authors and topics</h3>
<ul><li>Evan Cartwright <button>Follow</button></li><li>Arctic <button>Follow</button></li><li>Canadian Coast Guard <button>Follow</button></li></ul>
<p class="c-follow__note">Authors and topics you follow will be added to your personal news feed in Following.</p></section>
<section class="c-comments" id="comments"><h3>Comments</h3>
<p class="c-comments__intro">Welcome to The Globe and Mail’s comment community. This is a space where subscribers can engage with each other and
Globe staff. Non-subscribers can read and sort comments but will not be able to engage with them in any way.</p>
<button class="c-comments__load">Show comments</button></section>
<aside class="c-trending"><h2>Trending</h2><ol>${gmTrending.map((t, i) => `<li><a href="/trending-${i}/">${t}</a></li>`).join('')}</ol></aside>
</main>
<footer class="c-site-footer"><ul>${gmFoot
  .filter((t) => t !== 'Editorial code of conduct')
  .map((t) => `<li><a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}/">${t.replace('&', '&amp;')}</a></li>`)
  .join('')}</ul>
<p>© Copyright 2026 The Globe and Mail Inc. All rights reserved.</p><p>Andrew Saunders, President and CEO</p></footer>
</div></body></html>`;
const globe: TestPage = {
  html: gmHtml,
  name: 'heldout36-globe-and-mail',
  kind: 'news',
  // the dek is body; the writer, his role line, the location set beside the byline ("Ottawa", a dateline apart from the text)
  // and the two times are the bylines; the "Politics" label, the audio player with its estimate and AI note, share, bookmark,
  // "Leave a comment", "Open this photo in gallery:", the caption and credit, the newsletter box and ad label between
  // paragraphs, the feedback links, "Follow related authors and topics" (with the writer's name a second time), the comment
  // blurb, "Trending", top bar, nav and footer are furniture ("Politics" once, label and nav); nav "Canada", the follow topics
  // "Arctic" and "Canadian Coast Guard" and the header's "Search" (the body's "search-and-rescue") are words of the body: left out
  title: gmTitle,
  headings: [],
  body: [gmDek, ...texts(gmBody)],
  bylines: ['Evan Cartwright', 'Parliamentary Reporter', 'Ottawa', 'Published January 28, 2026', 'Updated January 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Subscribe for $1.99/week for 24 weeks', 'Log in', ...gmNav.filter((t) => t !== 'Canada'),
    'Listen to this article', 'Estimated 6 minutes',
    'The audio version of this article is generated by AI-based technology. Mispronunciations can occur.', 'Share', 'Bookmark', 'Leave a comment',
    'Open this photo in gallery:', gmCaption, gmCredit, ...gmNewsletter, 'Sign Up', 'Advertisement', 'Report an editorial error',
    'Report a technical issue', 'Follow related authors and topics', 'Authors and topics you follow will be added to your personal news feed in Following.',
    'Comments', 'Welcome to The Globe and Mail’s comment community.', 'Follow',
    'This is a space where subscribers can engage with each other and Globe staff.',
    'Non-subscribers can read and sort comments but will not be able to engage with them in any way.', 'Show comments', 'Trending', ...gmTrending, ...gmFoot,
    '© Copyright 2026 The Globe and Mail Inc. All rights reserved.', 'Andrew Saunders, President and CEO',
  ],
};

export const HELDOUT36_D: readonly TestPage[] = [globe, gannett];
