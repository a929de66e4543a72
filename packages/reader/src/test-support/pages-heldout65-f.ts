import { links, type TestPage, texts } from './page-kit.js';
import { france24Article } from './pages-heldout65-f2.js';

/**
 * Held-out batch 65, file f: a Straits Times article on its own template (the header with "Subscribe" and "Log in", the
 * section nav, the "Singapore" breadcrumb, headline and standfirst, the byline with role and the "Updated"/"Published"
 * lines, the share and gift buttons, the lead image with an upper-case "PHOTO:" credit in its caption, the body opening
 * with a "SINGAPORE –" dateline, one h2 subhead, an inline "Related Story" link, the WhatsApp promo and rewards banner, the
 * topics with "Follow" buttons, "Read more" list, the consent banner, the footer with the company registration line and
 * the Next.js data script).
 */
const stTitle = 'Covered linkways for 40 more HDB estates, more bicycle parking at MRT stations under $300m plan';
const stStandfirst = 'About 60km of new sheltered paths will be built by 2028, mostly in older estates.';
const stBody1 = [
  'SINGAPORE – Residents in 40 more housing estates will be able to walk to their nearest MRT station or bus interchange under ' +
    'cover by 2028, as part of a $300 million plan to make public transport easier to reach, the Land Transport Authority (LTA) ' +
    'said on Nov 12.',
  'The plan will add about 60km of covered linkways, taking the total across the island to more than 260km. Most of the new ' +
    'stretches will be in older estates such as Ang Mo Kio, Bedok and Jurong West, where some blocks are more than 400m from ' +
    'the nearest sheltered path.',
  '“Many residents told us the last few hundred metres is the hardest part of the journey, especially for seniors and parents ' +
    'with young children,” said Mr Daniel Koh, LTA’s group director for active mobility. “When it rains, that short walk can ' +
    'decide whether someone takes the train or a private-hire car.”',
  'LTA said it had used feedback from more than 9,000 residents, collected through surveys and town council meetings, to decide ' +
    'which links to build first.',
];
const stH1 = 'More bicycle parking';
const stBody2 = [
  'The plan also includes about 8,000 new bicycle parking spaces near MRT stations, with double-deck racks at busy stations ' +
    'such as Bishan and Jurong East, where existing racks are often full by 8am.',
  'Some of the new spaces will be fitted with charging points for power-assisted bicycles, which LTA said had grown in ' +
    'popularity since rules on their use were relaxed.',
  'Retiree Lim Siew Hoon, 68, who lives in a Bedok block about 350m from the nearest shelter, said the changes could not come ' +
    'soon enough. “When it rains in the afternoon, I just stay home,” she said. “With an umbrella and a walking stick, it’s ' +
    'not safe.”',
  'Transport researcher Aileen Tan of the Singapore University of Social Sciences said covered walkways were among the most ' +
    'cost-effective ways to encourage people to use public transport. “It is not glamorous infrastructure, but it affects the ' +
    'daily experience of hundreds of thousands of people,” she said.',
  'Construction on the first 15km is expected to start in the second quarter of 2026. LTA said works would be carried out in ' +
    'phases to reduce disruption to pedestrians.',
];
const stNav = ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business', 'Tech', 'Sport', 'Videos', 'Podcasts', 'Multimedia'];
const stRelated = 'New cycling paths to link Tengah and Jurong Lake District by 2027';
const stTopics = ['HDB', 'Land Transport Authority', 'Public transport'];
const stReadMore = [
  'Woman, 72, dies after being hit by van in Yishun',
  'COE prices rise across most categories in latest bidding exercise',
  'Changi Airport to trial facial recognition at more gates',
];
const stFoot = ['About Us', 'Terms & Conditions', 'Privacy Policy', 'Advertise with us', 'Need help? Reach us here.', 'Corporate subscriptions'];
const stCap = 'About 60km of covered linkways will be added, mostly in older estates such as Ang Mo Kio, Bedok and Jurong West.';
const stHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${stTitle} | The Straits Times</title><meta name="description" content="${stStandfirst}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2025-11-12T15:00:00+08:00",
"dateModified":"2025-11-12T17:45:00+08:00","author":{"@type":"Person","name":"Rachel Goh"},"publisher":{"@type":"Organization",
"name":"The Straits Times"}}</script>
<script>window._data = {"articleid":"st_20251112_1048826","pagination":"1","contentcat":"Free","keyword":"hdb,lta,public-transport",
"visitorcat":"anonymous"};</script>
<style>.paragraph-base{font-family:"Selane",Georgia,serif}.related-story-inline{border-left:3px solid #2f5597}</style></head>
<body class="article-page"><div id="__next"><header class="header-container"><a class="header-logo" href="/" aria-label="The Straits Times">
<svg aria-hidden="true"></svg></a><a class="header-subscribe" href="https://subscribe.sph.com.sg/publications-st/">Subscribe</a>
<button class="header-login">Log in</button><nav class="header-nav" aria-label="Main"><ul>${links(stNav, 'header-nav-item')}</ul></nav></header>
<div class="ad-slot-top"><span class="ad-label">Advertisement</span><div id="dfp-ad-lb1"></div></div>
<main class="main-content"><article class="article-layout" data-testid="article">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/singapore">Singapore</a></nav>
<h1 class="headline-base" data-testid="headline">${stTitle}</h1><p class="standfirst-base" data-testid="standfirst">${stStandfirst}</p>
<div class="byline-container"><div class="byline-author"><img src="https://static1.straitstimes.com.sg/s3fs-public/authors/rachel-goh.png" alt="">
<a class="byline-name" href="/authors/rachel-goh">Rachel Goh</a><span class="byline-role">Transport Correspondent</span></div>
<div class="byline-dates"><p class="updated-timestamp">Updated Nov 12, 2025, 05:45 PM</p><p class="published-timestamp">Published Nov 12, 2025, 03:00 PM</p>
</div></div>
<div class="social-share"><button aria-label="Share this article"><span>Share this article</span></button>
<button class="gift-article"><span>Gift this article</span></button></div>
<figure class="lead-image"><img src="https://static1.straitstimes.com.sg/s3fs-public/articles/2025/11/12/linkway.jpg?VersionId=x8Jd" alt="">
<figcaption class="caption-text">${stCap} PHOTO: ST FILE</figcaption></figure>
<div class="article-content" data-testid="article-body">
${stBody1.map((p) => `<p class="paragraph-base">${p}</p>`).join('\n')}
<div class="related-story-inline"><span class="related-story-inline__label">Related Story</span>
<a href="/singapore/transport/new-cycling-paths">${stRelated}</a></div>
<h2 class="subheading-base">${stH1}</h2>
${stBody2
  .slice(0, 3)
  .map((p) => `<p class="paragraph-base">${p}</p>`)
  .join('\n')}
<div class="ad-slot-imu"><span class="ad-label">Advertisement</span><div id="dfp-ad-imu1"></div></div>
${stBody2
  .slice(3)
  .map((p) => `<p class="paragraph-base">${p}</p>`)
  .join('\n')}
</div>
<div class="whatsapp-promo"><a href="https://whatsapp.com/channel/0029VaDPDKDFCCoVcs3xUt0y">Join ST's WhatsApp Channel and get the latest news and
 must-reads.</a></div>
<div class="rewards-banner"><p>Read 3 articles and stand to win rewards</p><a href="/rewards">Spin the wheel now</a></div>
<div class="topics-container"><h3 class="topics-title">See more on</h3><ul>${stTopics
  .map((t) => `<li><a href="/tags/${t.toLowerCase().replace(/ /g, '-')}">${t}</a><button class="follow-button">Follow</button></li>`)
  .join('')}</ul></div></article>
<section class="read-more"><h2>Read more</h2><ul>${links(stReadMore, 'read-more-card')}</ul></section></main>
<footer class="footer"><ul>${links(stFoot, 'footer-link')}</ul>
<p class="footer-copyright">Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.</p></footer>
<div class="cookie-consent" role="dialog"><p>We use cookies to personalise your experience. By continuing, you agree to our cookie policy.</p>
<button>Accept</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"1048826","section":"singapore","paywall":false}},
"page":"/[...slug]"}</script>
</body></html>`;
const straitsTimesArticle: TestPage = {
  html: stHtml,
  name: 'heldout65-straits-times-article',
  kind: 'news',
  // the standfirst is body; the "SINGAPORE –" dateline opens the first paragraph and stays in it (body); one h2 subhead.
  // Bylines: the author, her role and the "Updated" and "Published" lines. Furniture: the breadcrumb (also the first nav
  // item and a word of the body: left out), the share and gift buttons, the caption with its "PHOTO: ST FILE" credit (one
  // text: the caption repeats body names but not a body sentence), the inline "Related Story", ad labels (once), the
  // WhatsApp promo, the rewards banner, "See more on" with its topics and "Follow" buttons, "Read more", the consent
  // banner, header, nav and footer. The topics "HDB", "Land Transport Authority" and "Public transport" are words of the
  // title or body: left out
  title: stTitle,
  headings: [stH1],
  body: [stStandfirst, ...texts(stBody1), ...texts(stBody2)],
  bylines: ['Rachel Goh', 'Transport Correspondent', 'Updated Nov 12, 2025, 05:45 PM', 'Published Nov 12, 2025, 03:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...stNav.filter((t) => t !== 'Singapore'), 'Advertisement', 'Share this article', 'Gift this article',
    `${stCap} PHOTO: ST FILE`, 'Related Story', stRelated, "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    'Read 3 articles and stand to win rewards', 'Spin the wheel now', 'See more on', 'Follow', 'Read more', ...stReadMore,
    ...stFoot, 'Copyright © 2025 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.',
    'We use cookies to personalise your experience. By continuing, you agree to our cookie policy.', 'Accept',
  ],
};

export const HELDOUT65_F: readonly TestPage[] = [straitsTimesArticle, france24Article];
