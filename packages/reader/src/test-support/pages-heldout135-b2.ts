import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 135, file b2: a Patch local story (the Next.js app with CSS-module class names: the town header with
 * "Subscribe", the local nav, the section label, the author line with "Patch Staff", Posted / Updated times, the Thank /
 * Reply / Share bar above and below the text, the caption with its credit in parentheses, the in-article "Find out what's
 * happening" sign-up box with its run-together words, the newsletter line closing the text, the replies box with "The rules
 * of replying" and a neighbour's reply, "More from" rail and the footer).
 */
const paTitle = 'Main Street Repaving To Snarl Downtown Traffic For 3 Weeks: Here’s What To Know';
const paP1 = [
  '<strong>BROOKHAVEN FALLS, NJ</strong> — Drivers heading downtown should plan on extra time starting Monday, when crews begin ' +
    'milling and repaving Main Street between Cedar Avenue and the Passaic Street bridge.',
  'The project, paid for with a $1.1 million state Department of Transportation grant, is expected to take about three weeks, ' +
    'weather permitting, according to Borough Administrator Glenn Moravec.',
  'Work will happen between 7 a.m. and 4 p.m. on weekdays. Main Street will stay open in both directions for most of the project, ' +
    'but drivers should expect single-lane closures with flaggers and brief stops.',
];
const paP2 = ['Here is the schedule the borough released Friday:'];
const paList = [
  'Oct. 6 to Oct. 10: Milling of the old asphalt from Cedar Avenue to Ward Place.',
  'Oct. 13 to Oct. 17: Milling from Ward Place to the Passaic Street bridge, and curb ramp work at four intersections.',
  'Oct. 20 to Oct. 24: Paving the full stretch, mostly at night on Oct. 22 and Oct. 23, and painting new lines.',
];
const paP3 = [
  'On the two paving nights, Main Street will be closed to through traffic between 8 p.m. and 5 a.m. Detours will send drivers ' +
    'along Ridge Road and Harrison Avenue.',
  'Parking on Main Street will not be allowed on the blocks being worked on each day. “No Parking” signs will go up at least 48 ' +
    'hours ahead, Moravec said. The municipal lot behind the library on Ward Place will be free during the project.',
  'Downtown shops will stay open throughout. The Brookhaven Falls Business Alliance is asking customers to keep visiting and is ' +
    'running a “Pave the Way” punch card, which gives shoppers a free coffee at Birch & Bean after five stops at participating stores.',
  '“Every spring we hear that Main Street is a mess, and it is,” Mayor Deirdre Costa said. “Three weeks of headaches are worth ' +
    'a road that will last another 15 years.”',
  'NJ Transit bus route 194 will keep its regular stops, though riders should expect delays, according to the borough.',
  'The borough will post daily updates on its website and send alerts through its Nixle account. Residents with questions can call ' +
    'the public works department at 973-555-0188.',
];
const paSignup = ["Find out what's happening in Brookhaven Falls", 'with free, real-time updates from Patch.', "Let's go!"];
const paNewsletter = 'Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.';
const paNav = ['News Feed', 'Neighbor Posts', 'Business Listings', 'Classifieds', 'Local Deals', 'Events'];
const paCaption = 'Crews will mill and repave Main Street from Cedar Avenue to the Passaic Street bridge over three weeks. (Karen Liu/Patch)';
const paRules = [
  'The rules of replying:',
  'Be respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar or threatening language will be tolerated.',
  'Be transparent. Use your real name, and back up your claims.',
  'Keep it local and on-topic.',
];
const paReply = {
  name: 'Lou Santangelo',
  town: 'Neighbor',
  ago: '4h',
  text: 'Finally. The stretch by the bridge has been falling apart since the winter. Hope they fix the drain by the library too.',
};
const paMore = [
  'Brookhaven Falls Library Book Sale Returns Oct. 18',
  'Police Blotter: Catalytic Converter Stolen On Hilltop Road',
  'New Taqueria Opens On Main Street Across From Borough Hall',
  'Brookhaven Falls Teen Named State Science Fair Finalist',
];
const paFoot = [
  'About Patch',
  'Careers',
  'Advertise on Patch',
  'Help',
  'Community Guidelines',
  'Editorial Standards',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
];
const paBar = (where: string): string => `<div class="styles_ActionBar__kR2w1" data-testid="action-bar-${where}">
<button class="styles_ActionBar__button__Qm0x2" data-testid="thank-button"><i class="fa-regular fa-heart"></i><span>Thank</span></button>
<a class="styles_ActionBar__button__Qm0x2" href="#replies"><i class="fa-regular fa-comment"></i><span>Reply</span><span>(4)</span></a>
<button class="styles_ActionBar__button__Qm0x2" data-testid="share-button"><i class="fa-solid fa-share"></i><span>Share</span></button></div>`;
const paHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Main Street Repaving To Snarl Downtown Traffic For 3 Weeks: Here’s What To Know | Brookhaven Falls, NJ Patch</title>
<meta name="description" content="Drivers heading downtown should plan on extra time starting Monday.">
<meta property="og:title" content="${paTitle}"><meta property="og:site_name" content="Brookhaven Falls, NJ Patch"><meta property="og:type" content="article">
<link rel="canonical" href="https://patch.com/new-jersey/brookhavenfalls/main-street-repaving-snarl-downtown-traffic-3-weeks-heres-what-know">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${paTitle}","datePublished":"2025-10-03T15:02:11.000Z",
"dateModified":"2025-10-03T19:40:05.000Z","author":[{"@type":"Person","name":"Karen Liu","url":"https://patch.com/users/karen-liu"}],
"publisher":{"@type":"Organization","name":"Patch","logo":{"@type":"ImageObject","url":"https://patch.com/img/patch-logo.png"}}}</script>
<link rel="preload" href="/_next/static/css/5c0a3b6e1f9d2c44.css" as="style"><link rel="stylesheet" href="/_next/static/css/5c0a3b6e1f9d2c44.css"></head>
<body><div id="__next"><a class="styles_SkipLink__a8Xc2" href="#main">Skip to main content</a>
<header class="styles_Header__Vr6oN"><div class="styles_Header__top__c7fVq"><a class="styles_Header__logo__kM2qL" href="https://patch.com/"
aria-label="Patch"><svg aria-hidden="true"></svg></a><div class="styles_Header__community__Jd9w0"><a href="/new-jersey/brookhavenfalls">
<h2 class="styles_Header__communityName__pX1mz">Brookhaven Falls, NJ</h2></a>
<button class="styles_Header__subscribe__Lq7xe" data-testid="subscribe-button">Subscribe</button></div>
<div class="styles_Header__account__nE3sZ"><a href="/login">Log in</a><a href="/register">Sign up</a></div></div>
<nav class="styles_Nav__nYb3R" aria-label="Community navigation"><ul>${links(paNav, 'styles_Nav__item__hJ4t8')}</ul></nav></header>
<main id="main" class="styles_Main__M3pqz"><article class="styles_Article__g8xQp">
<header class="styles_Article__header__T2kzr"><a class="styles_Section__V1mPa" href="/new-jersey/brookhavenfalls/traffic-transit">Traffic &amp; Transit</a>
<h1 class="styles_Article__title__Bq8n1">${paTitle}</h1>
<p class="styles_Article__summary__Rt5vK">The borough released a schedule for the Main Street project. Here’s where and when to expect delays.</p>
<div class="styles_Byline__Kx0fd"><img class="styles_Byline__avatar__bW2c0" alt="Karen Liu" src="https://patch.com/img/users/karen-liu.jpg">
<div class="styles_Byline__info__q3Ncv"><span class="styles_Byline__author__mH9zA"><a href="https://patch.com/users/karen-liu">Karen Liu</a>,
<span class="styles_Byline__affiliation__s0Lp6">Patch Staff</span></span><img alt="Verified Patch Staff Badge" src="/img/verified.svg">
<h6 class="styles_Byline__timestamp__e4Gd7"><time datetime="2025-10-03T15:02:11.000Z">Posted Fri, Oct 3, 2025 at 11:02 am ET</time></h6>
<h6 class="styles_Byline__timestamp__e4Gd7"><time datetime="2025-10-03T19:40:05.000Z">Updated Fri, Oct 3, 2025 at 3:40 pm ET</time></h6></div></div>
${paBar('top')}</header>
<figure class="styles_Article__image__c9Hd1"><img alt="" src="https://patch.com/img/cdn20/users/22868453/20251003/111503/styles/patch_image/main-street.jpg">
<figcaption class="styles_Article__caption__Ux4Wm">${paCaption}</figcaption></figure>
<section class="styles_Article__body__Xc0j3"><div class="styles_HTMLContent__LDG2k">
${paP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="styles_InlineSignup__w3a0P" data-testid="inline-signup"><p
class="styles_InlineSignup__text__u1S8e"><span>${paSignup[0]}</span><span>${paSignup[1]}</span></p>
<a class="styles_InlineSignup__button__q7N2m" href="/subscribe/new-jersey/brookhavenfalls">${paSignup[2]}</a></div>
${paP2.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${paList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${paP3.map((p) => `<p>${p}</p>`).join('\n')}
<p><em>${paNewsletter.replace('Sign up', '<a href="/subscribe">Sign up</a>')}</em></p>
</div></section>
${paBar('bottom')}
<section id="replies" class="styles_Replies__Zs3gh"><h2 class="styles_Replies__title__m1Jq9">Replies (4)</h2>
<form class="styles_ReplyForm__oW9dv"><label for="reply-box" class="styles_ReplyForm__label__Aa1b2">Add a reply...</label><textarea id="reply-box"></textarea>
<button type="submit">Post</button></form>
<div class="styles_Rules__qY8mN"><h3>${paRules[0]}</h3><ul>${paRules
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<div class="styles_Reply__d0Vt1"><div class="styles_Reply__header__Fn3c7"><a href="/users/lou-santangelo">${paReply.name}</a>
<span>${paReply.town}</span><span>${paReply.ago}</span></div><p class="styles_Reply__text__Bn8a2">${paReply.text}</p>
<div class="styles_Reply__actions__Hw2p5"><button>Thank</button><button>Reply</button><button>Report</button></div></div>
<a class="styles_Replies__more__Dj0s1" href="#replies">See more replies</a></section></article>
<aside class="styles_Rail__Tz1cA"><div class="styles_Ad__Ww3oQ"><span class="styles_Ad__label__Kp3v0">Advertisement</span><div id="gpt-rail-top"></div></div>
<section class="styles_More__P0sLk"><h2>More from Brookhaven Falls</h2><ul>${links(paMore, 'styles_More__item__v7Gh2')}</ul></section></aside></main>
<footer class="styles_Footer__Y4nRt"><ul>${links(paFoot, 'styles_Footer__link__q2Wr9')}</ul>
<p class="styles_Footer__copyright__k8Zd1">© 2025 Patch Media. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"34112907","title":"${paTitle}","isPremium":false}}},
"page":"/[state]/[community]/[slug]","buildId":"pDq9c8n3x1"}</script>
<script src="/_next/static/chunks/pages/_app-3c1d7c0a1e9f2b54.js" defer></script></body></html>`;
export const patchStory: TestPage = {
  html: paHtml,
  name: 'heldout135-patch-local-news',
  kind: 'news',
  // the summary line under the h1 (a dek) is body; the bold "BROOKHAVEN FALLS, NJ —" dateline opens the first paragraph and
  // stays in it; the inline sign-up box and the italic newsletter line closing the text are furniture, as are replies
  title: paTitle,
  headings: [],
  body: texts(['The borough released a schedule for the Main Street project. Here’s where and when to expect delays.', ...paP1, ...paP2, ...paList, ...paP3]),
  bylines: ['Karen Liu', 'Patch Staff', 'Posted Fri, Oct 3, 2025 at 11:02 am ET', 'Updated Fri, Oct 3, 2025 at 3:40 pm ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Brookhaven Falls, NJ', 'Subscribe', 'Log in', 'Sign up', ...paNav, 'Traffic & Transit', 'Thank', 'Reply', '(4)', 'Share',
    paCaption, ...paSignup, paNewsletter, 'Replies (4)', 'Add a reply...', 'Post', ...paRules, paReply.name, paReply.town, paReply.ago, paReply.text,
    'Report', 'See more replies', 'Advertisement', 'More from Brookhaven Falls', ...paMore, ...paFoot, '© 2025 Patch Media. All Rights Reserved.',
  ],
};
