import { links, ps, type TestPage, texts } from './page-kit.js';
import { dwStory } from './pages-heldout136-e2.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file e: a story from The Intercept (skip link, the header with section links, "Join Newsletter" and
 * "Donate", the kicker, h1 title and subtitle, byline and date, share links, the lead illustration credit, the body with two h2
 * subheads, a captioned photo, an inline newsletter embed and a pull quote, the "Contact the author" box, the member appeal,
 * "Related" and "Latest Stories" rails, the footer and the hidden newsletter modal) and, from file e2, a DW English story.
 */
const iTitle = 'Police Departments Bought Location Data From a Weather App. They Didn’t Need a Warrant.';
const iSub = 'Records show at least 14 local agencies paid a data broker for phone locations collected by a popular forecasting app.';
const iP1 = paras(`
At least 14 police departments and sheriff’s offices across three states bought access to a database of phone locations
gathered through a free weather app, according to contracts and emails obtained by The Intercept through public records
requests. None of the agencies sought a warrant before searching the data.

The database was sold by Vantrix Data, a small broker based in a suburban office park, which licensed location information from
the makers of SkyCast, a forecasting app with more than 8 million downloads. The app asks users for permission to track their
location so it can send local storm alerts. Its privacy policy says the data may be shared with “partners” for “research and
safety purposes.”
`);
const iH1 = 'A search tool for every phone';
const iP2 = paras(`
Marketing materials from Vantrix describe a product called Pathfinder, which allows an officer to draw a shape on a map and see
every device that passed through it in a given window of time, then follow those devices backward and forward for up to 90
days. One brochure shows a circle drawn around a convenience store with the caption “Who was here?”

Agencies paid between $7,500 and $24,000 a year for access, the records show. Emails from one sheriff’s office describe using
Pathfinder to identify phones near the scene of a burglary and then to trace one of them to a home address.
`);
const iQuote = 'This is a general warrant by another name. The Fourth Amendment was written to stop exactly this kind of search.';
const iP3 = paras(`
Civil liberties lawyers say the practice sidesteps a 2018 Supreme Court decision that requires police to get a warrant for
historical cell phone location records from wireless carriers. Because the data comes from an app rather than a carrier, and
is bought rather than demanded, agencies have argued that the ruling does not apply.

“This is a general warrant by another name,” said Marisol Treviño, a staff attorney at the Digital Rights Project. Her
organization has asked two state attorneys general to investigate.
`);
const iH2 = 'The companies respond';
const iP4 = paras(`
In a statement, Vantrix said its products were used “in full compliance with applicable law” and that the location data it
sells is “de-identified.” But researchers have repeatedly shown that a phone’s nightly resting place is usually enough to
identify its owner, and the sheriff’s office emails show officers doing exactly that.

The company behind SkyCast did not respond to questions about how many of its users were aware their locations were being sold to
police. After The Intercept contacted it, the app’s privacy policy was updated to remove the words “safety purposes.”

Three of the agencies said they had stopped using the service. The others did not respond or declined to comment.
`);
const iNav = ['Politics', 'National Security', 'Technology', 'Environment', 'Voices', 'Podcasts', 'Documents'];
const iCredit = 'Illustration: Rohan Kell for The Intercept';
const iPhoto = ['A Vantrix Data brochure obtained through a public records request.', 'Document: Obtained by The Intercept'];
const iNews = ['Join Our Newsletter', 'Original reporting. Fearless journalism. Delivered to you.', 'I’m in'];
const iContact = ['Contact the author:', 'Aaron Feld', 'aaron.feld@theintercept.com', '@afeld on X', 'aaronfeld.42 on Signal'];
const iAppeal = paras(`
We’re independent of corporate interests — and powered by members. Join us.

The Intercept is an independent nonprofit news outlet. We don’t have ads, so we depend on our members to help us hold the
powerful to account.

Become a member
`);
const iRelated = items(`
The Surveillance Startup Selling “Pre-Crime” Software to Small Towns
How a License Plate Reader Network Quietly Went National
`);
const iLatest = items(`
Inside the Pentagon’s Plan to Rebuild Its Drone Fleet
A Water Utility Hid Lead Test Results for Two Years
The Lobbyists Writing State Data Privacy Bills
`);
const iFoot = ['About', 'Policies and Reports', 'Become a Source', 'Join Newsletter', 'Donate', 'Terms of Use', 'Privacy', 'SecureDrop'];
const iCopy = '© The Intercept. All rights reserved';
const iModal = ['Don’t miss the best of The Intercept', 'Sign up for our newsletter.', 'Not now'];
const iHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${iTitle}</title><meta name="description" content="${iSub}">
<meta property="og:title" content="${iTitle}"><meta property="og:site_name" content="The Intercept"><meta property="og:type" content="article">
<link rel="canonical" href="https://theintercept.com/2025/11/13/police-location-data-weather-app-vantrix/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}","description":"${iSub}",
"datePublished":"2025-11-13T11:00:00+00:00",
"author":[{"@type":"Person","name":"Aaron Feld"}],"publisher":{"@type":"Organization","name":"The Intercept"}}</script>
<link rel="stylesheet" href="https://theintercept.com/wp-content/themes/the-intercept/dist/main.css?ver=3.4.1"></head>
<body class="post-template-default single single-post"><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="https://theintercept.com/"><span class="visually-hidden">The Intercept</span></a>
<nav class="site-header__nav" aria-label="Main menu"><ul>${links(iNav, 'site-header__nav-item')}</ul></nav><div class="site-header__actions">
<a class="site-header__newsletter" href="/newsletter/">Join Newsletter</a><a class="site-header__donate button" href="/donate/">Donate</a></div></header>
<main id="main" class="site-main"><article class="post post--feature">
<header class="post__header"><div class="post__kicker"><a href="/technology/">Technology</a></div><h1 class="post__title">${iTitle}</h1>
<p class="post__subtitle">${iSub}</p><div class="post__byline"><a class="byline__author" href="/staff/aaronfeld/">Aaron Feld</a>
<time class="post__date" datetime="2025-11-13T11:00:00+00:00">November 13 2025, 6:00 a.m.</time></div>
<div class="share-bar">${['Share on Facebook', 'Share on X', 'Share on Bluesky', 'Email']
  .map((t) => `<a class="share-bar__link" href="#share"><span class="visually-hidden">${t}</span></a>`)
  .join('')}</div>
