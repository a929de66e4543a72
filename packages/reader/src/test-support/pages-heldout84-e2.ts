/**
 * Held-out batch 84, file e2: the texts and HTML of a self-hosted WordPress photography blog post on the Twenty Twenty-Four
 * block theme with Jetpack: the site title and tagline, the navigation block with its hidden responsive-menu copy, the post
 * title, date, author and category, a two-image gallery with per-image and gallery captions, a single image with caption, the
 * camera settings list, Jetpack's "Share this:", "Like this:" and "Related" blocks appended inside the post content, the tags,
 * previous / next links, two comments and the comment form, the footer pattern and the hidden "Discover more" subscribe modal.
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);

export const wpTitle = 'Three mornings on Fenmouth salt marsh';
export const wpP1 = paras(`
I have driven past Fenmouth marsh for years on the way to somewhere else. This autumn I finally went there on purpose, three
mornings in a row, arriving in the dark and staying until the light went flat around nine. These are some of the frames I came
home with, and a few notes on how they were made.

The marsh is only about four kilometres long, but it changes completely with the tide. At high water the creeks fill and the
whole place becomes a mirror. At low water it is mud, samphire and a maze of channels that catch the light in thin silver lines.
I planned each morning around a different state of the tide.
`);
export const wpH1 = 'Morning one: high water and fog';
export const wpP2 = paras(`
The first morning was the one I had hoped for. A thin fog lay over the water until just after sunrise, and the old boardwalk
posts seemed to float in it. I worked almost entirely with a 50mm lens, walking rather than zooming, and kept the exposures a
little bright so the fog stayed white instead of turning a muddy grey.

The hardest part was resisting the urge to include everything. The best frames from that morning have one subject, a post or a
single heron, and a lot of empty space.
`);
export const wpH2 = 'Morning two: low tide and the creeks';
export const wpP3 = paras(`
On the second morning the tide was out and the sky was clear, which usually means harsh light and little atmosphere. Instead I
went low. Lying on a foam mat at the edge of the mud, I used the creeks as leading lines towards the sunrise and let the wet
mud carry the colour.

I bracketed most of these by two stops because the range between the sky and the shaded mud was more than the sensor could hold
in one frame. In the end I only blended two of them. For the rest, a graduated adjustment in the editor was enough.
`);
export const wpH3 = 'Morning three: wind';
export const wpP4 = paras(`
The forecast promised calm. It was wrong. A cold westerly flattened the reeds and ruffled the water, so reflections were out of
the question. I switched to a longer lens and slower shutter speeds to turn the moving reeds into soft streaks of gold against
the still posts.

It was the morning I expected least from, and it gave me my favourite picture of the three, the last one below.
`);
export const wpH4 = 'Settings and kit';
export const wpList = [
  'Camera: a twelve-year-old full-frame body that I see no reason to replace.',
  'Lenses: 50mm f/1.8 for most of the fog frames, 70-200mm f/4 for the reeds.',
  'Tripod: used for every frame on mornings two and three.',
  'Filters: a three-stop ND for the reed streaks, nothing else.',
  'Editing: basic tone and colour adjustments only, no sky replacements.',
];
export const wpP5 = paras(`
If you go, check the tide tables before anything else and wear boots you do not mind losing to the mud. The car park by the sluice
gate fills up quickly at weekends, but at six in the morning you will probably have it to yourself.
`);
export const wpCaptions = [
  'Boardwalk posts in the fog, 7:12 am.',
  'A heron waiting at the edge of the main creek.',
  'Fenmouth marsh at high water, first morning.',
  'Reeds in the westerly, 1/4 second at f/11.',
];
export const wpNav = ['Home', 'Portfolio', 'Journal', 'Prints', 'About', 'Contact'];
export const wpShare = ['Share this:', 'Facebook', 'X', 'Pinterest', 'Email'];
export const wpRelated = [
  { t: 'Winter light on the estuary', d: 'January 21, 2025', c: 'In "Landscape"' },
  { t: 'A week with a 50mm lens', d: 'June 3, 2025', c: 'In "Gear"' },
  { t: 'Shooting into the sun', d: 'August 17, 2025', c: 'In "Technique"' },
];
export const wpTags = ['fog', 'marsh', 'tides', 'long exposure'];
export const wpComments = [
  {
    n: 'Helen Ashby',
    d: 'October 29, 2025 at 8:14 pm',
    t: 'The fog frames are stunning. That last reed shot is going straight on my wall if you sell prints.',
  },
  { n: 'Tom Rudd', d: 'October 30, 2025 at 7:02 am', t: 'Good tip on the boots. I lost one there in 2019 and never found it.' },
];
export const wpForm = [
  'Leave a Reply',
  'Cancel reply',
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
  'Notify me of follow-up comments by email.',
  'Notify me of new posts by email.',
];
export const wpFootCols: [string, string[]][] = [
  ['About', ['Team', 'History', 'Careers']],
  ['Privacy', ['Privacy Policy', 'Terms and Conditions', 'Contact Us']],
  ['Social', ['Facebook', 'Instagram', 'Twitter/X']],
];
export const wpModal = ['Discover more from Saltmarsh Light', 'Subscribe to get the latest posts sent to your email.', 'Subscribe', 'Continue reading'];

const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const h2 = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const img = (src: string, cap: string, id: number): string => `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"
data-id="${id}" src="https://saltmarshlight.example/wp-content/uploads/2025/10/${src}-1024x683.jpg" alt="" class="wp-image-${id}"
srcset="https://saltmarshlight.example/wp-content/uploads/2025/10/${src}-1024x683.jpg 1024w" sizes="(max-width: 1024px) 100vw, 1024px" />
<figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const nav = (cls: string): string =>
  wpNav
    .map(
      (t) => `<li class="${cls} wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://saltmarshlight.example/${t.toLowerCase()}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`,
    )
    .join('\n');

export const wpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' /><title>${wpTitle} &#8211; Saltmarsh Light</title>
<meta property="og:type" content="article" /><meta property="og:title" content="${wpTitle}" /><meta property="og:site_name" content="Saltmarsh Light" />
<meta property="article:published_time" content="2025-10-28T18:40:00+00:00" /><meta name="generator" content="WordPress 6.8.3" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wpTitle}",
"datePublished":"2025-10-28T18:40:00+00:00","author":{"name":"Owen Pryce"},"articleSection":["Landscape"]}]}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://saltmarshlight.example/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3' media='all' />
<link rel='stylesheet' id='jetpack_likes-css' href='https://saltmarshlight.example/wp-content/plugins/jetpack/modules/likes/style.css?ver=14.9' media='all' />
</head>
<body class="post-template-default single single-post postid-2214 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide has-global-padding is-layout-flex">
<div class="wp-block-group is-layout-flex"><h1 class="wp-block-site-title"><a href="https://saltmarshlight.example" target="_self" rel="home">Saltmarsh
Light</a></h1>
<p class="wp-block-site-tagline">Photographs from the edges of the land</p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Header navigation">
<button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24"
aria-hidden="true"></svg></button>
<div class="wp-block-navigation__responsive-container hidden-by-default" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1">
<div class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg></svg></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container">
${nav('')}</ul></div></div></div></div></nav></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained"><h1 class="wp-block-post-title">${wpTitle}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex"><div class="wp-block-post-date">
<time datetime="2025-10-28T18:40:00+00:00">October 28, 2025</time></div><div class="wp-block-group is-layout-flex"><p class="has-small-font-size">— by</p>
<div class="wp-block-post-author-name">Owen Pryce</div></div><div class="wp-block-group is-layout-flex"><p class="has-small-font-size">in</p>
<div class="taxonomy-category wp-block-post-terms"><a href="https://saltmarshlight.example/category/landscape/"
rel="tag">Landscape</a></div></div></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
${ps(wpP1)}
${h2(wpH1)}
${ps(wpP2)}
<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex">
${img('posts-fog', wpCaptions[0] ?? '', 2231)}
${img('heron', wpCaptions[1] ?? '', 2232)}
<figcaption class="blocks-gallery-caption wp-element-caption">${wpCaptions[2]}</figcaption></figure>
${h2(wpH2)}
${ps(wpP3)}
${h2(wpH3)}
${ps(wpP4)}
${img('reeds', wpCaptions[3] ?? '', 2240)}
${h2(wpH4)}
<ul class="wp-block-list">${wpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wpP5)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
class="sd-title">${wpShare[0]}</h3>
<div class="sd-content"><ul>${wpShare
  .slice(1)
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon"
href="https://saltmarshlight.example/2025/10/28/fenmouth/?share=${t.toLowerCase()}" target="_blank"><span>${t}</span></a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-201884552-2214-6901'
data-src='https://widgets.wp.example/likes/#blog_id=201884552&amp;post_id=2214' data-name='like-post-frame-201884552-2214-6901' data-title='Like or Reblog'>
<h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span
class='button'><span>Like</span>
</span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${wpRelated
  .map(
    (r) => `<div class="jp-relatedposts-post jp-relatedposts-post-thumbs"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="#">${r.t}</a></h4><p class="jp-relatedposts-post-date">${r.d}</p><p class="jp-relatedposts-post-context">${r.c.replace(/"/g, '&quot;')}</p></div>`,
  )
  .join('\n')}</div></div></div>
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms">${wpTags
  .map((t) => `<a href="https://saltmarshlight.example/tag/${t.replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join('<span class="wp-block-post-terms__separator">, </span>')}</div></div>
<nav class="wp-block-group alignwide is-layout-flex" aria-label="Posts"><div class="post-navigation-link-previous wp-block-post-navigation-link">
<span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="#" rel="prev">Old boats at Carrow
Staithe</a></div>
<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a href="#" rel="next">Printing on cotton rag: a first attempt</a>
<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 responses to “${wpTitle}”</h2><ol class="wp-block-comment-template">${wpComments
  .map(
    (c, i) => `<li id="comment-${311 + i}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex"><div class="wp-block-avatar">
<img alt="${c.n} Avatar" src="https://secure.gravatar.example/avatar/${i}?s=40" class="avatar avatar-40 photo wp-block-avatar__image" height="40"
width="40"></div>
<div class="wp-block-group"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="#" target="_self">${c.n}</a></div>
<div class="wp-block-comment-date"><time datetime="2025-10-29"><a href="#comment-${311 + i}">${c.d}</a></time></div>
<div class="wp-block-comment-content"><p>${c.t}</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link"
href="#respond">Reply</a>
</div></div></div></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">${wpForm[0]} <small>
<a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">${wpForm[1]}</a></small></h3>
<form action="https://saltmarshlight.example/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">${wpForm[2]}</span> <span class="required-field-message">Required fields are marked <span
class="required">*</span>
</span></p><p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label><textarea id="comment"
name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" /></p>
<p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" />
<label for="wp-comment-cookies-consent">${wpForm[8]}</label></p><p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" />
<label class="subscribe-label" for="subscribe_comments">${wpForm[9]}</label></p><p class="comment-subscription-form"><input type="checkbox"
name="subscribe_blog" />
<label class="subscribe-label" for="subscribe_blog">${wpForm[10]}</label></p><p class="form-submit wp-block-button"><input name="submit" type="submit"
id="submit"
class="wp-block-button__link wp-element-button" value="Post Comment" /></p></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div
class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column"><h2 class="wp-block-site-title"><a href="https://saltmarshlight.example" rel="home">Saltmarsh Light</a></h2></div>
${wpFootCols
  .map(
    ([h, items]) => `<div class="wp-block-column"><h2 class="wp-block-heading has-medium-font-size">${h}</h2><nav class="wp-block-navigation is-vertical">
<ul class="wp-block-navigation__container">${items
      .map(
        (t) => `<li class="wp-block-navigation-item"><a
href="#"><span>${t}</span></a></li>`,
      )
      .join('')}</ul></nav></div>`,
  )
  .join('\n')}</div><p class="has-small-font-size">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
<div class="jetpack-subscribe-modal" id="jetpack-subscribe-modal" hidden><div class="jetpack-subscribe-modal__modal-content"><h2
class="wp-block-heading">${wpModal[0]}</h2>
<p class="has-text-align-center">${wpModal[1]}</p><form><input type="email" placeholder="Type your email…" />
<button type="submit">${wpModal[2]}</button></form>
<p class="has-text-align-center"><a href="#" class="jetpack-subscribe-modal__close">${wpModal[3]}</a></p></div></div>
<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":"/*"}]},"eagerness":"conservative"}]}</script>
<script src="https://saltmarshlight.example/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=14.9"
id="jetpack_likes_queuehandler-js"></script>
</body></html>`;
