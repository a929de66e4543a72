import { links, type TestPage, texts } from './page-kit.js';
import { kyivIndependentStory } from './pages-heldout120-d2.js';

/**
 * Held-out batch 120, file d: a story on a Singapore daily's site built on The Straits Times' template (the masthead with
 * "Subscribe", "Log in" and the edition switcher, the section menu, the breadcrumb, headline, standfirst, the author with
 * designation, "Published" and "Updated" lines, the "Listen to this article" player, the share and "Gift this article" buttons,
 * the photo caption with its "ST PHOTO" style credit, the "SINGAPORE –" dateline inside the first paragraph, a "READ MORE HERE"
 * box between paragraphs, the channel invitation closing the article, "Follow topic:" chips, "More on this topic", the footer
 * with its licence number and a paywall prompt) and, from file d2, a Kyiv Independent story on Ghost.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const stTitle = 'Seniors to get free medication reviews at community clubs under new pilot';
const stStand = paras(`Pharmacists will meet older residents in Tanjong Meru and Bukit Sendok to check for harmful drug combinations and
unused prescriptions.`);
const stBody = paras(`SINGAPORE – Older residents taking five or more medicines a day will be able to have their prescriptions reviewed by
a pharmacist at their neighbourhood community club, under a pilot that starts in April.

The scheme, run by the Eastern Regional Health Cluster with two community pharmacy chains, will cover residents aged 60 and above in
Tanjong Meru and Bukit Sendok. Each review takes about 30 minutes and is free.

Residents are asked to bring all the medicines they have at home, including supplements and traditional remedies, in a bag. A
pharmacist will go through them, check for combinations that may cause side effects, and note any medicines that are expired, no
longer needed or being taken incorrectly. The findings will be sent to the resident’s family doctor or polyclinic.

Dr Vivian Teo, who heads the cluster’s community care programmes, said many seniors see several doctors for different conditions
and end up with prescriptions that no single doctor has reviewed together.

“We regularly see patients taking two medicines for the same thing, prescribed at different clinics,” she said at a briefing on
March 11. “Or they stopped a medicine months ago because of a side effect and never told anyone.”

About one in four Singaporeans aged 65 and above takes five or more medicines a day, according to a 2023 study by the cluster. Falls
and hospital admissions linked to medication problems are more common in this group.

The pilot aims to review 3,000 residents in its first year. If it is successful, the cluster plans to extend it to other towns in
the eastern region from 2026.

Madam Lim Siew Hoon, 72, who took part in a trial run in January, said she had been taking three different painkillers for her knees
without realising two of them contained the same ingredient. “I thought more medicine would work better,” she said. “The
pharmacist told me it could hurt my stomach. Now I only take one.”

Residents can book a review through the Health Buddy app, at any community club in the two towns, or by calling 6555 0123. Walk-ins
will be accepted on Saturday mornings.`);
const stJoin = 'Join SC’s WhatsApp channel and get the latest news and must-reads.';
const stMast = ['Subscribe', 'Log in', 'Edition: Singapore', 'E-paper'];
const stNav = ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business', 'Tech', 'Sport', 'Videos', 'Podcasts', 'Multimedia'];
const stCaption = 'Pharmacists will check for harmful drug combinations and unused prescriptions. ST PHOTO: KEVIN LIM';
const stMore = ['READ MORE HERE', 'Polyclinics to offer evening slots for chronic disease check-ups', 'More seniors living alone, says census'];
const stTopics = ['Follow topic:', 'Health', 'Ageing', 'Medicine'];
const stOnTopic = [
  'More on this topic',
  'Community nurses to visit seniors at home after hospital discharge',
  'Eastern health cluster opens new dementia day centre',
];
const stFoot = ['Contact us', 'Terms & Conditions', 'Privacy policy', 'Need help? Reach us here.', 'Advertise with us'];
const stLicence = 'MDDI (P) 057/10/2024. Published by Strait Courier Media Limited. Co. Regn. No. 202000000Z. Copyright © 2025. All rights reserved.';
const stPay = ['Enjoy unlimited access to SC’s award-winning journalism.', 'Subscribe now', 'Already a subscriber? Log in'];
const stHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seniors to get free medication reviews at community clubs under new pilot | The Strait Courier</title>
<meta name="description" content="${stStand[0]}"><meta property="og:title" content="${stTitle}"><meta property="og:type" content="article">
<meta name="article:section" content="Singapore"><meta name="cXenseParse:recs:articleid" content="1932406">
<meta name="keywords" content="Health, Ageing, Medicine">
<link rel="canonical" href="https://www.straitcourier.example/singapore/health/seniors-free-medication-reviews-community-clubs-pilot">
<link rel="stylesheet" href="https://www.straitcourier.example/_next/static/css/4a6b1c0e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2025-03-12T05:00:00+08:00",
"dateModified":"2025-03-12T09:31:00+08:00","author":{"@type":"Person","name":"Nadia Rahim"},"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},"publisher":{"@type":"Organization",
"name":"The Strait Courier"}}</script>
<script>var _data={"articleid":"1932406","contenttype":"article","paywall":"1","section":"singapore","keyword":"health,ageing"};</script>
<script src="https://www.straitcourier.example/_next/static/chunks/main-8d1f.js" defer></script></head>
<body class="page-node-type-article"><div id="__next"><header class="masthead"><div class="masthead__utility"><ul>${links(stMast)}</ul></div>
<a class="masthead__logo" href="/"><img src="/logo.svg" alt="The Strait Courier"></a>
<nav class="masthead__nav" aria-label="Sections"><ul>${links(stNav, 'nav-item')}</ul></nav></header>
<main class="main-content"><article class="node-article" data-nid="1932406"><nav class="breadcrumb"><a href="/singapore">Singapore</a></nav>
<h1 class="headline node-title">${stTitle}</h1>
<div class="field-name-field-standfirst"><p>${stStand[0]}</p></div>
<figure class="featured-media"><img src="https://cassette.straitcourier.example/photos/2025/03/11/pharm.jpg" alt="A pharmacist checks medicines">
<figcaption class="caption-text">${stCaption}</figcaption></figure>
<div class="group-info"><div class="author-field"><a href="/authors/nadia-rahim">Nadia Rahim</a></div>
<div class="author-designation">Health Correspondent</div><div class="story-postdate">Published Mar 12, 2025, 05:00 AM</div>
<div class="story-changeddate">Updated Mar 12, 2025, 09:31 AM</div></div>
<div class="article-tools"><div class="audio-player"><button class="audio-player__play">Listen to this article</button>
<span class="audio-player__duration">3 min</span></div><button class="share-button">Share</button><button class="gift-button">Gift this article</button></div>
<div class="paywall field field-name-body field-type-text-with-summary"><div class="field-items"><div class="field-item even" property="content:encoded">
${stBody
  .slice(0, 5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="embed-related"><p><strong>${stMore[0]}</strong></p><ul>${links(stMore.slice(1))}</ul></div>
${stBody
  .slice(5)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><a href="https://whatsapp.example/channel/strait-courier"><em>${stJoin}</em></a></p>
</div></div></div>
<div class="follow-topics"><span class="follow-topics__label">${stTopics[0]}</span>
${stTopics
  .slice(1)
  .map((t) => `<button class="follow-topics__chip" data-topic="${t.toLowerCase()}">${t}</button>`)
  .join('\n')}</div></article>
<section class="related-articles"><h2 class="related-articles__title">${stOnTopic[0]}</h2><ul>${links(stOnTopic.slice(1), 'card')}</ul></section></main>
<div class="paywall-prompt" aria-hidden="true"><p>${stPay[0]}</p><a href="/subscribe">${stPay[1]}</a><a href="/login">${stPay[2]}</a></div>
<footer class="footer"><ul>${links(stFoot, 'footer__link')}</ul><p class="footer__licence">${stLicence}</p></footer></div>
</body></html>`;
const straitsTimes: TestPage = {
  html: stHtml,
  name: 'heldout120-straitstimes-news',
  kind: 'news',
  // the standfirst is body; the dateline opens the first paragraph (body); the WhatsApp channel line closing the body is furniture
  title: stTitle,
  headings: [],
  body: texts([...stStand, ...stBody]),
  bylines: ['Nadia Rahim', 'Health Correspondent', 'Published Mar 12, 2025, 05:00 AM', 'Updated Mar 12, 2025, 09:31 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...stMast, ...stNav, stCaption, 'Listen to this article', '3 min', 'Share', 'Gift this article', ...stMore, stJoin, ...stTopics,
    ...stOnTopic, ...stPay, ...stFoot, stLicence,
  ],
};

export const HELDOUT120_D: readonly TestPage[] = [straitsTimes, kyivIndependentStory];
