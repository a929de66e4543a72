import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout590-kit.js';

/** Held-out batch 590, file c: a chemistry tutor's post on Ghost (Casper), and a tutor's profile on a Next.js tutoring marketplace. */
const gTitle = 'Five Things I Tell Every A-level Chemistry Student in May';
const gDek = 'The same advice, every year, because it keeps working.';
const gItems = [
  [
    '1. Learn the definitions word for word',
    j(
      'Mark schemes for definitions are unforgiving. “The energy needed to remove one electron from each atom in one mole of',
      'gaseous atoms” gets the mark; a paraphrase usually does not. Make a deck of them and test yourself daily.',
    ),
  ],
  [
    '2. Practise the six-mark questions out loud',
    j(
      'Extended-response questions reward structure. Before writing, say your answer out loud in three or four points. If you',
      'cannot say it, you cannot write it.',
    ),
  ],
  [
    '3. Do the required practicals on paper',
    j('About fifteen percent of the marks come from practical skills. Draw each setup from memory, then list the sources of', 'error and how to reduce them.'),
  ],
  ['4. Keep a mistakes list', j('Every wrong answer in a past paper goes on a list with the correct method next to it. Read the list every Sunday.')],
  ['5. Stop at nine', 'Nothing you learn at midnight the night before a paper is worth the sleep it costs you.'],
];
const gOutro = [
  j('If you are a student of mine, you already know all this, and I will be asking about your mistakes list on Thursday.', 'If you are not, I hope it helps.'),
];
const gNav = ['Home', 'Lessons', 'Resources', 'About'];
const gRead = [
  ['Why Moles Are Easier Than They Look', 'A way in for students who freeze at the word “mole”.', 'Apr 11, 2027', '3 min read'],
  ['Organic Mechanisms: Draw the Arrows First', 'Curly arrows show where the electrons go. Start there.', 'Mar 20, 2027', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f2c1a0b3d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://chem.orlaquinn.co.uk/five-things-may/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Orla Quinn Chemistry">
<meta property="og:type" content="article"><meta property="article:published_time" content="2027-05-03T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Orla Quinn Chemistry"},
"author":{"@type":"Person","name":"Orla Quinn"},"headline":"${gTitle}","datePublished":"2027-05-03T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://chem.orlaquinn.co.uk/" data-key="4b1d0e3f2a" data-api="https://chem.orlaquinn.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-a-level tag-exam-technique is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://chem.orlaquinn.co.uk">Orla Quinn Chemistry</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div>
</div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-a-level tag-exam-technique">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/a-level/">A-level</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/orla/" class="author-avatar" aria-label="Read more of Orla Quinn"><img class="author-profile-image" src="/content/images/size/w100/orla.jpg"
alt="Orla Quinn"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/orla/">Orla Quinn</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-05-03">May 3, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/05/flasks.jpg 300w, /content/images/size/w600/2027/05/flasks.jpg 600w"
src="/content/images/size/w2000/2027/05/flasks.jpg"
alt="Conical flasks on a lab bench"><figcaption><span style="white-space: pre-wrap;">Photo by the author, school lab, 2026</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
${gItems.map(([h, p]) => `<h2 id="${(h ?? '').slice(0, 2)}">${h}</h2>${ps([p ?? ''])}`).join('\n')}
<hr>${ps(gOutro)}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gRead
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image"
src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"></div>
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2027-04-11">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://chem.orlaquinn.co.uk">Orla Quinn Chemistry</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Privacy'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog"
aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div></div>
<script src="/assets/built/casper.js?v=8f2c1a0b3d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout590-ghost-chemistry-may',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gItems.map(([h]) => h ?? ''),
  body: texts([gDek, ...gItems.map(([, p]) => p ?? ''), ...gOutro]),
  bylines: ['Orla Quinn', 'May 3, 2027', '• 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Orla Quinn Chemistry', ...gNav.filter((t) => t !== 'About'), 'Sign in', 'Subscribe', 'A-level', 'Photo by the author, school lab, 2026',
    'Sign up for more like this.',
    'Enter your email', ...gRead.flat(), 'Orla Quinn Chemistry © 2027', 'Sign up', 'Privacy', 'Powered by Ghost',
  ],
};

