import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file b: a Forbes contributor article followed by the infinite-scroll next article (its title, byline
 * and paragraphs are furniture), with the "Follow" author card, "Forbes Daily" sign-up, "Editors' Pick" labels and the
 * "More From Forbes" rail; and a HuffPost entertainment story broken up by an embedded tweet, an Instagram post and a TikTok
 * video (the embeds' texts are furniture), with "Related..." promos, the "Support HuffPost" box and a comments note.
 */
const fbTitle = 'Why Midsize Cities Are Quietly Winning The Remote-Work Talent War';
const fbBody = [
  j(
    'For most of the last decade, companies that wanted specialist engineers went where the engineers already were: a handful of expensive',
    'coastal metros. That map is changing faster than many executives realize, and the winners are not the places that ran splashy',
    'relocation campaigns.',
  ),
  j(
    'New figures from the Corlan Institute, which tracks hiring across 410 metropolitan areas, show that cities with between 300,000 and',
    'one million residents added technical workers at twice the national rate in the past two years. Most of them did it without',
    'offering cash to movers.',
  ),
  j(
    'What those cities share is less glamorous. They have short commutes to a decent airport, a public university that produces graduates',
    'in the right fields, and housing that a single salary can still pay for. Broadband quality matters, but almost every city in the',
    'study now clears the bar.',
  ),
  j(
    'Consider Harwick, a river city of 420,000 that most recruiters could not have placed on a map in 2020. Its largest employer is still',
    'a hospital system, but three software firms have opened offices there since last spring, each built around staff who had already',
    'moved to the area to work remotely.',
  ),
  j(
    '“We did not pick Harwick, our people picked it,” says Delphine Aro, who runs operations for one of those firms. “Once we had eleven',
    'engineers within a forty-minute drive, an office stopped being a cost and started being a recruiting tool.”',
  ),
  j(
    'The pattern is familiar to anyone who has studied industrial clusters. A few early arrivals lower the risk for the next ones, and',
    'local colleges start adjusting their courses to the jobs that appear. The difference now is speed: what once took twenty years',
    'is happening in three.',
  ),
  j(
    'There are limits. Salaries in these cities are rising quickly, and several have seen rents climb by more than a fifth. Leaders who',
    'assume cheap talent will stay cheap are likely to be disappointed. The better lesson is that flexibility is a location strategy in',
    'its own right, and that companies which let employees choose where to live are, in effect, letting them scout new offices.',
  ),
];
const fbNext = [
  'The Four-Day Week Trial Results Are In, And Managers Liked Them Most',
  j(
    'When 61 companies agreed to try a four-day week for six months, most observers expected employees to be the enthusiasts. The final',
    'survey suggests otherwise.',
  ),
  'Managers reported fewer meetings, clearer priorities and, surprisingly, less weekend email than before the trial began.',
];
const fbNav = ['Billionaires', 'Innovation', 'Leadership', 'Money', 'Business', 'Small Business', 'Lifestyle', 'Lists'];
const fbMore = ['The Best Cities For Jobs In 2026', 'How To Negotiate A Remote Salary', 'Office Leasing Hits A Five-Year Low'];
const fbFoot = [
  'Privacy Statement',
  'Your Privacy Choices',
  'Cookie Preferences',
  'Digital Terms of Sale',
  'Terms of Service',
  'Contact Us',
  'Send Us Feedback',
];
const fbHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${fbTitle}</title>
<meta name="description" content="Cities with between 300,000 and one million residents are adding tech workers fastest.">
<meta property="og:site_name" content="Forbes"><meta property="article:section" content="Leadership">
${ld('NewsArticle', fbTitle, 'Leonie Brandvold', '2026-09-22T06:30:00-04:00', 'Forbes')}
<script>window.forbes = {"simple-site":{"tracking":{"contribType":"contributor","infiniteScroll":true}}};</script></head>
<body class="article-page"><div id="truste-consent-track"><div class="truste-banner"><p>Forbes and our partners use cookies to operate our site and
personalize content.</p><button id="truste-consent-button">Accept All</button><button id="truste-show-consent">Cookie Preferences</button></div></div>
<header class="header"><div class="header__channels"><a class="header__logo" href="/">Forbes</a><nav><ul class="header__list">${links(fbNav, 'header__channel')}
</ul></nav><a class="header__subscribe" href="/subscribe">Subscribe: Less than $1.50/wk</a><a class="header__signin">Sign In</a></div></header>
<main class="main-content"><article class="article-body-container" data-article-index="0">
<div class="top-contrib-block"><span class="contrib-byline-type">Contributor</span></div>
<div class="article-headline-container"><a class="eyebrow" href="/leadership">Leadership</a><span class="editors-pick">Editors' Pick</span>
<h1 class="fs-headline speakable-headline">${fbTitle}</h1></div>
<div class="fs-author-group"><div class="contrib-byline-author"><a class="contrib-link--name" href="/sites/leoniebrandvold/">Leonie Brandvold</a>
<button class="follow-button">Follow</button><p class="contrib-byline-description">I write about work, cities and the economics of where we live.</p></div>
<div class="content-data metrics-text"><time>Sep 22, 2026, 06:30am EDT</time></div></div>
<div class="sharing"><button class="share-twitter">Share to X</button><button class="share-facebook">Share to Facebook</button>
<button class="share-linkedin">Share to Linkedin</button></div>
<figure class="embed-base image-embed"><img src="https://imageio.forbes.example/harwick.jpg" alt=""><figcaption><span class="caption">The riverfront in
Harwick, where three software firms have opened offices since last spring.</span><small class="credit">getty</small></figcaption></figure>
<div class="article-body fs-article fs-responsive-text current-article">
${ps(fbBody.slice(0, 3))}
<div class="vestpocket" data-ad-slot="vestpocket"><span class="ad-unit-label">ADVERTISEMENT</span></div>
${ps(fbBody.slice(3, 5))}
<div class="recirc-module"><p class="recirc-label">MORE FOR YOU</p><ul>${links(fbMore.slice(0, 2))}</ul></div>
${ps(fbBody.slice(5))}
</div><div class="article-footer"><a class="follow-me" href="#">Follow me on LinkedIn</a>. <a href="#">Check out my website</a>.
<p class="editorial-standards"><a href="/editorial-standards">Editorial Standards</a> <a href="/reprints">Forbes Accolades</a></p></div>
<div class="newsletter-module"><h4>Forbes Daily</h4><p>Join over 1 million Forbes Daily subscribers and get our best stories delivered to your inbox.</p>
<button>Sign Up</button></div></article>
<aside class="right-rail"><h3 class="rail-title">More From Forbes</h3><ul>${links(fbMore)}</ul></aside>
<article class="article-body-container next-article" data-article-index="1"><div class="article-headline-container">
<a class="eyebrow" href="/leadership">Leadership</a><h1 class="fs-headline">${fbNext[0]}</h1></div>
<div class="fs-author-group"><a class="contrib-link--name" href="/sites/tobiasquell/">Tobias Quell</a><time>Sep 21, 2026, 10:15am EDT</time></div>
<div class="article-body fs-article">${ps(fbNext.slice(1))}</div></article>
<div class="infinite-scroll-loader"><span>Loading next article</span></div></main>
<footer class="footer"><ul class="footer__links">${links(fbFoot)}</ul><p class="footer__copyright">© 2026 Forbes Media LLC. All Rights Reserved.</p>
<p class="footer__ai">AdChoices</p></footer></body></html>`;
const fb: TestPage = {
  name: 'heldout290-forbes-infinite-scroll-news',
  kind: 'news',
  html: fbHtml,
  title: fbTitle,
  headings: [],
  body: texts(fbBody),
  bylines: ['Leonie Brandvold', 'Sep 22, 2026, 06:30am EDT', 'Contributor'],
  // biome-ignore format: packed furniture
  furniture: [
    'Forbes and our partners use cookies to operate our site and personalize content.', 'Accept All', 'Cookie Preferences', ...fbNav,
    'Subscribe: Less than $1.50/wk', 'Sign In', "Editors' Pick", 'Follow', 'I write about work, cities and the economics of where we live.',
    'Share to X', 'Share to Facebook', 'Share to Linkedin',
    'The riverfront in Harwick, where three software firms have opened offices since last spring.', 'getty', 'ADVERTISEMENT', 'MORE FOR YOU',
    ...fbMore, 'Follow me on LinkedIn', 'Check out my website', 'Editorial Standards', 'Forbes Accolades', 'Forbes Daily',
    'Join over 1 million Forbes Daily subscribers and get our best stories delivered to your inbox.', 'Sign Up', 'More From Forbes',
    ...texts(fbNext), 'Tobias Quell', 'Sep 21, 2026, 10:15am EDT', 'Loading next article', ...fbFoot, '© 2026 Forbes Media LLC. All Rights Reserved.',
    'AdChoices',
  ],
};

const hpTitle = 'A Folk Duo’s Kitchen-Table Cover Went Viral. Then The Original Songwriter Showed Up.';
const hpBody = [
  j(
    'When Marisol Vey and Tarquin Osei propped a phone against a fruit bowl and recorded a cover of a 1990s radio ballad, they expected',
    'their usual few hundred views. By the next morning the clip had been watched more than four million times.',
  ),
  j(
    'The song, “Lamplight on the Estuary,” was a modest hit for the singer-songwriter Odile Farrant in 1994 and had largely vanished from',
    'playlists since. The duo slowed it down, swapped the synthesizers for a banjo and a cello, and sang the second verse in harmony.',
  ),
  'Farrant herself was among the first to notice. She posted a short reply the same evening:',
  j(
    'That message was shared tens of thousands of times, and within a day the pair had been invited to perform the song with her at a',
    'small theatre in her hometown.',
  ),
  'Vey later shared a photo from the rehearsal, showing Farrant teaching the pair a chord she said she had “made up by accident” in 1993.',
  j(
    'Music streaming figures tell the rest of the story. Plays of the original recording rose more than thirtyfold in a week, according to',
    'the label that now owns the catalogue, and the song re-entered a national chart for the first time in three decades.',
  ),
  'Not everyone was charmed. A video from a well-known producer argued that covers built for social media flatten the songs they borrow:',
  j(
    'Osei says he understands the criticism but disagrees with it. “We did not make it sound like 2026 on purpose,” he said. “We made it',
    'sound like our kitchen. If that sends people back to the original, that seems like the best thing a cover can do.”',
  ),
  j(
    'The three musicians are now recording a new version together, and Farrant says the proceeds will go to a music school in the town',
    'where she first learned to play.',
  ),
];
const hpTweet = 'I wrote this song in a flat with no heating. Hearing it like this made me cry on a Tuesday afternoon. Thank you both.';
const hpInsta = 'Rehearsal day with a legend. She still remembers every word and fixed our bridge in five minutes.';
const hpTok = 'Hot take: the viral cover trend is turning every song into the same acoustic lullaby #musicproduction #covers';
const hpNav = ['News', 'U.S.', 'World', 'Politics', 'Entertainment', 'Life', 'Style & Beauty', 'Shopping'];
const hpFoot = ['About Us', 'Advertise', 'About Our Ads', 'Contact Us', 'RSS', 'FAQ', 'Careers', 'User Agreement', 'Privacy Policy'];
const hpHtml = `<!DOCTYPE html><html lang="en" class="desktop"><head><meta charset="utf-8"><title>${hpTitle} | HuffPost Entertainment</title>
<meta property="og:site_name" content="HuffPost"><meta name="description" content="Odile Farrant joined the duo whose cover of her song took off.">
${ld('NewsArticle', hpTitle, 'Rafaela Quint', '2026-08-05T14:22:00-04:00', 'HuffPost')}
<script>window.HP = {"entry":{"id":"68d1","section":"entertainment","embeds":["twitter","instagram","tiktok"]}};</script></head>
<body class="entry-page entertainment"><div class="consent-banner" id="guce"><p>HuffPost is part of the BuzzFeed family. We use cookies.</p>
<button>Accept all</button><button>Manage privacy settings</button></div>
<header class="masthead"><a class="masthead__logo" href="/">HuffPost</a><nav class="masthead__nav"><ul>${links(hpNav, 'nav-item')}</ul></nav>
<a class="masthead__support" href="/support">Support HuffPost</a><a class="masthead__login">Log In</a></header>
<main id="main"><article class="entry"><header class="entry__header"><div class="entry__label"><a href="/entertainment">Entertainment</a></div>
<h1 class="headline">${hpTitle}</h1><div class="dek">Odile Farrant's 1994 ballad is back on the charts, thanks to a banjo, a cello and a fruit bowl.</div>
<div class="entry__wirepartner"><div class="entry__byline__author"><a href="/author/rafaela-quint">Rafaela Quint</a></div>
<div class="timestamp"><time datetime="2026-08-05T14:22:00-04:00">Aug 5, 2026, 02:22 PM EDT</time>
<span class="timestamp__updated">Updated Aug 6, 2026</span></div>
</div><div class="share-bar"><a class="share-bar__facebook">Share on Facebook</a><a class="share-bar__twitter">Share on X</a><a>Copy link</a></div></header>
<section class="entry__content-list js-entry-content"><div class="primary-cli cli cli-text">${ps(hpBody.slice(0, 3))}</div>
<div class="cli cli-embed"><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">${hpTweet}</p>&mdash; Odile Farrant
(@odilefarrant) <a href="https://twitter.example/odilefarrant/status/1">August 3, 2026</a></blockquote>
<script async src="https://platform.twitter.example/widgets.js"></script></div>
<div class="cli cli-text">${ps(hpBody.slice(3, 5))}</div>
<div class="cli cli-embed"><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.example/p/Cx1/" data-instgrm-version="14">
<div><a href="https://www.instagram.example/p/Cx1/">View this post on Instagram</a><p>${hpInsta}</p>
<p>A post shared by Marisol Vey (@marisolvey)</p></div></blockquote><script async src="//www.instagram.example/embed.js"></script></div>
<div class="cli cli-related"><p>Related...</p><ul>${links(['The 10 Best Covers That Outsold The Originals'])}</ul></div>
<div class="cli cli-text">${ps(hpBody.slice(5, 7))}</div>
<div class="cli cli-embed"><blockquote class="tiktok-embed" cite="https://www.tiktok.example/@beatsbyharlan/video/7" data-video-id="7"><section>
<a title="@beatsbyharlan" href="https://www.tiktok.example/@beatsbyharlan">@beatsbyharlan</a><p>${hpTok}</p>
<a title="♬ original sound - Harlan Beats" href="#">♬ original sound - Harlan Beats</a></section></blockquote></div>
<div class="cli cli-text">${ps(hpBody.slice(7))}</div></section>
<div class="cli-support-huffpost"><h3>Support HuffPost</h3><p>At HuffPost, we believe that everyone needs high-quality journalism, but we understand
that not everyone can afford to pay for expensive news subscriptions.</p><a class="support-cta">Support HuffPost</a></div>
<div class="entry__tags"><span>Topics</span><ul>${links(['Viral Videos', 'Folk Music', 'TikTok'])}</ul></div>
<div class="comments-disabled"><p>Conversations are opinions of our readers and are subject to the Community Guidelines.</p></div></article>
<aside class="zone zone--right"><h3>Popular in the Community</h3>
<ul>${links(['Celebrity Duets That Never Should Have Happened', 'The Summer Songs Of 2026'])}</ul>
<h3>From Our Partner</h3></aside></main>
<footer class="footer"><ul>${links(hpFoot)}</ul><p>©2026 BuzzFeed, Inc. All rights reserved.</p><p>Part of HuffPost Entertainment.</p></footer></body></html>`;
const hp: TestPage = {
  name: 'heldout290-huffpost-social-embeds-news',
  kind: 'news',
  html: hpHtml,
  title: hpTitle,
  headings: [],
  body: texts(hpBody),
  bylines: ['Rafaela Quint', 'Aug 5, 2026, 02:22 PM EDT', 'Updated Aug 6, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'HuffPost is part of the BuzzFeed family. We use cookies.', 'Accept all', 'Manage privacy settings', ...hpNav, 'Support HuffPost', 'Log In',
    "Odile Farrant's 1994 ballad is back on the charts, thanks to a banjo, a cello and a fruit bowl.", 'Share on Facebook', 'Share on X', 'Copy link',
    hpTweet, '(@odilefarrant)', 'August 3, 2026', 'View this post on Instagram', hpInsta, 'A post shared by Marisol Vey (@marisolvey)', 'Related...',
    'The 10 Best Covers That Outsold The Originals', '@beatsbyharlan', hpTok, '♬ original sound - Harlan Beats',
    j(
      'At HuffPost, we believe that everyone needs high-quality journalism, but we understand that not everyone can afford to pay for',
      'expensive news subscriptions.',
    ),
    'Topics', 'Viral Videos', 'Folk Music', 'TikTok', 'Conversations are opinions of our readers and are subject to the Community Guidelines.',
    'Popular in the Community', 'Celebrity Duets That Never Should Have Happened', 'The Summer Songs Of 2026', 'From Our Partner', ...hpFoot,
    '©2026 BuzzFeed, Inc. All rights reserved.', 'Part of HuffPost Entertainment.',
  ],
};

export const HELDOUT290_B: readonly TestPage[] = [fb, hp];
