import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 17, file b2: a WordPress.com blog post on the Twenty Twenty-Four block theme (wp-block-* template parts,
 * site title and tagline, navigation block, post date / author / category terms, featured image, post content with
 * wp-block-heading, wp-block-list and a captioned wp-block-image, Jetpack "Share this:", "Like this:" and "Related" blocks,
 * post navigation, comments block with a reply form, "Blog at WordPress.com." footer, cookie widget and the wpcom action bar).
 */
const wpTitle = 'Bringing a 1962 Singer 401A back to life';
const wpIntro = [
  'My aunt’s Singer 401A sat in her spare room for almost thirty years, under a crocheted cover and a stack of National Geographic ' +
    'magazines. When she moved into a smaller flat last autumn she asked whether I wanted it, and I said yes before I had even ' +
    'looked inside.',
  'This is a long post, mostly for my own records, but I hope it helps anyone who has inherited one of these machines and is ' +
    'wondering whether it is worth the trouble. (It is.)',
];
const wpH1 = 'First, do no harm';
const wpBody1 = [
  'The temptation with an old machine is to plug it in and see what happens. Please do not. The wiring on mine had gone brittle ' +
    'where the cable enters the motor, and the foot pedal had a crack right through the Bakelite.',
  'Instead I turned the handwheel by hand. It moved, but stiffly, and there was a grinding feeling somewhere behind the bobbin case ' +
    'that turned out to be sixty years of lint packed around the hook.',
];
const wpH2 = 'What I replaced';
const wpList = [
  'The motor cable and foot pedal, with a new pedal from a specialist supplier in Leeds',
  'The motor brushes, which were worn down to about a third of their length',
  'The rubber tyre on the bobbin winder, which had gone hard and shiny',
  'A bent presser foot that someone, probably my cousin, had tried to straighten with pliers',
];
const wpH3 = 'Cleaning and oiling';
const wpBody3 = [
  'Most of the work was cleaning. I took off every cover that would come off, brushed out the lint, and wiped the old oil and ' +
    'varnish off the gears with a little kerosene on a cotton bud. The manual, which my aunt had kept in the drawer, marks every ' +
    'oiling point with a small arrow, and there are more of them than you would think.',
  'The 401A has nylon gears in two places, and on many machines they crack with age. Mine were fine, which felt like winning a ' + 'small lottery.',
  'The first seam it sewed was straight, even and completely silent apart from the steady thrum of the motor. I may have cried a little.',
];
const wpCaption = 'The 401A after cleaning, with its original cams laid out in the drawer.';
const wpNav = ['Home', 'About', 'Patterns', 'Workshops', 'Contact'];
const wpRelated = [
  { t: 'Oiling an old machine: the points people forget', d: 'November 18, 2024', c: 'In "Vintage machines"' },
  { t: 'A quilt for my aunt’s new flat', d: 'January 6, 2025', c: 'In "Quilting"' },
  { t: 'Five feet worth buying for a straight-stitch machine', d: 'September 2, 2024', c: 'In "Tools"' },
];
const wpComments = [
  {
    a: 'Moira Fenwick',
    d: 'March 5, 2025 at 8:14 am',
    t: 'My mum had the 403, the version without the built-in cams. Same lovely sound. Thank you for the oiling tips!',
  },
  {
    a: 'thimbleandthread',
    d: 'March 5, 2025 at 9:02 am',
    t: 'The 403 is a great machine too. The oiling points are almost the same, so the manual for the 401 will do.',
  },
  { a: 'Dev Chauhan', d: 'March 6, 2025 at 7:47 pm', t: 'Did you have to adjust the timing at all after cleaning the hook?' },
];
const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${wpTitle} &#8211; Thimble &amp; Thread</title>
<link rel="stylesheet" id="wp-block-library-css" href="https://s0.wp.example/wp-includes/css/dist/block-library/style.min.css?m=1738012345" media="all">
<style id="global-styles-inline-css">:root{--wp--preset--color--base:#f9f9f9;--wp--preset--font-family--heading:Cardo}</style>
<script type="text/javascript" id="jetpack-likes-js-extra">var jpLikes={"postId":2217,"blogId":190441822};</script>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T18:30:11+00:00"></head>
<body class="post-template-default single single-post postid-2217 single-format-standard logged-out wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="https://thimbleandthread.example/" rel="home">Thimble &amp; Thread</a></p>
<p class="wp-block-site-tagline">Sewing, mending and old machines</p></div>
<nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Header navigation"><button aria-label="Open menu"
class="wp-block-navigation__responsive-container-open">Menu</button><ul class="wp-block-navigation__container">${links(wpNav, 'wp-block-navigation-item')}
</ul></nav></div></header>
<main class="wp-block-group is-layout-constrained"><div class="wp-block-group alignfull is-layout-constrained">
<h1 class="wp-block-post-title has-x-large-font-size">${wpTitle}</h1>
<figure class="wp-block-post-featured-image"><img width="1200" height="800" src="https://thimbleandthread.example/wp-content/uploads/2025/03/401a-front.jpg"
alt="A green Singer sewing machine on a wooden table"></figure></div>
<div class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2025-03-04T18:30:11+00:00">
March 4, 2025</time></div><p class="has-small-font-size">by</p><div class="wp-block-post-author-name">
<a href="https://thimbleandthread.example/author/thimbleandthread/"
class="wp-block-post-author-name__link">Harriet Lowe</a></div>
<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">in </span><a href="/category/vintage-machines/" rel="tag">Vintage
machines</a></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(wpIntro)}
<h2 class="wp-block-heading">${wpH1}</h2>
${ps(wpBody1)}
<h2 class="wp-block-heading">${wpH2}</h2>
<ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="wp-block-image size-large"><img src="https://thimbleandthread.example/wp-content/uploads/2025/03/401a-cams.jpg" alt="" class="wp-image-2231">
<figcaption class="wp-element-caption">${wpCaption}</figcaption></figure>
<h2 class="wp-block-heading">${wpH3}</h2>
${ps(wpBody3)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="?share=x"><span>X</span></a></li><li class="share-email"><a href="?share=email"><span>Email</span>
</a></li>
</ul></div></div></div>
<div id="like-post-wrapper-190441822-2217" class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3>
<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading…</span></div>
<span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${wpRelated
  .map(
    (r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/x/">${r.t}</a></h4>
<p class="jp-relatedposts-post-date">${r.d}</p><p class="jp-relatedposts-post-context">${r.c}</p></div>`,
  )
  .join('\n')}</div>
</div>
<nav class="wp-block-group is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span
class="wp-block-post-navigation-link__label">Previous: </span><a href="/2025/02/mending-jeans/" rel="prev">Visible mending on a pair of work jeans</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">Next: </span>
<a href="/2025/03/bobbins/"
rel="next">Why your bobbin thread keeps looping underneath</a></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">3 responses to “${wpTitle}”</h2><ol class="wp-block-comment-template">
${wpComments
  .map(
    (c) => `<li class="comment"><div class="wp-block-group"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc"
href="https://gravatar.example/x">${c.a}</a></div><div class="wp-block-comment-date"><a href="#comment"><time>${c.d}</time></a></div>
<div class="wp-block-comment-content"><p>${c.t}</p></div><div class="wp-block-comment-reply-link"><a class="comment-reply-link" href="#respond">Reply</a>
</div>
</div></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3>
<form id="commentform" class="comment-form"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea>
<input type="submit" value="Post Comment"></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="/">Thimble &amp; Thread</a></p>
<p class="has-small-font-size"><a href="https://wordpress.example/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></p></div></footer></div>
<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" id="eu-cookie-law"><form method="post">
<input type="submit" value="Close and accept"
class="accept"></form>Privacy &amp; Cookies: This site uses cookies. By continuing to use this website, you agree to their use.<br>To find
out more, including how to
control cookies, see here: <a href="https://automattic.example/cookies/" rel="nofollow">Cookie Policy</a></div></div>
<div id="actionbar" class="actnbr-pub-twentytwentyfour actnbr-has-follow"><ul><li class="actnbr-btn actnbr-hidden">
<a class="actnbr-action actnbr-actn-comment"
href="#respond"><span>Comment</span></a></li><li class="actnbr-btn"><a class="actnbr-action actnbr-actn-reblog" href=""><span>Reblog</span></a></li>
<li class="actnbr-btn"><a class="actnbr-action actnbr-actn-follow" href=""><span>Subscribe</span></a><div class="actnbr-popover tip tip-top-left
actnbr-notice"><div class="tip-inner"><div class="actnbr-follow-count">Join 214 other subscribers</div><form>
<input type="email" placeholder="Type your email…">
<button type="submit">Sign me up</button></form><div class="actnbr-login-nudge">Already have a WordPress.com account? <a href="/log-in">Log in now.</a></div>
</div></div></li></ul></div>
<script src="https://s0.wp.example/_static/??-eJx9jEEKwyAQRa+" id="jetpack-block-js"></script></body></html>`;
export const wordpress: TestPage = {
  html: wpHtml,
  name: 'heldout17-wordpress-com-tt4',
  kind: 'blog',
  // the post-content paragraphs and list items are the post, its three h2s the headings; the date and author name are
  // bylines ("by" and "in" are left out); the category, caption, Jetpack share / likes / related blocks (titles, dates,
  // "In ..." lines), post navigation, the comments block (its authors and dates as bylines, its text furniture, as
  // batch 16's Wix comments), the reply form, site title, tagline, nav, footer, cookie widget and action bar are furniture;
  // the nav's "About" and the likes button "Like" are words of the body: left out
  title: wpTitle,
  headings: [wpH1, wpH2, wpH3],
  body: [...texts(wpIntro), ...texts(wpBody1), ...wpList, ...texts(wpBody3)],
  bylines: ['March 4, 2025', 'Harriet Lowe', ...wpComments.flatMap((c) => [c.a, c.d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thimble & Thread', 'Sewing, mending and old machines', 'Menu', ...wpNav.filter((t) => t !== 'About'),
    'Vintage machines', wpCaption, 'Share this:', 'Facebook', 'X',
    'Email', 'Like this:', 'Loading…', 'Related', ...wpRelated.flatMap((r) => [r.t, r.d, r.c]), 'Previous:',
    'Visible mending on a pair of work jeans', 'Next:', 'Why your bobbin thread keeps looping underneath', `3 responses to “${wpTitle}”`,
    ...wpComments.map((c) => c.t), 'Reply', 'Leave a comment', 'Comment', 'Blog at WordPress.com.',
    'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    'To find out more, including how to control cookies, see here:', 'Cookie Policy', 'Reblog', 'Subscribe', 'Join 214 other subscribers', 'Sign me up',
    'Already have a WordPress.com account?', 'Log in now.',
  ],
};
