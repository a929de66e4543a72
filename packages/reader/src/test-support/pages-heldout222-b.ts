import { links, type TestPage, texts } from './page-kit.js';
import { blogPost } from './pages-heldout222-b2.js';

/**
 * Held-out batch 222, file b: a Netmums news-style article (header with the section nav and "Coffeehouse", breadcrumbs, the
 * h1 and standfirst, author and date with reading time, share buttons, the hero image caption and credit, an in-text
 * "Read more" link box and an ad slot inside the article body, the Coffeehouse prompt, "More from Netmums" cards, the
 * newsletter sign-up, the consent banner and footer) and, from file b2, a parenting blog post on WordPress.
 */
const nmTitle = 'Parents in Cresswick told to apply for free holiday club places before Friday deadline';
const nmDek = 'More than 2,000 funded places are on offer this summer, but the council says fewer than half have been claimed so far.';
const nmP = [
  'Families in Cresswick who get free school meals are being urged to book their children onto the council’s summer holiday ' +
    'clubs before applications close at midnight on Friday.',
  'The Holiday Activities and Food scheme offers four days a week of free activities and a hot lunch for children aged 5 to 16 ' +
    'during the six-week break. This year there are 2,140 places spread across 31 clubs, from football camps to art workshops ' +
    'and forest school sessions.',
  'But with three days to go, only 960 places have been booked, according to figures shared by Cresswick Borough Council.',
  '“We know the summer holidays can be really hard on family budgets, and we want every eligible child to get the chance to ' +
    'take part,” said councillor Bernadette Oyelaran, who leads on children’s services. “It only takes a few minutes to apply ' +
    'and there is no cost to families at all.”',
];
const nmH = ['Who can apply?', 'What parents say'];
const nmP2 = ['Children are eligible if they:'];
const nmL2 = ['live in or go to school in Cresswick', 'are aged between 5 and 16 on 1 July', 'receive benefits-related free school meals'];
const nmP3 = [
  'Children with special educational needs who do not qualify for free school meals may also be offered places at two ' +
    'specialist clubs, and parents are asked to contact the council directly about these.',
];
const nmP4 = [
  'Mum-of-three Shona Pettigrew, whose children attended a club in Hallow Green last year, said it made a huge difference to ' +
    'the family. “I work part time and the holidays used to mean either paying for childcare or taking unpaid leave,” she said. ' +
    '“The kids loved it, they came home shattered and fed, and I didn’t have to worry.”',
  'Others said they had not heard of the scheme until they saw it shared in a local parents’ group. The council has now sent ' +
    'letters home through schools and says it will extend the deadline for families who contact it by Friday if they need help ' +
    'filling in the form.',
  'Applications can be made online through the council’s website or by phoning the family information service.',
];
const nmNav = ['Pregnancy', 'Baby', 'Toddler', 'Child', 'Family Life', 'Food', 'Money', 'Coffeehouse', 'Competitions'];
const nmCrumbs = ['Home', 'Family Life', 'News'];
const nmShare = ['Share on Facebook', 'Share on WhatsApp', 'Share on X', 'Share by email', 'Copy link'];
const nmCaption = 'Holiday clubs run four days a week throughout the summer break';
const nmMore = [
  'Cost of summer holidays: parents reveal what they really spend',
  '23 free things to do with the kids this summer',
  'School uniform grants: what help is available near you',
  'How to keep kids entertained on a rainy day',
];
const nmNews = [
  'Get the best of Netmums in your inbox',
  'Sign up for our newsletter for expert advice, real stories and the latest deals.',
  'Email address',
  'Sign me up',
  'By signing up you agree to our Privacy Policy.',
];
const nmFoot = ['About Netmums', 'Contact us', 'Advertise', 'Careers', 'Privacy Policy', 'Cookie Policy', 'Terms and Conditions', 'Community Guidelines'];
const nmConsent =
  'We and our partners store and/or access information on a device, such as cookies, and process personal data to ' +
  'personalise ads and content and measure their performance.';
const nmHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Parents in Cresswick told to apply for free holiday club places | Netmums</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${nmDek}">
<meta property="og:type" content="article"><meta property="og:title" content="${nmTitle}"><meta property="article:section" content="News">
<meta property="article:published_time" content="2025-07-14T09:30:00+01:00"><link rel="canonical"
href="https://www.netmums.example/news/cresswick-holiday-club-places">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nmTitle}","description":"${nmDek}",
"datePublished":"2025-07-14T09:30:00+01:00","author":[{"@type":"Person","name":"Helen Marsh"}],"publisher":{"@type":"Organization","name":"Netmums"}}</script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];</script><script async src="https://cdn.netmums.example/build/app.3c77a.js"></script>
</head><body class="template-article"><div id="app">
<header class="Header_header__x1"><div class="Header_top__2k"><a class="Header_logo__9a" href="/" aria-label="Netmums home"><svg></svg></a>
<form class="Search_form__1d" role="search"><input type="search" aria-label="Search Netmums" placeholder="Search"></form>
<a class="Header_login__4f" href="/login">Log in</a><a class="Header_join__7c" href="/join">Join</a></div>
<nav class="Nav_nav__3b" aria-label="Main navigation"><ul>${links(nmNav, 'Nav_item__6e')}</ul></nav></header>
<div class="AdSlot_leaderboard__1q" id="ad-leaderboard"><span class="AdSlot_label__8r">Advertisement</span></div>
<main><article class="Article_article__5h" itemscope itemtype="https://schema.org/NewsArticle">
<nav class="Breadcrumbs_crumbs__2m" aria-label="Breadcrumb"><ol>${links(nmCrumbs)}</ol></nav>
<h1 class="Article_title__0p" itemprop="headline">${nmTitle}</h1><p class="Article_standfirst__7u">${nmDek}</p>
<div class="Byline_byline__3q"><img class="Byline_avatar__4y" src="https://images.netmums.example/authors/helen-marsh.jpg" alt="">
<div><a class="Byline_author__1r" href="/authors/helen-marsh">By Helen Marsh</a>
<p class="Byline_meta__8s"><time datetime="2025-07-14T09:30:00+01:00">14 July 2025, 9:30am</time> <span>3 min read</span></p></div></div>
<ul class="Share_share__5t">${nmShare.map((s) => `<li><button aria-label="${s}"><span class="visually-hidden">${s}</span></button></li>`).join('\n')}</ul>
<figure class="Article_hero__6v"><img src="https://images.netmums.example/news/holiday-club.jpg" alt="Children playing football at a summer club">
<figcaption>${nmCaption}<span class="Article_credit__2n">Credit: Getty</span></figcaption></figure>
<div class="Article_body__9w">${nmP
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<aside class="ReadMore_box__4d"><p class="ReadMore_label__1a">Read more</p><a href="/money/school-uniform-grants">${nmMore[2]}</a></aside>
${nmP
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="AdSlot_inArticle__3z" id="ad-mpu-1"><span class="AdSlot_label__8r">Advertisement</span></div>
<h2>${nmH[0]}</h2><p>${nmP2[0]}</p><ul>${nmL2.map((l) => `<li>${l}</li>`).join('\n')}</ul>${nmP3.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${nmH[1]}</h2>${nmP4.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="Coffeehouse_prompt__2h"><p class="Coffeehouse_title__0k">Have your say</p>
<p>Are your kids going to a holiday club this summer? Join the conversation in Coffeehouse.</p>
<a class="Button_button__1u" href="/coffeehouse/family-life">Go to Coffeehouse</a></div></article>
<section class="More_more__8j"><h2 class="More_title__2b">More from Netmums</h2><ul>
${nmMore
  .map(
    (t, i) => `<li class="Card_card__1m"><a href="/more-${i}"><img src="https://images.netmums.example/cards/${i}.jpg"
alt=""><h3>${t}</h3></a></li>`,
  )
  .join('\n')}
</ul></section>
<section class="Newsletter_box__6f"><h2>${nmNews[0]}</h2><p>${nmNews[1]}</p><form><label for="nl-email">${nmNews[2]}</label>
<input id="nl-email" type="email"><button type="submit">${nmNews[3]}</button></form><p class="Newsletter_small__1k">${nmNews[4]}</p></section></main>
<footer class="Footer_footer__4c"><ul>${links(nmFoot)}</ul><p>© 2025 Netmums Ltd. Part of the Aldwych Media Group.</p></footer></div>
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>${nmConsent}</p></div>
<button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div></body></html>`;
const netmums: TestPage = {
  html: nmHtml,
  name: 'heldout222-netmums-news',
  kind: 'news',
  // the standfirst is body; the "Read more" box inside the body, the Coffeehouse prompt, share labels and caption are furniture
  title: nmTitle,
  headings: nmH,
  body: texts([nmDek, ...nmP, ...nmP2, ...nmL2, ...nmP3, ...nmP4]),
  bylines: ['By Helen Marsh', '14 July 2025, 9:30am', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Join', ...nmNav, 'Advertisement', ...nmCrumbs, ...nmShare, nmCaption, 'Credit: Getty', 'Read more', 'Have your say',
    'Are your kids going to a holiday club this summer? Join the conversation in Coffeehouse.', 'Go to Coffeehouse', 'More from Netmums', ...nmMore,
    ...nmNews, ...nmFoot, '© 2025 Netmums Ltd. Part of the Aldwych Media Group.', nmConsent, 'AGREE', 'MORE OPTIONS',
  ],
};
export const HELDOUT222_B: readonly TestPage[] = [netmums, blogPost];
