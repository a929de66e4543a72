import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout352-kit.js';

/**
 * Held-out batch 352, file e: a state labour-market monthly summary built with the Elementor page builder on WordPress
 * (nested elementor-section / column / widget markup, icon boxes with the headline numbers, a "Download the full report"
 * button, Yoast JSON-LD, a header nav, a footer built from Elementor widgets) and a statistics agency's blog post on a
 * WordPress block theme (author box, categories, tags, share buttons, "Related posts", comments with replies, comment form,
 * newsletter sign-up, footer).
 */
const sTitle = 'Tamarack State Labor Market Summary: January 2026';
const sHeads = ['Unemployment rate holds steady', 'Industry employment', 'Regional highlights'];
const sTiles: [string, string][] = [
  ['3.9%', 'State unemployment rate'],
  ['2,184,600', 'Nonfarm jobs'],
  ['+6,300', 'Jobs added over the year'],
];
const sS1 = [
  j(
    'Tamarack’s seasonally adjusted unemployment rate was 3.9 percent in January, unchanged from December and down from 4.1',
    'percent a year ago. The state’s rate remained below the national rate for the 31st consecutive month.',
  ),
  j(
    'The labor force grew by 2,100 people over the month as more residents entered the job market, while the number of',
    'unemployed people was essentially flat at 46,800.',
  ),
];
const sS2 = [
  j(
    'Nonfarm employment fell by 1,800 jobs in January, a decline the department attributes largely to cold weather that delayed',
    'construction projects in the northern counties. Over the year, the state added 6,300 jobs, a growth rate of 0.3 percent.',
  ),
  'Industries with the largest over-the-year changes were:',
  'Health care and social assistance, up 5,900 jobs',
  'Government, up 2,400 jobs',
  'Manufacturing, down 2,700 jobs',
  'Professional and business services, down 1,900 jobs',
];
const sS3 = [
  j(
    'Unemployment rates, which are not seasonally adjusted at the county level, ranged from 2.6 percent in Linden County to 7.4',
    'percent in Osier County. The Harrow Falls metro area had the lowest metro rate at 3.1 percent.',
  ),
  j(
    'Labor economist Colm Ferreira noted that winter rates in the northern counties typically run two to three points above',
    'summer levels because of seasonal work in tourism and logging.',
  ),
  j(
    'Initial claims for unemployment insurance averaged 3,900 a week in January, slightly higher than a year earlier. Claims from',
    'construction workers made up almost a third of the total, which is normal for the time of year. Job postings advertised',
    'online fell 4 percent from December but remained above their level of January 2025, with the largest number of openings in',
    'nursing, truck driving and retail sales. Firms in the southern counties reported continued difficulty filling skilled',
    'trade positions, and the department’s job centers held 41 hiring events during the month.',
  ),
];
const sNav = ['Job Seekers', 'Employers', 'Unemployment Insurance', 'Labor Market Information', 'About Us'];
const sFoot = ['Equal Opportunity Employer/Program', 'Language Assistance', 'Accessibility Statement', 'Site Map'];
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const col = (size: number, inner: string): string =>
  `<div class="elementor-column elementor-col-${size} elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const sec = (inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const sMenu = w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(sNav, 'menu-item')}</ul></nav>`);
const sFootMenu = col(50, w('nav-menu', `<ul>${links(sFoot, 'menu-item')}</ul>`));
const tile = (n: string, l: string): string => `<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title"><span>${n}</span></h3>
<p class="elementor-icon-box-description">${l}</p></div>`;
const btn = (href: string, t: string): string =>
  `<a class="elementor-button elementor-button-link" href="${href}"><span class="elementor-button-text">${t}</span></a>`;
