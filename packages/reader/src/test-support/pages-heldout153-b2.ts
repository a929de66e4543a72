import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file b2: a The Local Sweden news story (the Didomi consent notice, the country switcher, the header
 * menu with "Log in" and "Become a Member", the article's category label, the author with "Published" and "Updated"
 * times, the share bar, the lead photo with a "Photo:" credit inside its caption, "READ ALSO" link paragraphs inside the
 * text, h3 subheadings and a list, the comments box with its house note and two member comments, the "See Also" rail and
 * the footer).
 */
const tlTitle = 'Swedish town offers new residents a year of free commuting to fill job vacancies';
const tlP1 = [
  'A municipality in northern Sweden is offering a year of free regional train and bus travel to anyone who moves there and takes ' +
    'a job in one of its shortage professions, in an attempt to fill almost 300 vacancies.',
  'Hällvik municipality, which has around 14,000 residents, says it has struggled for years to recruit nurses, teachers, bus ' +
    'drivers and care workers, and that many posts stay empty for more than six months.',
];
const tlRead1 =
  '<strong>READ ALSO:</strong> <a href="https://www.thelocal.se/20250211/where-in-sweden-are-employers-struggling">Where in ' +
  'Sweden are employers struggling most to recruit?</a>';
const tlP2 = [
  '“We have good jobs, cheap housing and a lake outside almost every window,” municipal council chair Annika Lundgren told The ' +
    'Local. “What we don’t have is enough people. We have to make it easy to try living here.”',
];
const tlH1 = 'Who can apply?';
const tlP3 = [
  'The offer is open to anyone who registers as a resident in Hällvik and signs a contract of at least six months for a job on the ' +
    'municipality’s shortage list. It covers an annual pass for the regional transport company, worth around 11,000 kronor, and ' +
    'can be claimed by both Swedes and foreign residents with the right to work in Sweden.',
  'The shortage list currently includes:',
];
const tlList = [
  'Registered nurses and assistant nurses',
  'Preschool and compulsory school teachers',
  'Bus and lorry drivers',
  'Care workers in elderly care',
  'Electricians',
];
const tlP4 = ['Family members who move with the new employee can also apply for a pass, the municipality said.'];
const tlH2 = 'Why free travel?';
const tlP5 = [
  'Many of the jobs are not in Hällvik itself but in smaller villages up to 60 kilometres away, Lundgren said. New arrivals who do ' +
    'not yet have a Swedish driving licence, or a car, often find it hard to get to work.',
  '“People from abroad in particular tell us that getting to work is the biggest worry in the first year,” she said. “This takes ' +
    'that worry away while they settle in.”',
];
const tlRead2 =
  '<strong>READ ALSO:</strong> <a href="https://www.thelocal.se/20241120/can-i-use-my-foreign-driving-licence-in-sweden">Can I ' +
  'use my foreign driving licence in Sweden?</a>';
const tlH3 = 'What do critics say?';
const tlP6 = [
  'Not everyone is convinced. Opposition councillor Per-Erik Stål said the scheme, which is expected to cost up to four million ' +
    'kronor a year, would do little to keep people in the area once the free year was over.',
  '“A free bus card is nice, but people stay because of schools, housing and a partner who also has a job,” he said. “We ' +
    'should spend the money on that instead.”',
  'The scheme runs until the end of 2026, after which the council will decide whether to continue it. Applications open on April 1st.',
];
const tlCountries = ['Austria', 'Denmark', 'France', 'Germany', 'Italy', 'Norway', 'Spain', 'Sweden', 'Switzerland'];
const tlNav = ['News', 'Membership', 'Politics', 'Work', 'Moving to Sweden', 'Money', 'Travel', 'Podcast', 'Newsletters'];
const tlCaption = 'The lake at Hällvik, which the municipality hopes will tempt new residents north. Photo: Jonas Berg/Norrbild';
const tlShare = ['Facebook', 'X', 'WhatsApp', 'Reddit', 'Email', 'Copy link'];
const tlNote =
  'Join the conversation in our comments section below. Share your own views and experience, and if you have a question or a ' +
  'suggestion for our journalists, email us at news@thelocal.se. Please keep comments civil, constructive and on topic.';
