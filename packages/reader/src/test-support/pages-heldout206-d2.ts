import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 206, file d2: an independent cinema's film page on a WordPress theme with a Veezi showtimes feed (the
 * membership promo strip, header with "Members" and "Basket", the film hero with certificate badge, "Watch trailer" and
 * the hidden trailer modal, the film details list, the showtimes tabs with session times and access tags, the synopsis,
 * the programmer's note with its byline, the press quotes, "Also showing" posters, the membership box, the newsletter
 * form, the Cookiebot dialog and the footer).
 */
const ciTitle = 'The Quiet Harbour';
const ciH1 = 'Synopsis';
const ciP1 = [
  'After twenty years at sea, ferry engineer Sorcha Lennox returns to the island where she grew up to look after her father, ' +
    'who is losing his memory. The ferry is about to be withdrawn, the school is closing, and the people who stayed are deciding ' +
    'whether to fight for the place or let it go.',
  'Shot over a single winter on Inishkerry with a cast made up largely of islanders, Niamh Corrigan’s second feature is a tender, ' +
    'sometimes very funny portrait of a community and a daughter learning to be still.',
  'The film won the Audience Award at the Dublin International Film Festival and was nominated for Best Irish ' +
    'Feature at the Galway Film Fleadh, where it premiered last summer.',
];
const ciH2 = 'Why we’re showing it';
const ciP2 = [
  'We saw <em>The Quiet Harbour</em> at the Galway Film Fleadh in July and came out wanting to ring everyone we knew. It is that ' +
    'rare thing: a film about a small place that never looks down on it.',
  'Corrigan shoots the island the way the people who live there see it, in kitchens, on the slipway and in the long wait for the ' +
    'boat, and the weather does as much acting as anyone. Orla Breen is extraordinary as Sorcha, and the non-professional cast ' +
    'around her, especially Padraig Mulkerrin as her father, give the film its warmth.',
  'On Friday 16 January our screening will be followed by a Q&amp;A with the director and producer Aoife Devane, hosted by our ' +
    'programmer. Tickets for that screening include a drink in the café bar afterwards.',
  'Our Tuesday matinee at 2.30pm is part of our Silver Screen series for older audiences, with free tea and ' +
    'biscuits in the café bar before the film and the house lights left up a little.',
];
const ciPress = [
  '“A small miracle of a film. Patient, generous and beautifully observed.” The Film Quarterly',
  '“Breen gives one of the performances of the year.” Screen Notes',
];
const ciNav = ['Films', 'Events', 'Membership', 'Hire', 'Visit', 'About'];
const ciDetails = [
  'Director: Niamh Corrigan',
  'Starring: Orla Breen, Padraig Mulkerrin, Cathal Feeney',
  'Country: Ireland',
  'Year: 2025',
  'Language: English and Irish with English subtitles',
  'Running time: 104 mins',
];
const ciDays = ['Today', 'Sat 10 Jan', 'Sun 11 Jan', 'Fri 16 Jan'];
const ciTimes = ['14:30', '18:15', '20:40'];
const ciTags = ['Subtitled', 'Audio Described', 'Q&A', 'Parent & Baby'];
const ciAlso = ['Lowland', 'Paper Lanterns', 'The Night Porter’s Son', 'Kiln'];
const ciMember = ['Become a member', 'Members get £2 off every ticket, priority booking and 10% off in the café bar.', 'Join from £40 a year'];
const ciNews = ['Get our weekly listings', 'Every Monday: the week’s films, events and first looks at new releases.', 'Email', 'Sign me up'];
const ciCookie = [
  'This website uses cookies',
  'We use cookies to personalise content, to provide social media features and to analyse our traffic.',
  'Allow all',
  'Allow selection',
  'Use necessary cookies only',
  'Show details',
];
const ciFoot = ['Contact', 'Access', 'Jobs', 'Gift vouchers', 'Privacy', 'Terms of booking'];
const ciHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Quiet Harbour (15) | The Regent Picturehouse, Whitsby</title>
<meta name="description" content="After twenty years at sea, Sorcha Lennox returns home.">
<meta property="og:type" content="video.movie"><meta property="og:title" content="The Quiet Harbour (15)">
<link rel="canonical" href="https://www.regentwhitsby.example/film/the-quiet-harbour/">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="3a61c2f0-regent" type="text/javascript" async></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"The Quiet Harbour",
"director":{"@type":"Person","name":"Niamh Corrigan"},
"duration":"PT104M","contentRating":"15","dateCreated":"2025"}</script>
<link rel="stylesheet" id="regent-css" href="/wp-content/themes/regent/assets/css/app.css?ver=4.2.0"></head>
<body class="film-template-default single single-film postid-9127"><div class="promo-strip">
<a href="/membership/">Members save £2 on every ticket. Join today</a></div>
<header class="header"><a href="/" class="header__logo"><img src="/wp-content/themes/regent/assets/img/logo.svg" alt="The Regent Picturehouse"></a>
<nav class="header__nav" aria-label="Main"><ul>${links(ciNav, 'header__nav-item')}</ul></nav><div class="header__account"><a href="/account/">Members</a>
<a href="/basket/">Basket</a></div></header>
<main id="main"><section class="film-hero" style="background-image:url(/wp-content/uploads/2025/12/quiet-harbour-still.jpg)"><div class="film-hero__inner">
<h1 class="film-hero__title">${ciTitle}</h1><span class="cert cert--15" title="BBFC 15">15</span>
<p class="film-hero__strap">Niamh Corrigan, Ireland 2025, 104 mins</p>
<button class="button button--trailer" data-modal="trailer">Watch trailer</button></div></section>
<div class="modal" id="trailer" aria-hidden="true" hidden><div class="modal__inner"><button class="modal__close" aria-label="Close">Close</button><iframe
title="The Quiet Harbour trailer" src="https://www.youtube-nocookie.example/embed/qh2025" allowfullscreen></iframe></div></div>
<section class="showtimes" id="showtimes"><h2 class="showtimes__title">Showtimes</h2><ul class="showtimes__days" role="tablist">
${ciDays.map((d, i) => `<li role="presentation"><button role="tab" aria-selected="${i === 0}">${d}</button></li>`).join('')}</ul>
<div class="showtimes__panel" role="tabpanel">
<ul class="sessions">${ciTimes
  .map(
    (t, i) => `<li class="session"><a class="session__time" href="https://ticketing.eu.veezi.example/purchase/1${i}">${t}</a>
<span class="session__screen">Screen ${i + 1}</span>${i === 1 ? `<span class="session__tag">${ciTags[0]}</span>` : ''}</li>`,
  )
  .join('\n')}</ul></div>