const sButtons = sec(
  col(50, w('button', btn('/wp-content/uploads/2026/03/lms-jan-2026.pdf', 'Download the full report (PDF)'))) +
    col(50, w('button', btn('/lmi/data', 'Explore the data'))),
);
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${sTitle} - Tamarack Department of Workforce Development</title>
<meta name="robots" content="index, follow"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-03-06T15:02:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${sTitle}",
"datePublished":"2026-03-05T14:00:00+00:00"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="elementor-post-4412-css" href="/wp-content/uploads/elementor/css/post-4412.css"></head>
<body class="page-template-default page page-id-4412 elementor-default elementor-kit-6 elementor-page elementor-page-4412">
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header">
${sec(col(100, w('theme-site-logo', '<a href="/">Tamarack Department of Workforce Development</a>') + sMenu))}
</div>
<div data-elementor-type="wp-page" data-elementor-id="4412" class="elementor elementor-4412">
${sec(col(100, w('heading', `<h1 class="elementor-heading-title elementor-size-default">${sTitle}</h1>`) + w('text-editor', '<p>Published March 5, 2026</p>')))}
${sec(sTiles.map(([n, l]) => col(33, w('icon-box', tile(n, l)))).join('\n'))}
${sec(col(100, w('heading', `<h2 class="elementor-heading-title">${sHeads[0] ?? ''}</h2>`) + w('text-editor', ps(sS1))))}
${sec(
  col(
    100,
    w('heading', `<h2 class="elementor-heading-title">${sHeads[1] ?? ''}</h2>`) +
      w(
        'text-editor',
        `<p>${sS2[0] ?? ''}</p>
<p>${sS2[1] ?? ''}</p><ul>${lis(sS2.slice(2))}</ul>`,
      ),
  ),
)}
${sec(col(100, w('heading', `<h2 class="elementor-heading-title">${sHeads[2] ?? ''}</h2>`) + w('text-editor', ps(sS3))))}
${sButtons}
${sec(col(100, w('text-editor', '<p>Next release: The February 2026 summary will be published March 19, 2026.</p>')))}
</div>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer">
${sec(col(50, w('text-editor', '<p>Tamarack Department of Workforce Development, 200 Capitol Mall, Harrow Falls</p>')) + sFootMenu)}
${sec(col(100, w('text-editor', '<p>© 2026 State of Tamarack. All rights reserved.</p>')))}
</div><script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4"></script></body></html>`;
const stateLmi: TestPage = {
  name: 'heldout352-elementor-state-lmi-news',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([...sS1, ...sS2, ...sS3]),
  bylines: ['Published March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tamarack Department of Workforce Development', ...sNav, ...sTiles.flat(), 'Download the full report (PDF)', 'Explore the data',
    'Next release: The February 2026 summary will be published March 19, 2026.', 'Tamarack Department of Workforce Development, 200 Capitol Mall, Harrow Falls',
    ...sFoot, '© 2026 State of Tamarack. All rights reserved.',
  ],
};

