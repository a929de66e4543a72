import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 80, file b2: a WordPress.com hosted blog post on Independent Publisher 2 (site branding and menu, the
 * entry meta line, block-editor paragraphs with a captioned image, a WordAds slot, Jetpack's "Share this:", "Like this:"
 * and "Related" blocks inside the entry content, tags, post navigation, comments with the Highlander form and its Akismet
 * honeypot label, the "Follow Blog via Email" widget, the hidden "Discover more from" subscribe modal, the cookie widget
 * and the actionbar with "Reblog", "Subscribe" and its menu).
 */
const wpTitle = 'The tram shelter on Alder Street';
const wpP = (a: readonly string[]): string => a.map((t) => `<p class="wp-block-paragraph">${t}</p>`).join('\n');
const wp1 = [
  'If you walk north from the library, past the laundrette and the shop that has been a florist, a bookmaker and a florist again, ' +
    'you come to a small brick building with a slate roof and a bench inside. Most people assume it is a bus shelter. It is older ' +
    'than that by about forty years.',
  'It was built in 1903 as a waiting room for the Alder Street tram, which ran from the railway station to the cemetery gates and ' +
    'back, every twelve minutes, for a fare of one penny. The tramway closed in 1931. The shelter simply stayed, and when the buses ' +
    'came they stopped in front of it because that is where people were already standing.',
];
const wpCaption = 'The shelter in the 1920s, with the tram lines still in the road. Photograph lent by the Pellow family.';
const wpH1 = 'What the council minutes say';
const wp2 = [
  'I spent two afternoons in the county record office going through the minutes of the old urban district council. The shelter ' +
    'appears four times. In 1902 the tramway company asks permission to build it; in 1903 a councillor complains that it blocks the ' +
    'view of his shop; in 1917 it is used as a collection point for sphagnum moss for field dressings; and in 1948 somebody proposes ' +
    'knocking it down to widen the pavement.',
  'That last proposal was defeated by one vote. The minutes do not say who changed their mind, but the following week’s paper ' +
    'printed a letter from a Mrs Annie Pellow, signed by eighty-six residents, pointing out that the shelter was the only dry place ' +
    'between the station and the hospital for anyone visiting a patient on foot.',
  'Her granddaughter, who still lives two streets away, lent me the photograph above and told me the family story: that Annie had ' +
    'walked that route every day for a month in 1946, when her husband was in the fever ward, and had sat out more than one ' +
    'thunderstorm on that bench.',
];
const wpH2 = 'Why it is still there';
const wp3 = [
  'The building was listed in 1989, mainly for its cast-iron brackets, which carry the tramway company’s initials if you look ' +
    'closely. The bench is not original; the council replaced it in 2004 after the old one was set on fire.',
  'Next time you are waiting for the 14, have a look at the left-hand bracket. Somebody has scratched a small heart into the paint ' +
    'next to the letters. I like to think it has been there a while.',
];
const wpMenu = ['Home', 'About', 'Buildings', 'People', 'Maps'];
const wpShare = ['X', 'Facebook', 'Email'];
const wpRelated: [string, string, string][] = [
  ['The chemist’s window and its fourteen bottles', 'May 3, 2025', 'In "Buildings"'],
  ['Who was the Alder in Alder Street?', 'March 18, 2025', 'In "People"'],
  ['Reading the 1910 valuation map', 'January 9, 2025', 'In "Maps"'],
];
const wpComments: [string, string, string][] = [
  ['Pat Lowrie', 'July 22, 2025 at 11:40 am', 'I waited for the school bus in there every morning for six years and never knew any of this. Thank you.'],
  ['Dev Anand Rao', 'July 22, 2025 at 6:02 pm', 'The heart on the bracket is from 1977. I know because I was holding the penknife. Sorry, council.'],
  ['Ruth', 'July 22, 2025 at 8:15 pm', 'Dev, that is the best comment this blog has ever had.'],
];
const wpFollow = [
  'Follow Blog via Email',
  'Enter your email address to follow this blog and receive notifications of new posts by email.',
  'Join 1,204 other subscribers',
];
const wpModal = ['Discover more from Alder Street Notebook', 'Subscribe now to keep reading and get access to the full archive.', 'Continue reading'];
const wpCookie = 'Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use.';
const wpCookie2 = 'To find out more, including how to control cookies, see here:';
const wpAct = ['Sign up', 'Log in', 'Copy shortlink', 'Report this content', 'View post in Reader', 'Manage subscriptions', 'Collapse this bar'];
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"><link rel="pingback" href="https://alderstreetnotebook.wordpress.com/xmlrpc.php">
<title>${wpTitle} &#8211; Alder Street Notebook</title>
<meta name='robots' content='max-image-preview:large' /><link rel='dns-prefetch' href='//s0.wp.com' /><link rel='dns-prefetch' href='//wordpress.com' />
<link rel="alternate" type="application/rss+xml" title="Alder Street Notebook &raquo; Feed" href="https://alderstreetnotebook.wordpress.com/feed/" />
<link rel='stylesheet' id='all-css-0-1' href='https://s0.wp.com/_static/??-eJyVkNEKwjAMRX/IGqZD8UH8ljbLdpvTtDQZbn9vGUHeFMTKwrpzTe0m4LOFMpixoIxD'
type='text/css' media='all' />
<meta property="og:type" content="article" /><meta property="og:title" content="${wpTitle}" />
<meta property="og:url" content="https://alderstreetnotebook.wordpress.com/2025/07/22/the-tram-shelter-on-alder-street/" />
<meta property="article:published_time" content="2025-07-22T08:15:00+00:00" /><meta property="og:site_name" content="Alder Street Notebook" />
<meta name="application-name" content="Alder Street Notebook" /><link rel="openid.server" href="https://alderstreetnotebook.wordpress.com/?openidserver=1" />
<script type="text/javascript">var _wpcom_gdpr_banner = {"ajaxUrl":"https://alderstreetnotebook.wordpress.com/wp-admin/admin-ajax.php"};</script>
</head>
<body class="post-template-default single single-post postid-2113 single-format-standard wp-embed-responsive customizer-styles-applied has-sidebar
highlander-enabled highlander-light">
<div id="page" class="hfeed site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="hidden-header" aria-hidden="true" style="display:none;"></div>
<header id="masthead" class="site-header" role="banner"><div class="site-branding">
<a href="https://alderstreetnotebook.wordpress.com/" class="site-logo-link" rel="home"><img width="100" height="100"
src="https://alderstreetnotebook.files.wordpress.com/2021/02/cropped-logo.jpg?w=100"
class="no-grav site-logo avatar" alt="" /></a>
<p class="site-title"><a href="https://alderstreetnotebook.wordpress.com/" rel="home">Alder Street Notebook</a></p>
<p class="site-description">Small histories of one long street</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-primary-container"><ul id="primary-menu" class="menu">${links(wpMenu, 'menu-item menu-item-type-custom menu-item-object-custom')}</ul></div>
</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-2113" class="post-2113 post type-post status-publish format-standard hentry category-buildings tag-trams tag-victorian-alder-street">
<header class="entry-header"><h1 class="entry-title">${wpTitle}</h1></header>
<div class="entry-meta"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://alderstreetnotebook.wordpress.com/author/ruthco/">Ruth
Castellanos-Obi</a></span></span> <span class="cat-links">in <a href="https://alderstreetnotebook.wordpress.com/category/buildings/" rel="category
tag">Buildings</a>
</span> <span class="sep"> — </span><span class="posted-on"><a href="https://alderstreetnotebook.wordpress.com/2025/07/22/the-tram-shelter-on-alder-street/"
rel="bookmark"><time class="entry-date published" datetime="2025-07-22T09:15:00+01:00">July 22, 2025</time><time class="updated"
datetime="2025-07-23T10:02:00+01:00">
July 23, 2025</time></a></span> <span class="sep"> — </span><span class="comments-link"><a href="#comments">3 Comments</a></span></div>
<div class="entry-content">
${wpP(wp1)}
<figure class="wp-block-image size-large"><img data-attachment-id="2118" width="1024" height="683"
src="https://alderstreetnotebook.files.wordpress.com/2025/07/shelter-1920s.jpg?w=1024" alt="" class="wp-image-2118"
srcset="https://alderstreetnotebook.files.wordpress.com/2025/07/shelter-1920s.jpg?w=1024 1024w" sizes="(max-width: 1024px) 100vw, 1024px" />
<figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>
<h2 class="wp-block-heading">${wpH1}</h2>
${wpP(wp2)}
<h2 class="wp-block-heading">${wpH2}</h2>
${wpP(wp3)}
<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u"><div id="atatags-370373-68a1"
class="wordads-inline-marker"></div>
</div></div></div>
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled">
<div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
${wpShare
  .map(
    (s) => `<li class="share-${s.toLowerCase()}"><a rel="nofollow noopener noreferrer" data-shared="sharing-${s.toLowerCase()}-2113"
class="share-${s.toLowerCase()}
sd-button share-icon" href="?share=${s.toLowerCase()}&amp;nb=1" target="_blank" aria-labelledby="sharing-${s.toLowerCase()}-2113">
<span id="sharing-${s.toLowerCase()}-2113" hidden>${s === 'Email' ? 'Email a link to a friend' : `Share on ${s}`} (Opens in new
window)</span><span>${s}</span></a></li>`,
  )
  .join('\n')}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-loaded" id="like-post-wrapper-19002245-2113-68a1"
