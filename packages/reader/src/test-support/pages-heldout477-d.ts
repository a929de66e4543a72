import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, j, lis } from './pages-heldout477-kit.js';

/**
 * Held-out batch 477, file d: a Preply-style tutor listing (Next.js, styled-components class names) and a career coach's listing on
 * a Wix site built with the Wix Bookings app.
 */
const pTitle = 'Aurelie B.';
const pBody = [
  'Patient French tutor for adult beginners - learn to speak from the first lesson',
  'About me',
  j(
    'Bonjour! I am Aurélie, and I grew up in Dijon before moving to Lisbon, where I now teach French online. I have taught adults for',
    'eight years, first in a language school and now on my own.',
  ),
  j(
    'Most of my students are busy professionals who learned a little French at school, forgot all of it, and now need it for work or',
    'for a move. We speak from the very first lesson, and I build the grammar around the conversations you actually want to have.',
  ),
  'Me as a teacher',
  j(
    'My lessons are calm and structured. Each one starts with ten minutes of conversation, then a short grammar point, then practice.',
    'After every lesson you get a page of notes with the new words and the mistakes we worked on.',
  ),
  'My lessons & teaching style',
  'Conversation practice around your own life and work',
  'Pronunciation, with short recordings you can repeat at home',
  'Preparation for DELF A2 and B1',
];
const pSpecs = ['Conversational French', 'French for beginners', 'DELF', 'Business French'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>Aurelie B. - French tutor - Learn French online - Langwell</title>
<meta name="description" content="Learn French online with Aurelie B., a tutor from France. Book a trial lesson."/>
<link rel="canonical" href="https://langwell.example/en/tutor/2918374"/><link rel="preload" as="image" href="https://avatars.langwell.example/2918374.jpg"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"French lessons with Aurelie B.",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"5","reviewCount":"48"}}</script>
<style data-styled="true" data-styled-version="5.3.11">.sc-1x2ghf-0{display:flex}.sc-1x2ghf-1{font-weight:600}</style>
<link rel="stylesheet" href="/_next/static/css/6e4d1f0b2a.css" data-n-g=""/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="styles_root__p2Dcx"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalise your learning and to measure our ads.</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Cookie settings</button>
</div></div>
<header class="Header_header__Kq1sw"><a href="/en" class="Header_logo__a3Ri9" aria-label="Langwell"><svg></svg></a><nav class="Header_nav__xL2p1">
<a href="/en/online/french-tutors">Find tutors</a><a href="/en/business">Corporate language training</a><a href="/en/teach">Become a tutor</a></nav>
<div class="Header_right__rT7bc"><button class="sc-1x2ghf-0">English, USD</button><a href="/en/login">Log In</a></div></header>
<main class="TutorProfile_page__m1U8k"><nav aria-label="breadcrumbs" class="Breadcrumbs_root__Z7kP0"><a href="/en/online/french-tutors">French tutors</a>
<span>/</span><span aria-current="page">Aurelie B.</span></nav><div class="TutorProfile_columns__Nq0gH"><div class="TutorProfile_main__bU1r2">
<section class="TutorHeader_root__h3KsZ"><img src="https://avatars.langwell.example/2918374.jpg" alt="Aurelie B." width="120" height="120"/>
<div><div class="TutorHeader_nameRow__x9y0A"><h1 class="sc-1x2ghf-1" data-qa-id="tutor-name">${pTitle}</h1>
<span class="TutorHeader_flag__V2wq9" title="France"></span>
<span class="Badge_root__c8TlM" data-qa-id="super-tutor">Super Tutor</span></div><h2 class="TutorHeader_headline__L0d2s">${at(pBody, 0)}</h2>
<ul class="TutorHeader_facts__E4aYt"><li>Teaches French lessons</li><li>Speaks French (Native), English (C2), Portuguese (B2)</li><li>612 lessons taught</li>
</ul></div></section>
<section class="AboutSection_root__sJ8aB" id="about"><h2>${at(pBody, 1)}</h2><div class="AboutSection_text__w1Lq4">${ps(pBody.slice(2, 4))}</div>
<h3>${at(pBody, 4)}</h3>${ps([at(pBody, 5)])}<h3>${esc(at(pBody, 6))}</h3><ul>${lis(pBody.slice(7, 10))}</ul>
<button class="AboutSection_toggle__yy1Lm" type="button">Show less</button></section>
<section class="ScheduleSection_root__Gg7Lq" id="schedule"><h2>Schedule</h2>
<p>Choose the time for your first lesson. The timings are displayed in your local time zone.</p>
<div class="Calendar_days__pQ3vs"><button>Mon 8</button><button>Tue 9</button><button>Wed 10</button></div><button type="button">View full schedule</button>
</section>
<section class="ReviewsSection_root__a4LNa" id="reviews"><h2>What my students say</h2><div class="ReviewsSection_summary__Rk9Yb"><span>5</span>
<span>48 reviews</span></div>
<div class="Review_root__tp2E7"><p class="Review_author__Cw8Uy">Declan</p><time>November 19, 2026</time>
<p class="Review_text__Wl4mD">After three months I ordered dinner in Lyon without switching to English. Aurélie is endlessly patient.</p></div>
<button type="button">Show all reviews</button></section>
<section class="Specialities_root__Tf3xQ"><h2>Specialties</h2><ul>${lis(pSpecs)}</ul></section></div>
<aside class="TutorProfile_aside__o3Hfz"><div class="BookingCard_root__U4kqr"><div class="BookingCard_stats__Hc2wN"><div><strong>5</strong>
<span>48 reviews</span></div>
<div><strong>$24</strong><span>50-min lesson</span></div></div><button class="Button_primary__x5LzZ">Book trial lesson</button>
<button class="Button_secondary__JtN0k">Send message</button><button class="Button_ghost__dP8kF">Save to my list</button>
<p class="BookingCard_note__n6bYe">Popular: 6 lesson bookings in the last 48 hours</p><p class="BookingCard_note__n6bYe">Usually responds in 2 hrs</p></div>
</aside></div>
<section class="SimilarTutors_root__Mn4fL"><h2>You might also like</h2><ul>${links(['Benoît R.', 'Clémence T.', 'Youssef A.'])}</ul></section></main>
<footer class="Footer_root__Vb5oL"><ul>${links(['About us', 'Work at Langwell', 'Blog', 'Help center', 'Privacy policy', 'Terms'])}</ul>
<p>© 2012-2026 Langwell Inc.</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tutorId":2918374}},"page":"/tutor/[id]","buildId":"Hk2-aQ"}</script>
</body></html>`;
const preplyTutor: TestPage = {
  name: 'heldout477-preply-tutor',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [at(pBody, 1), at(pBody, 4), at(pBody, 6)],
  body: texts(pBody.filter((_, i) => ![1, 4, 6].includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise your learning and to measure our ads.', 'Accept all', 'Cookie settings', 'Find tutors',
    'Corporate language training', 'Become a tutor', 'English, USD', 'Log In', 'French tutors', 'Super Tutor', 'Teaches French lessons',
    'Speaks French (Native), English (C2), Portuguese (B2)', '612 lessons taught', 'Show less', 'Schedule',
    'Choose the time for your first lesson. The timings are displayed in your local time zone.', 'Mon 8', 'Tue 9', 'Wed 10',
    'View full schedule', 'What my students say', '5', '48 reviews', 'Declan', 'November 19, 2026',
    'After three months I ordered dinner in Lyon without switching to English. Aurélie is endlessly patient.', 'Show all reviews',
    'Specialties', 'Conversational French', 'French for beginners', 'Business French', '$24', '50-min lesson', 'Book trial lesson', 'Send message',
    'Save to my list',
    'Popular: 6 lesson bookings in the last 48 hours', 'Usually responds in 2 hrs', 'You might also like', 'Benoît R.', 'Clémence T.',
    'Youssef A.', 'About us', 'Work at Langwell', 'Blog', 'Help center', 'Privacy policy', 'Terms', '© 2012-2026 Langwell Inc.',
  ],
};

const xTitle = 'Career Change Coaching: 6-Week Programme';
const xBody = [
  j(
    'Thinking about leaving teaching, nursing or another job you trained years for? This programme is for people who know they want',
    'something different but have no idea where to start.',
  ),
  'Six one-hour video calls, one a week',
  'A written plan after the second session',
  'Feedback on your CV and one cover letter',
  'Email support between sessions',
  j(
    'I am Folake Adeyemi-Hart, a former secondary school teacher who moved into user research at 41. Since 2020 I have coached more',
    'than 150 people through a career change, most of them from public sector jobs.',
  ),
  'Cancellation policy',
  'You can reschedule a session up to 24 hours before it starts. The first session can be cancelled for a full refund.',
];
const xNav = ['Home', 'Services', 'About', 'Podcast', 'Contact'];
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Career Change Coaching: 6-Week Programme | Second Chapter Coaching</title>
<meta name="description" content="Six weeks of one-to-one coaching for people leaving a profession.">
<link rel="canonical" href="https://www.secondchaptercoaching.example/service-page/career-change-coaching">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Service","name":"${xTitle}","offers":{"@type":"Offer","price":"480",
"priceCurrency":"GBP"}}</script>
<script type="text/javascript">window.viewerModel = {"siteFeatures":["bookings","siteMembers"],"site":{"metaSiteId":"a61b3c"}};</script>
<style id="css_masterPage">#SITE_HEADER{left:0;margin-left:0;width:100%;min-width:0}
.font_8{font:normal normal normal 17px/1.4em avenir-lt-w01_35-light1475496}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHN3r">&nbsp;</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx9a1" class="comp-kx9a1 wixui-rich-text"
data-testid="richTextElement"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">SECOND CHAPTER COACHING</span></p></div>
<nav id="comp-kx9a3" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${xNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a class="wixui-horizontal-menu__item-label" href="/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div id="comp-kx9a5" class="wixui-button"><a data-testid="linkElement" href="/account/my-bookings" class="wixui-button__label">Log In</a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="tJ4kVd">
<div id="comp-bookings-service-page" class="wixui-section">
<div data-hook="booking-service-page-wrapper" class="ServicePage2140185478__root"><div data-hook="header-wrapper" class="Header3921__root">
<img data-hook="header-img" src="https://static.wixstatic.com/media/8a1f2c_coaching.jpg/v1/fill/w_980,h_400/coaching.jpg" alt="Coach and client at a table">
<div data-hook="header-details"><h1 data-hook="header-title" class="Text__text">${xTitle}</h1>
<p data-hook="header-tagline" class="Text__text">One-to-one coaching for people leaving a profession</p>
<button data-hook="book-button" class="Button__root">Book Now</button></div></div>
<div data-hook="body" class="Body3487__root"><div data-hook="body-main"><section data-hook="details-wrapper" class="Details__root">
<div data-hook="details-duration"><span>6 wk</span></div><div data-hook="details-price"><span>£480</span></div></section>
<div data-hook="description-wrapper" class="Description__root"><h2 data-hook="description-title">Service Description</h2>
<div data-hook="description-text" class="RicosViewer__root"><div class="rich-content-viewer">${ps([at(xBody, 0)])}<ul>${lis(xBody.slice(1, 5))}</ul>
${ps([at(xBody, 5)])}</div></div></div><div data-hook="policy-wrapper" class="Policy__root"><h2 data-hook="policy-title">${at(xBody, 6)}</h2>
<p data-hook="policy-text">${at(xBody, 7)}</p></div></div>
<aside data-hook="body-sidebar"><section data-hook="contact-details"><h2>Contact Details</h2><p>hello@secondchaptercoaching.example</p>
<p>Online via Zoom</p></section></aside></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div id="comp-kx9b2" class="wixui-rich-text"><p class="font_9">© 2026 by Second Chapter Coaching.
Proudly created with <a href="https://www.wix.com/?utm_campaign=vir_created_with" target="_blank">Wix.com</a></p></div>
<div id="comp-kx9b4" class="wixui-rich-text"><p class="font_9">Sign up for the monthly letter</p></div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f31f6e4a.bundle.min.js" async></script></body></html>`;
const wixCoach: TestPage = {
  name: 'heldout477-wix-coach',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: ['Service Description', at(xBody, 6)],
  body: texts(['One-to-one coaching for people leaving a profession', ...xBody.filter((_, i) => i !== 6)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SECOND CHAPTER COACHING', 'Home', 'Services', 'Podcast', 'Contact', 'Log In', 'Book Now', '6 wk', '£480',
    'Contact Details', 'hello@secondchaptercoaching.example', 'Online via Zoom', '© 2026 by Second Chapter Coaching. Proudly created with Wix.com',
    'Sign up for the monthly letter',
  ],
};

export const HELDOUT477_D: readonly TestPage[] = [preplyTutor, wixCoach];
