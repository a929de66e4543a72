import { links, ps, type TestPage, texts } from './page-kit.js';
import { snopes } from './pages-heldout160-e2.js';

/**
 * Held-out batch 160, file e: a PolitiFact fact-check (the header with the Truth-O-Meter nav and "Donate", the statement
 * block with speaker, "stated on" line, claim and rating image, the byline, the "If Your Time is short" box, the article
 * text with its sub-headings and "Our ruling", the "Our Sources" list, the "Share The Facts" embed, the "Browse the
 * Truth-O-Meter" rail, the newsletter box and the footer) and, from file e2, a Snopes fact-check.
 */
const pfTitle = 'No, the state did not ban backyard chickens in new animal welfare law';
const pfClaim = '“The new animal welfare law makes it illegal to keep chickens in your backyard starting January 1.”';
const pfShort = [
  'The law sets minimum space and shelter standards for poultry kept by commercial producers with more than 500 birds.',
  'It does not ban backyard flocks. Households can keep chickens as long as they follow existing local zoning rules.',
];
const pfP1 = [
  'A viral Facebook post is warning people in Ridgeway State that they will soon have to give up their backyard hens.',
  '“The new animal welfare law makes it illegal to keep chickens in your backyard starting January 1,” the Nov. 10 post said. ' +
    '“Say goodbye to your fresh eggs.” It was shared more than 9,000 times in four days.',
  'Facebook flagged the post as part of its efforts to combat false news and misinformation on its News Feed. (Read more about ' +
    'our partnership with Meta, which owns Facebook and Instagram.)',
];
const pfH1 = 'What the law says';
const pfP2 = [
  'The post refers to House Bill 2214, which the Legislature passed in June and Gov. Lorraine Whitfield signed in July. Most of ' +
    'its provisions take effect Jan. 1.',
  'The law sets minimum standards for housing poultry, including the amount of floor space per bird and requirements for ' +
    'shelter from extreme heat and cold. But those standards apply only to “commercial poultry operations,” which the law ' +
    'defines as producers who keep more than 500 birds for the sale of eggs or meat.',
  'Nothing in the bill’s 38 pages prohibits households from keeping chickens. We searched the text for the words “backyard,” ' +
    '“residential” and “household” and found none.',
];
const pfH2 = 'Where the confusion may have started';
const pfP3 = [
  'During debate in the state Senate, an early amendment would have required anyone keeping poultry to register with the ' +
    'agriculture department. That amendment was dropped before the final vote.',
  'State Rep. Marcus Oduya, the bill’s sponsor, told PolitiFact that his office had received dozens of calls from worried ' +
    'residents. “This law is about large commercial barns,” he said. “If you have six hens in your garden, nothing changes for you.”',
  'A spokesperson for the state agriculture department confirmed that it has no plans to regulate backyard flocks under the ' +
    'new law. Some cities and counties do limit the number of chickens residents can keep, or ban roosters, but those rules ' +
    'were in place before the law passed.',
];
const pfH3 = 'Our ruling';
const pfP4 = [
  'A Facebook post said a new animal welfare law “makes it illegal to keep chickens in your backyard starting January 1.”',
  'The law sets standards for commercial poultry producers with more than 500 birds. It does not ban or regulate backyard ' +
    'flocks, and an amendment that would have required registration was removed before the final vote.',
  'We rate this claim False.',
];
const pfSources = [
  'Facebook post, Nov. 10, 2025',
  'Ridgeway State Legislature, House Bill 2214, accessed Nov. 12, 2025',
  'Phone interview, Rep. Marcus Oduya, Nov. 13, 2025',
  'Email exchange, Ridgeway Department of Agriculture spokesperson, Nov. 13, 2025',
];
const pfNav = ['Latest Fact-checks', 'Truth-O-Meter', 'Promises', 'Personalities', 'Issues', 'Punditfact', 'Elections'];
const pfBrowse = ['True', 'Mostly True', 'Half True', 'Mostly False', 'False', 'Pants on Fire'];
const pfFoot = ['About Us', 'Our Process', 'Our Staff', 'Corrections and Updates', 'Donate', 'Contact', 'Advertise', 'Privacy Policy'];
const pfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>PolitiFact | ${pfTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="PolitiFact - ${pfTitle}">
<meta property="og:site_name" content="@politifact">
<link rel="canonical" href="https://www.politifact.com/factchecks/2025/nov/14/facebook-posts/no-state-did-not-ban-backyard-chickens/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ClaimReview","datePublished":"2025-11-14",
"url":"https://www.politifact.com/factchecks/",
"claimReviewed":"The new animal welfare law makes it illegal to keep chickens in your backyard starting January 1.",
"author":{"@type":"Organization","name":"PolitiFact"},"reviewRating":{"@type":"Rating","ratingValue":2,"alternateName":"False"},
"itemReviewed":{"@type":"Claim","author":{"@type":"Organization","name":"Facebook posts"},"datePublished":"2025-11-10"}}</script>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body><header class="c-header"><a class="c-header__logo" href="/"><span class="u-visually-hidden">PolitiFact</span></a>
<nav class="c-nav"><ul>${links(pfNav, 'c-nav__item')}</ul></nav><a class="c-header__donate" href="/membership/">Donate</a></header>
<main class="o-pick"><article class="m-statement m-statement--is-xlarge"><div class="m-statement__author">
<div class="m-statement__meta"><a class="m-statement__name" href="/personalities/facebook-posts/" title="Facebook posts">Facebook posts</a>
<div class="m-statement__desc">stated on November 10, 2025 in a Facebook post:</div></div></div>
<div class="m-statement__body"><div class="m-statement__quote">${pfClaim}</div>
<div class="m-statement__meter"><div class="c-image"><img src="/static/img/meter-false.jpg" alt="false" class="c-image__original"></div></div>
<footer class="m-statement__footer">Facebook fact-checks</footer></div></article>
<section class="t-row"><div class="t-row__center"><h1 class="c-title c-title--subline">${pfTitle}</h1>
<div class="m-author"><div class="m-author__content"><a class="m-author__name" href="/staff/alana-pruitt/">Alana Pruitt</a>
<span class="m-author__date">November 14, 2025</span></div></div>
<div class="short-on-time"><h4>If Your Time is short</h4><ul>${pfShort.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>
<a class="m-share-facts" href="/sharethefacts/">See the sources for this fact-check</a></div>
<article class="m-textblock">
${ps(pfP1)}
<h2>${pfH1}</h2>
${ps(pfP2)}
<h2>${pfH2}</h2>
${ps(pfP3)}
<h2>${pfH3}</h2>
${ps(pfP4)}
<div class="artembed"><div class="sharethefacts-embed"><p>Share The Facts</p><p>Facebook posts</p><p>False</p></div></div>
</article>
<section id="sources" class="m-superbox"><header class="m-superbox__header"><h3 class="m-superbox__title">Our Sources</h3></header>
<div class="m-superbox__content">${ps(pfSources)}</div></section>
<div class="m-tags"><span>Read About This Subject</span><ul>${links(['Agriculture', 'Animals', 'State Budget', 'Facebook Fact-checks'])}</ul></div>
</div>
<aside class="t-row__side"><div class="m-list"><h2>Browse the Truth-O-Meter</h2><ul>${links(pfBrowse)}</ul></div>
<div class="m-newsletter"><h3>Sign up for PolitiFact texts</h3><p>Get fact-checks delivered to your inbox and phone.</p><button>Subscribe</button>
</div></aside>
</section></main>
<footer class="c-footer"><ul>${links(pfFoot)}</ul><p>© All Rights Reserved Poynter Institute 2025, a 501(c)(3) nonprofit organization</p></footer>
<script src="/static/js/main.js"></script></body></html>`;
const politifact: TestPage = {
  name: 'heldout160-politifact-fact-check',
  kind: 'news',
  html: pfHtml,
  title: pfTitle,
  headings: [pfH1, pfH2, pfH3],
  // the claim and the "If Your Time is short" points are body (ahead of the text), the box label furniture; the rating is
  // an image; "Our Sources" and its entries are in neither list
  body: [pfClaim, ...pfShort, ...texts(pfP1), ...texts(pfP2), ...texts(pfP3), ...texts(pfP4)],
  bylines: ['Facebook posts', 'stated on November 10, 2025 in a Facebook post:', 'Alana Pruitt', 'November 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PolitiFact', ...pfNav, 'Facebook fact-checks', 'If Your Time is short', 'See the sources for this fact-check', 'Share The Facts',
    'Read About This Subject', 'Agriculture', 'Animals', 'State Budget', 'Browse the Truth-O-Meter', ...pfBrowse.slice(0, 4),
    'Pants on Fire', 'Sign up for PolitiFact texts', 'Get fact-checks delivered to your inbox and phone.', 'Subscribe', ...pfFoot,
    '© All Rights Reserved Poynter Institute 2025, a 501(c)(3) nonprofit organization',
  ],
};

export const HELDOUT160_E: readonly TestPage[] = [politifact, snopes];
