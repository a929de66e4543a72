import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file c2: a MinnPost story on its "minnpost-largo" WordPress theme (the top "Support MinnPost" bar,
 * section menu, category label, byline with title, date, share links, the lead image caption, a sponsor line for the
 * Greater Minnesota coverage under the headline, a mid-story membership prompt, a bulleted list in the story, the author
 * info box, "Related Tags", the "Most Read" sidebar with an ad label, the member comments block and the footer).
 */
const mpTitle = 'Rural Minnesota clinics turn to shared nurses as staffing gaps widen';
const mpP1 = [
  'When the emergency room at the clinic in Ostrander Falls lost two of its five nurses last spring, administrator Judy ' +
    'Halvorsen did not bother posting the jobs. She had posted them before. Nobody applied.',
  'Instead, she called the hospital 40 miles away in Lindgren and asked whether it could lend her a nurse for three ' +
    'nights a week. It could. By summer, the two facilities had written a formal agreement to share staff, splitting ' +
    'wages and travel costs.',
  'Arrangements like that are spreading across Greater Minnesota, according to a survey released this month by the ' +
    'Minnesota Rural Health Cooperative. Of the 62 rural clinics and hospitals that responded, 23 said they now share ' +
    'at least one nurse or technician with another facility, up from seven in 2022.',
];
const mpH1 = 'What the survey found';
const mpList = [
  'Nearly half of respondents said they had closed beds or cut hours in the past year because of staffing.',
  'The average rural clinic had a nurse vacancy rate of 14 percent, compared with 8 percent in the Twin Cities.',
  'Travel nurses made up about a tenth of nursing hours at rural hospitals, down from a peak of nearly a fifth in 2022.',
];
const mpP2 = [
  'Sharing staff is not without problems. Nurses have to be trained on two sets of equipment and two electronic records ' +
    'systems. Some said the driving, often on two-lane roads in winter, wears them down.',
  '“I like the work,” said Kari Nyberg, a nurse who splits her weeks between two clinics in Fillmore County. “I do not love the drive in February.”',
];
const mpH2 = 'A push at the Capitol';
const mpP3 = [
  'State Sen. Arne Wollan, DFL-Lindgren, said he plans to introduce a bill next session that would create a small grant ' +
    'program to help rural facilities set up shared-staffing agreements and cover mileage for nurses who travel between ' +
    'them.',
  'The Minnesota Hospital Association has not taken a position on the bill. A spokesperson said the group supports ' +
    '“any tool that keeps rural doors open.”',
  'Halvorsen said the arrangement has kept her ER running, but she does not see it as a long-term answer. “We need ' +
    'nurses who live here,” she said. “Sharing buys us time.”',
];
const mpTop = ['Support MinnPost', 'Newsletters', 'Log in'];
const mpNav = ['Politics & Policy', 'Greater Minnesota', 'Health', 'Education', 'Environment', 'Arts & Culture', 'Community Voices'];
const mpSponsor = 'MinnPost’s Greater Minnesota coverage is made possible by a grant from the Blandin Prairie Fund.';
const mpCaption = 'A nurse checks supplies at a rural clinic in southern Minnesota.';
const mpCredit = 'MinnPost photo by Tomas Brekke';
const mpAsk = [
  'MinnPost’s journalism is only possible with your support.',
  'We rely on members to keep our reporting free for everyone. Become a member today.',
  'Donate',
];
const mpBio = 'Gretchen Aasland covers Greater Minnesota and health care for MinnPost. She can be reached at gaasland@minnpost.example.';
const mpTags = ['Greater Minnesota', 'Health Care', 'Nursing', 'Rural Health'];
const mpMost = [
  'Most Read',
  'Why the Legislature’s bonding bill keeps stalling',
  'Duluth weighs rules for short-term rentals near the lake',
  'The state’s first wolf count in four years, explained',
];
const mpComments = ['Comments (4)', 'Comments are open to MinnPost members. Log in or become a member to join the conversation.'];
const mpFoot = ['About MinnPost', 'Staff', 'Contact Us', 'Advertise', 'Submission Guidelines', 'Terms of Use', 'Privacy Policy'];
const mpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rural Minnesota clinics turn to shared nurses as staffing gaps widen | MinnPost</title>
<meta property="og:type" content="article"><meta property="og:title" content="${mpTitle}"><meta property="og:site_name" content="MinnPost">
<meta property="article:section" content="Greater Minnesota"><meta property="article:published_time" content="2025-11-20T12:15:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mpTitle}","datePublished":"2025-11-20T12:15:00+00:00",
"author":[{"@type":"Person","name":"Gretchen Aasland"}],
"publisher":{"@type":"Organization","name":"MinnPost"}}</script>
<link rel="stylesheet" id="minnpost-style-css" href="https://www.minnpost.example/wp-content/themes/minnpost-largo/style.css?ver=0.0.112">
<script src="https://www.minnpost.example/wp-content/plugins/minnpost-ads/assets/js/front-end.min.js?ver=0.0.9" id="minnpost-ads-js"></script></head>
<body class="post-template-default single single-post postid-9921844 single-format-standard">
<a class="a-skip-link screen-reader-text" href="#main">Skip to content</a>
<div class="o-header-top"><ul class="m-menu m-menu-top">${links(mpTop, 'menu-item')}</ul></div>
<header id="masthead" class="o-header" role="banner"><div class="m-site-branding"><a href="/" rel="home">
<img src="/wp-content/themes/minnpost-largo/assets/img/minnpost-logo.svg"
alt="MinnPost"></a><p class="a-site-description">High-quality journalism for Minnesotans</p></div>
<nav id="navigation-primary" class="m-main-navigation" aria-label="Primary"><ul class="m-menu m-menu-primary">${links(mpNav, 'menu-item')}</ul></nav></header>
<main id="main" class="site-main"><article id="post-9921844" class="m-post m-post-full post-9921844 post type-post category-greater-minnesota">
<header class="m-entry-header"><div class="a-post-category"><a href="/greater-minnesota/">Greater Minnesota</a></div>
<h1 class="a-entry-title">${mpTitle}</h1><p class="a-sponsorship">${mpSponsor}</p>
<div class="m-entry-byline"><span class="a-byline">By <a href="/author/gretchen-aasland/">Gretchen Aasland</a> | Greater Minnesota Reporter</span>
<time class="a-entry-date" datetime="2025-11-20">November 20, 2025</time></div>
<ul class="m-entry-share m-entry-share-top"><li class="a-share a-share-facebook"><a href="#">Share</a></li>
<li class="a-share a-share-twitter"><a href="#">Tweet</a></li><li class="a-share a-share-email"><a href="#">Email</a></li>
<li class="a-share a-share-print"><a href="#">Print</a></li></ul></header>
<figure class="m-entry-image"><img src="/wp-content/uploads/2025/11/rural-clinic-1000x600.jpg" alt=""><figcaption class="a-media-meta">
<div class="a-media-caption">${mpCaption}</div><div class="a-media-credit">${mpCredit}</div></figcaption></figure>
<div class="m-entry-content">
${ps(mpP1)}
<h3>${mpH1}</h3>
<ul>${mpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<aside class="m-membership-inline"><p class="a-membership-message"><strong>${mpAsk[0]}</strong></p><p>${mpAsk[1]}</p>
<a class="a-button" href="/support/">${mpAsk[2]}</a></aside>
${ps(mpP2)}
<h3>${mpH2}</h3>
${ps(mpP3)}
</div>
<aside class="m-author-info"><h3 class="a-author-title">About the Author:</h3><p>${mpBio}</p></aside>
<div class="m-entry-tags"><h3>Related Tags:</h3><ul>${links(mpTags, 'a-tag')}</ul></div>
<section class="o-comments" id="comments"><h3 class="a-comments-title">${mpComments[0]}</h3><p>${mpComments[1]}</p></section>
</article>
<aside id="secondary" class="o-sidebar"><div class="m-widget m-minnpost-ad"><p class="a-ad-label">Advertisements</p><div class="a-ad" id="Right1"></div></div>
<section class="m-widget m-most-read"><h3 class="a-widget-title">${mpMost[0]}</h3><ol>${links(mpMost.slice(1))}</ol></section></aside></main>
<footer class="o-footer"><div class="m-footer-about"><p>MinnPost is a nonprofit, nonpartisan news organization.</p></div>
<ul class="m-menu m-menu-footer">${links(mpFoot, 'menu-item')}</ul><p class="a-copyright">© 2025 MinnPost. All rights reserved.</p></footer>
</body></html>`;
export const minnPost: TestPage = {
  name: 'heldout172-minnpost-news',
  kind: 'news',
  html: mpHtml,
  // the sponsor line under the headline and the membership prompt inside the content are furniture
  title: mpTitle,
  headings: [mpH1, mpH2],
  body: texts([...mpP1, ...mpList, ...mpP2, ...mpP3]),
  bylines: ['By Gretchen Aasland | Greater Minnesota Reporter', 'November 20, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...mpTop, 'High-quality journalism for Minnesotans', ...mpNav, mpSponsor, 'Share', 'Tweet', 'Email', 'Print', mpCaption,
    mpCredit, ...mpAsk, 'About the Author:', mpBio, 'Related Tags:', ...mpTags, ...mpComments, 'Advertisements', ...mpMost,
    'MinnPost is a nonprofit, nonpartisan news organization.', ...mpFoot, '© 2025 MinnPost. All rights reserved.',
  ])],
};