const tlComments = [
  ['Martin_U', '4 March 2025 12:40', 'Moved to a small town in Jämtland three years ago for a nursing job. Transport really was the hardest part.'],
  ['sara.k', '4 March 2025 13:05', 'Good idea, but they need to sort out childcare places too, or families won’t come.'],
];
const tlSee = [
  'Sweden’s population grows at slowest rate in two decades',
  'The Swedish jobs with the biggest shortages in 2025',
  'What you need to know about Sweden’s regional travel cards',
];
const tlFoot = ['About The Local', 'Advertise with us', 'Jobs', 'Contact us', 'Privacy policy', 'Terms of use', 'Cookie policy'];
const tlConsent = [
  'We and our partners use cookies and similar technologies to store and access information on your device, for example to ' +
    'measure audiences and show personalised ads.',
  'Agree and close',
  'Disagree',
  'Learn more',
];
const tlPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const tlHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Swedish town offers new residents a year of free commuting to fill job vacancies - The Local</title>
<meta name="description" content="A municipality in northern Sweden is offering a year of free regional travel to newcomers who take shortage jobs.">
<meta property="og:site_name" content="The Local Sweden"><meta property="og:title" content="${tlTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-03-04T10:15:00+01:00"><meta property="article:modified_time" content="2025-03-04T14:02:00+01:00">
<link rel="canonical" href="https://www.thelocal.se/20250304/swedish-town-offers-new-residents-a-year-of-free-commuting">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tlTitle}","datePublished":"2025-03-04T10:15:00+01:00",
"dateModified":"2025-03-04T14:02:00+01:00","author":[{"@type":"Person","name":"Emma Lindqvist"}],"isAccessibleForFree":true,
"publisher":{"@type":"Organization","name":"The Local Sweden"}}</script>
<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){function a(e){if(!window.frames[e]){}}a("__tcfapiLocator")})();</script>
<script src="https://sdk.privacy-center.example/didomi/loader.js" async></script>
<link rel="stylesheet" href="/wp-content/themes/thelocal/dist/css/main.css?ver=3.8.1"></head>
<body class="post-template-default single single-post postid-1688123 single-format-standard site-se">
<div class="tl-countries"><ul class="tl-countries__list">${tlCountries
  .map(
    (c) => `<li class="tl-countries__item${c === 'Sweden' ? ' is-active' : ''}"><a href="https://www.thelocal.${c.slice(0, 2).toLowerCase()}">${c}</a>
</li>`,
  )
  .join('')}</ul></div>
