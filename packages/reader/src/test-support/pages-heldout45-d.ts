import { links, type TestPage, texts } from './page-kit.js';
import { amazonReview } from './pages-heldout45-d2.js';

/**
 * Held-out batch 45, file d: a Trustpilot single review page (Next.js with hashed CSS-module class names and data-*-typography
 * attributes, the header with search, "Write a review", "Categories", "Blog", "Log in" and "For businesses", the business card
 * with review count, TrustScore and website link, the review card with the consumer's name, country and review count, the star
 * image, date, title, text, "Date of experience" and the "Useful", "Share" and "Report" buttons, the company's reply, "See all
 * reviews", "People also looked at", the OneTrust cookie banner, __NEXT_DATA__ and the footer columns).
 */
const tpBiz = 'Northway Energy';
const tpTitle = 'Switched to a fixed tariff, then got billed twice for three months';
const tpText = [
  'I moved to the 12-month fixed tariff in July because the online quote was about £18 a month cheaper than my old variable ' +
    'deal. The switch itself went fine, but from August onwards I was charged by direct debit under the old account and the new ' +
    'one, both for the full amount.',
  'I noticed in October and called. The first agent told me it would sort itself out at the next bill. It did not. The second ' +
    'agent raised a complaint and promised a call back within 48 hours, which never came. In the end I spent just over an hour ' +
    'in the web chat, and only when I asked for a deadlock letter so I could go to the ombudsman did somebody finally close the ' +
    'old account and refund the £347 that had been taken twice.',
  'Two stars rather than one because the smart meter readings have been accurate and the app is genuinely easy to use. But ' +
    'nobody should need to threaten the ombudsman to get their own money back, and I still have not had the £30 goodwill ' +
    'credit I was told about.',
];
const tpReply = [
  'Hi Gareth, thank you for taking the time to write this, and I am sorry that a simple tariff change turned into three months ' +
    'of double payments and chasing us. That is not the service we want anyone to have.',
  'I can see the refund of £347 reached your bank on 6 November. I have now added the £30 goodwill credit to your account myself ' +
    'and sent you an email to confirm it. If anything else is still not right, reply to that email and it will come straight to ' +
    'our complaints team rather than the general queue. Megan, Customer Relations',
];
const tpNav = ['Write a review', 'Categories', 'Blog', 'Log in', 'For businesses'];
const tpAlso: [string, string, string][] = [
  ['Harbourlight Power', 'TrustScore 4.6', '21,308 reviews'],
  ['Greenfield Gas & Electric', 'TrustScore 3.8', '9,842 reviews'],
  ['Volt & Co', 'TrustScore 2.4', '1,137 reviews'],
];
const tpFoot: [string, string[]][] = [
  ['About', ['About us', 'Jobs', 'Contact', 'Blog', 'How Trustpilot works', 'Transparency Report', 'Press', 'Investor Relations']],
  ['Community', ['Trust in reviews', 'Help Center', 'Log in', 'Sign up', 'Chrome App']],
  ['Businesses', ['Trustpilot Business', 'Products', 'Plans & Pricing', 'Business Login', 'Blog for Business']],
];
const tpLegal = ['Legal', 'Privacy Policy', 'Terms & Conditions', 'Guidelines for Reviewers', 'System status', 'Modern Slavery Statement'];
const tpT = (kind: string, extra = ''): string => `typography_${kind}__pGrnC typography_appearance-default__AAY17${extra === '' ? '' : ` ${extra}`}`;
const tpHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"><title>${tpTitle} | ${tpBiz} review by Gareth Lloyd | Trustpilot</title>
<meta name="description" content="${tpTitle}. I moved to the 12-month fixed tariff in July because…"><meta name="robots" content="index, follow">
<link rel="canonical" href="https://uk.trustpilot.com/reviews/6730f1c2e4b0a19d2c5a7e41">
<script type="application/ld+json" data-business-unit-json-ld="true">{"@context":"https://schema.org","@graph":[{"@type":"Review","@id":
"https://uk.trustpilot.com/#/schema/Review/northwayenergy.example/6730f1c2e4b0a19d2c5a7e41","itemReviewed":{"@type":"Organization","name":"${tpBiz}"},
"author":{"@type":"Person","name":"Gareth Lloyd"},"datePublished":"2025-11-08T14:22:10.000Z","headline":"${tpTitle}","reviewRating":{"@type":"Rating",
"ratingValue":"2"},"inLanguage":"en"}]}</script>
<link rel="preload" href="https://cdn.trustpilot.example/brand-assets/4.1.0/stars/stars-2.svg" as="image"></head>
<body><div id="__next"><div class="styles_wrapper__Yx3tq"><header class="styles_header__sWpNX" data-business-unit-header="true">
<div class="styles_headerContent__kR1tH"><a href="/" class="link_internal__Eam_b" aria-label="Trustpilot homepage"><img alt="Trustpilot"
src="https://cdn.trustpilot.example/brand-assets/4.1.0/logo-white.svg" width="120" height="30"></a><form class="styles_searchForm__hyYhU" role="search"
action="/search"><input type="search" name="query" aria-label="Search for a company or category" placeholder="Search for a company or category"></form>
<nav class="styles_nav__Nw3x0" aria-label="Main navigation"><ul>${links(tpNav, 'styles_navItem__jC3nW')}</ul></nav></div></header>
<main id="main-content" class="styles_main__Y8zqJ"><section class="styles_businessInformation__w6_QC" data-business-unit-information="true">
<a href="/review/northwayenergy.example" class="link_internal__Eam_b styles_businessUnitLink__vXYlm"><img alt="${tpBiz} logo"
src="https://s3-eu-west-1.amazonaws.example/tpd/logos/5f1c/0x0.png" width="64" height="64"><div class="styles_businessInfo__T9bN4">
<p class="${tpT('heading-xs')}" data-business-unit-name-typography="true">${tpBiz}</p>
<p class="${tpT('body-m')}"><span data-reviews-count-typography="true">Reviews 4,812</span> <span aria-hidden="true">•</span> <span>Average</span></p>
<div class="star-rating_starRating__4rrcf star-rating_medium__iN6Ty"><img alt="TrustScore 3.1 out of 5" src="/stars-3.svg"></div>
<p class="${tpT('body-m')}" data-rating-typography="true">3.1</p></div></a>
<a href="https://www.northwayenergy.example/?utm_medium=company_profile&amp;utm_source=trustpilot" rel="noopener" target="_blank"
class="link_external__tBQQW" data-visit-website-button-link="true">northwayenergy.example</a></section>
<div class="styles_reviewPage__L5gWQ"><article class="paper_paper__EGeEb paper_outline__bqVmn card_card__yyGgu card_noPadding__OOiac styles_reviewCard__Qwhpy"
data-service-review-card-paper="true"><aside class="styles_consumerInfoWrapper__6HN5O" aria-label="Info for Gareth Lloyd">
<a href="/users/5e2b3c41a9f0c81d7e4a6b20" class="link_internal__Eam_b styles_consumerDetails__Xa9uN" data-consumer-profile-link="true">
<div class="avatar_avatar__ci5nO" style="background-color:#f1e6ff"><span class="${tpT('heading-xxs')}" data-consumer-avatar-initials="true">GL</span></div>
<span class="${tpT('heading-xs')}" data-consumer-name-typography="true">Gareth Lloyd</span><div class="styles_consumerExtraDetails__TylYM">
<div class="${tpT('body-m')}" data-consumer-country-typography="true"><span>GB</span></div><span class="${tpT('body-m')}"
data-consumer-reviews-count-typography="true">3 reviews</span></div></a></aside><section class="styles_reviewContentwrapper__W9Vqf">
<div class="styles_reviewHeader__DzoAZ" data-service-review-rating="2"><div class="star-rating_starRating__4rrcf star-rating_medium__iN6Ty"><img
alt="Rated 2 out of 5 stars" src="https://cdn.trustpilot.example/brand-assets/4.1.0/stars/stars-2.svg"></div><div
class="${tpT('body-m')} styles_datesWrapper__RCEKH">
<time datetime="2025-11-08T14:22:10.000Z" class="" data-service-review-date-time-ago="true">Nov 8, 2025</time></div>
<div class="styles_reviewLabels__kOA2n"><div class="styles_reviewLabel__tL_Ph" data-review-label-tooltip-trigger="true"><span
class="${tpT('body-s')}">Unprompted review</span>
</div></div></div><div class="styles_reviewContent__SCYfD" aria-hidden="false" data-review-content="true"><h1 class="${tpT('heading-s')}"
data-service-review-title-typography="true">${tpTitle}</h1><p class="${tpT('body-l')} typography_color-black__wpn7m" data-service-review-text-typography="true">
${tpText.join('<br><br>')}</p><p class="${tpT('body-m')}" data-service-review-date-of-experience-typography="true"><b class="${tpT('body-m')}"
weight="heavy">Date of experience<!-- -->:</b> <!-- -->November 1, 2025</p></div></section>
<div class="styles_reviewFooter__6l0Vw" data-review-actions="true"><button class="button_button__T34Lr button_m__lq0nA styles_actionButton__7hdWC"
data-review-useful-button="true" type="button"><svg aria-hidden="true" width="16" height="16"></svg><span class="${tpT('body-m')}">Useful</span>
<span class="${tpT('body-m')}" data-review-useful-count="true">17</span></button><button class="button_button__T34Lr styles_actionButton__7hdWC"
data-review-share-button="true"
type="button"><span class="${tpT('body-m')}">Share</span></button><button class="button_button__T34Lr styles_actionButton__7hdWC" type="button"
aria-label="Report review"><span class="${tpT('body-m')}">Report</span></button></div>
<div class="styles_wrapper__ib2L5 styles_content__Hl2Mi" data-service-review-business-reply="true"><div class="styles_replyInfo__FEVlq">
<img alt="${tpBiz}" src="https://s3-eu-west-1.amazonaws.example/tpd/logos/5f1c/0x0.png" width="32" height="32"><p class="${tpT('body-m')}"
data-service-review-business-reply-title-typography="true">Reply from <!-- -->${tpBiz}</p><time datetime="2025-11-10T09:41:00.000Z"
class="${tpT('body-m')} styles_replyDate__Iem0_">Nov 10, 2025</time></div><p class="${tpT('body-m')} styles_message__shHhX"
data-service-review-business-reply-text-typography="true">${tpReply.join('<br><br>')}</p></div></article>
<div class="styles_seeAll__rL1rw"><a href="/review/northwayenergy.example" class="link_internal__Eam_b button_button__T34Lr">See all reviews</a></div>
<section class="styles_peopleAlsoLookedAt__kWOq_" aria-labelledby="people-also-looked-at"><h2 id="people-also-looked-at" class="${tpT('heading-s')}">People also
looked at</h2><ul>${tpAlso
  .map(
    ([n, s, r]) => `<li><a href="/review/${n.length}.example" class="link_internal__Eam_b"><p class="${tpT('heading-xxs')}">${n.replace(/&/g, '&amp;')}</p>
<span class="${tpT('body-s')}">${s}</span> <span class="${tpT('body-s')}">${r}</span></a></li>`,
  )
  .join('\n')}</ul></section></div></main>
