import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file e2: a WordPress.com travel blog post on a block theme (the site title, tagline and navigation
 * block, the post title, date, author and category terms, image blocks with captions, h2 headings, a list block, the
 * Jetpack "Share this:" and "Like this:" boxes, Jetpack "Related" posts, the tags, the post navigation, the "Leave a
 * Reply" comment form, the "Blog at WordPress.com." footer, the WordPress.com action bar with its hidden subscribe
 * panel, the hidden "Discover more" subscribe modal and the Privacy and Cookies banner).
 */
const wpTitle = 'Three days on the Rota Vicentina fishermen’s trail';
const wpP1 = [
  'I had wanted to walk the Fishermen’s Trail on Portugal’s south-west coast for years, ever since a friend came back with sunburnt ' +
    'ankles and a camera roll full of cliffs. This October I finally did a three-day section, from Porto Covo to Zambujeira do Mar, ' +
    'carrying everything on my back and sleeping in small guesthouses along the way.',
  'Here is how it went, what I would do differently, and a few practical notes if you are planning the same walk.',
];
const wpH1 = 'Day one: Porto Covo to Vila Nova de Milfontes';
const wpP2 = [
  'The first day is about 20 kilometres and almost all of it is on sand. Nobody warned me how tiring that would be. The path follows ' +
    'the cliff edge, sometimes only a metre or two from the drop, and in places it disappears into soft dunes that swallow your feet ' +
    'up to the ankle.',
  'The reward is the coastline, which is spectacular the whole way: stacks of dark rock, tiny coves you can only reach by scrambling, ' +
    'and storks nesting on the sea stacks, which I had never seen before.',
];
const wpCaption1 = 'White storks nesting on a sea stack near Cavaleiro.';
const wpH2 = 'Day two: Milfontes to Almograve';
const wpP3 = [
  'Day two starts with a short ferry across the river Mira, or a walk round by the bridge if the boat is not running. I took the ferry, ' +
    'which cost three euros and took five minutes. The 15 kilometres to Almograve were the easiest of the trip, and I arrived in time ' +
    'for a late lunch of grilled sardines and a long nap.',
];
const wpH3 = 'Day three: Almograve to Zambujeira do Mar';
const wpP4 = [
  'The last stretch was the longest, at 22 kilometres, and the most beautiful. It passes the lighthouse at Cabo Sardão, where the ' +
    'cliffs are at their highest, and then drops down to a string of beaches that were almost empty in mid-October.',
];
const wpCaption2 = 'The lighthouse at Cabo Sardão in the late afternoon.';
const wpH4 = 'Practical notes';
const wpList = [
  'Walk north to south if you can, so the wind is at your back.',
  'Trail running shoes are better than boots on the sand.',
  'Carry at least two litres of water; there is nowhere to refill between villages.',
  'Book guesthouses ahead in summer, but in October I found rooms on the day.',
];
const wpP5 = ['Would I go back? Tomorrow, if I could. Next time I want to do the whole thing, all the way to Cabo de São Vicente.'];
const wpNav = ['Home', 'About', 'Destinations', 'Walking', 'Contact'];
const wpShare = ['Share this:', 'Facebook', 'X', 'Email', 'Print', 'Like this:', 'Like', 'Loading...'];
const wpRelated = ['Related', 'A wet week on the West Highland Way', 'In "Scotland"', 'Walking the Camino Portugués coastal route', 'In "Portugal"'];
const wpTags = ['Alentejo', 'hiking', 'Rota Vicentina'];
const wpPostNav = ['Previous', 'A wet week on the West Highland Way', 'Next', 'Lisbon on foot: five walks through the old city'];
const wpForm = ['Leave a Reply', 'Cancel reply', 'Write a Comment...', 'Email (Required)', 'Name (Required)', 'Website', 'Post Comment'];
const wpActionBar = [
  'Subscribe',
  'Subscribed',
  'Walking Far From Home',
  'Join 418 other subscribers',
  'Sign me up',
  'Already have a WordPress.com account? Log in now.',
  'Customize',
  'Report this content',
  'View site in Reader',
  'Manage subscriptions',
  'Collapse this bar',
];
const wpModal = ['Discover more from Walking Far From Home', 'Subscribe to get the latest posts sent to your email.', 'Type your email…', 'Continue reading'];
const wpCookie = [
  'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
  'To find out more, including how to control cookies, see here:',
  'Cookie Policy',
  'Close and accept',
];
const wpP = (a: readonly string[]): string => a.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('\n');
const wpH = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const wpImg = (src: string, cap: string): string => `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683"
src="https://walkingfarfromhome.wordpress.example/wp-content/uploads/2025/11/${src}.jpg?w=1024" alt="" class="wp-image-${src.length}">
<figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three days on the Rota Vicentina fishermen’s trail – Walking Far From Home</title>
<meta property="og:type" content="article"><meta property="og:title" content="${wpTitle}"><meta property="og:site_name" content="Walking Far From Home">
<meta property="article:published_time" content="2025-11-12T07:30:00+00:00"><meta name="generator" content="WordPress.com">
<link rel="canonical" href="https://walkingfarfromhome.wordpress.example/2025/11/12/three-days-rota-vicentina/">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wpTitle}",
"author":{"@type":"Person","name":"Sinead Moran"}}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://s0.wp.example/wp-content/plugins/gutenberg-core/build/block-library/style.css" media="all">
<script id="wpcom-actionbar-placeholder-js-extra">var actionbardata = {"siteID":"218842","postID":"412","siteName":"Walking Far From Home"};</script></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive customizer-styles-applied">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<p class="wp-block-site-title"><a href="https://walkingfarfromhome.wordpress.example" rel="home">Walking Far From Home</a></p>
<p class="wp-block-site-tagline">Long walks, short guides</p>
<nav class="is-responsive items-justified-right wp-block-navigation" aria-label="Header navigation">
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"></button>
<ul class="wp-block-navigation__container">${links(wpNav, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained"><div class="wp-block-group is-layout-constrained">
<h1 class="wp-block-post-title">${wpTitle}</h1><div class="wp-block-group is-layout-flex">
<div class="wp-block-post-date"><time datetime="2025-11-12T07:30:00+00:00">November 12, 2025</time></div>
<div class="wp-block-post-author-name"><span class="wp-block-post-author-name__prefix">by</span> <a href="/author/sineadmoran/">Sinead Moran</a></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="/category/portugal/"
rel="tag">Portugal</a></div></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
${wpP(wpP1)}
${wpH(wpH1)}
${wpP(wpP2)}
${wpImg('storks', wpCaption1)}
${wpH(wpH2)}
${wpP(wpP3)}
${wpH(wpH3)}
${wpP(wpP4)}
${wpImg('sardao', wpCaption2)}
${wpH(wpH4)}
<ul class="wp-block-list">${wpList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${wpP(wpP5)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">${wpShare[0]}</h3><div class="sd-content"><ul>${wpShare
  .slice(1, 5)
  .map((s) => `<li><a class="share-${s.toLowerCase()} sd-button" href="#" target="_blank"><span>${s}</span></a></li>`)
  .join('')}</ul></div></div></div>
<div id="like-post-wrapper-218842-412" class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded">
<h3 class="sd-title">${wpShare[5]}</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span
class="button"><span>${wpShare[6]}</span></span>
<span class="loading">${wpShare[7]}</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${wpRelated[0]}</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${wpRelated[1]}</a></h4>
<p class="jp-relatedposts-post-context">${wpRelated[2]}</p></div><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a
href="#">${wpRelated[3]}</a></h4>
<p class="jp-relatedposts-post-context">${wpRelated[4]}</p></div></div></div></div>
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">Tags: </span>${wpTags
  .map(
    (t) => `<a href="/tag/${t}/"
