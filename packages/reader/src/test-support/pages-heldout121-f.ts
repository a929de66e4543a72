import { ps, type TestPage, texts } from './page-kit.js';
import { bloggerPost } from './pages-heldout121-f2.js';
import { wpActionbar, wpComments, wpCookie, wpFoot, wpMore, wpNav, wpRelated } from './pages-heldout121-f3.js';

/**
 * Held-out batch 121, file f: a hobby blog post on WordPress.com with the Twenty Twenty-Four block theme (skip link, the
 * header template part with the site logo, title and the responsive navigation with its "Open menu" / "Close menu" buttons,
 * the centred title and the post-meta template part with date, "by" author and "in" category, an image block with a caption,
 * Jetpack's "Share this:", "Like this:" and "Related" blocks inside the post content, the tag pills, the previous/next post
 * links, the comments block with two comments and the Verbum comment form, the footer template part with its menus and
 * "Blog at WordPress.com.", the hidden "Discover more from" subscribe modal, the EU cookie widget and the hidden WordPress.com
 * action bar) and, from file f2, a Blogger post in the Contempo theme.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const wpTitle = 'Saving tomato seed, the messy way';
const wpP1 = paras(`
Every September somebody on the allotment asks me how I keep my tomato seed from one year to the next, and every September I say
I will write it down. So here it is, at last, with photos. Fair warning: it involves a jam jar of mouldy pulp on the kitchen
windowsill, and my husband has opinions about that.

I only save seed from the old open-pollinated varieties, never from F1 hybrids, which will not come true. This year it was
Ferncliff Pink, a big ribbed beefsteak that a previous tenant of plot 14 left in the shed in an envelope, and Yellow Pearl, a cherry
tomato that my neighbour Dilys swears by.
`);
const wpH1 = 'Picking the fruit';
const wpP2 = paras(`
Choose the best plant, not just the best tomato. I tie a bit of wool round the stem of the plant that cropped early, stayed healthy
and tasted good, and then I leave two or three fruits on it until they are properly ripe, a little soft even. Seed from a fruit picked
green will not have finished developing.
`);
const wpCaption = 'Ferncliff Pink on the left, Yellow Pearl on the right. The wool is on the Pink plant by the water butt.';
const wpH2 = 'Fermenting';
const wpP3 = paras(`
Tomato seeds sit in a jelly-like coat that stops them germinating inside the fruit. The easiest way to get rid of it is to let it
rot off, which is the messy part.
`);
const wpList = [
  'Cut the tomato across its middle and squeeze the seeds and pulp into a clean jar.',
  'Add about the same amount of water and give it a stir.',
  'Cover the jar with a bit of kitchen paper and a rubber band, label it, and leave it somewhere warm for three or four days.',
  'When a grey-white skin of mould has formed on top, it is done. It will smell. That is normal.',
];
const wpP4 = paras(`
Fill the jar with water, stir, and let it settle. The good seeds sink; the pulp, mould and empty seeds float. Pour off the top, refill
and repeat until the water runs clear and you have a layer of clean seed at the bottom.
`);
const wpH3 = 'Drying and storing';
const wpP5 = paras(`
Tip the seed into a sieve, rinse it once more, and spread it on a ceramic plate. Not kitchen paper, which the seeds stick to like
glue. Leave the plate out of the sun for a week or so, stirring it with a finger every day so the seeds do not clump.

Once they are dry and rattle when you shake the plate, they go into paper envelopes with the variety and the year written on the
front. I keep the envelopes in an old biscuit tin in the spare room, where it is cool and dry. Tomato seed kept like that is good for
four or five years, though I have never needed to test it.
`);
const wpH4 = 'Next year';
const wpP6 = paras(`
I have far more seed than I can ever use, so if you are on the Ferncliff site and would like some Ferncliff Pink, leave a note in the
tin on the shed by the gate. I will be at the seed swap at the community hall in February with the rest.
`);
const wpTags = ['allotment', 'seed saving', 'tomatoes'];
const wpPrev = 'The great courgette glut of 2024';
const wpNext = 'Putting the plot to bed for winter';
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name='robots'
content='max-image-preview:large'>
<title>${wpTitle} &#8211; Ferncliff Plot 14</title><link rel='dns-prefetch' href='//s0.wp.com'><link rel="alternate" type="application/rss+xml"
title="Ferncliff Plot 14 &raquo; Feed" href="https://ferncliffplot14.wordpress.com/feed/"><meta property="og:type" content="article">
<meta property="og:title" content="${wpTitle}"><meta property="og:site_name" content="Ferncliff Plot 14"><meta property="article:published_time"
content="2024-09-22T17:31:08+00:00">
<meta name="generator" content="WordPress.com"><link rel="canonical" href="https://ferncliffplot14.wordpress.com/2024/09/22/saving-tomato-seed-the-messy-way/">
<style id='wp-block-navigation-inline-css'>.wp-block-navigation{position:relative;--navigation-layout-justification-setting:flex-start}</style>
<link rel='stylesheet' id='all-css-0' href='https://s0.wp.com/_static/??-eJx9j0sOwjAMRC9EYhX1IxaIs6SpFVLlp8aJ4PaksCnislWy3gw==' type='text/css' media='all'>
<script type="text/javascript"
id="wpcom-actionbar-placeholder-js-extra">var actionbardata = {"siteID":"231884416","postID":"412","siteURL":"https:\\/\\/ferncliffplot14.wordpress.com",
"xhrURL":"https:\\/\\/ferncliffplot14.wordpress.com\\/wp-admin\\/admin-ajax.php","isLoggedIn":"","statusMessage":"","subsEmailDefault":"instantly"};</script>
</head>
<body
class="post-template-default single single-post postid-412 single-format-standard wp-custom-logo wp-embed-responsive is-block-theme customizer-styles-applied
highlander-enabled highlander-light"><div class="wp-site-blocks"><a class="skip-link screen-reader-text" id="wp-skip-link"
href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-template-part"><div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained
wp-block-group-is-layout-constrained" style="padding-top:20px;padding-bottom:20px"><div class="wp-block-group alignwide is-content-justification-space-between
is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex"><div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-site-logo"><a href="https://ferncliffplot14.wordpress.com/" class="custom-logo-link" rel="home"><img width="40" height="40"
src="https://ferncliffplot14.wordpress.com/wp-content/uploads/2023/02/logo.png?w=40" class="custom-logo" alt="Ferncliff Plot 14"></a></div>
<p class="wp-block-site-title"><a href="https://ferncliffplot14.wordpress.com" target="_self" rel="home">Ferncliff Plot 14</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1
wp-block-navigation-is-layout-flex" aria-label="Header navigation" data-wp-interactive="core/navigation" data-wp-context='{"overlayOpenedBy":{"click":false,
"hover":false,"focus":false},"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}'><button aria-haspopup="dialog" aria-label="Open menu"
class="wp-block-navigation__responsive-container-open" data-wp-on-async--click="actions.openMenuOnClick"><svg width="24" height="24"
xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5"></rect></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1" data-wp-class--has-modal-open="state.isMenuOpen"><div
class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog" data-wp-bind--aria-modal="state.ariaModal">
<button aria-label="Close menu" class="wp-block-navigation__responsive-container-close" data-wp-on-async--click="actions.closeMenuOnClick"><svg
xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path
d="M13 11.8l6.1-6.3-1-1-6.1 6.2"></path>
</svg></button><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive
items-justified-right wp-block-navigation">${wpNav
  .map(
    (t) => `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://ferncliffplot14.wordpress.com/${t.toLowerCase().replace(/ /g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></div></div></nav></div></div></header>
<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)" id="wp--skip-link--target">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1
style="margin-bottom:var(--wp--preset--spacing--40);"
class="has-text-align-center wp-block-post-title">${wpTitle}</h1><div class="wp-block-template-part"><div class="wp-block-group has-global-padding
is-layout-constrained"><div class="wp-block-group is-content-justification-center is-layout-flex wp-block-group-is-layout-flex" style="gap:0.3em">
<div class="wp-block-post-date"><time datetime="2024-09-22T17:31:08+00:00"><a
href="https://ferncliffplot14.wordpress.com/2024/09/22/saving-tomato-seed-the-messy-way/">
22 September 2024</a></time></div><p class="has-contrast-3-color has-text-color">—</p><p class="has-contrast-2-color has-text-color">by</p>
<div class="wp-block-post-author-name"><a href="https://ferncliffplot14.wordpress.com/author/gwentalbot/" target="_self"
class="wp-block-post-author-name__link">Gwen
Talbot</a></div><div class="wp-block-group is-layout-flex" style="gap:0.3em"><p class="has-contrast-2-color has-text-color">in</p><div
class="taxonomy-category wp-block-post-terms"><a href="https://ferncliffplot14.wordpress.com/category/seeds/"
rel="tag">Seeds</a></div></div></div></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
${ps(wpP1)}
<h2 class="wp-block-heading">${wpH1}</h2>
${ps(wpP2)}
<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="768" data-attachment-id="418"
data-permalink="https://ferncliffplot14.wordpress.com/tomatoes/"
src="https://ferncliffplot14.wordpress.com/wp-content/uploads/2024/09/tomatoes.jpg?w=1024" alt="Two trusses of tomatoes on the vine" class="wp-image-418">
<figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>
<h2 class="wp-block-heading">${wpH2}</h2>
${ps(wpP3)}
<ol class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(wpP4)}
<h2 class="wp-block-heading">${wpH3}</h2>
${ps(wpP5)}
<h2 class="wp-block-heading">${wpH4}</h2>
${ps(wpP6)}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div
class="robots-nocontent sd-block sd-social
sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer"
data-shared="sharing-twitter-412" class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank"
title="Click to share on X"><span>X</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-412" class="share-facebook sd-button share-icon"
href="?share=facebook"
target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-231884416-412-66f0"
data-src="//widgets.wp.com/likes/"
data-name="like-post-frame-231884416-412-66f0" data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder
post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>
<span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid">${wpRelated
  .map(
    (r) => `<p class="jp-relatedposts-post" data-post-format="false"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="https://ferncliffplot14.wordpress.com/${r.d.slice(-4)}/related/">${r.t}</a></span><span class="jp-relatedposts-post-date">${r.d}</span>
<span class="jp-relatedposts-post-context">${r.c}</span></p>`,
  )
  .join('\n')}</div></div></div></div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="is-style-post-terms-1 is-style-pill taxonomy-post_tag wp-block-post-terms">${wpTags
  .map((t) => `<a href="https://ferncliffplot14.wordpress.com/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">  </span>')}</div>
<nav class="wp-block-group is-content-justification-space-between is-nowrap is-layout-flex" aria-label="Post navigation"><div
class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow"
aria-hidden="true">←</span><a
href="https://ferncliffplot14.wordpress.com/2024/08/30/courgette-glut/" rel="prev">${wpPrev}</a></div><div
class="post-navigation-link-next wp-block-post-navigation-link">
<a href="https://ferncliffplot14.wordpress.com/2024/10/14/plot-to-bed/" rel="next">${wpNext}</a><span
class="wp-block-post-navigation-link__arrow-next is-arrow-arrow"
aria-hidden="true">→</span></div></nav>
${wpComments.html}
</div></main>
${wpFoot.html}
</div>
${wpMore.html}
${wpCookie.html}
${wpActionbar.html}
<script type="text/javascript" src="https://s0.wp.com/wp-content/js/bilmur.min.js?m=202438" defer></script>
</body></html>`;
const wordpressCom: TestPage = {
  html: wpHtml,
  name: 'heldout121-wordpress-com-tt4-blog',
  kind: 'blog',
  // the date and the author are bylines ("by" and "in" are furniture); the image caption, category, Jetpack blocks inside
  // the post content, tags, post navigation, comments, comment form, footer, subscribe modal, cookie widget and the hidden
  // action bar are furniture
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3, wpH4],
  body: texts([...wpP1, ...wpP2, ...wpP3, ...wpList, ...wpP4, ...wpP5, ...wpP6]),
  bylines: ['22 September 2024', 'Gwen Talbot'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Ferncliff Plot 14', ...wpNav, 'by', 'in', 'Seeds', wpCaption, 'Share this:', 'X', 'Facebook', 'Like this:', 'Like', 'Loading...',
    'Related', ...wpRelated.flatMap((r) => [r.t, r.d, r.c]), ...wpTags, wpPrev, wpNext, ...wpComments.texts, ...wpFoot.texts, ...wpMore.texts,
    ...wpCookie.texts, ...wpActionbar.texts,
  ])],
};

export const HELDOUT121_F: readonly TestPage[] = [wordpressCom, bloggerPost];
