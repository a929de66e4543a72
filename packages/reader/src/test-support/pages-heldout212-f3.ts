import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 212: a planetarium's monthly night-sky guide post on its WordPress site (GeneratePress theme, Elementor header),
 * as "Save page as" stores it: opening-hours bar, header with ticket button, the post with its moon-phase table and date list,
 * category and tags, post navigation, two reader comments and the comment form, the sidebar and the footer.
 */
const title = 'What’s up in the night sky: April 2026';
const p1 = [
  'April brings shorter nights, but it makes up for them with a bright gathering of planets in the evening twilight, the first ' +
    'meteor shower of spring and some of the best galaxy-hunting of the year. Here is what to look for from Millbrook and ' +
    'anywhere else at mid-northern latitudes.',
];
const h1 = 'Phases of the Moon';
const moon = [
  ['First quarter', 'April 4'],
  ['Full Moon', 'April 11'],
  ['Last quarter', 'April 19'],
  ['New Moon', 'April 27'],
];
const p2 = [
  'The days around the new Moon at the end of the month give the darkest skies, and the best chance to see faint objects ' +
    'such as galaxies and the zodiacal light.',
];
const h2 = 'Planets';
const p3 = [
  'Venus dominates the western sky after sunset, blazing at magnitude −4.1. Look for it about 20 degrees above the horizon ' +
    'half an hour after sunset. Through a small telescope it shows a gibbous phase.',
  'Jupiter is still well placed in the early evening, high in the south-west among the stars of Gemini. Binoculars held ' +
    'steady will show up to four of its moons lined up on either side of the planet.',
  'Saturn returns to the morning sky towards the end of the month, low in the east before dawn. Its rings are almost edge-on ' +
    'this year, so it looks a little like a star with a thin line through it.',
];
const h3 = 'Dates for your diary';
const dates = [
  'April 3 – The crescent Moon sits just below Jupiter after sunset.',
  'April 11 – Full Moon, sometimes called the Pink Moon.',
  'April 22 – The Lyrid meteor shower peaks before dawn. Expect up to 15 meteors an hour from a dark site.',
  'April 29 – A thin crescent Moon joins Venus low in the west. A beautiful sight with the naked eye.',
];
const h4 = 'Deep-sky target of the month';
const p4 = [
  'High in the east after dark, the bowl of the Plough points the way to a pair of galaxies known as M81 and M82. With a ' +
    'pair of 10×50 binoculars from a dark site you can see both as faint smudges in the same field of view, twelve million ' +
    'light-years away.',
  'Join our astronomers on the observatory deck every clear Friday in April from 8.30pm for a free look through the big ' +
    'telescope. Check our social media on the day to see if the session is going ahead.',
];
const topBar = 'Open today 10am – 5pm · Evening shows Thursday to Saturday';
const nav = ['Shows', 'Visit', 'Education', 'Events', 'Membership', 'Sky Guide', 'About'];
const cap = 'Venus and the crescent Moon over the observatory dome. Photo: Rafael Ostrowski';
const comments = [
  {
    who: 'Dan Whitlock',
    when: 'April 2, 2026 at 9:14 pm',
    text: 'Saw Venus and Jupiter tonight from the car park at Cobb Hill. Stunning! Thanks for the guide.',
  },
  { who: 'Priya N.', when: 'April 3, 2026 at 7:02 am', text: 'Is the Friday observing open to kids? My daughter would love it.' },
];
const reply = 'Yes, everyone is welcome, and children love the telescope. Just bring warm clothes!';
const side = ['Upcoming shows', 'Stars Tonight (live)', 'Journey to the Edge of Space', 'Dinosaurs in the Dark'];
const recent = ['What’s up in the night sky: March 2026', 'Spotting the ISS from your garden', 'Our new projector is here'];
const cats = ['Events', 'News', 'Sky Guide'];
const foot = ['Contact us', 'Accessibility', 'Privacy Policy', 'Terms & Conditions', 'Careers', 'Hire the dome'];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${title} - Millbrook Planetarium</title>
<meta name="description" content="Venus, Jupiter, the Lyrid meteor shower and a pair of galaxies: your guide to the April 2026 night sky.">
<link rel="canonical" href="https://millbrookplanetarium.example/whats-up-night-sky-april-2026/"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2026-03-30T10:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${title}",
"author":{"name":"Helen Marchetti"},"datePublished":"2026-03-30T10:00:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.4" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-4821 wp-embed-responsive right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="77" class="elementor elementor-77 elementor-location-header">
<div class="elementor-element elementor-element-3f1a e-con-full top-bar e-flex e-con"><div class="elementor-widget-text-editor"><p>${topBar}</p></div></div>
<div class="elementor-element elementor-element-9c2b e-con-full e-flex e-con"><div class="elementor-widget-theme-site-logo"><a href="/">
<img src="/wp-content/uploads/2024/01/millbrook-logo.svg" alt="Millbrook Planetarium"></a></div>
<div class="elementor-widget-nav-menu"><nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu"><ul id="menu-1-9c2b"
class="elementor-nav-menu">${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav></div>
<div class="elementor-widget-button"><a class="elementor-button elementor-button-link" href="/tickets/"><span
class="elementor-button-text">Buy Tickets</span></a>
</div></div></div>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-sky-guide tag-venus tag-meteors">
<div class="inside-article"><div class="featured-image page-header-image-single"><img src="/wp-content/uploads/2026/03/venus-moon-dome.jpg" alt=""></div>
<header class="entry-header"><h1 class="entry-title">${title}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published"
datetime="2026-03-30T10:00:00+00:00">March 30, 2026</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n"
href="/author/helen/" title="View all posts by Helen Marchetti" rel="author"><span class="author-name">Helen Marchetti</span></a></span></span></div></header>
<div class="entry-content">${ps(p1)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/03/venus-moon-dome-1024x683.jpg" alt=""><figcaption
class="wp-element-caption">${cap}
</figcaption></figure>
<h2 class="wp-block-heading">${h1}</h2>
<figure class="wp-block-table"><table><thead><tr><th>Phase</th><th>Date</th></tr></thead><tbody>
${moon.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}</tbody></table></figure>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h2 class="wp-block-heading">${h3}</h2>
<ul class="wp-block-list">${dates.map((t) => `<li>${t.replace(/^(April \d+) –/, '<strong>$1</strong> –')}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${h4}</h2>
${ps(p4)}
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/events/friday-observing/">Book Friday
observing</a></div></div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/sky-guide/"
rel="category tag">Sky Guide</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/venus/" rel="tag">Venus</a>,
<a href="/tag/meteors/" rel="tag">Meteors</a></span><nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev">
<a href="/spotting-the-iss/" rel="prev">Spotting the ISS from your garden</a></span></div></nav></footer></div></article>
<div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “${title}”</h3><ol class="comment-list">
${comments
  .map(
    (c, i) => `<li id="comment-${i}" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><cite itemprop="name" class="fn">${c.who}</cite></div><div class="entry-meta comment-metadata"><a href="#comment-${i}">
<time datetime="2026-04-0${i + 2}">${c.when}</time></a></div></footer><div class="comment-content"><p>${c.text}</p></div>
<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></article>${
      i === 1
        ? `<ol class="children"><li class="comment
byuser bypostauthor depth-2"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite
class="fn">Helen Marchetti</cite>
</div><div class="comment-metadata"><time>April 3, 2026 at 9:40 am</time></div></footer><div class="comment-content"><p>${reply}</p></div></article></li></ol>`
        : ''
    }
</li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form action="/wp-comments-post.php"
method="post"
id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span>
<span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment"></textarea></p>
<label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text">
<label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email">
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes">
<label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div></div>
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${side[0]}</h2><ul>${links(side.slice(1))}</ul></aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(recent)}</ul></aside>
<aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(cats, 'cat-item')}</ul></aside>
<aside id="block-7" class="widget inner-padding widget_block"><h2>Get the Sky Guide by email</h2><p>One email a month with the best things to see.</p>
<a class="wp-block-button__link" href="/newsletter/">Subscribe</a></aside></div></div></div></div>
<footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="footer-widgets"><p>Millbrook Planetarium, 14 Orchard Lane,
Millbrook</p><ul>${links(foot)}</ul></div><div class="copyright-bar">© 2026 Millbrook Planetarium · Built with <a
href="https://generatepress.com">GeneratePress</a>
</div></div></footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.25.4" id="elementor-frontend-js"></script></body></html>`;
export const planetariumPost: TestPage = {
  name: 'heldout212-planetarium-sky-guide',
  kind: 'blog',
  html,
  title,
  // the table's data cells are body (its header cells in neither list); reader comments are furniture, their names and times
  // bylines; the "Book Friday observing" button is furniture
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...moon.flat(), ...p2, ...p3, ...dates, ...p4]),
  bylines: ['March 30, 2026', 'by Helen Marchetti', ...comments.flatMap((c) => [c.who, c.when]), 'April 3, 2026 at 9:40 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', topBar, ...nav, 'Buy Tickets', cap, 'Book Friday observing', 'Categories', 'Sky Guide', 'Tags', 'Venus', 'Meteors',
    'Spotting the ISS from your garden', `2 thoughts on “${title}”`, ...comments.map((c) => c.text), reply, 'Reply', 'Leave a Comment',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment', 'Name', 'Email',
    'Save my name, email, and website in this browser for the next time I comment.', ...side, 'Recent Posts', ...recent.slice(0, 1),
    'Our new projector is here', ...cats.slice(0, 2), 'Get the Sky Guide by email', 'One email a month with the best things to see.', 'Subscribe',
    'Millbrook Planetarium, 14 Orchard Lane, Millbrook', ...foot, '© 2026 Millbrook Planetarium · Built with GeneratePress',
  ],
};
