import { links, type TestPage, texts } from './page-kit.js';
import { calMatters } from './pages-heldout142-e2.js';

/**
 * Held-out batch 142, file e: a Texas Tribune story (skip link, the header with "Donate" and "Newsletters", the topic nav,
 * the topic label, headline, byline, the date with "Updated", the share and "Republish" buttons, the lead photo with caption
 * and credit, "Sign up for The Brief" as the first, italic, paragraph of the story, two subheads, a TribFest promo inside
 * the story, the "Disclosure" paragraph at its end, the "Information about the authors" card, the Trust Project line, the
 * related topics, the hidden republish modal, the donation appeal and the footer) and, from file e2, a CalMatters story.
 */
const ttTitle = 'Rural East Texas hospital reopens its maternity ward after five years, with help from a state grant';
const ttBrief = 'Sign up for The Brief, The Texas Tribune’s daily newsletter that keeps readers up to speed on the most essential Texas news.';
const ttP1 = texts([
  'CADDO SPRINGS — The first baby born at Pinecrest Regional Hospital in more than five years arrived at 4:12 a.m. on a Sunday ' +
    'in late September, a 7-pound girl whose parents had planned to drive an hour and a half to deliver her.',
  'The 38-bed hospital closed its labor and delivery unit in 2020, one of more than two dozen rural Texas hospitals to stop ' +
    'delivering babies in the past decade, as births declined and staffing costs climbed. It reopened last month with a $4.2 ' +
    'million grant from a state program lawmakers created in 2023 to keep rural obstetric care from disappearing.',
  '“When we closed, women here were driving 90 miles in labor,” said Dr. Lorraine Baptiste, the hospital’s chief medical ' +
    'officer. “Some of them did not make it, and had their babies on the side of Highway 59 with a deputy and a dispatcher on ' +
    'the phone.”',
]);
const ttH1 = 'A costly service to run';
const ttP2 = texts([
  'Labor and delivery units are among the most expensive services a small hospital offers. They must be staffed around the ' +
    'clock by nurses with obstetric training, and an anesthesia provider must be available within minutes, even if only one ' +
    'or two babies are born in a week.',
  'Most births in rural Texas are paid for by Medicaid, which reimburses hospitals for less than it costs to deliver a baby, ' +
    'according to a 2024 study by a state hospital association. Pinecrest lost about $1.5 million a year on deliveries before ' +
    'it closed the unit.',
  'The state grant pays for three years of nurse salaries and new equipment. The hospital has also joined a telehealth network ' +
    'that connects its staff with specialists at a Houston hospital for high-risk cases.',
]);
const ttH2 = 'Whether it can last';
const ttP3 = texts([
  'Hospital leaders say they need about 220 births a year to keep the unit going once the grant runs out. They expect about ' + '160 in the first year.',
  'State Rep. Wendell Pruitt, a Republican whose district includes Caddo Springs, said he would push next session to raise ' +
    'Medicaid rates for rural deliveries, an idea that has had support from both parties but has stalled over its cost.',
  '“A grant gets the doors open,” Pruitt said. “Rates are what keep them open.”',
  'For now, Baptiste said, the staff is simply glad to hear a newborn crying down the hall again. “Everybody found a reason ' +
    'to walk past the nursery that morning,” she said.',
]);
const ttDisclosure =
  'Disclosure: The Texas Hospital Association has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news ' +
  'organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play ' +
  'no role in the Tribune’s journalism. Find a complete list of them here.';
