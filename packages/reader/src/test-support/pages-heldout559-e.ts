import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file e: a local news article on a Next.js site (CSS-module class names, share bar, inline related box,
 * ad slot, most-read rail and the __NEXT_DATA__ script), and a "become an instructor" post on a HubSpot CMS blog.
 */
const nTitle = 'Learners in Brackenford face 22-week wait for driving tests as examiners leave';
const nDek = 'Driving schools say pupils are losing their skills while they wait, and some are travelling 40 miles to test elsewhere.';
const nBody = [
  j(
    'Learner drivers in Brackenford are waiting an average of 22 weeks for a practical test, the longest wait in the region, after',
    "three of the town's nine examiners left in the past year.",
  ),
  j(
    'Figures seen by the Echo show that the Brackenford centre carried out 2,140 tests between January and March, down from 2,900',
    'in the same period last year. Nearby Hollins Cross has an average wait of nine weeks.',
  ),
  j(
    'Sandra Oyelaran, who runs Oyelaran School of Motoring, said several of her pupils had been ready for test since the autumn.',
    '"They are paying for lessons just to stay at the standard they were at in October," she said. "Some families simply cannot',
    'afford that, so the pupil stops, and then they have forgotten half of it by the time the date comes round."',
  ),
  j(
    'Other instructors said pupils were booking tests at centres as far away as Marlow Bridge, a round trip of 40 miles, and paying',
    'for extra lessons to learn the routes there.',
  ),
  'What the testing agency says',
  j(
    'A spokesperson for the regional testing service said two new examiners had started at Brackenford in April and a third would',
    'join in June. "We expect waiting times to fall steadily over the summer," they said.',
  ),
  j(
    'The service also urged learners not to book through resale websites, which charge up to £150 for a cancelled slot, and said',
    'it was working to block automated booking tools.',
  ),
  j(
    "Councillor Dev Amani, who chairs the town's transport committee, said he had written to the service asking for weekend",
    'testing at Brackenford until the backlog is cleared.',
  ),
];
const nNav = ['News', 'Sport', "What's On", 'Property', 'Jobs'];
const nMost = ['Bypass roadworks to close Mill Lane for six weeks', 'New bakery opens in former bank on High Street', 'Brackenford Town reach play-off final'];
const nRel = ['Test centre to reopen after flood repairs', 'Theory test pass rate falls to record low'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Privacy notice', 'Cookie settings'];
const nCls = (b: string): string => `${b}__${(b.length * 7919).toString(36).slice(0, 5)}`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Calder Valley Echo</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://www.caldervalleyecho.co.uk/news/transport/driving-test-waits-brackenford"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2025-05-06T06:00:00+01:00",
"author":[{"@type":"Person","name":"Rachel Ndiaye"}],"publisher":{"@type":"Organization","name":"Calder Valley Echo"}}</script>
<link rel="preload" href="/_next/static/css/4b1f9a0e3c7d2a11.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4b1f9a0e3c7d2a11.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/pages/_app-2a3c1f.js" defer=""></script>
</head>
<body><div id="__next"><a href="#main" class="${nCls('SkipLink_skip')}">Skip to main content</a>
<div class="${nCls('TopBanner_root')}" role="region" aria-label="Subscription offer"><p>Support local journalism: subscribe for £1 a week</p>
<a href="/subscribe">Subscribe</a></div>
<header class="${nCls('Header_header')}"><a href="/" class="${nCls('Header_logo')}" aria-label="Calder Valley Echo home"><svg role="img"></svg></a>
<nav class="${nCls('Nav_nav')}" aria-label="Main"><ul>${links(nNav, nCls('Nav_item'))}</ul></nav>
<button class="${nCls('Header_search')}" aria-label="Search"><svg></svg></button><a class="${nCls('Header_signin')}" href="/account">Sign in</a></header>
<main id="main" class="${nCls('Layout_main')}"><article class="${nCls('Article_article')}">
<nav aria-label="Breadcrumb" class="${nCls('Breadcrumbs_root')}"><ol><li><a href="/news">News</a></li><li><a href="/news/transport">Transport</a></li></ol>
</nav>
<h1 class="${nCls('Headline_headline')}">${nTitle}</h1><p class="${nCls('Standfirst_standfirst')}">${nDek}</p>
<div class="${nCls('Byline_byline')}"><img src="/_next/image?url=%2Fauthors%2Frachel.jpg&amp;w=64&amp;q=75" alt="" width="32" height="32"/>
<div><span class="${nCls('Byline_author')}">By <a href="/authors/rachel-ndiaye">Rachel Ndiaye</a></span>
<span class="${nCls('Byline_role')}">Local Democracy Reporter</span>
<time dateTime="2025-05-06T06:00:00+01:00">Tuesday 6 May 2025, 6:00am</time></div></div>
<div class="${nCls('ShareBar_root')}"><button aria-label="Share on Facebook"><svg></svg></button><button aria-label="Share on WhatsApp"><svg></svg></button>
<button aria-label="Share by email"><svg></svg></button><button>Copy link</button></div>
<figure class="${nCls('ArticleImage_figure')}"><img alt="Learner car at a test centre" src="/_next/image?url=%2Fimages%2Ftest-centre.jpg&amp;w=1200&amp;q=75"
width="1200" height="675" decoding="async" style="color:transparent"/><figcaption>The Brackenford test centre on Quarry Road
<span class="${nCls('ArticleImage_credit')}">Picture: Tom Hale</span></figcaption></figure>
<div class="${nCls('ArticleBody_body')}">${ps(nBody.slice(0, 3))}
<aside class="${nCls('InlineRelated_root')}"><h2 class="${nCls('InlineRelated_title')}">Read more</h2><ul>${links(nRel)}</ul></aside>
${ps([nBody[3] ?? ''])}
<div class="${nCls('AdSlot_slot')}" data-ad-unit="mpu_1"><span class="${nCls('AdSlot_label')}">Advertisement</span><div id="div-gpt-ad-mpu_1"></div></div>
<h2>${nBody[4]}</h2>${ps(nBody.slice(5))}</div>
<div class="${nCls('Tags_root')}"><span>Topics:</span><a href="/topics/driving-tests">Driving tests</a><a href="/topics/brackenford">Brackenford</a></div>
<section class="${nCls('Newsletter_box')}"><h2>Get the Echo's morning briefing</h2><p>The day's local news in your inbox at 7am.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign up</button></form></section></article>
<aside class="${nCls('MostRead_root')}"><h2>Most read</h2><ol>${links(nMost)}</ol></aside></main>
<footer class="${nCls('Footer_footer')}"><ul>${links(nFoot)}</ul><p>© 2025 Calder Valley Echo Ltd. Registered in England No. 04418273.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"${nTitle}","standfirst":"${nDek}",
"section":"transport","body":[{"type":"paragraph","text":"Learner drivers in Brackenford are waiting an average of 22 weeks for a practical test"}]}},
"__N_SSP":true},"page":"/news/[section]/[slug]","query":{"section":"transport","slug":"driving-test-waits-brackenford"},"buildId":"k3V9xq2Lw",
"isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextNews: TestPage = {
  name: 'heldout559-nextjs-test-waits',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[4] ?? ''],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 4)]),
  bylines: ['By Rachel Ndiaye', 'Local Democracy Reporter', 'Tuesday 6 May 2025, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support local journalism: subscribe for £1 a week', 'Subscribe', ...nNav, 'Sign in', 'Copy link',
    'The Brackenford test centre on Quarry Road', 'Picture: Tom Hale', 'Read more', ...nRel, 'Advertisement', 'Topics:',
    "Get the Echo's morning briefing", "The day's local news in your inbox at 7am.", 'Email address', 'Sign up', 'Most read', ...nMost, ...nFoot,
    '© 2025 Calder Valley Echo Ltd. Registered in England No. 04418273.',
  ],
};

