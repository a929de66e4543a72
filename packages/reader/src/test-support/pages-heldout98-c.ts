import { links, type TestPage, texts } from './page-kit.js';
import { kyivIndependentStory } from './pages-heldout98-c2.js';

/**
 * Held-out batch 98, file c: a Times of Israel live blog entry page as its WordPress theme renders it (the top bar with
 * Sign up, Log in and the community link, the date strip with the Hebrew date, the section nav, the "liveblogging ... as
 * they unfold" intro, the entry's time, headline and "By" line, the entry text with an image and its "(credit)" caption,
 * the share buttons, "Back to the liveblog", the "Latest" stream of other entries with their times, the community
 * membership box, the Daily Edition sign-up, the cookie notice and the footer) and, from file c2, a Kyiv Independent story.
 */
const tTitle = 'Northern reservoir reaches highest level in six years after wet winter, water authority says';
const tBody = [
  `The Nahal Orev reservoir in the Upper Galilee has reached its highest level since 2019 after one of the wettest winters in recent
memory, the Northern Water Authority said Tuesday.`,
  `The reservoir stood at 91 percent of capacity on Tuesday morning, up from 54% at the start of December, according to figures
published by the authority. Rainfall in the region this winter has so far been about 135% of the multi-year average, with heavy
storms in January and again in the last week of February.`,
  `"This is good news for farmers and for the towns that depend on the reservoir in summer," the authority's director, Dr. Erez
Mizrahi, said in a statement. "But one good winter does not erase several dry years. We will continue to ask the public to use
water carefully."`,
  `The reservoir supplies irrigation water to some 40 agricultural communities and part of the drinking water for the towns of
Kiryat Oren and Ma'ale Tavor. In the summer of 2023, its level fell below 30%, forcing the authority to cut irrigation quotas by a
fifth and truck in water for livestock on several moshavim.`,
  `Farmers in the area welcomed the figures but said the wet weather had also caused damage. Heavy rain in late February flooded
orchards in the valley below the dam and washed out several dirt roads used by farm vehicles, the regional council said.`,
  `"We were praying for rain for three years, and then it came all at once," said Yael Ben-Haim, who grows avocados near the
reservoir. "Nobody is complaining, but a little at a time would have been nicer."`,
  `The authority said it would open the dam's spillway gates for the first time since 2020 if the level passes 95%, and urged hikers
to stay away from the stream bed below the dam while the gates are open. Warning signs have been posted at trailheads along the
Nahal Orev nature trail.`,
  `The Israel Meteorological Service has forecast further rain in the north later this week.`,
];
const tTop = ['Sign Up', 'Log In', 'Join our Community', 'Search'];
const tDate = 'Tuesday, March 11th, 2025 | Adar 11, 5785';
const tNav = ['Israel & the Region', 'Jewish Times', 'Israel Inside', 'Ops & Blogs', 'Premium', 'Podcasts', 'Newsletters', 'Español', 'Français'];
const tIntro = 'The Times of Israel is liveblogging Tuesday’s events as they unfold.';
const tCaption = 'The Nahal Orev reservoir in the Upper Galilee, March 10, 2025. (Courtesy of the Northern Water Authority)';
const tShare = ['Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const tLatest = [
  ['4:10 pm', 'Knesset committee advances bill to extend reservist grants'],
  ['3:55 pm', 'Police close Route 90 near Dead Sea after rockfall'],
  ['3:21 pm', 'Bank of Israel leaves interest rate unchanged for fourth time in a row'],
  ['2:48 pm', 'Tel Aviv light rail to run later on Thursday nights from April'],
];
const tCommunity = [
  'Help keep The Times of Israel free for everyone',
  `We don't put our reporting behind a paywall. Our journalists cover Israel and the Jewish world every day, and that work costs
money. If our coverage matters to you, please consider joining our community of supporters. Members enjoy an ad-free site and
exclusive updates from our newsroom.`,
];
const tNews = ['Sign up for our Daily Edition and never miss our top stories', 'Newsletter email address', 'Get it', 'By signing up, you agree to the terms'];
const tCookie = 'We use cookies to personalize content and ads and to analyze our traffic. By using this site you agree to our use of cookies.';
const tFoot = ['About Us', 'Advertise with Us', 'Terms of Use', 'Privacy Policy', 'Submit a Correction', 'Contact Us', 'RSS Feeds', 'Careers'];
const tCopy = '© 2025 The Times of Israel, All Rights Reserved';
const tHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} | The Times of Israel</title><meta property="og:type" content="article"><meta property="og:title" content="${tTitle}">
<meta property="og:site_name" content="The Times of Israel"><meta name="twitter:site" content="@TimesofIsrael">
<link rel="canonical" href="https://www.timesofisrael.com/liveblog_entry/northern-reservoir-reaches-highest-level-in-six-years-after-wet-winter/">
<link rel="stylesheet" id="toi-style-css" href="https://static-cdn.toi-media.example/www/wp-content/themes/rgb/style.css?ver=1741600000" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2025-03-11T15:42:10+02:00",
"author":{"@type":"Person","name":"Noa Shalev"},"publisher":{"@type":"Organization","name":"The Times of Israel"},"isPartOf":{"@type":"LiveBlogPosting",
"headline":"Live updates March 11, 2025"}}</script>
<script>var toi_vars={"post_type":"liveblog_entry","post_id":3412345,"is_community_member":false,"ads":{"site":"toi"}};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="liveblog_entry-template-default single single-liveblog_entry postid-3412345 rgb"><div id="wrapper">
<div class="top-bar"><div class="date">${tDate}</div><ul class="top-bar-links">${links(tTop, 'top-bar-link')}</ul></div>
<header id="header" class="header"><a class="logo" href="https://www.timesofisrael.com"><img alt="The Times of Israel"
src="https://static-cdn.toi-media.example/www/wp-content/themes/rgb/images/logo.svg"></a>
<nav class="menu" aria-label="Main"><ul class="main-menu">${links(tNav, 'menu-item')}</ul></nav></header>
<div class="ad-unit leaderboard"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<div id="content" class="liveblog-entry-page"><div class="liveblog-intro"><span class="liveblog-label">Live updates</span><p>${tIntro}</p></div>
<div class="liveblog-entry" id="liveblog-entry-3412345" data-id="3412345"><div class="liveblog-date"><a href="#liveblog-entry-3412345">
<span class="date" data-timestamp="1741700530">3:42 pm</span></a></div>
<div class="liveblog-entry-content"><h1 class="headline">${tTitle}</h1>
<div class="byline"><span class="byline-prefix">By</span> <a class="byline-author" href="/writers/noa-shalev/">Noa Shalev</a></div>
<div class="media"><figure class="wp-caption"><img src="https://static-cdn.toi-media.example/www/uploads/2025/03/reservoir-640x400.jpg" width="640"
height="400" alt=""><figcaption class="wp-caption-text">${tCaption}</figcaption></figure></div>
<div class="liveblog-paragraph">${tBody.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="liveblog-footer"><div class="share-buttons"><span class="share-label">Share</span><ul>${links(tShare, 'share-button')}</ul></div>
<a class="back-to-liveblog" href="https://www.timesofisrael.com/liveblog-2025-03-11/">Back to the liveblog</a></div></div>
<section class="community-box" id="community-box-inline"><h2 class="community-title">${tCommunity[0]}</h2><p>${tCommunity[1]}</p>
<a class="community-button" href="/community/join/?src=liveblog">Join Our Community</a>
<p class="community-signin">Already a member? <a href="/login/">Sign in to stop seeing this</a></p></section>
<section class="liveblog-latest"><h2 class="section-title">Latest</h2>
${tLatest
  .map(
    ([time, head]) => `<div class="liveblog-entry"><div class="liveblog-date"><span class="date">${time}</span></div>
<div class="liveblog-entry-content"><h4 class="liveblog-entry-title"><a href="/liveblog_entry/${(head ?? '').length}/">${head}</a></h4></div></div>`,
  )
  .join('\n')}
<a class="view-all" href="https://www.timesofisrael.com/liveblog-2025-03-11/">View all</a></section></div>
<aside class="sidebar"><div class="newsletter-signup"><p class="newsletter-title">${tNews[0]}</p><form><label for="nl-email" class="screen-reader-text">
${tNews[1]}</label><input id="nl-email" type="email" placeholder="Your email"><button type="submit">${tNews[2]}</button></form>
<p class="newsletter-terms">${tNews[3]}</p></div>
<div class="ad-unit sidebar-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-side"></div></div></aside>
<footer id="footer" class="footer"><ul class="footer-links">${links(tFoot, 'footer-link')}</ul><p class="copyright">${tCopy}</p>
<p class="powered">Powered by WordPress.com VIP</p></footer></div>
<div id="cookie-banner" class="cookie-banner" role="dialog"><p>${tCookie}</p><button class="cookie-accept">I agree</button></div>
<script src="https://static-cdn.toi-media.example/www/wp-content/themes/rgb/js/main.min.js?ver=1741600000"></script></body></html>`;
const timesOfIsrael: TestPage = {
  html: tHtml,
  name: 'heldout98-timesofisrael-liveblog-entry',
  kind: 'news',
  // the entry is the article; its time and "By" line are bylines, the site date strip is furniture; the other entries of the
  // "Latest" stream (times and headlines), the live-updates intro, caption, share buttons, the community box, newsletter,
  // ads, cookie banner and footer are furniture
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['3:42 pm', 'Noa Shalev'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    tDate, ...tTop, ...tNav, 'Advertisement', 'Live updates', tIntro, tCaption, 'Share', ...tShare, 'Back to the liveblog', tCommunity[0] ?? '',
    texts([tCommunity[1] ?? ''])[0] ?? '', 'Already a member?', 'Sign in to stop seeing this', 'Latest', ...tLatest.flat(),
    'View all', ...tNews, ...tFoot, tCopy, 'Powered by WordPress.com VIP', tCookie, 'I agree',
  ],
};

export const HELDOUT98_C: readonly TestPage[] = [timesOfIsrael, kyivIndependentStory];