<figure class="post__lead-image"><img src="https://theintercept.com/wp-content/uploads/2025/11/location-data.jpg?w=1440" alt="">
<figcaption class="post__lead-image-caption"><span class="credit">${iCredit}</span></figcaption></figure></header>
<div class="entry-content"><div class="entry-content__content">
${ps(iP1)}
<h2>${iH1}</h2>
${ps(iP2)}
<figure class="wp-block-image size-large"><img src="https://theintercept.com/wp-content/uploads/2025/11/brochure.jpg?w=1024" alt="">
<figcaption class="wp-element-caption">${iPhoto[0]} <span class="credit">${iPhoto[1]}</span></figcaption></figure>
${ps(iP3.slice(0, 1))}
<aside class="newsletter-embed"><h3 class="newsletter-embed__title">${iNews[0]}</h3><p class="newsletter-embed__text">${iNews[1]}</p>
<form class="newsletter-embed__form"><input type="email" aria-label="Email address"><button type="submit">${iNews[2]}</button></form></aside>
${ps(iP3.slice(1))}
<blockquote class="pull-quote"><p>${iQuote}</p></blockquote>
<h2>${iH2}</h2>
${ps(iP4)}
</div>
<div class="contact-the-author"><h3>${iContact[0]}</h3><p class="contact-the-author__name">${iContact[1]}</p><ul>
<li><a href="mailto:aaron.feld@theintercept.com">${iContact[2]}</a></li><li><a href="https://x.com/afeld">${iContact[3]}</a></li><li>${iContact[4]}</li>
</ul></div>
<div class="member-appeal"><h2 class="member-appeal__headline">${iAppeal[0]}</h2><p>${iAppeal[1]}</p>
<a class="button" href="/donate/?source=eoa">${iAppeal[2]}</a>
</div></div></article>
<section class="related-posts"><h2>Related</h2><ul>${links(iRelated)}</ul></section>
<section class="latest-stories"><h2>Latest Stories</h2><ul>${links(iLatest)}</ul></section></main>
<footer class="site-footer"><ul>${links(iFoot)}</ul><p>${iCopy}</p></footer>
<div class="newsletter-modal" role="dialog" aria-hidden="true" style="display:none"><h2>${iModal[0]}</h2><p>${iModal[1]}</p><button>${iModal[2]}</button></div>
<script src="https://theintercept.com/wp-content/themes/the-intercept/dist/main.js?ver=3.4.1"></script></body></html>`;
const interceptStory: TestPage = {
  name: 'heldout136-theintercept-story',
  kind: 'news',
  // the subtitle is body (a dek); the pull quote repeats a sentence of the body and is in neither list; the newsletter embed,
  // "Contact the author" box and member appeal are furniture
  html: iHtml,
  title: iTitle,
  headings: [iH1, iH2],
  body: [iSub, ...texts(iP1), ...texts(iP2), ...texts(iP3), ...texts(iP4)],
  bylines: ['Aaron Feld', 'November 13 2025, 6:00 a.m.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'The Intercept', ...iNav, 'Join Newsletter', 'Donate', 'Share on Facebook', 'Share on X', 'Share on Bluesky', 'Email', iCredit,
    ...iPhoto, ...iNews, ...iContact.filter((t) => t !== 'Aaron Feld'), ...iAppeal, 'Related', ...iRelated, 'Latest Stories', ...iLatest, ...iFoot, iCopy,
    ...iModal,
  ]),
};

export const HELDOUT136_E: readonly TestPage[] = [interceptStory, dwStory];