rel="tag">${t}</a>`,
  )
  .join(', ')}</div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link">
<span class="wp-block-post-navigation-link__label">${wpPostNav[0]}</span> <a href="#" rel="prev">${wpPostNav[1]}</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">${wpPostNav[2]}</span>
<a href="#" rel="next">${wpPostNav[3]}</a></div></nav>
<div class="wp-block-comments"><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title"
class="comment-reply-title">${wpForm[0]}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${wpForm[1]}</a></small></h3>
<form id="commentform" class="comment-form"><div class="comment-form__verbum transparent"></div><textarea id="comment" name="comment"></textarea>
<label for="comment">${wpForm[2]}</label><label for="email">${wpForm[3]}</label><input id="email" type="email"><label for="author">${wpForm[4]}</label>
<input id="author" type="text"><label for="url">${wpForm[5]}</label><input id="url" type="url"><input name="submit" type="submit" id="comment-submit"
value="Post Comment">
<span class="sr-only">${wpForm[6]}</span></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p class="has-text-align-center"><a
href="https://wordpress.example/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></p>
</div></footer></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-twentytwentyfour actnbr-has-follow"><ul>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>${wpActionBar[0]}</span></a>
<a class="actnbr-action actnbr-actn-following no-display" href=""><span>${wpActionBar[1]}</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul>
<li class="actnbr-sitename"><a href="#">${wpActionBar[2]}</a></li><div class="actnbr-message no-display"></div>
<form method="post" action="https://subscribe.wordpress.example"><p>${wpActionBar[3]}</p><input type="email" name="email" placeholder="Type your email…">
<input type="submit" value="Sign me up"><span class="sr-only">${wpActionBar[4]}</span></form>
<li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="#">Log in now.</a></div></li></ul></div></div></li>
<li class="actnbr-ellipsis actnbr-hidden"><div class="actnbr-popover tip tip-top-left actnbr-more"><div class="tip-inner"><ul>
${wpActionBar
  .slice(6)
  .map((a) => `<li class="actnbr-item"><a href="#">${a}</a></li>`)
  .join('\n')}</ul></div></div></li></ul></div>
<div class="jetpack-subscribe-modal" style="display:none"><div class="jetpack-subscribe-modal__modal-content"><h2>${wpModal[0]}</h2><p>${wpModal[1]}</p>
<input type="email" placeholder="Type your email…"><span class="sr-only">${wpModal[2]}</span><button>Subscribe</button><p><a
href="#">${wpModal[3]}</a></p></div></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" id="eu-cookie-law">
<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept"><span
class="sr-only">${wpCookie[3]}</span></form>
${wpCookie[0]}<br>${wpCookie[1]} <a href="https://automattic.example/cookies/" rel="nofollow">${wpCookie[2]}</a></div></div>
<script src="https://s0.wp.example/wp-content/js/jquery/jquery.min.js" id="jquery-core-js"></script></body></html>`;
export const wpcomPage: TestPage = {
  html: wpHtml,
  name: 'heldout101-wordpresscom-travel-blog',
  kind: 'blog',
  // the Jetpack share, like and related boxes sit inside the post content div and are furniture, as are the image captions
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3, wpH4],
  body: texts([...wpP1, ...wpP2, ...wpP3, ...wpP4, ...wpList, ...wpP5]),
  bylines: ['November 12, 2025', 'by Sinead Moran'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Walking Far From Home', 'Long walks, short guides', ...wpNav, 'in Portugal', wpCaption1, wpCaption2, ...wpShare, ...wpRelated, 'Tags:',
    ...wpTags, 'Previous', 'Next', wpPostNav[3] ?? '', ...wpForm, 'Blog at WordPress.com.', ...wpActionBar.filter((a) => a !== 'Walking Far From Home'),
    ...wpModal, ...wpCookie,
  ],
};