data-src="https://widgets.wp.com/likes/?ver=14.9#blog_id=19002245&amp;post_id=2113" data-name="like-post-frame-19002245-2113-68a1" data-title="Like or Reblog">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px; display: none;">
<span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>
<iframe class="post-likes-widget jetpack-likes-widget" name="like-post-frame-19002245-2113-68a1" height="55px" width="100%" frameborder="0" scrolling="no"
title="Like or Reblog" src="https://widgets.wp.com/likes/?ver=14.9#blog_id=19002245&amp;post_id=2113"></iframe>
<span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">
${wpRelated
  .map(
    ([t, d, c], i) => `<p class="jp-relatedposts-post jp-relatedposts-post${i}" data-post-id="${2090 - i * 17}" data-post-format="false">
<span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/?p=${2090 - i * 17}" title="${t}" rel="nofollow" data-origin="2113"
data-position="${i}">${t}</a></span><span class="jp-relatedposts-post-date" style="display: inline;">${d}</span>
<span class="jp-relatedposts-post-context">${c}</span></p>`,
  )
  .join('\n')}</div></div></div>
</div>
<footer class="entry-footer"><div class="entry-meta"><span class="tags-links">Tagged: <a href="/tag/trams/" rel="tag">trams</a>,
<a href="/tag/victorian-alder-street/" rel="tag">Victorian Alder Street</a></span></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2025/07/08/the-laundrette-ledger/" rel="prev"><span class="meta-nav">Previous</span> The laundrette ledger</a></div>
<div class="nav-next"><a href="/2025/08/05/the-1911-census-night/" rel="next"><span class="meta-nav">Next</span> Census night, 1911</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “<span>${wpTitle}</span>”</h2><ol class="comment-list">
${wpComments
  .map(
    ([n, d, t], i) => `<li class="comment even thread-even depth-1" id="comment-${512 + i}"><article id="div-comment-${512 + i}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://0.gravatar.com/avatar/${i}?s=48&amp;d=identicon&amp;r=G"
class="avatar avatar-48" height="48" width="48" loading="lazy" decoding="async" /><b class="fn">${n}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-${512 + i}"><time datetime="2025-07-22T11:40:00+01:00">${d}</time></a></div></footer>
<div class="comment-content"><p>${t}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=${512 + i}#respond"
data-commentid="${512 + i}" data-postid="2113" aria-label="Reply to ${n}">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment <small><a rel="nofollow"
id="cancel-comment-reply-link"
href="/2025/07/22/the-tram-shelter-on-alder-street/#respond" style="display:none;">Cancel reply</a></small></h3>
<form action="https://alderstreetnotebook.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="c1f3a9" /><div class="comment-form__verbum transparent"></div>
<div class="verbum-form-meta"><input type="hidden" name="comment_post_ID" value="2113" id="comment_post_ID" /></div>
<p class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label>
<input type="hidden" id="ak_js_1" name="ak_js" value="1753176000000"/></p></form></div></div>
</main></div>
<div id="secondary" class="widget-area" role="complementary"><aside id="blog_subscription-3" class="widget widget_blog_subscription
jetpack_subscription_widget">
<h2 class="widget-title"><label for="subscribe-field">${wpFollow[0]}</label></h2>
<form action="https://subscribe.wordpress.com" method="post" accept-charset="utf-8" data-blog="19002245" data-post_access_level="everybody"
id="subscribe-blog"><p>${wpFollow[1]}</p><p class="subscribe-count">${wpFollow[2]}</p>
<p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Email Address:</label>
<input type="email" name="email" required="required" value="" id="subscribe-field" placeholder="Email Address" /></p>
<p id="subscribe-submit"><button type="submit" class="wp-block-button__link">Follow</button></p></form></aside></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at
WordPress.com.</a></div></footer></div>
<div class="jetpack-subscribe-modal"><div class="jetpack-subscribe-modal__modal-content"><div class="wp-block-group has-border-color">
<h2 class="wp-block-heading has-text-align-center">${wpModal[0]}</h2><p class="has-text-align-center">${wpModal[1]}</p>
<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" data-blog="19002245">
<input type="email" name="email" placeholder="Type your email…" /><button type="submit" class="wp-block-button__link">Subscribe</button></form></div>
<p class="has-text-align-center jetpack-subscribe-modal__close"><a href="#">${wpModal[2]}</a></p></div></div></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button ads-active" data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">
<form method="post" id="jetpack-eu-cookie-law-form"><input type="submit" value="Close and accept" class="accept" /></form>${wpCookie}<br />${wpCookie2}
<a href="https://automattic.com/cookies/" rel="nofollow">Cookie Policy</a></div></div>
<div id="actionbar" dir="ltr" style="display: none;" class="actnbr-pub-independent-publisher-2 actnbr-has-follow actnbr-has-actions"><ul>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-reblog" href=""><svg class="gridicon" height="20"
width="20"></svg><span>Reblog</span></a></li>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow " href=""><svg class="gridicon" height="20"
width="20"></svg><span>Subscribe</span></a>
<a class="actnbr-action actnbr-actn-following no-display" href=""><svg class="gridicon" height="20" width="20"></svg><span>Subscribed</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble"><div class="tip-arrow"></div><div class="tip-inner actnbr-follow-bubble"><ul>
<li class="actnbr-sitename actnbr-hidden"><a href="https://alderstreetnotebook.wordpress.com"><img loading="lazy" alt=""
src="https://s0.wp.com/i/logo/wpcom-gray-white.png"
class="avatar avatar-50" height="50" width="50" /> Alder Street Notebook</a></li>
<form method="post" action="https://subscribe.wordpress.com" accept-charset="utf-8" style="display: none;"><div class="actnbr-follow-count">${wpFollow[2]}</div>
<div><input type="email" name="email" placeholder="Type your email…" class="actnbr-email-field" aria-label="Enter your email address" /></div>
<button type="submit">Subscribe</button></form>
<li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="https://wordpress.com/log-in">Log in
now.</a></div></li></ul></div></div></li>
<li class="actnbr-ellipsis actnbr-hidden"><svg class="gridicon" height="24" width="24"></svg><div class="actnbr-popover tip tip-top-left actnbr-more">
<div class="tip-arrow"></div><div class="tip-inner"><ul>
<li class="actnbr-sitename actnbr-hidden"><a href="https://alderstreetnotebook.wordpress.com">Alder Street Notebook</a></li>
<li class="actnbr-folded-follow actnbr-hidden"><a class="actnbr-action actnbr-actn-follow " href=""><span>Subscribe</span></a></li>
${links(wpAct, 'actnbr-hidden')}</ul></div></div></li></ul></div>
<script type="text/javascript" src="https://s0.wp.com/wp-content/js/bilmur.min.js?m=202529" defer></script>
<script>window.addEventListener('DOMContentLoaded',function(){jQuery('.sharedaddy a.sd-button').on('click',function(){});});</script>
</body></html>`;
export const wpcomPost: TestPage = {
  html: wpHtml,
  name: 'heldout80-wordpress-com-blog',
  kind: 'blog',
  // reader comments are furniture (their names and times too), and so is the comment count; the WordAds label, Jetpack's share/like/related blocks inside
  // the entry content, the tags, the post navigation, the follow widget, the hidden subscribe modal and the actionbar are
  // furniture; the author, dates and comment count of the entry meta are bylines ("in Buildings" in neither)
  title: wpTitle,
  headings: [wpH1, wpH2],
  body: [...wp1, ...wp2, ...wp3],
  bylines: ['Ruth Castellanos-Obi', 'July 22, 2025', 'July 23, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '3 Comments', 'Alder Street Notebook', 'Small histories of one long street', 'Menu', ...wpMenu, wpCaption, 'Advertisements',
'Share this:', 'Share on X (Opens in new window)', 'Share on Facebook (Opens in new window)',
    'Email a link to a friend (Opens in new window)',
    ...wpShare, 'Like this:', 'Like', 'Loading...', 'Related', ...wpRelated.flat(), 'Tagged:', 'trams', 'Victorian Alder Street', 'Post navigation',
    'Previous', 'The laundrette ledger', 'Next', 'Census night, 1911', `3 thoughts on “${wpTitle}”`, ...wpComments.flat(), 'says:', 'Reply',
    'Leave a comment', 'Cancel reply', 'Δ', ...wpFollow, 'Email Address:', 'Follow', 'Blog at WordPress.com.', ...wpModal, 'Subscribe', texts([wpCookie])[0]!,
    wpCookie2, 'Cookie Policy', 'Reblog', 'Subscribed', 'Already have a WordPress.com account?', 'Log in now.', ...wpAct,
  ],
};