<p class="showtimes__legend">${ciTags.map((t) => `<span class="tag">${t.replace('&', '&amp;')}</span>`).join(' ')}</p></section>
<div class="film-body"><article class="film-body__main">
<h2>${ciH1}</h2>
${ps(ciP1)}
<h2>${ciH2}</h2>
<p class="programmer-byline">Programmer’s note by Hamish Okafor</p>
${ps(ciP2)}
<div class="press-quotes">${ciPress.map((q) => `<blockquote><p>${q}</p></blockquote>`).join('\n')}</div>
</article><aside class="film-body__aside"><h2 class="visually-hidden">Film details</h2>
<ul class="film-details">${ciDetails.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="share"><span>Share this film</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Email</a></div></aside></div>
<section class="also-showing"><h2>Also showing</h2><ul>${ciAlso
  .map(
    (t, i) => `<li><a href="/film/${i}/"><img src="/wp-content/uploads/poster-${i}.jpg" alt="">
<span class="also-showing__title">${t}</span></a></li>`,
  )
  .join('')}</ul></section>
<section class="member-box"><h2>${ciMember[0]}</h2><p>${ciMember[1]}</p><a class="button" href="/membership/">${ciMember[2]}</a></section></main>
<footer class="footer"><div class="footer__newsletter"><h2>${ciNews[0]}</h2><p>${ciNews[1]}</p>
<form action="https://regent.us1.list-manage.example/subscribe/post"
method="post"><label for="mce-EMAIL">${ciNews[2]}</label><input type="email" id="mce-EMAIL"><button type="submit">${ciNews[3]}</button></form></div>
<address class="footer__address">The Regent Picturehouse, 2 Harbour Parade, Whitsby WB1 3NP</address><ul class="footer__links">${links(ciFoot)}</ul>
<p class="footer__small">The Regent is run by the Whitsby Film Society, a registered charity no. 1104421.</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle">
<h2 id="CybotCookiebotDialogBodyContentTitle">${ciCookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${ciCookie[1]}</div><div id="CybotCookiebotDialogBodyButtons"><button
id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">${ciCookie[2]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">${ciCookie[3]}</button>
<button id="CybotCookiebotDialogBodyButtonDecline">${ciCookie[4]}</button><a id="CybotCookiebotDialogBodyLevelDetailsButton" href="#">${ciCookie[5]}</a>
</div></div>
<script src="/wp-content/themes/regent/assets/js/app.js?ver=4.2.0"></script></body></html>`;
export const cinemaFilm: TestPage = {
  html: ciHtml,
  name: 'heldout206-cinema-film-page',
  kind: 'blog',
  // synopsis and programmer's note (with the press quotes and their sources) are the article; "Programmer’s note by ..."
  // is a byline; the certificate, strap line, trailer, showtimes, tags, the film-details list, share, "Also showing",
  // member box, newsletter, cookie dialog and footer are furniture
  title: ciTitle,
  headings: [ciH1, ciH2],
  body: [...ciP1, ...texts(ciP2), ...ciPress],
  bylines: ['Programmer’s note by Hamish Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Members save £2 on every ticket. Join today', ...ciNav, 'Members', 'Basket', 'Niamh Corrigan, Ireland 2025, 104 mins', 'Watch trailer', 'Close',
    'Showtimes', ...ciDays, ...ciTimes, 'Screen 1', 'Screen 2', 'Screen 3', ...ciTags, 'Film details', ...ciDetails, 'Share this film', 'Facebook',
    'Also showing', ...ciAlso, ...ciMember, ...ciNews, 'The Regent Picturehouse, 2 Harbour Parade, Whitsby WB1 3NP', ...ciFoot,
    'The Regent is run by the Whitsby Film Society, a registered charity no. 1104421.', ...ciCookie,
  ],
};