const nTitle = 'Patient physics and maths tutor with twelve years in the classroom';
const nAbout = [
  j(
    'I taught physics in secondary schools in Dunmere for twelve years and was head of science for four of them. I now tutor',
    'full time, mostly GCSE and A-level students who understand the ideas in class but lose marks in exams.',
  ),
  j(
    'I hold a degree in physics and a PGCE, and I have marked GCSE physics papers for an exam board for the last three summers,',
    'so I know exactly what examiners are looking for.',
  ),
];
const nLessons = [
  j(
    'Lessons are online, with a shared whiteboard, and every lesson ends with a short set of questions to try before next time.',
    'I send parents a two-line summary after each lesson.',
  ),
  'GCSE Physics and Combined Science',
  'GCSE Maths (Higher)',
  'A-level Physics',
  'A-level Maths (mechanics)',
];
const nReviews: [string, string, string][] = [
  ['Sunita, parent', '12 March 2027', 'My daughter finally understands circuits. Clear, kind and very organised.'],
  ['Ollie, student', '2 February 2027', 'Went from a C to an A in mocks. Would recommend to anyone doing A-level physics.'],
];
const nData = JSON.stringify({
  props: { pageProps: { tutor: { id: 48213, firstName: 'Marcus', subjects: ['physics', 'maths'], rate: 40 } } },
  page: '/tutors/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Marcus O. – Physics and Maths Tutor in Dunmere | Tutorbridge</title><meta name="description" content="${nTitle}. From £40 per hour."/>
<link rel="canonical" href="https://www.tutorbridge.co.uk/tutors/marcus-o-48213"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/6a1f0c2e9b4d7a31.css" as="style"/><link rel="stylesheet" href="/_next/static/css/6a1f0c2e9b4d7a31.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Marcus O.","jobTitle":"Tutor"}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/pages/tutors/%5Bslug%5D-3b2e1a.js"
defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Yq2aR" href="#main">Skip to main content</a>
<header class="Header_header__3kd9s"><div class="Header_inner__a8Wq1"><a class="Header_logo__pL0x2" href="/"><img alt="Tutorbridge" src="/logo.svg"
width="140" height="32"/></a>
<nav class="Header_nav__Hh2K7" aria-label="Main"><ul>${links(['Find a tutor', 'Become a tutor', 'How it works', 'Log in'], 'Header_item__m3sE')}</ul></nav>
<a class="Button_button__1xZ2q Button_primary__Tq9w1" href="/signup">Sign up</a></div></header>
<main id="main" class="TutorProfile_page__ZfR1c"><nav class="Breadcrumbs_crumbs__d0Qe2" aria-label="Breadcrumb"><ol>
${links(['Home', 'Physics tutors', 'Physics tutors in Dunmere'], 'Breadcrumbs_crumb__x1')}</ol></nav>
<div class="TutorProfile_grid__p7Wm4"><div class="TutorProfile_main__Tr6eN">
<div class="TutorHeader_header__QmB1v"><img class="TutorHeader_photo__L5cN" src="/img/t/48213.jpg" alt="Marcus O." width="120" height="120"/>
<div><p class="TutorHeader_name__C2yTz">Marcus O.</p><h1 class="TutorHeader_headline__xr2Pn">${nTitle}</h1>
<ul class="TutorHeader_badges__uV3d9"><li class="Badge_badge__9mJk">DBS checked</li><li class="Badge_badge__9mJk">Top tutor</li></ul>
<p class="TutorHeader_rating__fK1p"><span aria-hidden="true">★★★★★</span> 4.9 (37 reviews)</p></div></div>
<section class="TutorProfile_section__a2Yx"><h2 class="TutorProfile_sectionTitle__o1Nf">About me</h2>${ps(nAbout, ' class="TutorProfile_text__w8Xc"')}</section>
<section class="TutorProfile_section__a2Yx"><h2 class="TutorProfile_sectionTitle__o1Nf">About my
lessons</h2>${ps(nLessons.slice(0, 1), ' class="TutorProfile_text__w8Xc"')}
<ul class="TutorProfile_subjects__Ju3c">${lis(nLessons.slice(1))}</ul></section>
<section class="Reviews_reviews__hB7Q" aria-labelledby="reviews"><h2 id="reviews" class="TutorProfile_sectionTitle__o1Nf">Reviews (37)</h2>
${nReviews
  .map(
    ([n, d, t]) => `<article class="Reviews_review__Kp2z"><div class="Reviews_meta__s9Ag"><span class="Reviews_author__T1bq">${n}</span>
<time class="Reviews_date__V0cm">${d}</time></div><p class="Reviews_text__N7fu">${t}</p></article>`,
  )
  .join('\n')}
<button class="Button_button__1xZ2q Button_secondary__gH4n" type="button">Show more reviews</button></section></div>
<aside class="BookingCard_card__Lq8N"><p class="BookingCard_price__R4vx"><strong>£40</strong> / hour</p><p class="BookingCard_note__Ec1D">Free 15-minute trial
lesson</p>
<a class="Button_button__1xZ2q Button_primary__Tq9w1" href="/book/48213">Book a trial lesson</a>
<button class="Button_button__1xZ2q Button_secondary__gH4n" type="button">Send a message</button>
<p class="BookingCard_response__Zx3o">Usually responds within 2 hours</p></aside></div></main>
<footer class="Footer_footer__q9Rk"><div
class="Footer_cols__fD2s"><ul>${links(['About Tutorbridge', 'Safeguarding', 'Help centre', 'Terms', 'Privacy'])}</ul></div>
<p class="Footer_copy__Aa0n">© 2027 Tutorbridge Ltd</p></footer>
<div class="CookieBanner_banner__bH2d" role="dialog" aria-live="polite"><p>We use cookies to run this site and to understand how it is used.</p>
<button class="Button_button__1xZ2q" type="button">Accept all</button><button class="Button_button__1xZ2q" type="button">Manage cookies</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout590-nextjs-tutor-profile',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: ['About me', 'About my lessons'],
  body: texts([...nAbout, ...nLessons]),
  bylines: ['Marcus O.', ...nReviews.flatMap(([n, d]) => [n, d])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Find a tutor', 'Become a tutor', 'How it works', 'Log in', 'Sign up', 'Home', 'Physics tutors', 'Physics tutors in Dunmere',
    'DBS checked', 'Top tutor', '★★★★★ 4.9 (37 reviews)', 'Reviews (37)', ...nReviews.map(([, , t]) => t), 'Show more reviews', '£40 / hour',
    'Free 15-minute trial lesson', 'Book a trial lesson', 'Send a message', 'Usually responds within 2 hours', 'About Tutorbridge', 'Safeguarding',
    'Help centre', 'Terms', 'Privacy', '© 2027 Tutorbridge Ltd', 'We use cookies to run this site and to understand how it is used.', 'Accept all',
    'Manage cookies',
  ],
};

export const HELDOUT590_C: readonly TestPage[] = [ghost, nextjs];