const gTitle = 'Why we are changing how we count short-term rentals';
const gBody = [
  j(
    'Every statistic rests on a definition, and sometimes the world moves faster than the definition. That has been the case',
    'with short-term rentals, which have grown from a handful of spare rooms to around one in forty homes in some coastal towns.',
  ),
  j(
    'Until now, our dwelling statistics have classed a home let to visitors for most of the year as occupied if anyone was',
    'staying there on the reference night. That made sense when such homes were rare. Today it means that a town can appear to',
    'have almost no empty homes in August and a large number in February, even though the housing stock has not changed.',
  ),
  j(
    'From the next release we will add a separate category for dwellings used mainly for short-term letting. A dwelling will be',
    'placed in this category if it was let for more than 140 nights in the previous year and nobody has it as their usual residence.',
  ),
  'We consulted widely before making the change. Three themes came up again and again:',
  'users want figures that are consistent over time, so we will publish a back series to 2019 on the new basis',
  'local councils want figures for small areas, which we will publish where the numbers are large enough to protect confidentiality',
  'some respondents worried about double counting with tourism statistics, and we have agreed a common definition with the tourism team',
  j(
    'We know that any change in definitions causes breaks in series that people rely on. We have tried to limit this by running',
    'the old and new classifications side by side for a year, and the comparison tables will stay on our website.',
  ),
  j(
    'If you use our dwelling statistics and would like to tell us how the change affects you, please get in touch. We read every',
    'message, and several of the choices described here came directly from users.',
  ),
];
const gHeads = ['What is changing', 'What we heard', 'What happens next'];
const gComments: [string, string, string][] = [
  ['Hollis Grange', 'February 12, 2026 at 9:14 am', 'Will the back series also be available for the island wards, or only at district level?'],
  [
    'Stats Blog Team',
    'February 12, 2026 at 11:02 am',
    'Thanks Hollis. We plan to publish ward figures where there are at least 30 dwellings in the category; the islands should qualify.',
  ],
  ['Mira Castellane', 'February 13, 2026 at 4:40 pm', 'Welcome change. Our planning department has been adjusting the figures by hand for years.'],
];
const gNav = ['Home', 'About this blog', 'Releases', 'Methods', 'Contact'];
const gCats = ['Housing', 'Methodology'];
const gTags = ['housing-stock', 'short-term lets', 'definitions-review'];
const gRel = ['Counting second homes: a look at the evidence', 'How we match address registers', 'A year of new population estimates'];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${gTitle} – Statistics Kelmarsh Blog</title>
<meta name="description" content="From the next release we will add a separate category for short-term rentals."><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-11T08:00:00+00:00"><meta name="author" content="Imogen Sallis">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${gTitle}","author":{"name":"Imogen Sallis"}}</script>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css"></head>
<body class="post-template-default single single-post postid-2231 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group site-header"><p class="wp-block-site-title">
<a href="/" rel="home">Statistics Kelmarsh Blog</a></p><p class="wp-block-site-tagline">Behind the numbers at the Kelmarsh Statistics Agency</p>
<nav class="wp-block-navigation"><ul class="wp-block-navigation__container">${links(gNav, 'wp-block-navigation-item')}</ul></nav></div></header>
<main class="wp-block-group"><article class="post-2231 post type-post status-publish hentry">
<div class="wp-block-post-terms taxonomy-category">${gCats.map((c) => `<a href="/category/${c.toLowerCase()}" rel="tag">${c}</a>`).join(', ')}</div>
<h1 class="wp-block-post-title">${gTitle}</h1>
<div class="wp-block-group post-meta"><div class="wp-block-post-author"><div class="wp-block-post-author__content">
<p class="wp-block-post-author__name">Imogen Sallis</p><p class="wp-block-post-author__byline">Head of Housing Statistics</p></div></div>
<div class="wp-block-post-date"><time datetime="2026-02-11T08:00:00+00:00">11 February 2026</time></div>
<p class="reading-time">4 minute read</p></div>
<div class="entry-content wp-block-post-content">${ps(gBody.slice(0, 2))}
<h2 class="wp-block-heading">${gHeads[0] ?? ''}</h2><p>${gBody[2] ?? ''}</p>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/02/harbour-lets.jpg" alt="">
<figcaption class="wp-element-caption">Holiday lets on the seafront at Port Anselm. Photo: Kelmarsh Statistics Agency</figcaption></figure>
<h2 class="wp-block-heading">${gHeads[1] ?? ''}</h2><p>${gBody[3] ?? ''}</p><ul>${lis(gBody.slice(4, 7))}</ul>
<h2 class="wp-block-heading">${gHeads[2] ?? ''}</h2>${ps(gBody.slice(7))}
<p class="has-background promo">Read more: <a href="/2025/11/counting-second-homes">Counting second homes: a look at the evidence</a></p></div>
<div class="wp-block-post-terms taxonomy-post_tag">Tags: ${gTags.map((t) => `<a href="/tag/${t}" rel="tag">${t}</a>`).join(' ')}</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>${links(['Email', 'Print', 'LinkedIn', 'Bluesky'], 'share-item')}</ul></div>
<div class="author-box"><h3>About Imogen Sallis</h3><p>Imogen leads the housing statistics team and has worked on the census since 2011.</p></div>
</article>
<section class="related-posts"><h2>You might also like</h2><ul>${links(gRel, 'related-post')}</ul></section>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">3 responses to “${gTitle}”</h2><ol class="wp-block-comment-template">
${gComments
  .map(
    ([a, d, t]) => `<li class="comment"><div class="wp-block-comment-author-name">${a}</div><div class="wp-block-comment-date">${d}</div>
<div class="wp-block-comment-content"><p>${t}</p></div><div class="wp-block-comment-reply-link"><a href="#respond">Reply</a></div></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form class="comment-form">
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea id="comment"></textarea>
<p class="form-submit"><input type="submit" class="submit" value="Post Comment"></p></form></div></div></main>
<div class="newsletter-signup"><h2>Get new posts by email</h2><p>Join 3,400 readers who get our posts the day they are published.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
<footer class="wp-block-template-part site-footer"><p>© 2026 Kelmarsh Statistics Agency · Content is available under the Open Statistics Licence</p>
<p>Proudly powered by WordPress</p></footer></div></body></html>`;
const blog: TestPage = {
  name: 'heldout352-wordpress-agency-blog-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts(gBody),
  bylines: ['Imogen Sallis', 'Head of Housing Statistics', '11 February 2026', '4 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Statistics Kelmarsh Blog', 'Behind the numbers at the Kelmarsh Statistics Agency', ...gNav, ...gCats,
    'Holiday lets on the seafront at Port Anselm. Photo: Kelmarsh Statistics Agency', 'Read more: Counting second homes: a look at the evidence',
    'Tags:', ...gTags, 'Share this:', 'Email', 'Print', 'LinkedIn', 'Bluesky', 'About Imogen Sallis',
    'Imogen leads the housing statistics team and has worked on the census since 2011.', 'You might also like', ...gRel,
    `3 responses to “${gTitle}”`, ...gComments.flat(), 'Reply', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
    'Get new posts by email', 'Join 3,400 readers who get our posts the day they are published.', 'Subscribe',
    '© 2026 Kelmarsh Statistics Agency · Content is available under the Open Statistics Licence', 'Proudly powered by WordPress',
  ],
};

export const HELDOUT352_E: readonly TestPage[] = [stateLmi, blog];