const uTitle = 'How to become a driving instructor: the three qualifying tests explained';
const uBody = [
  j(
    'Every month we hear from people who love driving, enjoy helping others and want to be their own boss. Becoming an approved',
    'instructor takes most trainees between six and twelve months. Here is what each stage involves.',
  ),
  'Before you start',
  j(
    'You must have held a full car licence for at least three years, and you will need a criminal record check. Most trainees keep',
    'their current job during the first stage, because it is mostly study.',
  ),
  'Part one: theory',
  j(
    'The first test is a computer-based theory exam of 100 multiple choice questions in four bands, plus a hazard perception test. You',
    'need at least 85 overall and at least 20 in each band. There is no limit on how many times you can take it.',
  ),
  'Part two: your own driving',
  j(
    'The second test is a longer, harder version of the learner test. You are allowed no more than six minor faults, and you will',
    'be asked to do two manoeuvres. You get three attempts.',
  ),
  'Part three: your ability to teach',
  j(
    'In the final test an examiner watches you give a real lesson to a real pupil and marks you on how you plan it, how you manage',
    'risk and how you help the pupil learn. This is the part our trainees find hardest, and the one we spend most time on.',
  ),
  'How we can help',
  j(
    'Our course covers all three parts, with 40 hours of in-car training for part two and part three, and online study material for',
    'part one. Trainees who pass part two can also apply for a trainee licence and start teaching with us while they prepare for',
    'part three.',
  ),
];
const uHeads = [1, 3, 5, 7, 9];
const uNav = ['Learn to Drive', 'Instructor Training', 'Franchise', 'Blog', 'Contact Us'];
const uRel = ['Is a driving instructor franchise right for you?', 'What a part three lesson looks like', 'Earning as a new instructor: the real numbers'];
const uWrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const uContent = uBody
  .map((t, i) => (uHeads.includes(i) ? `<h2>${t}</h2>` : `<p>${t}</p>`))
  .join('\n')
  .replace(
    '<h2>Part three',
    `<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a1f"><span class="hs-cta-node hs-cta-7a1f" id="hs-cta-7a1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4471209/7a1f" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-7a1f"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4471209/7a1f.png" alt="Download our free instructor training guide"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta.load(4471209, '7a1f', {"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code -->
<h2>Part three`,
  );
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title>
<meta name="description" content="The three qualifying tests for driving instructors, and how long each takes.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.tenbymotoracademy.co.uk/blog/how-to-become-a-driving-instructor">
<link rel="stylesheet" href="https://www.tenbymotoracademy.co.uk/hubfs/hub_generated/template_assets/1/1451/1713/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}",
"author":{"@type":"Person","name":"Gareth Pell"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-1728 hs-blog-post hs-blog-id-1451">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="/hubfs/tenby-logo.png" class="hs-image-widget" alt="Tenby Motor Academy"></a></span></span></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${uNav
  .map((t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/${t.length}">${t}</a></li>`)
  .join('\n')}</ul></nav></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>${uWrap('name', 'text', uTitle)}</h1>
<div class="blog-post__meta"><a href="/blog/author/gareth-pell">Gareth Pell</a><time datetime="2025-03-18 10:00:00" class="blog-post__timestamp">
March 18, 2025</time></div>
<div class="blog-post__body">${uWrap('post_body', 'rich_text', uContent)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="/blog/tag/instructor-training">Instructor Training</a>,
<a class="blog-post__tag-link" href="/blog/tag/careers">Careers</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"><form class="hs-form">
<div class="hs_firstname hs-form-field"><label for="firstname-9f1"><span>First Name</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="firstname-9f1" name="firstname" required type="text" class="hs-input"></div></div>
<div class="hs_comment hs-form-field"><label for="comment-9f1"><span>Comment</span><span class="hs-form-required">*</span></label>
<div class="input"><textarea id="comment-9f1" class="hs-input" name="comment"></textarea></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Submit Comment"></div></div></form></div>
</div></div></section>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${uRel
  .map((t, i) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="/blog/rel-${i}"><h3>${t}</h3></a></div>`)
  .join('\n')}</div></section></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Tenby Motor Academy Ltd, Unit 4, Harbour Trading Estate, Tenby. Company no. 09914472.</p>
<p>© 2025 Tenby Motor Academy. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-investigation-id="cookie-banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.274/embed.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4471209.js"></script></body></html>`;
const hubspotPost: TestPage = {
  name: 'heldout559-hubspot-become-instructor',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeads.map((i) => uBody[i] ?? ''),
  body: texts(uBody.filter((_, i) => !uHeads.includes(i))),
  bylines: ['Gareth Pell', 'March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Careers', 'First Name', 'Comment', 'Related posts', ...uRel,
    'Tenby Motor Academy Ltd, Unit 4, Harbour Trading Estate, Tenby. Company no. 09914472.', '© 2025 Tenby Motor Academy. All rights reserved.',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide more',
      'personalized services to you.'),
    'Accept', 'Decline',
  ],
};

export const HELDOUT559_E: readonly TestPage[] = [nextNews, hubspotPost];
