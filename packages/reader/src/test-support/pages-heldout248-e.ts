import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file e: an MP's constituency newsletter post built with the Elementor page builder on WordPress (nested
 * section / column / widget wrappers, the post info widget with author and date, a share buttons widget, an image with its
 * caption, a "Get in touch" call-to-action, the posts widget and the footer) and a political party's press release on a
 * Squarespace site (announcement bar, header nav, blog item meta, a pull quote, "Notes to editors", the summary block of
 * other releases, a newsletter block and the footer).
 */
const eTitle = 'March Newsletter: Surgery Dates, the Station Footbridge and Your Questions Answered';
const eSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Dear neighbour, it has been a busy month in Westminster and at home in Tollbridge and Marle Valley. Here is my round-up of',
        'what I have been working on, and the dates of my advice surgeries for April.',
      ),
    ],
  ],
  [
    'The station footbridge',
    [
      j(
        'Many of you have written to me about the footbridge at Tollbridge station, which has been closed since November. I met the',
        'rail operator’s regional director on 6 March. They have now confirmed that replacement steelwork will be installed over two',
        'weekends in May and that the bridge will reopen, with a lift on both platforms, by the end of June.',
      ),
      'Until then, the step-free route is via the level crossing on Mill Road, where staff are on hand from 6am to 10pm.',
    ],
  ],
  [
    'Advice surgeries in April',
    [
      'My surgeries are open to every constituent, whoever you voted for. Appointments can be booked through my office.',
      'Friday 3 April, 10am to 1pm: Tollbridge Library, Church Street',
      'Saturday 11 April, 10am to 12pm: Marle Valley Community Centre',
      'Friday 24 April, 2pm to 5pm: Hessock Village Hall',
    ],
  ],
  [
    'Your questions answered',
    [
      j(
        'Several residents asked what happens to the GP surgery on Orchard Lane when the lease ends. The integrated care board has',
        'told me it intends to renew the lease for ten years and to add two consulting rooms. I will keep pressing for a date.',
      ),
      j(
        'Others asked about the new housing at Peller’s Farm. The planning decision rests with the district council, but I have',
        'asked the developer to publish its plans for the junction with the A4102 before any homes are occupied.',
      ),
      'As always, thank you for getting in touch. It is a privilege to represent you.',
    ],
  ],
];
const eIsItem = (x: string): boolean => /^(Friday|Saturday) /.test(x);
const eNav = ['Home', 'About Priya', 'News', 'Campaigns', 'Surgeries', 'Contact'];
const ePosts = ['Statement on the Hessock bus route consultation', 'Visiting Marle Valley Primary’s new science lab', 'February Newsletter'];
const eW = (
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} - Priya Ramsden MP</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"datePublished":"2026-03-28T09:00:00+00:00","author":{"name":"Priya Ramsden"}}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="post-template-default single single-post postid-2231 elementor-default elementor-kit-7 elementor-page-1880">
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${eW('theme-site-logo', '<a href="/">Priya Ramsden MP</a>')}</div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">${eW(
  'nav-menu',
  `<nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
)}
</div></div></div></section></div>
<div data-elementor-type="single-post" data-elementor-id="1880" class="elementor elementor-1880 elementor-location-single post-2231 post type-post">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="elementor-column elementor-col-100">
<div class="elementor-widget-wrap">
${eW('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item">
<span class="elementor-post-info__item--type-author">Priya Ramsden</span></li><li class="elementor-icon-list-item">
<span class="elementor-post-info__item--type-date">28 March 2026</span></li></ul>`,
)}
${eW(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-share-btn"><span class="elementor-share-btn__text">Facebook</span></div>
<div class="elementor-share-btn"><span class="elementor-share-btn__text">WhatsApp</span></div><div class="elementor-share-btn">
<span class="elementor-share-btn__text">Email</span></div></div>`,
)}
${eW(
  'image',
  `<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/footbridge.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">Priya at Tollbridge station with rail managers. Photo: Office of Priya Ramsden MP</figcaption>
</figure>`,
)}
${eW(
  'theme-post-content',
  eSecs
    .map(([h, p]) => {
      const items = p.filter(eIsItem);
      const ul = items.length ? `\n<ul>${items.map((x) => `<li>${x}</li>`).join('\n')}</ul>` : '';
      return `${h ? `<h2 class="wp-block-heading">${h}</h2>\n` : ''}${ps(p.filter((x) => !eIsItem(x)))}${ul}`;
    })
    .join('\n'),
)}
${eW(
  'call-to-action',
  `<div class="elementor-cta"><h3 class="elementor-cta__title">Get in touch</h3>
<div class="elementor-cta__description">Need help with a local issue? Email my office or call 01632 960877.</div>
<a class="elementor-button" href="/contact">Contact Priya</a></div>`,
)}
${eW(
  'posts',
  `<h3 class="elementor-heading-title">Latest news</h3>
<div class="elementor-posts-container">${ePosts
    .map(
      (t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
</article>`,
    )
    .join('')}</div>`,
)}
</div></div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><section class="elementor-section"><div class="elementor-container">
${eW('text-editor', '<p>Promoted by Dominic Ashe on behalf of Priya Ramsden, both of 14 Bridge Street, Tollbridge.</p>')}
${eW('text-editor', '<p>This website has not been paid for from parliamentary resources.</p>')}</div></section></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout248-elementor-mp-newsletter',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts(eSecs.flatMap(([, p]) => p)),
  bylines: ['Priya Ramsden', '28 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Priya Ramsden MP', ...eNav, 'Facebook', 'WhatsApp', 'Email', 'Priya at Tollbridge station with rail managers. Photo: Office of Priya Ramsden MP',
    'Get in touch', 'Need help with a local issue? Email my office or call 01632 960877.', 'Contact Priya', 'Latest news', ...ePosts,
    'Promoted by Dominic Ashe on behalf of Priya Ramsden, both of 14 Bridge Street, Tollbridge.',
    'This website has not been paid for from parliamentary resources.',
  ],
};

const qTitle = 'Greens Pledge Free Bus Travel for Under-22s Across the Eastern Region';
const qBody = [
  j(
    'The Eastmarch Greens today set out plans to make bus travel free for everyone aged under 22 in the Eastern Region,',
    'paid for by a levy on workplace parking spaces at large employers.',
  ),
  j(
    'The policy, launched at a youth centre in Dunhallow, would cover around 310,000 young people. The party estimates it',
    'would cost £41 million a year, of which the parking levy would raise £33 million and the remainder would come from',
    'savings in school transport contracts.',
  ),
  j(
    'Party co-leader Imogen Farrant said: “Young people are being priced out of their first jobs, their college courses and',
    'their social lives by fares that have risen faster than any wage. Free buses for under-22s is the single fastest way',
    'to give them back that freedom, and to build a habit that keeps cars off our roads for decades.”',
  ),
  j(
    'Bus operators would be reimbursed per journey at the same rate as the existing concessionary pass for older people.',
    'The party says the scheme could start within eighteen months of a regional assembly vote.',
  ),
  'Notes to editors',
  'The Eastern Region has 14 bus operators and around 1,100 route miles of scheduled services.',
  'The workplace parking levy would apply to employers with more than 50 parking spaces; hospitals and schools would be exempt.',
  'Imogen Farrant is available for interview on request.',
];
const qParas = qBody.slice(0, 4);
const qNotes = qBody.slice(5);
const qNav = ['Our Policies', 'Candidates', 'Newsroom', 'Get Involved', 'Join', 'Donate'];
const qOther = ['Statement on the Dunhallow Flood Defence Decision', 'Greens Announce Candidates for Eastmarch Assembly Seats'];
const qHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${qTitle} — Eastmarch Green Party</title>
<meta property="og:site_name" content="Eastmarch Green Party"><meta property="og:type" content="article"><meta itemprop="datePublished" content="2026-04-01">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"63a1","collectionId":"newsroom","itemId":"6609"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/sitecss/site.css"></head>
<body id="item-6609" class="tweak-blog-item-width-narrow view-item collection-type-blog">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Register to vote by 17 April.</p></div>
<a class="sqs-announcement-bar-close" aria-label="Close Announcement"></a></div></div>
<header class="Header"><div class="header-title"><a href="/">Eastmarch Green Party</a></div>
<nav class="header-nav"><div class="header-nav-list">${qNav.map((t) => `<div class="header-nav-item"><a href="#">${t}</a></div>`).join('')}</div></nav></header>
<main id="page"><article class="blog-item entry"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper">
<a class="blog-item-category" href="/newsroom?category=Press+Release">Press Release</a><time class="blog-meta-item blog-meta-item--date">1 Apr</time>
</div><h1 class="entry-title entry-title--large p-name" data-content-field="title">${qTitle}</h1>
<div class="blog-item-author-date-wrapper"><div class="blog-author-name">Eastmarch Green Press Office</div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12">
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qParas.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
</div></div></div><div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure><blockquote>
“Free buses for under-22s is the single fastest way to give young people their freedom back.”</blockquote></figure></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(qParas.slice(2), ' class="" style="white-space:pre-wrap;"')}
<h3>${qBody[4]}</h3><ol>${qNotes.map((n) => `<li><p class="" style="white-space:pre-wrap;">${n}</p></li>`).join('\n')}</ol></div></div></div>
</div></div></div><div class="blog-item-share"><div class="squarespace-social-buttons">Share</div></div>
<section class="item-pagination"><a class="item-pagination-link--prev" href="#">${qOther[0]}</a>
<a class="item-pagination-link--next" href="#">${qOther[1]}</a></section>
</article><div class="sqs-block newsletter-block"><div class="newsletter-form-header"><h2>Join our mailing list</h2>
<p>Campaign news from Eastmarch Greens, once a fortnight.</p></div><form><input type="email" placeholder="Email Address"><button>Sign Up</button></form>
</div></main>
<footer class="Footer"><p>Published and promoted by Tamsin Reeve on behalf of the Eastmarch Green Party, 3 Quay Lane, Dunhallow.</p>
<p>Media enquiries: press@eastmarchgreens.example</p></footer></body></html>`;
const squarespace: TestPage = {
  name: 'heldout248-squarespace-party-press-release',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [qBody[4] ?? ''],
  body: texts([...qParas, ...qNotes]),
  bylines: ['1 Apr', 'Eastmarch Green Press Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Register to vote by 17 April.', 'Eastmarch Green Party', ...qNav, 'Press Release',
    '“Free buses for under-22s is the single fastest way to give young people their freedom back.”', 'Share', ...qOther, 'Join our mailing list',
    'Campaign news from Eastmarch Greens, once a fortnight.', 'Sign Up',
    'Published and promoted by Tamsin Reeve on behalf of the Eastmarch Green Party, 3 Quay Lane, Dunhallow.',
    'Media enquiries: press@eastmarchgreens.example',
  ],
};

export const HELDOUT248_E: readonly TestPage[] = [elementor, squarespace];
