import { links, type TestPage } from './page-kit.js';
import { type Block, blocksHtml, bodyOf, headingsOf, j, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file b: a gate and railing care guide posted on a Wix Blog (ricos viewer) with share icons, recent posts
 * and a comment box.
 */
const xTitle = 'How to Look After Wrought Iron Gates and Railings';
const xBlocks: Block[] = [
  [
    'p',
    j(
      'Most of the gates we are asked to repair are not worn out. They have simply been left alone for ten or fifteen years while',
      'water found its way into a joint, sat there and slowly pushed the metal apart. A little attention once a year is all it',
      'takes to stop that happening, and none of it needs special tools.',
    ),
  ],
  ['h2', 'Know what you have'],
  [
    'p',
    j(
      'True wrought iron has not been made commercially for decades, so unless your railings are Victorian or older they are almost',
      'certainly mild steel. That matters because the two rust differently. Wrought iron has fibres of slag running through it and',
      'tends to flake in layers; mild steel rusts evenly and, left bare, will lose its surface far more quickly.',
    ),
  ],
  [
    'p',
    j(
      'Modern work from a good forge is usually galvanised before it is painted. If you can see a dull grey, slightly spangled',
      'surface where the paint has chipped, your gate is galvanised and the steel underneath is still protected.',
    ),
  ],
  ['h2', 'The yearly check'],
  ['p', 'Pick a dry day in late spring or early autumn, when the metal is neither hot from the sun nor wet with dew, and work through this list:'],
  ['li', 'Wash everything down with warm water and a little washing-up liquid, and let it dry completely.'],
  ['li', 'Look closely at the bottom rail, the feet of the posts and any joint where two bars meet. These are where water sits.'],
  ['li', 'Push a fingernail into any bubbled paint. If it gives, there is rust beneath.'],
  ['li', 'Open and close the gate slowly and listen. A grinding hinge is easier to fix now than when it seizes.'],
  ['li', 'Check that the latch still drops cleanly into its keep and that the gate has not dropped on its hinges.'],
  ['h2', 'Dealing with rust spots'],
  [
    'p',
    j(
      'Small patches of surface rust are nothing to worry about. Rub them back with a wire brush or coarse abrasive paper until',
      'you reach bright metal, and feather the edges of the surrounding paint so the repair does not leave a ridge.',
    ),
  ],
  [
    'p',
    j(
      'Wipe the area with white spirit, let it dry, and prime it the same day: bare steel starts to rust again within hours in damp',
      'weather. A zinc-rich primer is best on galvanised work. Follow with two thin coats of a metal paint rather than one thick one,',
      'which will sag and crack.',
    ),
  ],
  [
    'quote',
    j(
      '<p>"The paint is not there to make the gate look nice. It is a raincoat, and a raincoat with a hole in it is not much use."',
      '– Dafydd Harrow, head smith</p>',
    ),
  ],
  [
    'p',
    j(
      'If the rust has eaten through a bar, or a scroll has come away from its collar, stop there and call a smith. Filler and',
      'paint will hide the damage for a season but the water will carry on working underneath.',
    ),
  ],
  ['h2', 'Hinges, pivots and latches'],
  [
    'p',
    j(
      'Hinges on heavy gates carry a surprising load. Grease them with a lithium or marine grease twice a year, not light oil,',
      'which washes out at the first downpour. Pivot gates with a bottom cup should have the cup cleared of grit and leaves',
      'before it is greased, or the grit turns into grinding paste.',
    ),
  ],
  [
    'p',
    j(
      'If a gate has started to drag on the ground, do not force it. Most of our hinges are adjustable: loosen the nut on the top',
      'hinge pin, wind it out a few turns and tighten it again. If there is no adjustment, a smith can add a rise to the hinge.',
    ),
  ],
  ['h2', 'Repainting the whole gate'],
  [
    'p',
    j(
      'Every eight to twelve years a painted gate will need a full repaint. Remove it from its hinges if you can and lay it on',
      'trestles; you will do a better job in half the time. Scrape off loose paint, sand the rest to give it a key, and treat any',
      'rust as above before you start.',
    ),
  ],
  [
    'p',
    j(
      'Choose a paint made for exterior metal and stick to one system from primer to top coat. Mixing brands is the most common',
      'reason we see new paint peeling in sheets after a single winter.',
    ),
  ],
  ['h2', 'Things to avoid'],
  ['li', 'Pressure washers: they drive water into joints and lift the edges of sound paint.'],
  ['li', 'Planting climbers against railings unless you are ready to cut them back every year.'],
  ['li', 'Hanging heavy baskets or signs from scrolls that were never designed to carry them.'],
  ['li', 'Leaving a gate propped open on its latch in the wind, which strains the hinges and the post.'],
  [
    'p',
    j(
      'Looked after like this, a well-made gate will outlast the house it guards. If you are not sure what you are looking at,',
      'send us a photograph and we will tell you honestly whether it needs us or just a free Saturday.',
    ),
  ],
];
const xNav = ['Home', 'Our Work', 'Restoration', 'Blog', 'Contact'];
const xRecent = ['Restoring the Marsh Lane Railings', 'Why We Still Use a Coal Forge', 'Choosing a Finish for Garden Gates'];
const xFoot = ['Tidewell Ironworks, Quay Street, Port Elver', '© 2026 by Tidewell Ironworks. Proudly created with Wix.com'];
const xAttrs = {
  p: ' class="mm8Nw _1j-51 public-DraftStyleDefault-block-depth0 fixed-tab-size" dir="auto"',
  h2: ' class="_3V3Uq public-DraftStyleDefault-block-depth0" dir="auto"',
  ul: ' class="public-DraftStyleDefault-ul"',
  li: ' class="_2e0Wf" dir="auto"',
  quote: ' class="_1pLbg"',
};
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8a1c3e_fav.png">
<title>How to Look After Wrought Iron Gates and Railings</title><meta name="description" content="A yearly routine that keeps metal gates working.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Tidewell Ironworks"><link rel="canonical"
 href="https://www.tidewellironworks.com/post/gate-care">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${xTitle}","author":{"@type":"Person",
"name":"Mari Tidewell"},
"datePublished":"2026-03-09T10:12:00.000Z","publisher":{"@type":"Organization","name":"Tidewell Ironworks"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8a1c3e"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:#1c1c1c;}.font_0{font:normal normal normal 44px/1.3em 'playfair display',serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
 aria-label="top of page"><span class="mRaK5">&nbsp;</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
 data-testid="screenWidthContainerBg"></div></div>
<div data-testid="inline-content" class="_1Wihg"><div id="comp-kx2header1" class="BaOVQ8 tz5f0K comp-kx2header1 wixui-rich-text" data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text"><a href="/">TIDEWELL IRONWORKS</a></span></p></div>
<nav id="comp-kx2menu" aria-label="Site"
 class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="tpapgnat" class="dBAkHi theme-bg-color">
<div class="blog-post-page-font"><div data-hook="post-page" class="post-page"><article data-hook="post" class="blog-post-page-font blog-text-color">
<div class="post-header"><div class="post-metadata" data-hook="post-metadata"><div class="avatar-wrapper"><img alt="Writer's picture"
 src="https://static.wixstatic.com/media/a.jpg"></div>
<div class="post-metadata__author-and-date"><span data-hook="user-name" class="user-name">Mari Tidewell</span>
<ul class="post-metadata__date-and-time"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 9, 2026">Mar 9, 2026</span></li>
<li><span data-hook="time-to-read" class="post-metadata__readingTime">5 min read</span></li></ul></div>
<button data-hook="more-button" aria-label="More actions" class="more-button"></button></div>
<h1 data-hook="post-title" class="blog-post-title-font post-title"><span class="post-title__text">${xTitle}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div class="rich-content-viewer" dir="ltr" data-id="rich-content-viewer"><div class="ricos-viewer">
${blocksHtml(xBlocks, xAttrs)}
</div></div></div>
<div class="post-footer" data-hook="post-footer"><div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button>
<button aria-label="Share via X"></button><button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-tags"><ul><li><a href="/blog/tags/maintenance">maintenance</a></li><li><a href="/blog/tags/gates">gates</a></li></ul></div>
<div class="post-stats"><span data-hook="views-count">214 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button" aria-label="Post not marked as liked"><span>3</span></button></div></div></article>
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" data-hook="see-all-link">See All</a></div><ul>${links(xRecent, 'post-list-item')}</ul></section>
<section data-hook="comments" class="comments-wrapper"><h2 data-hook="comments-title">Comments</h2><div data-hook="comment-box" class="comment-box">
<button class="comment-box__placeholder">Write a comment...</button></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer" tabindex="-1"><div id="comp-kx2foot1" class="wixui-rich-text" data-testid="richTextElement">
${xFoot.map((t) => `<p class="font_9 wixui-rich-text__text">${t.replace(/&/g, '&amp;')}</p>`).join('\n')}</div></footer></div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner" role="region" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By continuing to use it you accept our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixBlog: TestPage = page({
  name: 'heldout586-wix-blog-gate-care',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: headingsOf(xBlocks),
  body: bodyOf(xBlocks),
  bylines: ['Mari Tidewell', 'Mar 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TIDEWELL IRONWORKS', ...xNav, '5 min read', 'maintenance', 'gates', '214 views', '0 comments', '3', 'Recent Posts', 'See All', ...xRecent,
    'Comments', 'Write a comment...', ...xFoot, 'This website uses cookies. By continuing to use it you accept our use of cookies.', 'Settings', 'Accept',
  ],
});

export const HELDOUT586_B: readonly TestPage[] = [wixBlog];
