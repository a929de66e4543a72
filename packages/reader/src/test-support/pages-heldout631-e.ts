import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file e: a long counselling practice blog post on HubSpot CMS (blog template with a subscribe form and
 * a related posts module), and a reflexologists' forum thread on Discourse about cancellation fees.
 */
const hTitle = 'Couples counselling: what actually happens in the room';
const hSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'When couples phone us for the first time, one of them is often more nervous than the other. Sometimes one partner has',
        'been asking for counselling for years; sometimes both have only just admitted that things are not working. Either way, the',
        'same worry comes up: will the counsellor take sides?',
      ),
      j(
        'This post walks through what a course of couples counselling at Brightwater Relationships usually looks like, from the',
        'first phone call to the last session, so that you can decide whether it is right for you.',
      ),
    ],
  ],
  [
    'Before the first session',
    [
      j(
        'After you book, each of you receives a short questionnaire by email. We ask you to fill it in separately and not to compare',
        'answers. It covers how long you have been together, what you would most like to change and anything you are worried about',
        'raising in front of your partner.',
      ),
      j(
        'If either of you mentions fear of your partner, or violence at home, we will contact you privately before any joint session.',
        'Couples work is not safe or appropriate in every situation, and we will help you find other support if that is the case.',
      ),
    ],
  ],
  [
    'The first joint session',
    [
      j(
        'The first session lasts 75 minutes. Your counsellor will explain how confidentiality works when there are two clients, and',
        'agree some ground rules with you both: for example, that either of you can ask for a pause, and that nobody is asked to',
        'share something they are not ready to share.',
      ),
      j(
        'Most of the session is spent hearing each of your accounts of what has been happening. Your counsellor will ask questions,',
        'slow things down when the conversation speeds up, and check that each of you feels heard. It is common for this first session',
        'to feel uncomfortable. That is not a sign that it is going wrong.',
      ),
    ],
  ],
  [
    'Individual sessions',
    [
      j(
        'Between the first and third joint sessions, each partner usually has one individual session. This gives you space to talk',
        'about your own history and about anything that is hard to say with your partner present.',
      ),
      j(
        'We do not keep secrets that would make the couples work impossible, such as an ongoing affair. Your counsellor will explain',
        'this policy before the individual sessions begin, so that you can decide what to bring.',
      ),
    ],
  ],
  [
    'The middle sessions',
    [
      j(
        'Once we understand the patterns you get caught in, sessions become more focused. You might work on how arguments start and',
        'how they end, on a particular decision you keep circling, or on rebuilding trust after a betrayal. Some counsellors suggest',
        'short exercises to try at home, such as a fifteen-minute weekly check-in.',
      ),
      j(
        'Progress is rarely a straight line. Many couples have a difficult week after a good one, and part of the work is noticing',
        'what happened and recovering from it together.',
      ),
    ],
  ],
  [
    'Ending',
    [
      j(
        'Most couples attend between eight and sixteen sessions. We review progress every six sessions and agree together when to',
        'end. For some couples, ending means they are communicating more calmly and feel closer. For others, counselling helps them',
        'decide to separate, and to do so with less hurt, especially where there are children.',
      ),
      j(
        'Both outcomes can be a success. Our aim is not to keep every couple together, but to help you both make a clear choice and',
        'to treat each other with respect while you do.',
      ),
    ],
  ],
];
const hNav = ['Individual counselling', 'Couples counselling', 'Family therapy', 'Our counsellors', 'Blog'];
const hRel = ['How to talk about money without arguing', 'Is it normal to argue about chores?', 'Starting counselling after an affair'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.brightwaterrelationships.com/hubfs/favicon.png"><meta name="description"
content="What a course of couples counselling
looks like, from the first phone call to the last session."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brightwaterrelationships.com/blog/couples-counselling-what-happens">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Esther Okonjo-Wade"},
"datePublished":"2025-01-28"}</script><link rel="stylesheet" href="https://www.brightwaterrelationships.com/hubfs/hub_generated/template_assets/1/main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1673 hs-blog-post hs-blog-id-8821"><div data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="/hubfs/logo.svg" class="hs-image-widget"
alt="Brightwater Relationships"></a>
</span></div></div><div class="header__column"><div class="header__row-2"><div class="header__menu header__menu--desktop"><nav class="menu menu--desktop"
aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="button-group"><a class="button" href="/book">Book a consultation</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/esther-okonjo-wade">Esther Okonjo-Wade</a>
<time datetime="2025-01-28 09:00:00" class="blog-post__timestamp">January 28, 2025</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${hSecs.map(([h, p]) => `${h === '' ? '' : `<h2>${h}</h2>`}${ps(p)}`).join('\n')}
<!--more--></span></div>
<div class="blog-post__tags"><svg aria-hidden="true" viewBox="0 0 512 512"></svg><a class="blog-post__tag-link" href="/blog/tag/couples">Couples</a>
<a class="blog-post__tag-link" href="/blog/tag/first-steps">First steps</a></div>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module"><div class="blog-subscribe">
<h3>Subscribe to our blog</h3><div class="hbspt-form"><form id="hsForm_8c1d" class="hs-form stacked"><div class="hs_email hs-email hs-form-field">
<label for="email-8c1d"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-8c1d" name="email" type="email"
class="hs-input"></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div></form></div></div></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div
class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/x"><img src="/hubfs/x.jpg" alt=""></a>
<div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3></div></div>`,
  )
  .join('\n')}</div></div></section>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Brightwater Relationships · 19 Canal Street, Pelham Cross · 0117 496 0159</p><p>If you are in immediate danger, call 999.</p>
<p>© 2025 Brightwater Relationships</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-banner-type="BANNER"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve
your website experience.</p><div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.29/js/main.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/8821.js"></script></body></html>`;
const hubspotCouples: TestPage = {
  name: 'heldout631-couples-counselling-hubspot',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h).filter((h) => h !== ''),
  body: hSecs.flatMap(([, p]) => p),
  bylines: ['Esther Okonjo-Wade', 'January 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'Couples counselling'), 'Book a consultation', 'First steps', 'Subscribe to our blog', 'Email',
    'Related posts', ...hRel, 'Brightwater Relationships · 19 Canal Street, Pelham Cross · 0117 496 0159', 'If you are in immediate danger, call 999.',
    '© 2025 Brightwater Relationships', 'This website stores cookies on your computer. These cookies are used to improve your website experience.',
    'Accept', 'Decline',
  ],
};