<header class="tl-header"><div class="tl-header__inner"><a class="tl-header__logo" href="/"><img src="/wp-content/themes/thelocal/img/logo-se.svg"
alt="The Local Sweden"></a><nav class="tl-header__nav" aria-label="Main menu"><ul class="tl-menu">${links(tlNav, 'tl-menu__item')}</ul></nav>
<div class="tl-header__user"><a class="tl-button tl-button--login" href="/login/">Log in</a>
<a class="tl-button tl-button--membership" href="/membership/">Become a Member</a></div></div></header>
<main class="tl-main"><div class="container"><div class="tl-main__content"><article class="article-single" id="post-1688123">
<div class="article-single__category"><a href="/category/work/">Work</a></div>
<h1 class="article-single__title">${tlTitle}</h1>
<div class="article-single__meta"><div class="article-single__author"><img class="article-single__author-img" src="/wp-content/uploads/authors/emma.jpg"
alt="Author thumbnail"><a href="/author/emma-lindqvist/" class="article-single__author-name">Emma Lindqvist</a></div>
<div class="article-single__dates"><span class="article-single__date">Published: 4 March 2025 10:15 CET</span>
<span class="article-single__date article-single__date--updated">Updated: 4 March 2025 14:02 CET</span></div></div>
<div class="article-single__share"><span class="article-single__share-label">Share this article</span>
${tlShare.map((s) => `<a class="share-button share-button--${s.split(' ')[0]?.toLowerCase()}" href="#" title="${s}"><span>${s}</span></a>`).join('')}</div>
<figure class="article-single__image"><img src="/wp-content/uploads/2025/03/hallvik-lake.jpg" alt="Lake"><figcaption class="article-single__image-caption">
${tlCaption.replace(' Photo:', ' <span class="article-single__image-credit">Photo:')}</span></figcaption></figure>
<div class="article-single__content article__content">
${tlPs(tlP1)}
<p>${tlRead1}</p>
${tlPs(tlP2)}
<h3>${tlH1}</h3>
${tlPs(tlP3)}
<ul>${tlList.map((t) => `<li>${t}</li>`).join('')}</ul>
${tlPs(tlP4)}
<h3>${tlH2}</h3>
${tlPs(tlP5)}
<p>${tlRead2}</p>
<h3>${tlH3}</h3>
${tlPs(tlP6)}
</div></article>
<section class="comments" id="comments"><h3 class="comments__title">Comments (2)</h3><p class="comments__note">${tlNote}</p>
<p class="comments__login">Please <a href="/login/">log in</a> to leave a comment.</p><ol class="comments__list">
${tlComments
  .map(
    ([who, when, text]) => `<li class="comment"><div class="comment__meta"><span class="comment__author">${who}</span>
<time class="comment__date">${when}</time>
</div><div class="comment__text"><p>${text}</p></div><a class="comment__reply" href="#">Reply</a></li>`,
  )
  .join('\n')}</ol></section></div>
<aside class="tl-main__sidebar"><div class="tl-ad"><span class="tl-ad__label">Advertisement</span><div id="tl_se_mpu_1"></div></div>
<section class="see-also"><h3 class="see-also__title">See Also</h3>${tlSee
  .map((t, i) => `<article class="see-also__item"><a href="/20250${i + 1}/see"><h4 class="see-also__item-title">${t}</h4></a></article>`)
  .join('\n')}</section></aside></div></main>
<footer class="tl-footer"><ul class="tl-footer__menu">${links(tlFoot, 'tl-footer__item')}</ul><p class="tl-footer__copy">© 2025 The Local Europe AB</p>
</footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="Cookie notice"><p class="didomi-notice-text">${tlConsent[0]}</p>
<button id="didomi-notice-agree-button">${tlConsent[1]}</button><button id="didomi-notice-disagree-button">${tlConsent[2]}</button>
<button id="didomi-notice-learn-more-button">${tlConsent[3]}</button></div></div>
<script src="/wp-content/themes/thelocal/dist/js/main.js?ver=3.8.1"></script></body></html>`;
export const theLocal: TestPage = {
  html: tlHtml,
  name: 'heldout153-the-local-news',
  kind: 'news',
  // the "READ ALSO" link paragraphs inside the text are furniture; the category label ("Work" is also a menu item),
  // caption with its credit, share bar, comments box (house note, login line, member comments) and "See Also" rail are
  // furniture; the author and the "Published" and "Updated" lines are bylines
  title: tlTitle,
  headings: [tlH1, tlH2, tlH3],
  body: [...texts(tlP1), ...tlP2, ...tlP3, ...tlList, ...tlP4, ...tlP5, ...tlP6],
  bylines: ['Emma Lindqvist', 'Published: 4 March 2025 10:15 CET', 'Updated: 4 March 2025 14:02 CET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tlCountries, ...tlNav, 'Log in', 'Become a Member', 'Share this article', ...tlShare, tlCaption, ...texts([tlRead1, tlRead2]), 'Comments (2)',
    tlNote, 'Please log in to leave a comment.', ...tlComments.flat(), 'Reply', 'Advertisement', 'See Also', ...tlSee, ...tlFoot, '© 2025 The Local Europe AB',
    ...tlConsent,
  ],
};
