import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 194, file a2: a Longreads feature (WordPress VIP theme: masthead menu with the "Support Longreads" button,
 * the category, the featured illustration with its credit, the byline / site / date / reading-time line written as the first
 * paragraph of the post content, the author bio and "Editor" / "Copy editor" lines at the end of the content, a mid-text
 * member appeal, tags, the Jetpack "Share this:" and "Like this:" blocks, Jetpack related posts, the newsletter widget, the
 * footer and the Jetpack cookie widget).
 */
const lrTitle = 'Night Crossing';
const lrMeta = 'Tamsin Oduya | Longreads | October 2025 | 14 minutes (3,420 words)';
const lrP1 = [
  `The last boat to Harrowby leaves the mainland at 11:40, and for four winters I was one of the six people who made sure it
arrived. I was a deckhand, which on the night crossing meant a little of everything: guiding cars up the ramp, coiling the
lines, mopping the passenger lounge, and standing at the stern with a torch when the fog came down so thick that the captain
wanted a second pair of eyes.`,
  `I took the job because it paid more than the café and because I thought I would be able to read between sailings. I did not
read much. What I did instead, it turns out, was learn the island by watching who left it and who came back at midnight.`,
];
const lrP2 = [
  `The regulars were easy to recognise. There was the nurse from the care home who crossed at the end of every late shift and
slept in her car for the fifty minutes it took, a fleece over her face. There were two brothers who fished out of Harrowby and
drove to the mainland on Fridays to sell at the market, and who always bought a single can of lager each and made it last the
whole way home. There was a man we called the Professor, though nobody knew what he did, who sat in the same seat by the
window and filled notebooks with tiny handwriting.`,
  `And then there were the people who crossed once. The night boat carried the island’s emergencies: the family whose mother had
been taken to the hospital in town by helicopter, following by road because there was no other way; the young man who had
been thrown out of his flat and was going back, with a bin bag of clothes, to his parents; the couple who had just bought a
house on the island without ever having seen it in winter.`,
  `You learned not to ask. You learned to notice who wanted a cup of tea brought to the car and who wanted to be left alone.`,
];
const lrAppeal = 'Longreads is reader-supported. Become a member to help us keep publishing stories like this one.';
const lrP3 = [
  `The crossing itself was never the same twice. In summer the sound was flat and black and you could see the lights of Harrowby
from the moment we left the pier. In January the wind came straight up the channel from the south-west, and the boat, which
was built for sheltered water, would roll until the cars strained against their chains. On those nights the captain, a quiet
woman called Morag Tait, would come down from the bridge afterwards and check every lashing herself.`,
  `Morag had been running the route for nineteen years. She told me once that the hardest part of the job was not the weather
but the timetable. If she turned back, people missed hospital appointments, funerals, the first day at a new job. If she went,
she was responsible for all of them. Most nights she went. Twice in my four winters she did not, and both times the
passengers who had waited on the pier for an hour thanked her as they drove off.`,
  `I think about that often: the way people accepted being told no, when the person saying it was the one who would have had to
take them across.`,
];
const lrP4 = [
  `I left the job when the council gave the route to a new operator with a bigger boat and a smaller crew. The night crossing
still runs, but it leaves at ten now, and the nurse from the care home has had to change her shifts to make it.`,
  `When I go back to Harrowby I take the day boat, like everyone else who can. I sit by the window, in the Professor’s seat if it
is free, and I watch the deckhands coil the lines, and I try to guess which of the people around me are crossing for the first
time and which of them will be doing it again tomorrow night.`,
];
const lrBio = `Tamsin Oduya is a writer from the west coast of Scotland. Her essays have appeared in Tidewrack and the Coastal Review,
and she is working on a book about island ferries.`;
const lrNav = ['Essays', 'Reading Lists', 'Exclusives', 'Top 5', 'Podcast', 'About'];
const lrTags = ['ferries', 'islands', 'labor', 'memoir', 'Scotland', 'work'];
const lrShare = ['Share this:', 'Facebook', 'X', 'Email', 'Print', 'Like this:', 'Like', 'Loading...'];
const lrRelated = [
  ['The Lighthouse Keeper’s Daughter', 'August 14, 2024', 'In "Essays & Criticism"'],
  ['What the Tide Leaves', 'March 3, 2025', 'In "Nature"'],
  ['Last Orders on the Night Bus', 'June 22, 2023', 'In "Exclusives"'],
];
const lrNews = ['Sign up for the Longreads weekly email', 'Our best stories of the week, every Friday.', 'Enter your email address', 'Subscribe'];
const lrFoot = ['About Longreads', 'Contact', 'Submissions', 'Advertise', 'Privacy Policy', 'Terms of Service'];
const lrCookie = `Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.
To find out more, including how to control cookies, see here: Cookie Policy`;
const lrHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night Crossing | Longreads</title><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="https://longreads.com/2025/10/08/night-crossing/"><meta property="og:type" content="article">
<meta property="og:title" content="Night Crossing"><meta property="og:site_name" content="Longreads">
<meta property="article:published_time" content="2025-10-08T13:00:00+00:00"><meta name="author" content="Tamsin Oduya">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Night Crossing",
"author":{"@type":"Person","name":"Tamsin Oduya"},"datePublished":"2025-10-08T13:00:00+00:00","isPartOf":{"@id":"https://longreads.com/#website"}}]}</script>
<link rel="stylesheet" id="longreads-style-css" href="https://longreads.com/wp-content/themes/vip/longreads/style.css?ver=20250911" media="all">
<script src="https://longreads.com/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-201877 single-format-standard wp-embed-responsive">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><p class="site-title"><a href="https://longreads.com/" rel="home">
Longreads</a></p></div><nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<ul id="primary-menu" class="menu nav-menu">${links(lrNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<a class="header-support-button button" href="https://longreads.com/membership/">Support Longreads</a></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-201877" class="post-201877 post type-post status-publish format-standard has-post-thumbnail hentry category-essays-criticism">
<header class="entry-header"><div class="entry-categories"><a href="https://longreads.com/category/essays-criticism/" rel="category tag">
Essays &amp; Criticism</a></div><h1 class="entry-title">${lrTitle}</h1></header>
<div class="post-thumbnail"><img width="1600" height="900" src="https://longreads.com/wp-content/uploads/2025/10/ferry-night.jpg"
class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high">
<p class="wp-caption-text">Illustration by Bruno Vell</p></div>
<div class="entry-content">
<p><strong>Tamsin Oduya</strong> | Longreads | October 2025 | 14 minutes (3,420 words)</p>
${ps(lrP1)}
<hr class="wp-block-separator has-alpha-channel-opacity">
${ps(lrP2)}
<div class="wp-block-group longreads-member-appeal has-background"><div class="wp-block-group__inner-container"><p><em>${lrAppeal}</em></p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://longreads.com/membership/">
Become a member</a></div></div></div></div>
${ps(lrP3)}
<hr class="wp-block-separator has-alpha-channel-opacity">
${ps(lrP4)}
<hr class="wp-block-separator has-alpha-channel-opacity">
<p><em>${lrBio}</em></p>
<hr class="wp-block-separator has-alpha-channel-opacity">
<p><em>Editor: Cheri Aldana<br>Copy editor: Peter Rinn</em></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="?share=facebook" target="_blank">
<span>Facebook</span></a></li><li class="share-x"><a class="share-x sd-button share-icon" href="?share=x" target="_blank"><span>X</span></a></li>
<li class="share-email"><a class="share-email sd-button share-icon" href="mailto:?subject=Night%20Crossing"><span>Email</span></a></li>
<li class="share-print"><a class="share-print sd-button share-icon" href="#print"><span>Print</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-201877">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span>
<span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">
${lrRelated
  .map(
    ([t, d, c], n) => `<div class="jp-relatedposts-post jp-relatedposts-post${n}" data-post-format="false"><h4 class="jp-relatedposts-post-title">
<a class="jp-relatedposts-post-a" href="https://longreads.com/related-${n}/">${t}</a></h4><p class="jp-relatedposts-post-date">${d}</p>
<p class="jp-relatedposts-post-context">${c?.replace('&', '&amp;')}</p></div>`,
  )
  .join('\n')}</div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged: ${lrTags
  .map(
    (t) => `<a href="https://longreads.com/tag/${t}/"
rel="tag">${t}</a>`,
  )
  .join(', ')}</span>
</footer></article></main></div>
<aside id="secondary" class="widget-area"><section id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget">
<h2 class="widget-title">${lrNews[0]}</h2><form action="#" method="post" id="subscribe-blog-blog_subscription-3"><p>${lrNews[1]}</p>
<p id="subscribe-email"><label id="jetpack-subscribe-label" class="screen-reader-text" for="subscribe-field">${lrNews[2]}</label>
<input type="email" name="email" id="subscribe-field" placeholder="Enter your email address"></p>
<p id="subscribe-submit"><button type="submit" name="jetpack_subscriptions_widget">${lrNews[3]}</button></p></form></section></aside></div>
<footer id="colophon" class="site-footer"><nav class="footer-navigation"><ul>${links(lrFoot, 'menu-item')}</ul></nav>
<div class="site-info">© 2025 Longreads. All rights reserved.</div></footer></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180"
id="eu-cookie-law"><form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept"></form>
${lrCookie.replace('&', '&amp;').replace('Cookie Policy', '<a href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a>')}</div></div>
<script src="https://stats.wp.example/e-202541.js" defer></script><script>_stq = window._stq || []; _stq.push(['view', {v:'ext',blog:'21134'}]);</script>
</body></html>`;
export const longreadsFeature: TestPage = {
  html: lrHtml,
  name: 'heldout194-longreads-feature',
  kind: 'blog',
  // the byline line that opens the content and the "Editor" / "Copy editor" lines that close it are bylines; the italic
  // bio at the end of the content, the member appeal inside it, category, credit, share/like blocks, related posts, tags,
  // newsletter widget, footer and cookie widget are furniture
  title: lrTitle,
  headings: [],
  body: texts([...lrP1, ...lrP2, ...lrP3, ...lrP4]),
  bylines: [lrMeta, 'Editor: Cheri Aldana', 'Copy editor: Peter Rinn'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Longreads', 'Menu', ...lrNav, 'Support Longreads', 'Essays & Criticism', 'Illustration by Bruno Vell', lrAppeal,
    'Become a member', texts([lrBio])[0] as string, ...lrShare, 'Related', ...lrRelated.flat(), 'Tagged:', ...lrTags, ...lrNews, ...lrFoot,
    '© 2025 Longreads. All rights reserved.', texts([lrCookie])[0] as string,
  ],
};