const dTitle = 'What do you charge for late cancellations?';
const dPosts: [string, string, string[]][] = [
  [
    'juniper_feet',
    'March 4, 2025, 7:12pm',
    [
      j(
        'I have been running my reflexology practice from home for about two years and I am finally writing a proper cancellation',
        'policy. At the moment I just let people off, and last month I lost four sessions in one week.',
      ),
      'What notice do you ask for, and do you charge the full fee or a portion? Do you make exceptions for illness?',
    ],
  ],
  [
    'MorwennaT',
    'March 4, 2025, 8:40pm',
    [
      j(
        'I ask for 24 hours and charge half the fee inside that window, full fee for a no-show. Illness is always waived, because I',
        'really do not want people coming in with a cold.',
      ),
      'The key thing for me was putting it in the booking confirmation email, not just on the website. Nobody argues when they have seen it in writing.',
    ],
  ],
  [
    'reflex_ola',
    'March 5, 2025, 9:03am',
    [
      j(
        'I take a £15 deposit when people book online, which is kept if they cancel with less than 48 hours’ notice. It has cut my',
        'no-shows to almost nothing. Regular clients I trust can book without a deposit.',
      ),
    ],
  ],
  [
    'juniper_feet',
    'March 5, 2025, 12:27pm',
    ['Thank you both, this is really helpful. I think I will try the deposit for new clients and the 24-hour rule for everyone.'],
  ],
];
const dRel = ['Insurance for working from home?', 'Pricing for maternity reflexology', 'How many clients a day is sustainable?'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Business &amp; Practice - Reflexology Circle</title><meta name="description" content="I have been running my reflexology practice from home">
<meta name="generator" content="Discourse 3.4.0.beta2 - https://github.com/discourse/discourse version 6a3f1d2"><link rel="canonical"
href="https://forum.reflexologycircle.org/t/what-do-you-charge-for-late-cancellations/2817">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"juniper_feet"},
"datePublished":"2025-03-04T19:12:08Z","interactionStatistic":{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction",
"userInteractionCount":3}}</script>
<link href="/stylesheets/desktop_4b0c.css?__ws=forum.reflexologycircle.org" media="all" rel="stylesheet" data-target="desktop">
<meta id="data-discourse-setup" data-enable-js-error-reporting="false"></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-logo-wrapper">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Reflexology Circle" id="site-logo"></a></div>
<div class="header-buttons"><a class="btn btn-primary sign-up-button" href="/signup">Sign Up</a><a class="btn btn-small login-button"
href="/login">Log In</a></div>
</div></div></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/what-do-you-charge-for-late-cancellations/2817">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/business-practice/6" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #5a8f7b"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Business &amp; Practice</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-item-tags"><a href="/tag/policies" class="discourse-tag">policies</a> <a href="/tag/fees" class="discourse-tag">fees</a></div></div>
${dPosts
  .map(
    ([u, d, p], i) => `<div class="topic-body crawler-post" id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span itemprop="name">${u}</span></a></span><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2025-03-0${4 + Math.floor(i / 2)}T19:12:08Z" class="post-time">${d}</time></span></div>
<div class="post" itemprop="text">${ps(p)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${3 - (i % 3)}">
<span class="post-likes">${3 - (i % 3)} ${i % 3 === 2 ? 'Like' : 'Likes'}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table class="topic-list"><thead><tr><th>Topic</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    (t, i) => `<tr><td><a href="/t/${i}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="activity">Jan ${i + 9}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/"
itemprop="url">Home </a></span></li><li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li><span itemprop="name"><a href="/privacy"
itemprop="url">Privacy Policy </a></span></li></ul></nav>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourseFees: TestPage = {
  name: 'heldout631-reflexology-forum-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , p]) => p)),
  bylines: [...new Set(dPosts.flatMap(([u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign Up', 'Log In', 'Business & Practice', 'policies', 'fees', '3 Likes', '2 Likes', '1 Like', 'Related topics', ...dRel,
    'Jan 9', 'Jan 10', 'Jan 11', 'Home', 'Categories', 'Guidelines', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT631_E: readonly TestPage[] = [hubspotCouples, discourseFees];