<footer class="styles_footer__Ad7G2"><div class="styles_footerColumns__Jaf2h">${tpFoot
  .map(([h, ls]) => `<div><p class="${tpT('heading-xs')}">${h}</p><ul>${links(ls)}</ul></div>`)
  .join('\n')}<div><p class="${tpT('heading-xs')}">Follow us on</p><ul class="styles_socialLinks__7xI0p"><li><a href="https://facebook.example/trustpilot"
aria-label="Facebook"></a></li><li><a href="https://x.example/trustpilot" aria-label="X"></a></li></ul></div></div>
<div class="styles_legalLinks__cvV_P"><ul>${links(tpLegal)}</ul><p class="${tpT('body-s')}">© 2025 Trustpilot A/S. All rights reserved.</p>
<select aria-label="Select language"><option>United Kingdom</option><option>Danmark</option><option>Deutschland</option></select></div></footer></div></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" tabindex="0"
role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"
class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to make our site work, to understand how you use it and to personalise the ads you see.
You can change your choices at any time in Cookie Settings. <a class="ot-cookie-policy-link" href="/legal/cookie-policy">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button
id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button
id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"review":{"id":"6730f1c2e4b0a19d2c5a7e41","title":"${tpTitle}","rating":2,
"consumer":{"displayName":"Gareth Lloyd","countryCode":"GB","numberOfReviews":3},"reply":{"publishedDate":"2025-11-10T09:41:00.000Z"}},
"businessUnit":{"displayName":"${tpBiz}","trustScore":3.1,"numberOfReviews":4812}}},"page":"/reviews/[reviewId]",
"buildId":"businessunitprofile-consumersite-2.3190.0"}</script>
</body></html>`;
const trustpilot: TestPage = {
  html: tpHtml,
  name: 'heldout45-trustpilot-review',
  kind: 'blog',
  // the review's own title is the title, its text and the company's reply (a reply to the post) are body; "Gareth Lloyd"
  // (his initials "GL" on the avatar: furniture), the review date, "Date of experience" with its date (the line that dates
  // the post, its label in neither list) and the reply's "Northway Energy" (its author line, "Reply from" in neither; the same
  // name heads the business card: counted once, as the byline) and its date are bylines; the business card (reviews count,
  // "Average", TrustScore, website link), the consumer's country and review count, "Unprompted review", "Useful" with its
  // count, "Share", "Report", "See all reviews", "People also looked at", header, cookie banner and footer are furniture; the
  // footer's "Blog" and "Log in" are also in the nav (counted once), its "About" is a word of the review ("about £18"): left
  // out; the sign-off "Megan, Customer Relations" is part of the reply
  title: tpTitle,
  headings: [],
  body: [...texts(tpText), ...texts(tpReply)],
  bylines: ['Gareth Lloyd', 'Nov 8, 2025', 'November 1, 2025', tpBiz, 'Nov 10, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tpNav, 'Reviews 4,812', 'Average', '3.1', 'northwayenergy.example', 'GL', 'GB', '3 reviews', 'Unprompted review', 'Useful', '17', 'Share',
    'Report', 'See all reviews', 'People also looked at', ...tpAlso.flat(),
    ...tpFoot.flatMap(([h, ls]) => [h, ...ls]).filter((t) => !['About', 'Blog', 'Log in'].includes(t)), 'Follow us on', ...tpLegal,
    '© 2025 Trustpilot A/S. All rights reserved.', 'United Kingdom', 'Danmark', 'Deutschland',
    'We use cookies to make our site work, to understand how you use it and to personalise the ads you see.',
    'You can change your choices at any time in Cookie Settings.',
    'Cookie Policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT45_D: readonly TestPage[] = [trustpilot, amazonReview];