const ttNav = ['Politics', 'Government', 'Education', 'Health', 'Immigration', 'Energy & Environment', 'Criminal Justice', 'Events', 'TribFest'];
const ttCaption = 'Nurse Alma Reyes checks on a newborn at Pinecrest Regional Hospital in Caddo Springs on Sept. 30, 2025.';
const ttCredit = 'Credit: Ramón Fuentes for The Texas Tribune';
const ttFest = [
  'The Texas Tribune Festival returns to downtown Austin this November.',
  'Hear from more than 300 speakers on politics, policy and the future of Texas.',
  'Get tickets',
];
const ttBio = 'Keisha Morrow covers health care for The Texas Tribune, with a focus on rural hospitals and access to care. She joined the Tribune in 2022.';
const ttTrust = 'Learn about The Texas Tribune’s policies, including our partnership with The Trust Project to increase transparency in news.';
const ttTopics = ['Health care', 'Rural Texas', 'Medicaid', 'Texas Legislature'];
const ttRepublish = ['Republish this story', 'Our articles may be republished for free, online or in print, under a Creative Commons license.', 'Copy HTML'];
const ttDonate = [
  'Texans need truth. Help us report it.',
  'Our nonprofit newsroom is funded by readers like you. Become a member today.',
  'Yes, I’ll donate today',
];
const ttFoot = ['About Us', 'Our Staff', 'Jobs', 'Who Funds Us?', 'Ethics', 'Corrections', 'Republishing Guidelines', 'Contact Us', 'Privacy Policy'];
const ttP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const ttHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ttTitle} | The Texas Tribune</title>
<meta name="description" content="Pinecrest Regional Hospital closed its labor and delivery unit in 2020. A state grant helped it reopen.">
<meta property="og:site_name" content="The Texas Tribune"><meta property="og:type" content="article"><meta property="og:title" content="${ttTitle}">
<link rel="canonical" href="https://www.texastribune.org/2025/10/08/texas-rural-hospital-labor-delivery-reopens/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ttTitle}","datePublished":"2025-10-08T10:00:00-05:00",
"dateModified":"2025-10-08T17:00:00-05:00","author":[{"@type":"Person","name":"Keisha Morrow"}],"isAccessibleForFree":true,
"publisher":{"@type":"NewsMediaOrganization","name":"The Texas Tribune"}}</script>
<link rel="stylesheet" href="https://static.texastribune.org/dist/css/story.4f1a0c.css">
<script src="https://static.texastribune.org/dist/js/story.4f1a0c.js" defer></script>
</head><body class="story-page"><a class="is-sr-only skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="https://static.texastribune.org/images/tt-logo.svg" alt="The Texas Tribune"></a>
<div class="site-header__actions"><a class="button button--donate" href="https://support.texastribune.org/donate">Donate</a>
<a class="button button--newsletters" href="/newsletters/">Newsletters</a></div>
<nav class="site-header__nav" aria-label="Topics"><ul>${links(ttNav, 'site-header__nav-item')}</ul></nav></header>
<main id="main"><article class="story" data-story-id="41728">
<header class="story__header"><a class="story__topic t-uppercase" href="/topics/health-care/">Health care</a>
<h1 class="story__headline">${ttTitle}</h1>
<div class="story__byline"><span class="byline">by <a href="/about/staff/keisha-morrow/">Keisha Morrow</a></span>
<span class="story__date"><time datetime="2025-10-08T10:00:00-05:00">Oct. 8, 2025</time> <span class="story__updated">Updated: 5 PM Central</span></span></div>
<div class="story__share"><button class="share-button" type="button">Share</button><button class="republish-button" type="button"
aria-controls="republish-modal">Republish</button></div></header>
<figure class="story__lead-art"><img src="https://thumbnails.texastribune.org/pinecrest.jpg?w=1200" alt="A nurse holds a newborn">
<figcaption class="c-caption"><span class="c-caption__text">${ttCaption}</span> <span class="c-caption__credit">${ttCredit}</span></figcaption></figure>
<div class="story-body">
<p><em><a href="/newsletters/the-brief/">${ttBrief}</a></em></p>
${ttP(ttP1)}
<h2>${ttH1}</h2>
${ttP(ttP2)}
<aside class="tribfest-promo"><p>${ttFest[0]}</p><p>${ttFest[1]}</p><a class="button" href="https://festival.texastribune.org/">${ttFest[2]}</a></aside>
<h2>${ttH2}</h2>
${ttP(ttP3)}
<p><em>${ttDisclosure}</em></p>
</div>
<section class="story__authors"><h2 class="t-uppercase">Information about the authors</h2><div class="author-card">
<img src="https://thumbnails.texastribune.org/staff/kmorrow.jpg" alt=""><div><a class="author-card__name" href="/about/staff/keisha-morrow/">Keisha Morrow</a>
<p class="author-card__bio">${ttBio}</p></div></div><p class="story__trust">${ttTrust}</p></section>
<section class="story__topics"><h2 class="t-uppercase">Explore related story topics</h2><ul>${links(ttTopics, 'topic-tag')}</ul></section></article>
<div id="republish-modal" class="modal" role="dialog" aria-modal="true" hidden><h2>${ttRepublish[0]}</h2><p>${ttRepublish[1]}</p>
<textarea readonly>&lt;h1&gt;${ttTitle}&lt;/h1&gt;</textarea><button type="button">${ttRepublish[2]}</button></div>
<section class="donate-appeal"><h2>${ttDonate[0]}</h2><p>${ttDonate[1]}</p>
<a class="button" href="https://support.texastribune.org/donate">${ttDonate[2]}</a></section>
</main>
<footer class="site-footer"><ul>${links(ttFoot, 'site-footer__link')}</ul><p>© 2025 The Texas Tribune</p></footer></body></html>`;
const texasTribune: TestPage = {
  html: ttHtml,
  name: 'heldout142-texastribune-news',
  kind: 'news',
  // "Sign up for The Brief" (the story's first paragraph) and the "Disclosure" paragraph at its end are furniture, as are
  // the TribFest promo, the author card bio, the Trust Project line, topics, the republish modal and the donation appeal;
  // the topic label "Health care" is also a topic tag and is listed once
  title: ttTitle,
  headings: [ttH1, ttH2],
  body: [...ttP1, ...ttP2, ...ttP3],
  bylines: ['Keisha Morrow', 'Oct. 8, 2025', 'Updated: 5 PM Central'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Donate', 'Newsletters', ...ttNav, 'Share', 'Republish', ttCaption, ttCredit, ttBrief, ...ttFest, ttDisclosure,
    'Information about the authors', ttBio, ttTrust, 'Explore related story topics', ...ttTopics, ...ttRepublish, ...ttDonate, ...ttFoot,
    '© 2025 The Texas Tribune',
  ],
};

export const HELDOUT142_E: readonly TestPage[] = [texasTribune, calMatters];
